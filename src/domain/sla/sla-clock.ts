/**
 * SLA clocks: which deadlines a complaint has at each step, and the state of each.
 *
 * At intake: first response and resolution, and for a complex complaint a progress update
 * every 24 h. At resolution: a follow-up (24 h) and, for moderate and severe complaints,
 * a post-mortem (48 h). A reopened complaint gets a new resolution deadline. The store
 * keeps these as rows (store/sla-clock-repository.ts); the sweep job acts on them.
 */
import type { Complexity, Severity } from '../vocabulary.js';
import { computeDeadlines } from './deadlines.js';
import type { BusinessCalendar, DeadlinePolicy } from './deadline-types.js';
import { defaultDeadlinePolicy } from './deadlines.js';

export const clockKinds = [
  'first_response',
  'resolution',
  'progress_update',
  'follow_up',
  'post_mortem',
] as const;
export type ClockKind = (typeof clockKinds)[number];

/** A clock warns when this share of its time has gone (configurable per policy later). */
export const defaultWarnFraction = 0.75;

/**
 * Severities whose resolution is followed by a post-mortem (seed 000 step 6), unless the
 * installation configures others (CLOSELOOP_POST_MORTEM_SEVERITIES).
 */
export const postMortemSeverities: readonly Severity[] = ['moderate', 'severe'];

export interface ClockPlan {
  kind: ClockKind;
  startedAt: Date;
  dueAt: Date;
  warnAt: Date;
}

export interface Clock extends ClockPlan {
  cycle: number;
  metAt: Date | null;
  warnedAt: Date | null;
  breachedAt: Date | null;
  escalatedAt: Date | null;
  stoppedAt: Date | null;
}

export type ClockState = 'met' | 'stopped' | 'breached' | 'at_risk' | 'on_track';

function plan(
  kind: ClockKind,
  startedAt: Date,
  dueAt: Date,
  warnFraction: number = defaultWarnFraction,
): ClockPlan {
  const warnAt = new Date(
    startedAt.getTime() + Math.round((dueAt.getTime() - startedAt.getTime()) * warnFraction),
  );
  return { kind, startedAt, dueAt, warnAt };
}

const hours = (n: number) => n * 3600 * 1000;

/** The clocks a complaint starts with when it is received. */
export function clocksAtIntake(
  input: { receivedAt: Date; complexity: Complexity },
  calendar: BusinessCalendar,
  policy: DeadlinePolicy = defaultDeadlinePolicy,
): ClockPlan[] {
  const deadlines = computeDeadlines(input, calendar, policy);
  const clocks = [
    plan('first_response', input.receivedAt, deadlines.firstResponseDueAt, policy.warnAtShare),
    plan('resolution', input.receivedAt, deadlines.resolutionDueAt, policy.warnAtShare),
  ];
  if (deadlines.progressUpdateEveryHours !== null) {
    clocks.push(progressCycle(input.receivedAt, deadlines.progressUpdateEveryHours, policy.warnAtShare));
  }
  return clocks;
}

/** The next progress-update cycle, starting at `from` (intake or the last customer update). */
export function progressCycle(from: Date, everyHours = 24, warnAtShare?: number): ClockPlan {
  return plan('progress_update', from, new Date(from.getTime() + hours(everyHours)), warnAtShare);
}

/** A reopened complaint: a new resolution deadline (and progress cycle) counted from now. */
export function clocksAtReopen(
  input: { reopenedAt: Date; complexity: Complexity },
  calendar: BusinessCalendar,
  policy: DeadlinePolicy = defaultDeadlinePolicy,
): ClockPlan[] {
  return clocksAtIntake(
    { receivedAt: input.reopenedAt, complexity: input.complexity },
    calendar,
    policy,
  ).filter((c) => c.kind !== 'first_response');
}

/**
 * The clocks that start when a complaint is resolved: always the follow-up; the post-mortem
 * only for the severities that need one (`postMortemSeverities` unless configured).
 */
export function clocksAtResolution(
  input: { resolvedAt: Date; severity: Severity; postMortemSeverities?: readonly Severity[] | undefined },
  policy: DeadlinePolicy = defaultDeadlinePolicy,
): ClockPlan[] {
  const clocks = [
    plan(
      'follow_up',
      input.resolvedAt,
      new Date(input.resolvedAt.getTime() + hours(policy.followUpHours)),
      policy.warnAtShare,
    ),
  ];
  if ((input.postMortemSeverities ?? postMortemSeverities).includes(input.severity)) {
    clocks.push(
      plan(
        'post_mortem',
        input.resolvedAt,
        new Date(input.resolvedAt.getTime() + hours(policy.postMortemHours)),
        policy.warnAtShare,
      ),
    );
  }
  return clocks;
}

/** Where a clock stands at `now`. At risk: past its warning time, not yet breached. */
export function clockState(
  clock: Pick<Clock, 'metAt' | 'stoppedAt' | 'dueAt' | 'warnAt' | 'breachedAt'>,
  now: Date,
): ClockState {
  if (clock.metAt) return 'met';
  if (clock.stoppedAt) return 'stopped';
  if (clock.breachedAt || now.getTime() >= clock.dueAt.getTime()) return 'breached';
  if (now.getTime() >= clock.warnAt.getTime()) return 'at_risk';
  return 'on_track';
}
