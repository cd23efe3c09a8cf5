/** The screens of interviews, loaded on first use (lazyResourceModule in ../types.ts). */
export { InterviewList as list } from './InterviewList';
export { InterviewEdit as edit } from './InterviewEdit';
export { InterviewCreate as create } from './InterviewCreate';
