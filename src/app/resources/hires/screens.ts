/** The screens of hires, loaded on first use (lazyResourceModule in ../types.ts). */
export { HireList as list } from './HireList';
export { HireShow as show } from './HireShow';
export { HireEdit as edit } from './HireEdit';
export { HireCreate as create } from './HireCreate';
