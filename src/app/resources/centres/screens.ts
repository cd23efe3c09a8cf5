/** The screens of centres, loaded on first use (lazyResourceModule in ../types.ts). */
export { CentreList as list } from './CentreList';
export { CentreShow as show } from './CentreShow';
export { CentreEdit as edit } from './CentreEdit';
export { CentreCreate as create } from './CentreCreate';
