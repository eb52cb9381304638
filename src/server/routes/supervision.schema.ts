/**
 * The supervision API's shapes (PRODUCT.md R6, R10): the deadline board, workload per person,
 * the approvals inbox and escalations. The web app imports these contracts; nothing else
 * defines them.
 */
import { z } from 'zod';
import { complaintStatuses } from '../../domain/complaint/lifecycle.js';
import { clockKinds } from '../../domain/sla/index.js';
import { remedyKinds, roles, severities } from '../../domain/vocabulary.js';
import { instant } from '../http/text.js';

const Instant = z.string().meta({ description: 'ISO 8601 instant in UTC with milliseconds' });

/** The longest escalation window one request may ask for. */
export const maxEscalationWindowDays = 366;

const pageLimit = (max: number, byDefault: number) =>
  z.coerce.number().int().min(1).max(max).default(byDefault);

export const ApprovalsQuery = z.object({
  limit: pageLimit(100, 50),
  cursor: z.string().max(200).optional(),
});

export const EscalationsQuery = z
  .object({
    from: instant
      .optional()
      .meta({ description: 'Start of the window (inclusive); default: 7 days before `to`' }),
    to: instant.optional().meta({ description: 'End of the window (exclusive); default: now' }),
    limit: pageLimit(200, 50),
    cursor: z.string().max(200).optional(),
  })
  .superRefine((q, ctx) => {
    // Also called when a field failed: then it holds the raw text, not a Date.
    if (q.from instanceof Date && q.to instanceof Date) {
      if (q.from.getTime() >= q.to.getTime()) {
        ctx.addIssue({ code: 'custom', path: ['from'], message: 'must be before to' });
      } else if (q.to.getTime() - q.from.getTime() > maxEscalationWindowDays * 86_400_000) {
        ctx.addIssue({
          code: 'custom',
          path: ['from'],
          message: `must be at most ${maxEscalationWindowDays} days before to`,
        });
      }
    }
  });
export type EscalationsQuery = z.infer<typeof EscalationsQuery>;

const DeadlineCounts = z.object({
  open: z.number().int().meta({ description: 'Open complaints (new … in_progress)' }),
  atRisk: z.number().int().meta({
    description:
      'Open complaints whose worst handling clock (first response, resolution, progress update) is past its warning time, none breached (as ?sla=at_risk)',
  }),
  breached: z.number().int().meta({
    description: 'Open complaints with a handling clock past its due time (as ?sla=breached)',
  }),
  oldestBreachDueAt: Instant.nullable().meta({
    description: 'The earliest due time of a breached handling clock of an open complaint',
  }),
  followUpsOverdue: z.number().int().meta({
    description: 'Complaints whose follow-up after resolution is overdue (as ?sla=breached&clock=follow_up)',
  }),
  postMortemsOverdue: z.number().int().meta({
    description:
      'Complaints whose post-mortem after resolution is overdue (as ?sla=breached&clock=post_mortem)',
  }),
});

export const OwnerDeadlinesView = DeadlineCounts.extend({
  ownerId: z.string().nullable().meta({ description: 'null: complaints nobody owns' }),
  ownerName: z.string().nullable(),
  ownerRole: z.enum(roles).nullable(),
  ownerActive: z.boolean().nullable().meta({ description: 'false: a deactivated user still owns these' }),
  teamId: z
    .string()
    .nullable()
    .meta({ description: "The owner's team; null: unassigned, or an owner in no team" }),
  teamName: z.string().nullable(),
});

export const TeamDeadlinesView = DeadlineCounts.extend({
  teamId: z.string().nullable().meta({
    description: 'null: no team (unassigned complaints and owners in no team); queue link: &team=<id>|none',
  }),
  teamName: z.string().nullable(),
});

export const DeadlineBoardView = z.object({
  generatedAt: Instant,
  owners: z.array(OwnerDeadlinesView),
  teams: z.array(TeamDeadlinesView).meta({
    description:
      "The owners' rows summed per team, most breached first; teams with no open work are left out",
  }),
  totals: DeadlineCounts,
});
export type DeadlineBoardView = z.infer<typeof DeadlineBoardView>;

export const PersonWorkloadView = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(roles),
  open: z.number().int().meta({ description: 'Open complaints they own' }),
  openBySeverity: z.object({ minor: z.number().int(), moderate: z.number().int(), severe: z.number().int() }),
  openTasks: z.number().int().meta({ description: 'Open department tasks given to them' }),
  resolvedLast7Days: z.number().int(),
  medianFirstResponseMinutes: z.number().nullable().meta({
    description:
      'Median minutes from receipt to the first customer-visible reply, over their complaints received in the last 30 days that have one',
  }),
  slaCompliance: z.number().nullable().meta({
    description:
      'Share (0–1) of their resolution clocks met on time, over those met in the last 30 days or due in them and still open; null: none',
  }),
  resolutionClocks: z.object({ onTime: z.number().int(), total: z.number().int() }),
});

export const WorkloadView = z.object({
  generatedAt: Instant,
  people: z.array(PersonWorkloadView),
});
export type WorkloadView = z.infer<typeof WorkloadView>;

export const PendingApprovalView = z.object({
  remedyId: z.string(),
  complaintId: z.string(),
  trackingNumber: z.string(),
  subject: z.string(),
  severity: z.enum(severities),
  status: z.enum(complaintStatuses),
  kind: z.enum(remedyKinds),
  amount: z.number().nullable(),
  currency: z.string(),
  description: z.string(),
  proposedById: z.string(),
  proposedByName: z.string().nullable(),
  waitingSince: Instant.meta({ description: 'When the remedy was proposed' }),
});

export const ApprovalsPage = z.object({
  canApprove: z.boolean().meta({ description: 'false: this role approves no remedies; the list is empty' }),
  authorityLimit: z.number().nullable().meta({ description: 'The most you may approve; null: unlimited' }),
  items: z.array(PendingApprovalView),
  nextCursor: z.string().nullable(),
});
export type ApprovalsPage = z.infer<typeof ApprovalsPage>;

export const EscalationView = z.object({
  source: z.enum(['deadline', 'low_rating']).meta({
    description: 'deadline: a clock escalated after its breach; low_rating: a survey rated 1 or 2',
  }),
  at: Instant,
  complaintId: z.string(),
  trackingNumber: z.string(),
  subject: z.string(),
  severity: z.enum(severities),
  status: z.enum(complaintStatuses),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  clockKind: z.enum(clockKinds).nullable(),
  dueAt: Instant.nullable(),
  rating: z.number().int().nullable(),
  comment: z.string().nullable(),
});

export const EscalationsPage = z.object({
  from: Instant,
  to: Instant,
  items: z.array(EscalationView),
  nextCursor: z.string().nullable(),
});
export type EscalationsPage = z.infer<typeof EscalationsPage>;
