/** The screens of email-templates, loaded on first use (lazyResourceModule in ../types.ts). */
export { TemplateList as list } from './TemplateList';
export { TemplateEdit as edit } from './TemplateEdit';
