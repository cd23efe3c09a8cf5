/** The screens of audit, loaded on first use (lazyResourceModule in ../types.ts). */
export { AuditList as list } from './AuditList';
export { AuditShow as show } from './AuditShow';
