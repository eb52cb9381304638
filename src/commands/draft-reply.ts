/**
 * A reply drafted from a template for one complaint: the template that fits its language,
 * category and severity (or the one the agent picked), filled with what is known now (the
 * customer's name, the tracking number, the resolution deadline in the business's time zone,
 * the remedies offered, and after the post-mortem its root cause and prevention), then checked
 * by the reply coach like any draft. The agent edits it before sending; nothing is sent here.
 */
import { formatBusinessTime } from '../domain/sla/business-time.js';
import type { Complaint } from '../domain/complaint/complaint.js';
import { reviewReply, type CoachFinding } from '../domain/coach/index.js';
import { DomainError } from '../domain/errors.js';
import {
  chooseTemplate,
  renderTemplate,
  type RenderedReply,
  type ReplyTemplate,
} from '../domain/replies/index.js';
import type { Locale } from '../domain/vocabulary.js';
import { findPostMortem } from '../store/post-mortem-repository.js';
import { listRemedies } from '../store/remedy-repository.js';
import { listReplyTemplates } from '../store/reply-template-repository.js';
import type { CommandContext } from './context.js';

export interface DraftedReply extends RenderedReply {
  template: Pick<ReplyTemplate, 'id' | 'name' | 'locale' | 'category' | 'severity'>;
  findings: CoachFinding[];
}

export async function draftReply(
  ctx: CommandContext,
  complaint: Complaint,
  options: { templateId?: string | undefined; locale?: Locale | undefined; agentName: string },
): Promise<DraftedReply> {
  const locale = options.locale ?? complaint.locale;
  const { templates } = await listReplyTemplates(ctx.database.db);
  const template = options.templateId
    ? templates.find((t) => t.id === options.templateId)
    : chooseTemplate(templates, {
        locale,
        category: complaint.triage.category.label,
        severity: complaint.triage.severity,
      });
  if (!template) {
    throw new DomainError(
      'reply_template.not_found',
      options.templateId ? 'No reply template with this id.' : `No reply template in ${locale}.`,
    );
  }
  const [remedies, postMortem] = await Promise.all([
    listRemedies(ctx.database.db, complaint.id),
    findPostMortem(ctx.database.db, complaint.id),
  ]);
  const offered = remedies
    .filter((r) => r.status === 'approved' && r.customerResponse !== 'rejected')
    .map((r) => r.description.trim().replace(/[。.]$/u, ''));
  const rendered = renderTemplate(template, {
    customerName: complaint.customer.name,
    trackingNumber: complaint.trackingNumber,
    dueDate: formatBusinessTime(
      complaint.resolutionDueAt,
      template.locale,
      ctx.calendar.timeZone,
      'weekday-time',
    ),
    remedy: offered.join(template.locale === 'zh-CN' ? '；' : '; '),
    rootCause: postMortem?.customerAnswer?.rootCause,
    prevention: postMortem?.customerAnswer?.prevention,
    agentName: options.agentName,
  });
  return {
    ...rendered,
    template: {
      id: template.id,
      name: template.name,
      locale: template.locale,
      category: template.category,
      severity: template.severity,
    },
    findings: reviewReply(rendered.text, template.locale),
  };
}
