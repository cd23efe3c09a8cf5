/** The screens of applications, loaded on first use (lazyResourceModule in ../types.ts). */
export { ApplicationList as list } from './ApplicationList';
export { ApplicationShow as show } from './ApplicationShow';
export { ApplicationEdit as edit } from './ApplicationEdit';
export { ApplicationCreate as create } from './ApplicationCreate';
