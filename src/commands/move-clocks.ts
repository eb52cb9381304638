/**
 * What each step does to a complaint's SLA clocks (domain/sla/sla-clock.ts decides the
 * deadlines; this applies them inside the step's transaction and says what changed, for
 * the history entry).
 */
import type { Complaint } from '../domain/complaint/complaint.js';
import type { ComplaintStatus } from '../domain/complaint/lifecycle.js';
import {
  clockKinds,
  clocksAtReopen,
  clocksAtResolution,
  progressCycle,
  type ClockPlan,
} from '../domain/sla/index.js';
import type { DeadlinePolicy } from '../domain/sla/index.js';
import type { Executor } from '../store/database.js';
import type { CommandContext } from './context.js';
import { meetClocks, startClocks, stopClocks } from '../store/sla-clock-repository.js';

export interface ClockChanges {
  met?: string[];
  stopped?: string[];
  started?: { kind: string; dueAt: string }[];
}

const started = (plans: ClockPlan[]) => plans.map((p) => ({ kind: p.kind, dueAt: p.dueAt.toISOString() }));

/** The targets a complaint's clocks follow: its own policy version, for its category, severity, tier. */
export function deadlineTargets(
  ctx: Pick<CommandContext, 'deadlinePolicies'>,
  complaint: Pick<Complaint, 'deadlinePolicyVersion' | 'triage' | 'customer'>,
): DeadlinePolicy {
  return ctx.deadlinePolicies.targetsFor(complaint.deadlinePolicyVersion, {
    category: complaint.triage.category.label,
    severity: complaint.triage.severity,
    tier: complaint.customer.tier,
  });
}

/** After a transition: resolution met and follow-up started, dismissal stops all, reopening restarts. */
export async function moveClocksForTransition(
  tx: Executor,
  complaint: Complaint,
  to: ComplaintStatus,
  isReopen: boolean,
  ctx: Pick<CommandContext, 'calendar' | 'deadlinePolicies' | 'postMortemSeverities'>,
  now: Date,
): Promise<ClockChanges> {
  const policy = deadlineTargets(ctx, complaint);
  if (to === 'resolved') {
    const plans = clocksAtResolution(
      {
        resolvedAt: now,
        severity: complaint.triage.severity,
        postMortemSeverities: ctx.postMortemSeverities,
      },
      policy,
    );
    const met = await meetClocks(tx, complaint.id, ['resolution', 'first_response'], now);
    const stopped = await stopClocks(tx, complaint.id, ['progress_update'], now);
    await startClocks(tx, complaint.id, plans, now);
    return { met, stopped, started: started(plans) };
  }
  if (to === 'dismissed') {
    return { stopped: await stopClocks(tx, complaint.id, [...clockKinds], now) };
  }
  if (isReopen) {
    const plans = clocksAtReopen({ reopenedAt: now, complexity: complaint.complexity }, ctx.calendar, policy);
    const stopped = await stopClocks(tx, complaint.id, ['follow_up', 'post_mortem'], now);
    await startClocks(tx, complaint.id, plans, now);
    return { stopped, started: started(plans) };
  }
  return {};
}

/**
 * After a customer-visible reply: the first response is met, and a complex complaint's
 * progress-update clock starts its next 24 h. An internal note never gets here.
 */
export async function moveClocksForReply(
  tx: Executor,
  complaint: Complaint,
  ctx: Pick<CommandContext, 'deadlinePolicies'>,
  now: Date,
): Promise<ClockChanges> {
  const met = await meetClocks(tx, complaint.id, ['first_response', 'progress_update'], now);
  if (!met.includes('progress_update')) return met.length ? { met } : {};
  const policy = deadlineTargets(ctx, complaint);
  const next = [progressCycle(now, policy.progressUpdateEveryHours.complex ?? 24, policy.warnAtShare)];
  await startClocks(tx, complaint.id, next, now);
  return { met, started: started(next) };
}
