/** The screens of activities, loaded on first use (lazyResourceModule in ../types.ts). */
export { ActivityList as list } from './ActivityList';
export { ActivityEdit as edit } from './ActivityEdit';
export { ActivityCreate as create } from './ActivityCreate';
