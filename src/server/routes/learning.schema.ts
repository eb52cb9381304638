/**
 * Step 6, learn: the shapes of the post-mortem, corrective and preventive actions and the
 * case library API. The web app imports these contracts; nothing else defines them.
 */
import { z } from 'zod';
import { actionKinds, actionStatuses } from '../../domain/learning/post-mortem.js';
import { caseSteps } from '../../domain/learning/library-case.js';
import {
  categories,
  locales,
  remedyKinds,
  responsibilities,
  rootCauses,
  severities,
} from '../../domain/vocabulary.js';
import { instant, line, requiredText, text } from '../http/text.js';

const Instant = z.string();

const CustomerAnswerFields = {
  whenSolved: text(5_000),
  howSolved: text(5_000),
  rootCause: text(5_000),
  prevention: text(5_000),
};

export const PostMortemBody = z.object({
  rootCause: z.enum(rootCauses),
  wentWell: text(10_000).optional(),
  wentBadly: text(10_000).optional(),
  lessons: text(10_000).optional(),
  /** The final answer along the customer's four needs (seed 003). */
  customerAnswer: z
    .object({
      whenSolved: CustomerAnswerFields.whenSolved.optional(),
      howSolved: CustomerAnswerFields.howSolved.optional(),
      rootCause: CustomerAnswerFields.rootCause.optional(),
      prevention: CustomerAnswerFields.prevention.optional(),
    })
    .optional(),
  complete: z.boolean().optional(),
});
export type PostMortemBody = z.infer<typeof PostMortemBody>;

const CustomerAnswerView = z.object({
  whenSolved: z.string(),
  howSolved: z.string(),
  rootCause: z.string(),
  prevention: z.string(),
});

export const PostMortemView = z.object({
  complaintId: z.string(),
  /** not_started: nothing written yet; draft: saved, not completed; completed. */
  status: z.enum(['not_started', 'draft', 'completed']),
  /** A post-mortem can be written once the complaint was resolved at least once. */
  resolvedOnce: z.boolean(),
  /** The post-mortem deadline of the latest resolution, if this complaint has one. */
  clock: z
    .object({
      dueAt: Instant,
      state: z.enum(['met', 'stopped', 'breached', 'at_risk', 'on_track']),
      metAt: Instant.nullable(),
    })
    .nullable(),
  rootCause: z.enum(rootCauses).nullable(),
  wentWell: z.string().nullable(),
  wentBadly: z.string().nullable(),
  lessons: z.string().nullable(),
  customerAnswer: CustomerAnswerView.nullable(),
  authorId: z.string().nullable(),
  createdAt: Instant.nullable(),
  updatedAt: Instant.nullable(),
  completedAt: Instant.nullable(),
});

export const ActionBody = z.object({
  kind: z.enum(actionKinds),
  description: requiredText(2_000),
  ownerId: z.uuid(),
  dueAt: instant,
});
export type ActionBody = z.infer<typeof ActionBody>;

export const ActionView = z.object({
  id: z.string(),
  complaintId: z.string(),
  kind: z.enum(actionKinds),
  description: z.string(),
  ownerId: z.string(),
  dueAt: Instant,
  status: z.enum(actionStatuses),
  /** Open and past its due time. */
  overdue: z.boolean(),
  doneAt: Instant.nullable(),
  doneNote: z.string().nullable(),
  createdById: z.string(),
  createdAt: Instant,
  overdueNotifiedAt: Instant.nullable(),
  complaint: z.object({ trackingNumber: z.string(), subject: z.string() }).optional(),
});

export const ActionPage = z.object({ items: z.array(ActionView), nextCursor: z.string().nullable() });

export const ListActionsQuery = z.object({
  status: z.enum(['open', 'overdue', 'done', 'cancelled']).default('open'),
  ownerId: z.union([z.literal('me'), z.uuid()]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

/** One line of the post-mortem list: the complaint, its deadline and how far its post-mortem got. */
export const PostMortemListItem = z.object({
  complaintId: z.string(),
  trackingNumber: z.string(),
  subject: z.string(),
  category: z.enum(categories),
  severity: z.enum(severities),
  ownerId: z.string().nullable(),
  resolvedAt: Instant.nullable(),
  dueAt: Instant.nullable(),
  /** overdue: its deadline passed without a completed post-mortem. */
  overdue: z.boolean(),
  status: z.enum(['not_started', 'draft', 'completed']),
  rootCause: z.enum(rootCauses).nullable(),
  authorId: z.string().nullable(),
  completedAt: Instant.nullable(),
});

export const PostMortemPage = z.object({
  items: z.array(PostMortemListItem),
  nextCursor: z.string().nullable(),
});

export const ListPostMortemsQuery = z.object({
  /** due: deadline ahead; overdue: deadline passed; done: completed, latest first. */
  state: z.enum(['due', 'overdue', 'done']).default('due'),
  ownerId: z.union([z.literal('me'), z.uuid()]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const CompleteActionBody = z.object({ note: requiredText(2_000) });
export const CancelActionBody = z.object({ reason: requiredText(2_000) });

export const CaseBody = z.object({
  title: line(200).optional(),
  tags: z.array(line(40)).max(20, 'at most 20 tags'),
});
export type CaseBody = z.infer<typeof CaseBody>;

const CaseSummaryFields = {
  id: z.string(),
  title: z.string(),
  category: z.enum(categories),
  severity: z.enum(severities),
  tags: z.array(z.string()),
  createdAt: Instant,
};

export const CaseSummaryView = z.object({
  ...CaseSummaryFields,
  /** The start of the summary, for lists. */
  excerpt: z.string(),
});

export const CaseView = z.object({
  ...CaseSummaryFields,
  body: z.object({
    summary: z.string(),
    expectation: z.string().nullable(),
    resolution: z.string().nullable(),
    responsibility: z.enum(responsibilities).nullable(),
    remedies: z.array(
      z.object({ kind: z.enum(remedyKinds), amount: z.number().nullable(), currency: z.string() }),
    ),
    rootCause: z.enum(rootCauses).nullable(),
    wentWell: z.string().nullable(),
    wentBadly: z.string().nullable(),
    lessons: z.string().nullable(),
    customerAnswer: CustomerAnswerView.nullable(),
    timeline: z.array(
      z.object({ step: z.enum(caseSteps), afterHours: z.number(), clock: z.string().optional() }),
    ),
    language: z.enum(['zh', 'en']),
    locale: z.enum(locales),
  }),
});

export const CasePage = z.object({ items: z.array(CaseSummaryView), nextCursor: z.string().nullable() });

export const ListCasesQuery = z.object({
  q: text(200).optional(),
  category: z.enum(categories).optional(),
  severity: z.enum(severities).optional(),
  tag: text(40).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const IdParams = z.object({ id: z.string().max(100) });
