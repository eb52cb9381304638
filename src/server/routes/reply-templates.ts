/**
 * Reply templates (情绪安抚话术模板): the set agents draft from (admins replace it; an empty
 * set brings back the shipped templates), and a draft for one complaint, coached.
 */
import { z } from 'zod';
import { actorOf } from '../../commands/accounts/sessions.js';
import { draftReply } from '../../commands/draft-reply.js';
import { reviewReply } from '../../domain/coach/index.js';
import { DomainError } from '../../domain/errors.js';
import {
  type templateSections,
  renderTemplate,
  variablesIn,
  templateVariables,
  type ReplyTemplate,
} from '../../domain/replies/index.js';
import { categories, locales, severities } from '../../domain/vocabulary.js';
import { findComplaintById } from '../../store/complaint-repository.js';
import { isUuid } from '../../store/ids.js';
import { listReplyTemplates, replaceReplyTemplates } from '../../store/reply-template-repository.js';
import { requirePrincipal } from '../auth/guard.js';
import { line, text } from '../http/text.js';
import { ComplaintIdParams } from './complaints.schema.js';
import type { App, RouteDeps } from './route-context.js';

const tags = ['replies'];
const security = [{ bearer: [] }];

const knownVariables = new Set<string>(templateVariables);
const section = () =>
  text(2000)
    .superRefine((value, zctx) => {
      for (const name of variablesIn(value)) {
        if (!knownVariables.has(name)) {
          zctx.addIssue({
            code: 'custom',
            message: `uses {{${name}}}, which is not a variable (known: ${templateVariables.join(', ')})`,
          });
        }
      }
    })
    .optional();
const Sections = z.strictObject({
  opening: section(),
  whenSolved: section(),
  howSolved: section(),
  rootCause: section(),
  prevention: section(),
  closing: section(),
} satisfies Record<(typeof templateSections)[number], ReturnType<typeof section>>);

/** Sections being edited (preview): unknown variables are not refused, their section is left out. */
const draftSection = () => text(2000).optional();
const DraftSections = z.strictObject({
  opening: draftSection(),
  whenSolved: draftSection(),
  howSolved: draftSection(),
  rootCause: draftSection(),
  prevention: draftSection(),
  closing: draftSection(),
} satisfies Record<(typeof templateSections)[number], ReturnType<typeof draftSection>>);

const TemplateInput = z.strictObject({
  name: line(120),
  locale: z.enum(locales),
  category: z.enum(categories).nullable().optional(),
  severity: z.enum(severities).nullable().optional(),
  sections: Sections.refine((sections) => Object.values(sections).some((v) => v?.trim()), {
    message: 'must have at least one section with text',
  }),
});

const TemplateView = z.object({
  id: z.string(),
  name: z.string(),
  locale: z.enum(locales),
  category: z.enum(categories).nullable(),
  severity: z.enum(severities).nullable(),
  sections: z.record(z.string(), z.string()),
});

const Finding = z.object({
  rule: z.string(),
  start: z.number(),
  end: z.number(),
  message: z.string(),
  suggestion: z.string().optional(),
});

const present = (t: ReplyTemplate): z.infer<typeof TemplateView> => ({
  id: t.id,
  name: t.name,
  locale: t.locale,
  category: t.category,
  severity: t.severity,
  sections: Object.fromEntries(Object.entries(t.sections).filter(([, v]) => typeof v === 'string')),
});

/** Sample values to coach a template with: every variable filled, as a real reply would be. */
const sample = {
  'zh-CN': {
    customerName: '王女士',
    trackingNumber: 'CL-7KQ4-M9XT',
    dueDate: '11月27日（周五）18:00',
    remedy: '为您重新安排服务并退还差价',
    rootCause: '交接时漏看了您的备注',
    prevention: '在交接单上加入备注核对一栏',
    agentName: '陈静',
  },
  'en-US': {
    customerName: 'Ms Carter',
    trackingNumber: 'CL-7KQ4-M9XT',
    dueDate: 'Friday, November 27, 18:00',
    remedy: 'a new booking at no cost and a refund of the difference',
    rootCause: 'your note was missed at the shift hand-over',
    prevention: 'added a note check to the hand-over sheet',
    agentName: 'Emily',
  },
} as const;

