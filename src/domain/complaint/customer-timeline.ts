/**
 * What the customer sees of their complaint (PRODUCT.md R7, R14): received, who is on
 * it, replies and progress updates, the outcome. Never internal notes, names of staff,
 * triage, or contact data. Texts follow the complaint's language.
 */
import type { Locale } from '../vocabulary.js';
import type { ComplaintStatus } from './lifecycle.js';
import { remedyTimeline, type RemedyTimelineItem } from './remedy-timeline.js';

export interface TimelineSource {
  history: { at: Date; action: string; changes: Record<string, unknown> }[];
  messages: { at: Date; kind: 'inbound' | 'reply' | 'note'; body: string }[];
}

export interface TimelineItem {
  at: Date;
  kind:
    | 'received'
    | 'status'
    | 'reply'
    | 'customer_message'
    | 'evidence'
    | 'reopened'
    | 'offer_accepted'
    | 'offer_rejected'
    | 'survey'
    | RemedyTimelineItem['kind'];
  text: string;
}

const statusText: Record<Locale, Record<ComplaintStatus, string>> = {
  'zh-CN': {
    new: '投诉已受理',
    triaged: '已安排专人负责您的投诉',
    investigating: '我们正在核实情况',
    remedy_proposed: '我们已提出解决方案',
    in_progress: '解决方案正在执行',
    resolved: '投诉已处理完毕',
    closed: '投诉已结案',
    dismissed: '投诉已结束受理',
  },
  'en-US': {
    new: 'Complaint received',
    triaged: 'A named person now owns your complaint',
    investigating: 'We are checking what happened',
    remedy_proposed: 'We have proposed a solution',
    in_progress: 'The solution is being carried out',
    resolved: 'Your complaint has been resolved',
    closed: 'Your complaint is closed',
    dismissed: 'Your complaint was closed without further action',
  },
};

const fixedText: Record<Locale, { received: string; evidence: string; reopened: string }> = {
  'zh-CN': {
    received: '我们已收到您的投诉',
    evidence: '已收到补充材料',
    reopened: '投诉已重新打开,我们会继续处理',
  },
  'en-US': {
    received: 'We received your complaint',
    evidence: 'Evidence received',
    reopened: 'Your complaint was reopened; we are on it again',
  },
};

/** The customer's own answers: the offer, and the survey (its comment, unless it became a message). */
const answerText: Record<
  Locale,
  { accepted: string; rejected: string; survey: (rating: number, comment: string | null) => string }
> = {
  'zh-CN': {
    accepted: '您接受了我们的解决方案',
    rejected: '您拒绝了我们的解决方案，负责人会重新处理',
    survey: (rating, comment) => `您的满意度评价：${rating}/5${comment ? `（${comment}）` : ''}`,
  },
  'en-US': {
    accepted: 'You accepted our offer',
    rejected: 'You rejected our offer; your case owner is looking at it again',
    survey: (rating, comment) => `Your rating: ${rating}/5${comment ? ` (${comment})` : ''}`,
  },
};

/** `timeZone`: the business's, for the times the texts promise (remedy-timeline.ts). */
export function customerTimeline(
  source: TimelineSource,
  locale: Locale,
  timeZone = 'Asia/Shanghai',
): TimelineItem[] {
  const items: TimelineItem[] = [...remedyTimeline(source.history, locale, timeZone)];
  for (const entry of source.history) {
    if (entry.action === 'complaint.opened') {
      items.push({ at: entry.at, kind: 'received', text: fixedText[locale].received });
    } else if (entry.action === 'complaint.reopened') {
      items.push({ at: entry.at, kind: 'reopened', text: fixedText[locale].reopened });
    } else if (entry.action === 'complaint.status_changed') {
      const to = (entry.changes.status as [string, ComplaintStatus] | undefined)?.[1];
      if (!to) continue;
      const resolution = (entry.changes.resolution as [unknown, unknown] | undefined)?.[1];
      const text =
        to === 'resolved' && typeof resolution === 'string'
          ? `${statusText[locale].resolved}: ${resolution}`
          : statusText[locale][to];
      items.push({ at: entry.at, kind: 'status', text });
    } else if (entry.action === 'evidence.added') {
      items.push({ at: entry.at, kind: 'evidence', text: fixedText[locale].evidence });
    } else if (entry.action === 'offer.accepted' || entry.action === 'offer.rejected') {
      const accepted = entry.action === 'offer.accepted';
      items.push({
        at: entry.at,
        kind: accepted ? 'offer_accepted' : 'offer_rejected',
        text: accepted ? answerText[locale].accepted : answerText[locale].rejected,
      });
    } else if (entry.action === 'survey.submitted' && typeof entry.changes.rating === 'number') {
      // A low rating's comment is an inbound message of its own: not shown twice.
      const comment =
        typeof entry.changes.comment === 'string' && entry.changes.reopens !== true
          ? entry.changes.comment
          : null;
      items.push({
        at: entry.at,
        kind: 'survey',
        text: answerText[locale].survey(entry.changes.rating, comment),
      });
    }
  }
  for (const message of source.messages) {
    if (message.kind === 'reply') items.push({ at: message.at, kind: 'reply', text: message.body });
    if (message.kind === 'inbound') {
      items.push({ at: message.at, kind: 'customer_message', text: message.body });
    }
  }
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}
