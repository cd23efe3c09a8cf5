/** The screens of members, loaded on first use (lazyResourceModule in ../types.ts). */
export { MemberList as list } from './MemberList';
export { MemberShow as show } from './MemberShow';
export { MemberEdit as edit } from './MemberEdit';
export { MemberCreate as create } from './MemberCreate';
