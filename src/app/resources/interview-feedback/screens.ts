/** The screens of interview feedback, loaded on first use (lazyResourceModule in ../types.ts). */
export { FeedbackList as list } from './FeedbackList';
