/**
 * What the customer's timeline says about a remedy above its author's authority (seed 000
 * rule 4: "我需要和团队确认,1小时内给您答复"): that it needs a colleague's approval and
 * when the answer will come, then that it was approved or that another solution is being
 * prepared. Never the amount before it is approved, names, or an approver's reason.
 */
import { formatBusinessTime } from '../sla/business-time.js';
import type { Locale } from '../vocabulary.js';

export interface RemedyTimelineItem {
  at: Date;
  kind: 'remedy_pending' | 'remedy_approved' | 'remedy_rejected';
  text: string;
}

const texts: Record<Locale, { pending: (by: string) => string; approved: string; rejected: string }> = {
  'zh-CN': {
    pending: (by) => `我们提出的解决方案需要经有权限的同事确认，我们会在 ${by} 前给您答复`,
    approved: '解决方案已获批准，我们会按约定执行',
    rejected: '我们正在为您准备另一个解决方案，会尽快告知您',
  },
  'en-US': {
    pending: (by) =>
      `The solution we have in mind needs a colleague’s approval: you will have our answer by ${by}`,
    approved: 'The solution was approved: we are carrying it out as agreed',
    rejected: 'We are preparing another solution for you and will tell you as soon as it is ready',
  },
};

/** The timeline item for one remedy history entry, if the customer is told about it. */
function remedyTimelineItem(
  entry: { at: Date; action: string; changes: Record<string, unknown> },
  locale: Locale,
  timeZone: string,
  /** The remedies that waited for approval: only their decisions are news to the customer. */
  pendingIds: ReadonlySet<string>,
): RemedyTimelineItem | null {
  const t = texts[locale];
  const remedyId = typeof entry.changes.remedyId === 'string' ? entry.changes.remedyId : null;
  if (entry.action === 'remedy.proposed' && entry.changes.status === 'pending_approval') {
    const answerBy = typeof entry.changes.answerBy === 'string' ? new Date(entry.changes.answerBy) : null;
    if (!answerBy || Number.isNaN(answerBy.getTime())) return null;
    return {
      at: entry.at,
      kind: 'remedy_pending',
      text: t.pending(formatBusinessTime(answerBy, locale, timeZone)),
    };
  }
  if (remedyId === null || !pendingIds.has(remedyId)) return null;
  if (entry.action === 'remedy.approved') return { at: entry.at, kind: 'remedy_approved', text: t.approved };
  if (entry.action === 'remedy.rejected') return { at: entry.at, kind: 'remedy_rejected', text: t.rejected };
  return null;
}

/** The remedy items of a whole history, in its order. */
export function remedyTimeline(
  history: readonly { at: Date; action: string; changes: Record<string, unknown> }[],
  locale: Locale,
  timeZone: string,
): RemedyTimelineItem[] {
  const pendingIds = new Set<string>();
  const items: RemedyTimelineItem[] = [];
  for (const entry of history) {
    if (entry.action === 'remedy.proposed' && entry.changes.status === 'pending_approval') {
      if (typeof entry.changes.remedyId === 'string') pendingIds.add(entry.changes.remedyId);
    }
    const item = remedyTimelineItem(entry, locale, timeZone, pendingIds);
    if (item) items.push(item);
  }
  return items;
}
