/** The screens of targets, loaded on first use (lazyResourceModule in ../types.ts). */
export { TargetList as list } from './TargetList';
export { TargetEdit as edit } from './TargetEdit';
export { TargetCreate as create } from './TargetCreate';
