/**
 * Reply templates: the public face of src/domain/replies.
 */
export {
  chooseTemplate,
  renderTemplate,
  templateProblems,
  templateSections,
  templateVariables,
  variablesIn,
  type RenderedReply,
  type ReplyTemplate,
  type TemplateSection,
  type TemplateVariable,
} from './reply-template.js';
export { shippedTemplates } from './shipped-templates.js';
