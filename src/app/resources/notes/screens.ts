/** The screens of notes, loaded on first use (lazyResourceModule in ../types.ts). */
export { NoteList as list } from './NoteList';
