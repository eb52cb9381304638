/**
 * Reply templates (情绪安抚话术模板, PRODUCT.md R9): a customer-facing reply in the order of the
 * customer's four needs (seed 003: when it is solved, how, the root cause, how it will not
 * happen again), between an empathetic opening and a closing. Variables such as
 * {{customerName}} are filled from the complaint; a section whose variables are not known yet
 * (no root cause before the post-mortem) is left out, so one template serves the first reply
 * and the final answer.
 */
import type { Category, Locale, Severity } from '../vocabulary.js';

export const templateSections = [
  'opening',
  'whenSolved',
  'howSolved',
  'rootCause',
  'prevention',
  'closing',
] as const;
export type TemplateSection = (typeof templateSections)[number];

export const templateVariables = [
  'customerName',
  'trackingNumber',
  'dueDate',
  'remedy',
  'rootCause',
  'prevention',
  'agentName',
] as const;
export type TemplateVariable = (typeof templateVariables)[number];

export interface ReplyTemplate {
  id: string;
  name: string;
  locale: Locale;
  category: Category | null;
  severity: Severity | null;
  sections: Partial<Record<TemplateSection, string>>;
}

export interface RenderedReply {
  text: string;
  /** Sections left out because a variable they use is not known for this complaint. */
  omitted: TemplateSection[];
  /** The variables those sections were waiting for. */
  missing: TemplateVariable[];
}

const variablePattern = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The variables a text uses, in order, unknown names included (validation reports those). */
export function variablesIn(text: string): string[] {
  return [...text.matchAll(variablePattern)].map((m) => m[1]!);
}

/** Fills a template. Chinese sections join without spaces, English ones with one. */
export function renderTemplate(
  template: Pick<ReplyTemplate, 'locale' | 'sections'>,
  values: Partial<Record<TemplateVariable, string | null | undefined>>,
): RenderedReply {
  const parts: string[] = [];
  const omitted: TemplateSection[] = [];
  const missing = new Set<TemplateVariable>();
  for (const section of templateSections) {
    const text = template.sections[section]?.trim();
    if (!text) continue;
    const absent = variablesIn(text).filter((name) => !values[name as TemplateVariable]?.trim());
    if (absent.length > 0) {
      omitted.push(section);
      for (const name of absent) missing.add(name as TemplateVariable);
      continue;
    }
    parts.push(text.replace(variablePattern, (_, name: string) => values[name as TemplateVariable]!.trim()));
  }
  const separator = template.locale === 'zh-CN' ? '' : ' ';
  return { text: parts.join(separator), omitted, missing: [...missing] };
}

/**
 * The template that fits a complaint best in its language: category and severity, then
 * category, then severity, then a general one; null when the language has none.
 */
export function chooseTemplate(
  templates: readonly ReplyTemplate[],
  complaint: { locale: Locale; category: Category; severity: Severity },
): ReplyTemplate | null {
  let best: ReplyTemplate | null = null;
  let bestScore = -1;
  for (const template of templates) {
    if (template.locale !== complaint.locale) continue;
    if (template.category && template.category !== complaint.category) continue;
    if (template.severity && template.severity !== complaint.severity) continue;
    const score = (template.category ? 2 : 0) + (template.severity ? 1 : 0);
    if (score > bestScore) {
      best = template;
      bestScore = score;
    }
  }
  return best;
}

/** Problems of a template an admin saves: unknown variables, an empty template. */
export function templateProblems(
  template: Pick<ReplyTemplate, 'sections'>,
  path: string,
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const known = new Set<string>(templateVariables);
  let anyText = false;
  for (const section of templateSections) {
    const text = template.sections[section];
    if (!text?.trim()) continue;
    anyText = true;
    for (const name of variablesIn(text)) {
      if (!known.has(name)) {
        problems.push({
          path: `${path}.sections.${section}`,
          message: `uses {{${name}}}, which is not a variable (known: ${templateVariables.join(', ')})`,
        });
      }
    }
  }
  if (!anyText) {
    problems.push({ path: `${path}.sections`, message: 'must have at least one section with text' });
  }
  return problems;
}
