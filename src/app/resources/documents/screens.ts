/** The screens of documents, loaded on first use (lazyResourceModule in ../types.ts). */
export { DocumentList as list } from './DocumentList';
