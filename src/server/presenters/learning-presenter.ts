/**
 * Post-mortems, actions and library cases as the API shows them (learning.schema.ts).
 */
import type { z } from 'zod';
import { clockState, type Clock } from '../../domain/sla/index.js';
import { isOverdue, type CorrectiveAction, type PostMortem } from '../../domain/learning/post-mortem.js';
import type { StoredCase } from '../../store/case-library-repository.js';
import type { Category, Severity } from '../../domain/vocabulary.js';
import type { PostMortemListItem } from '../../store/post-mortem-repository.js';
import type {
  ActionView,
  CaseSummaryView,
  CaseView,
  PostMortemListItem as PostMortemLineView,
  PostMortemView,
} from '../routes/learning.schema.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentPostMortem(
  complaintId: string,
  postMortem: PostMortem | null,
  resolvedOnce: boolean,
  clock: Clock | null,
  now: Date,
): z.infer<typeof PostMortemView> {
  return {
    complaintId,
    status: !postMortem ? 'not_started' : postMortem.completedAt ? 'completed' : 'draft',
    resolvedOnce,
    clock: clock
      ? { dueAt: clock.dueAt.toISOString(), state: clockState(clock, now), metAt: iso(clock.metAt) }
      : null,
    rootCause: postMortem?.rootCause ?? null,
    wentWell: postMortem?.wentWell ?? null,
    wentBadly: postMortem?.wentBadly ?? null,
    lessons: postMortem?.lessons ?? null,
    customerAnswer: postMortem?.customerAnswer ?? null,
    authorId: postMortem?.authorId ?? null,
    createdAt: iso(postMortem?.createdAt ?? null),
    updatedAt: iso(postMortem?.updatedAt ?? null),
    completedAt: iso(postMortem?.completedAt ?? null),
  };
}

export function presentAction(
  action: CorrectiveAction & { complaint?: { trackingNumber: string; subject: string } },
  now: Date,
): z.infer<typeof ActionView> {
  return {
    id: action.id,
    complaintId: action.complaintId,
    kind: action.kind,
    description: action.description,
    ownerId: action.ownerId,
    dueAt: action.dueAt.toISOString(),
    status: action.status,
    overdue: isOverdue(action, now),
    doneAt: iso(action.doneAt),
    doneNote: action.doneNote,
    createdById: action.createdById,
    createdAt: action.createdAt.toISOString(),
    overdueNotifiedAt: iso(action.overdueNotifiedAt),
    ...(action.complaint ? { complaint: action.complaint } : {}),
  };
}

const summaryOf = (c: StoredCase) => ({
  id: c.id,
  title: c.title,
  category: c.category,
  severity: c.severity,
  tags: c.tags,
  createdAt: c.createdAt.toISOString(),
});

export function presentCaseSummary(c: StoredCase): z.infer<typeof CaseSummaryView> {
  const chars = Array.from(c.body.summary);
  return {
    ...summaryOf(c),
    excerpt: chars.length > 140 ? `${chars.slice(0, 139).join('')}…` : c.body.summary,
  };
}

export function presentCase(c: StoredCase): z.infer<typeof CaseView> {
  return { ...summaryOf(c), body: c.body };
}

/** One line of the post-mortem list; overdue: its deadline passed without a completed post-mortem. */
export function presentPostMortemLine(
  item: PostMortemListItem,
  now: Date,
): z.infer<typeof PostMortemLineView> {
  return {
    ...item,
    category: item.category as Category, // the column only holds category keys
    severity: item.severity as Severity, // and severity keys
    resolvedAt: item.resolvedAt?.toISOString() ?? null,
    dueAt: item.dueAt?.toISOString() ?? null,
    overdue: item.status !== 'completed' && item.dueAt !== null && item.dueAt < now,
    completedAt: item.completedAt?.toISOString() ?? null,
  };
}