export function replyTemplateRoutes(app: App, { ctx }: RouteDeps): void {
  app.get(
    '/api/v1/reply-templates',
    {
      schema: {
        tags,
        security,
        summary: 'Reply templates (情绪安抚话术模板), optionally of one language',
        querystring: z.object({ locale: z.enum(locales).optional() }),
        response: {
          200: z.object({
            source: z.enum(['shipped', 'custom']),
            variables: z.array(z.string()),
            items: z.array(TemplateView),
          }),
        },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'complaint.read');
      const stored = await listReplyTemplates(ctx.database.db);
      const { locale } = request.query;
      return {
        source: stored.source,
        variables: [...templateVariables],
        items: stored.templates.filter((t) => !locale || t.locale === locale).map(present),
      };
    },
  );

  app.put(
    '/api/v1/reply-templates',
    {
      schema: {
        tags,
        security,
        summary: 'Replace the reply templates (admin); an empty list brings back the shipped ones',
        description:
          'Each template is filled with sample values and checked by the reply coach; its findings come back as advice (a template is saved even with findings).',
        body: z.strictObject({
          templates: z.array(TemplateInput).max(500, 'must have at most 500 templates'),
        }),
        response: {
          200: z.object({
            source: z.enum(['shipped', 'custom']),
            items: z.array(TemplateView),
            findings: z.array(Finding.extend({ template: z.number() })),
          }),
        },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'reply_template.manage');
      const templates = request.body.templates.map((t) => ({
        name: t.name.trim(),
        locale: t.locale,
        category: t.category ?? null,
        severity: t.severity ?? null,
        sections: Object.fromEntries(
          Object.entries(t.sections).filter(([, v]) => typeof v === 'string' && v.trim()),
        ),
      }));
      await ctx.database.db.transaction((tx) =>
        replaceReplyTemplates(tx, templates, actorOf(principal.user).id, ctx.now()),
      );
      const stored = await listReplyTemplates(ctx.database.db);
      const findings = templates.flatMap((t, index) =>
        reviewReply(renderTemplate(t, sample[t.locale]).text, t.locale).map((f) => ({
          ...f,
          template: index,
        })),
      );
      return { source: stored.source, items: stored.templates.map(present), findings };
    },
  );

  app.post(
    '/api/v1/reply-templates/preview',
    {
      schema: {
        tags,
        security,
        summary: 'A template being edited, filled with sample values and coached (admin)',
        description:
          'The same sample values and coaching as saving uses. Unknown variables are not refused here (saving refuses them): their section is left out, as a section whose variables are unknown is in a real reply. `messageLocale` picks the language of the findings (default: the template’s).',
        body: z.strictObject({
          locale: z.enum(locales),
          messageLocale: z.enum(locales).optional(),
          sections: DraftSections,
        }),
        response: {
          200: z.object({
            text: z.string(),
            omitted: z.array(z.string()),
            missing: z.array(z.string()),
            sample: z.record(z.string(), z.string()),
            findings: z.array(Finding),
          }),
        },
      },
    },
    async (request) => {
      await requirePrincipal(ctx, request, 'reply_template.manage');
      const { locale, messageLocale, sections } = request.body;
      const rendered = renderTemplate({ locale, sections }, sample[locale]);
      return {
        ...rendered,
        sample: { ...sample[locale] },
        findings: rendered.text.trim() ? reviewReply(rendered.text, messageLocale ?? locale) : [],
      };
    },
  );

  app.get(
    '/api/v1/complaints/:id/reply-draft',
    {
      schema: {
        tags,
        security,
        summary: 'A reply drafted from the best-fitting (or a chosen) template, filled and coached',
        params: ComplaintIdParams,
        querystring: z.object({
          templateId: z.string().max(100).optional(),
          locale: z.enum(locales).optional(),
        }),
        response: {
          200: z.object({
            text: z.string(),
            omitted: z.array(z.string()),
            missing: z.array(z.string()),
            template: TemplateView.omit({ sections: true }),
            findings: z.array(Finding),
          }),
        },
      },
    },
    async (request) => {
      const principal = await requirePrincipal(ctx, request, 'complaint.reply');
      const { id } = request.params;
      const complaint = isUuid(id) ? await findComplaintById(ctx.database.db, id) : null;
      if (!complaint) throw new DomainError('complaint.not_found', 'No complaint with this id.');
      return draftReply(ctx, complaint, {
        templateId: request.query.templateId,
        locale: request.query.locale,
        agentName: principal.user.name,
      });
    },
  );
}
