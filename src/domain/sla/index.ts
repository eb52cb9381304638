/**
 * Deadlines (SLA), CONTRACT.md §8: the public face of src/domain/sla.
 *
 * Callers outside this folder import from here. The day-number and time-zone helpers behind
 * these functions stay private to the folder so that zone logic has one home.
 */
export type {
  BusinessCalendar,
  DeadlineInput,
  DeadlinePolicy,
  Deadlines,
  OpeningHours,
  OpeningRange,
} from './deadline-types.js';
export {
  addBusinessDays,
  isBusinessDay,
  localDateOf,
  validateCalendar,
  zonedInstant,
} from './business-calendar.js';
export { computeDeadlines, defaultDeadlinePolicy } from './deadlines.js';
export {
  deadlinePolicyProblems,
  policyFor,
  shippedDeadlinePolicy,
  validateDeadlinePolicy,
  type DeadlineFacts,
  type DeadlinePolicyRules,
  type DeadlineRule,
  type DeadlineTargets,
  type VersionedDeadlinePolicy,
} from './deadline-policy.js';
export { chinaMainland, defaultCalendars, unitedStatesFederal } from './calendars.js';
export {
  clockKinds,
  clockState,
  clocksAtIntake,
  clocksAtReopen,
  clocksAtResolution,
  defaultWarnFraction,
  postMortemSeverities,
  progressCycle,
  type Clock,
  type ClockKind,
  type ClockPlan,
  type ClockState,
} from './sla-clock.js';
export { daysFromICalendar, type ImportedDays } from './calendar-import.js';
