/**
 * The complaint API's shapes (CONTRACT.md §5, §6): what the server accepts and answers.
 * The web app imports these contracts; nothing else defines them.
 */
import { z } from 'zod';
import { complaintStatuses } from '../../domain/complaint/lifecycle.js';
import { clockKinds } from '../../domain/sla/index.js';
import {
  categories,
  channels,
  complexities,
  emotions,
  locales,
  remedyKinds,
  responsibilities,
  risks,
  severities,
  tiers,
} from '../../domain/vocabulary.js';
import { commaList, email, instant, line, phone, requiredText, text } from '../http/text.js';
import { CustomerClosingView } from './closing.schema.js';

export const maxDescriptionChars = 50_000;

const CustomerInput = z.object({
  name: line(200),
  email: email.optional(),
  phone: phone.optional(),
  tier: z.enum(tiers).optional(),
});

const complaintFields = {
  subject: text(300).optional(),
  description: requiredText(maxDescriptionChars),
  expectation: text(5_000).optional(),
  orderRef: text(200).optional(),
  productRef: text(200).optional(),
  occurredAt: instant.optional(),
  locale: z.enum(locales).optional(),
};

export const OpenComplaintBody = z.object({
  channel: z.enum(channels),
  customer: CustomerInput,
  ...complaintFields,
  receivedAt: instant.optional(),
  complexity: z.enum(complexities).optional(),
  category: z.enum(categories).optional(),
  subcategoryId: z.uuid('must be a subcategory id').optional().meta({
    description:
      "An active subcategory (GET /api/v1/categories): of `category` when given, else its own category is the complaint's",
  }),
  severity: z.enum(severities).optional(),
  emotion: z
    .enum(emotions)
    .optional()
    .meta({ description: 'The emotion the agent heard (phone, in person); wins over the suggestion' }),
});
export type OpenComplaintBody = z.infer<typeof OpenComplaintBody>;

export const PublicComplaintBody = z
  .object({
    customer: CustomerInput.omit({ tier: true }),
    subject: complaintFields.subject,
    description: complaintFields.description,
    expectation: complaintFields.expectation,
    orderRef: complaintFields.orderRef,
    productRef: complaintFields.productRef,
    occurredAt: complaintFields.occurredAt,
    locale: complaintFields.locale,
  })
  .superRefine((body, ctx) => {
    if (!body.customer.email && !body.customer.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['customer', 'email'],
        message: 'give an email address or a phone number',
      });
    }
  });
export type PublicComplaintBody = z.infer<typeof PublicComplaintBody>;

export const ComplaintIdParams = z.object({ id: z.string().max(100) });
export const TrackingParams = z.object({ trackingNumber: z.string().max(40) });
export const AccessTokenHeaders = z.object({ 'x-access-token': z.string().optional() });

export const ListComplaintsQuery = z.object({
  status: commaList(z.enum(complaintStatuses)),
  category: commaList(z.enum(categories)),
  channel: commaList(z.enum(channels)),
  severity: commaList(z.enum(severities)),
  owner: z.union([z.literal('me'), z.literal('none'), z.uuid()]).optional(),
  customerId: z.uuid().optional(),
  trackingNumber: z.string().max(40).optional(),
  urgent: z.enum(['true', 'false']).optional(),
  needsReview: z.enum(['true', 'false']).optional(),
  receivedFrom: instant.optional(),
  receivedTo: instant.optional(),
  q: text(200).optional(),
  sla: z.enum(['at_risk', 'breached']).optional().meta({
    description:
      'Open complaints whose worst handling clock (first response, resolution, progress update) is at risk (none breached) or breached, as the deadline board counts them; with clock=, complaints of any status whose clock of that kind is',
  }),
  clock: z.enum(clockKinds).optional().meta({
    description: 'With sla=: only this clock (follow_up and post_mortem run after resolution)',
  }),
  subcategory: z.uuid('must be a subcategory id').optional(),
  team: z
    .union([z.literal('mine'), z.literal('none'), z.uuid()])
    .optional()
    .meta({
      description:
        "mine: your team's queue (complaints its members own, and unassigned ones whose category's default team it is; none if you are in no team); <id>: complaints a member of that team owns; none: unassigned or owned by someone in no team",
    }),
  remedy: z.enum(['pending_approval', 'approvable_by_me']).optional().meta({
    description:
      'pending_approval: a remedy awaits approval; approvable_by_me: one you may approve (within your authority limit, on an open complaint), none if your role approves nothing',
  }),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(200).optional(),
});

export const TransitionBody = z.object({
  to: z.enum(complaintStatuses),
  reason: text(2_000).optional(),
  ownerId: z.uuid().optional(),
  responsibility: z.enum(responsibilities).optional(),
  resolution: text(10_000).optional(),
});

export const AssignOwnerBody = z.object({ ownerId: z.uuid(), reason: requiredText(2_000) });

export const ComplexityBody = z.object({ complexity: z.enum(complexities), reason: requiredText(2_000) });

export const MessageBody = z.object({
  kind: z.enum(['reply', 'note']),
  body: requiredText(20_000),
});

export const CustomerMessageBody = z.object({ body: requiredText(20_000) });

export const RemedyBody = z.object({
  kind: z.enum(remedyKinds),
  amount: z.number().min(0).max(100_000_000).multipleOf(0.01).optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY')
    .optional(),
  description: requiredText(2_000),
});

const Instant = z.string();

