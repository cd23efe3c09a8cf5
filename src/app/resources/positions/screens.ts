/** The screens of positions, loaded on first use (lazyResourceModule in ../types.ts). */
export { PositionList as list } from './PositionList';
export { PositionShow as show } from './PositionShow';
export { PositionEdit as edit } from './PositionEdit';
export { PositionCreate as create } from './PositionCreate';
