/**
 * The reply-template editor's calls (src/server/routes/reply-templates.ts): the set, saving
 * the whole set (an empty one brings the shipped templates back), and the preview of the
 * template being edited, filled with sample values and coached.
 */
import { api } from '../../api/client';
import type { Complaint } from '../../api/types';
import type { CoachFinding } from '../complaints/reply-coach';
import { categories, severities } from '../../api/vocabulary';

export type TemplateLocale = 'zh-CN' | 'en-US';
export type Category = Complaint['triage']['category']['label'];
export type Severity = Complaint['triage']['severity'];

/** The six sections, in the order a reply joins them (domain/replies/reply-template.ts). */
export const templateSections = [
  'opening',
  'whenSolved',
  'howSolved',
  'rootCause',
  'prevention',
  'closing',
] as const;
export type TemplateSection = (typeof templateSections)[number];

export const templateCategories: readonly Category[] = categories;
export const templateSeverities: readonly Severity[] = severities;

export interface ReplyTemplate {
  id: string;
  name: string;
  locale: TemplateLocale;
  category: Category | null;
  severity: Severity | null;
  sections: Partial<Record<TemplateSection, string>>;
}

export interface TemplateSet {
  source: 'shipped' | 'custom';
  variables: string[];
  items: ReplyTemplate[];
}

export interface SavedTemplates {
  source: 'shipped' | 'custom';
  items: ReplyTemplate[];
  /** The coach's findings on each saved template (`template`: its index in the set sent). */
  findings: (CoachFinding & { template: number })[];
}

export interface TemplatePreview {
  text: string;
  omitted: TemplateSection[];
  missing: string[];
  sample: Record<string, string>;
  findings: CoachFinding[];
}

export const loadTemplates = () => api<TemplateSet>('/api/v1/reply-templates');

/** Replaces the whole set; [] brings back the shipped templates. */
export const saveTemplates = (templates: readonly ReplyTemplate[]) =>
  api<SavedTemplates>('/api/v1/reply-templates', {
    method: 'PUT',
    body: {
      templates: templates.map((t) => ({
        name: t.name,
        locale: t.locale,
        category: t.category,
        severity: t.severity,
        sections: Object.fromEntries(Object.entries(t.sections).filter(([, text]) => text?.trim())),
      })),
    },
  });

export const previewTemplate = (
  body: { locale: TemplateLocale; messageLocale: TemplateLocale; sections: ReplyTemplate['sections'] },
  signal: AbortSignal,
) => api<TemplatePreview>('/api/v1/reply-templates/preview', { method: 'POST', body, signal });

const placeholderPattern = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The placeholders a section uses, in order (as the server's variablesIn). */
export const placeholdersIn = (text: string): string[] =>
  [...text.matchAll(placeholderPattern)].map((m) => m[1]!);