export const TriageView = z.object({
  language: z.enum(['zh', 'en']),
  category: z.object({
    label: z.enum(categories),
    confidence: z.number(),
    source: z.enum(['triage', 'person']),
  }),
  emotion: z.object({ label: z.enum(emotions), intensity: z.number() }),
  risks: z.array(z.enum(risks)),
  severity: z.enum(severities),
  urgent: z.boolean(),
  needsReview: z.boolean(),
  explanation: z.array(z.object({ field: z.string(), cues: z.array(z.string()) })),
  modelVersion: z.string(),
});

export const ClockView = z.object({
  kind: z.enum(clockKinds),
  state: z.enum(['met', 'stopped', 'breached', 'at_risk', 'on_track']),
  cycle: z.number(),
  startedAt: z.string(),
  dueAt: z.string(),
  warnAt: z.string(),
  metAt: z.string().nullable(),
  breachedAt: z.string().nullable(),
  escalatedAt: z.string().nullable(),
});

export const ComplaintView = z.object({
  id: z.string(),
  trackingNumber: z.string(),
  status: z.enum(complaintStatuses),
  channel: z.enum(channels),
  customer: z.object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    tier: z.enum(tiers),
  }),
  subject: z.string(),
  description: z.string(),
  expectation: z.string().nullable(),
  orderRef: z.string().nullable(),
  productRef: z.string().nullable(),
  occurredAt: Instant.nullable(),
  receivedAt: Instant,
  createdAt: Instant,
  updatedAt: Instant,
  complexity: z.enum(complexities),
  locale: z.enum(locales),
  triage: TriageView,
  ownerId: z.string().nullable(),
  createdById: z.string().nullable(),
  responsibility: z.enum(responsibilities).nullable(),
  verifiedFacts: z.string().nullable().meta({ description: 'Step 2: what the owner verified' }),
  resolution: z.string().nullable(),
  resolvedAt: Instant.nullable(),
  closedAt: Instant.nullable(),
  firstResponseDueAt: Instant,
  firstRespondedAt: Instant.nullable(),
  resolutionDueAt: Instant,
  deadlinePolicyVersion: z
    .number()
    .meta({ description: 'The deadline policy version the complaint was opened under (its targets)' }),
  repeatOfId: z
    .string()
    .nullable()
    .meta({ description: "The same customer's complaint of the 30 days before (二次投诉); see /links" }),
  clocks: z.array(ClockView),
  remedyCost: z
    .array(z.object({ currency: z.string(), approved: z.number(), pending: z.number() }))
    .optional()
    .meta({
      description:
        'Remedy cost per currency: the sum of approved remedies, and of those waiting for approval. Empty when none.',
    }),
  resolutionCount: z.number(),
  reopenCount: z.number(),
  satisfactionRating: z.number().nullable(),
  subcategoryId: z
    .string()
    .nullable()
    .meta({ description: 'A subcategory of its category (GET /api/v1/categories); null: none' }),
  version: z.number(),
});

/** A staff account as a complaint names it: its id and display name, no e-mail, role or team. */
export const StaffNameView = z.object({ id: z.string(), name: z.string() });

/** One complaint (GET /api/v1/complaints/{id}): the complaint, and the names of the staff it refers to. */
export const ComplaintDetailView = ComplaintView.extend({
  staff: z.array(StaffNameView).meta({
    description:
      'The staff this complaint refers to, by id and display name, ordered by name: its owner and creator, everyone who acted in its history or was named in a hand-over there, wrote its messages, proposed or decided its remedies, recorded its follow-ups, wrote its post-mortem, or added or own its actions; deactivated accounts included. Every role that reads the complaint gets them, also one that may not list staff accounts.',
  }),
});

export const ComplaintPage = z.object({ items: z.array(ComplaintView), nextCursor: z.string().nullable() });

export const HistoryView = z.object({
  items: z.array(
    z.object({
      at: Instant,
      actor: z.object({
        type: z.enum(['user', 'customer', 'system']),
        id: z.string().nullable(),
        name: z.string().nullable(),
      }),
      action: z.string(),
      changes: z.record(z.string(), z.unknown()),
    }),
  ),
  nextCursor: z.string().nullable(),
});

export const PublicReceipt = z.object({
  trackingNumber: z.string(),
  accessToken: z.string(),
  status: z.enum(complaintStatuses),
  firstResponseDueAt: Instant,
  resolutionDueAt: Instant,
  trackingUrl: z.string(),
});

export const PublicView = z.object({
  trackingNumber: z.string(),
  status: z.enum(complaintStatuses),
  subject: z.string(),
  receivedAt: Instant,
  firstResponseDueAt: Instant,
  resolutionDueAt: Instant,
  timeline: z.array(z.object({ at: Instant, kind: z.string(), text: z.string() })),
  ...CustomerClosingView.shape,
});

export const MessageView = z.object({
  id: z.string(),
  complaintId: z.string(),
  kind: z.enum(['inbound', 'reply', 'note']),
  authorId: z.string().nullable(),
  authorName: z.string(),
  body: z.string(),
  createdAt: Instant,
});

export const AttachmentView = z.object({
  id: z.string(),
  complaintId: z.string(),
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedByType: z.enum(['user', 'customer']),
  createdAt: Instant,
  url: z.string(),
});

export const RemedyView = z.object({
  id: z.string(),
  complaintId: z.string(),
  kind: z.enum(remedyKinds),
  amount: z.number().nullable(),
  currency: z.string(),
  description: z.string(),
  status: z.enum(['approved', 'pending_approval', 'rejected']),
  proposedById: z.string(),
  decidedById: z.string().nullable(),
  decidedAt: Instant.nullable(),
  decisionReason: z.string().nullable().meta({ description: 'Why an approver rejected it' }),
  customerResponse: z.enum(['accepted', 'rejected']).nullable(),
  customerReason: z.string().nullable(),
  customerRespondedAt: Instant.nullable(),
  createdAt: Instant,
});
