/** The screens of users, loaded on first use (lazyResourceModule in ../types.ts). */
export { UserList as list } from './UserList';
export { UserEdit as edit } from './UserEdit';
export { UserCreate as create } from './UserCreate';
