/** The screens of emails (the outbox), loaded on first use (lazyResourceModule in ../types.ts). */
export { EmailList as list } from './EmailList';
export { EmailShow as show } from './EmailShow';
