/**
 * The deadline rule of CONTRACT.md §8: when a complaint's first response, resolution, progress
 * updates, follow-up and post-mortem are due.
 *
 * Commands store these instants on the complaint and the breach sweep compares them with `now`;
 * nothing else recomputes them. Resolution counts business days of the calendar: from a business
 * day, the same local time of day N business days later; from any other day, the end (24:00 local)
 * of the Nth business day after it. Change the rule here and in deadlines.test.ts together.
 */
import type { Complexity } from '../vocabulary.js';
import { DomainError, type FieldProblem } from '../errors.js';
import type { BusinessCalendar, DeadlineInput, DeadlinePolicy, Deadlines } from './deadline-types.js';
import { addBusinessDayNumbers, indexCalendar, isBusinessDayNumber } from './business-calendar.js';
import { millisecondsPerDay } from './local-date.js';
import { instantOfWallClock, wallClockOf } from './time-zone.js';

const millisecondsPerHour = 3_600_000;

/** The defaults of CONTRACT.md §8. */
export const defaultDeadlinePolicy: DeadlinePolicy = Object.freeze({
  firstResponseHours: 24,
  resolutionBusinessDays: Object.freeze({ ordinary: 3, complex: 5 }),
  progressUpdateEveryHours: Object.freeze({ ordinary: null, complex: 24 }),
  followUpHours: 24,
  postMortemHours: 48,
});

/**
 * The deadlines of a complaint received at `input.receivedAt`. Follow-up and post-mortem are due
 * only once it is resolved (`input.resolvedAt`). Throws `input.invalid` with every problem when the
 * input, calendar or policy cannot be used.
 */
export function computeDeadlines(
  input: DeadlineInput,
  calendar: BusinessCalendar,
  policy: DeadlinePolicy = defaultDeadlinePolicy,
): Deadlines {
  const receivedAt = input.receivedAt.getTime();
  const resolvedAt = input.resolvedAt?.getTime();
  const problems = policyProblems(policy, input.complexity);
  if (Number.isNaN(receivedAt)) {
    problems.push({ path: 'receivedAt', message: 'must be a valid instant' });
  }
  if (resolvedAt !== undefined && Number.isNaN(resolvedAt)) {
    problems.push({ path: 'resolvedAt', message: 'must be a valid instant' });
  }
  if (problems.length > 0) {
    throw new DomainError('input.invalid', 'The deadline input or policy is invalid.', problems);
  }
  const days = indexCalendar(calendar);

  const receivedWall = wallClockOf(receivedAt, days.timeZone);
  const receivedOn = Math.floor(receivedWall / millisecondsPerDay);
  const dueOn = addBusinessDayNumbers(receivedOn, policy.resolutionBusinessDays[input.complexity], days);
  const resolutionWall = isBusinessDayNumber(receivedOn, days)
    ? dueOn * millisecondsPerDay + (receivedWall - receivedOn * millisecondsPerDay)
    : (dueOn + 1) * millisecondsPerDay;

  const deadlines: Deadlines = {
    firstResponseDueAt: new Date(receivedAt + policy.firstResponseHours * millisecondsPerHour),
    resolutionDueAt: new Date(instantOfWallClock(resolutionWall, days.timeZone)),
    progressUpdateEveryHours: policy.progressUpdateEveryHours[input.complexity],
  };
  if (resolvedAt !== undefined) {
    deadlines.followUpDueAt = new Date(resolvedAt + policy.followUpHours * millisecondsPerHour);
    deadlines.postMortemDueAt = new Date(resolvedAt + policy.postMortemHours * millisecondsPerHour);
  }
  return deadlines;
}

/** Problems with the parts of the policy that apply to this complexity. */
function policyProblems(policy: DeadlinePolicy, complexity: Complexity): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const businessDays = policy.resolutionBusinessDays[complexity];
  if (!Number.isSafeInteger(businessDays) || businessDays < 1) {
    problems.push({
      path: `policy.resolutionBusinessDays.${complexity}`,
      message: 'must be a whole number of business days, at least 1',
    });
  }
  const hours: [string, number | null][] = [
    ['policy.firstResponseHours', policy.firstResponseHours],
    [`policy.progressUpdateEveryHours.${complexity}`, policy.progressUpdateEveryHours[complexity]],
    ['policy.followUpHours', policy.followUpHours],
    ['policy.postMortemHours', policy.postMortemHours],
  ];
  for (const [path, value] of hours) {
    if (value !== null && !(Number.isFinite(value) && value > 0)) {
      problems.push({ path, message: 'must be a positive number of hours' });
    }
  }
  return problems;
}
