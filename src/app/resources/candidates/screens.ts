/** The screens of candidates, loaded on first use (lazyResourceModule in ../types.ts). */
export { CandidateList as list } from './CandidateList';
export { CandidateShow as show } from './CandidateShow';
export { CandidateEdit as edit } from './CandidateEdit';
export { CandidateCreate as create } from './CandidateCreate';
