/**
 * What happens when a clock warns, breaches, and is escalated (PRODUCT.md R6):
 * a warning tells the owner; a breach tells the owner and, an hour later if still unmet,
 * the supervisors of the complaint's team (all of them when it has none); a severe or urgent
 * complaint goes to the supervisors at once. Each
 * handler locks the clock and does nothing if its event already happened or the clock was
 * met, stopped or restarted meanwhile, so running twice, or on two workers, is harmless.
 */
import { z } from 'zod';
import type { CommandContext } from '../commands/context.js';
import { ownerOrSupervisors, supervisorIds } from '../commands/tell-staff.js';
import type { Complaint } from '../domain/complaint/complaint.js';
import { clockKinds, type Clock } from '../domain/sla/index.js';
import { findComplaintById } from '../store/complaint-repository.js';
import type { Executor } from '../store/database.js';
import { appendHistory } from '../store/history-repository.js';
import { enqueueJob } from '../store/job-repository.js';
import { notify } from '../store/notification-repository.js';
import { lockClock, markClock, type ClockEvent } from '../store/sla-clock-repository.js';
import { defineJob } from './job-definition.js';

const Payload = z.object({ complaintId: z.uuid(), kind: z.enum(clockKinds), cycle: z.number().int().min(1) });
type Payload = z.infer<typeof Payload>;

/** How long a breach waits for its owner before the supervisors are told. */
export const escalateAfterMs = 60 * 60 * 1000;

const system = { type: 'system', name: 'SLA' } as const;
const eventId = (event: string, e: ClockEvent) => `${event}:${e.complaintId}:${e.kind}:${e.cycle}`;

async function tell(
  tx: Executor,
  userIds: string[],
  event: string,
  e: ClockEvent,
  complaint: Complaint,
  dueAt: Date,
  now: Date,
): Promise<void> {
  await notify(
    tx,
    [...new Set(userIds)].map((userId) => ({
      id: `${eventId(event, e)}:${userId}`,
      userId,
      kind: event,
      complaintId: e.complaintId,
      payload: {
        clock: e.kind,
        dueAt: dueAt.toISOString(),
        trackingNumber: complaint.trackingNumber,
        subject: complaint.subject,
        severity: complaint.triage.severity,
      },
      createdAt: now,
    })),
  );
}

interface ClockEventRule {
  action: 'sla.warned' | 'sla.breached' | 'sla.escalated';
  /** True when this event already happened for the clock's cycle. */
  happened: (clock: Clock) => boolean;
  marks: (clock: Clock, now: Date) => Parameters<typeof markClock>[2];
  recipients: (tx: Executor, complaint: Complaint) => Promise<string[]>;
}

/**
 * Records one clock event: locks the clock, and unless it was met, stopped, restarted or
 * already had this event, marks it, writes the history entry and tells the recipients.
 * Answers the complaint and the instant when it recorded the event, else null.
 */
async function recordClockEvent(
  ctx: CommandContext,
  tx: Executor,
  e: ClockEvent,
  rule: ClockEventRule,
): Promise<{ complaint: Complaint; now: Date } | null> {
  const clock = await lockClock(tx, e);
  if (!clock || clock.metAt || clock.stoppedAt || rule.happened(clock)) return null;
  const complaint = await findComplaintById(tx, e.complaintId);
  if (!complaint) return null;
  const now = ctx.now();
  await markClock(tx, e, rule.marks(clock, now), now);
  await appendHistory(
    tx,
    e.complaintId,
    system,
    rule.action,
    { clock: e.kind, cycle: e.cycle, dueAt: clock.dueAt.toISOString() },
    now,
  );
  await tell(tx, await rule.recipients(tx, complaint), rule.action, e, complaint, clock.dueAt, now);
  return { complaint, now };
}

export const warnClockJob = defineJob<Payload>({
  kind: 'sla.warn',
  payload: Payload,
  maxAttempts: 5,
  idFor: (e) => eventId('sla.warn', e),
  handle: async (ctx, e) => {
    await ctx.database.db.transaction((tx) =>
      recordClockEvent(ctx, tx, e, {
        action: 'sla.warned',
        happened: (clock) => Boolean(clock.warnedAt || clock.breachedAt),
        marks: (_clock, now) => ({ warnedAt: now }),
        recipients: ownerOrSupervisors,
      }),
    );
  },
});

export const escalateClockJob = defineJob<Payload>({
  kind: 'sla.escalate',
  payload: Payload,
  maxAttempts: 5,
  idFor: (e) => eventId('sla.escalate', e),
  handle: async (ctx, e) => {
    await ctx.database.db.transaction((tx) => escalate(ctx, tx, e));
  },
});

function escalate(ctx: CommandContext, tx: Executor, e: ClockEvent) {
  return recordClockEvent(ctx, tx, e, {
    action: 'sla.escalated',
    happened: (clock) => Boolean(clock.escalatedAt),
    marks: (_clock, now) => ({ escalatedAt: now }),
    // The supervisors of the complaint's team, else all of them (domain/teams/team-routing.ts).
    recipients: (t, complaint) => supervisorIds(t, complaint),
  });
}

export const breachClockJob = defineJob<Payload>({
  kind: 'sla.breach',
  payload: Payload,
  maxAttempts: 5,
  idFor: (e) => eventId('sla.breach', e),
  handle: (ctx, e) =>
    ctx.database.db.transaction(async (tx) => {
      const recorded = await recordClockEvent(ctx, tx, e, {
        action: 'sla.breached',
        happened: (clock) => Boolean(clock.breachedAt),
        marks: (clock, now) => ({ breachedAt: now, warnedAt: clock.warnedAt ?? now }),
        recipients: ownerOrSupervisors,
      });
      if (!recorded) return;
      const { complaint, now } = recorded;
      if (complaint.triage.severity === 'severe' || complaint.triage.urgent) {
        await escalate(ctx, tx, e);
      } else {
        await enqueueJob(tx, escalateClockJob.build(e, now, new Date(now.getTime() + escalateAfterMs)), now);
      }
    }),
});
