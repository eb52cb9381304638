/**
 * What is wrong with a business calendar: every problem at once, each with the path of its field.
 *
 * The API answers these as `errors[]` (CONTRACT.md §8 accepts a calendar in the request), and the
 * business-day functions refuse a calendar that has any. A date that is both a holiday and a
 * make-up working day is a problem because the calendar would contradict itself.
 * Tests: validate-calendar.test.ts.
 */
import type { FieldProblem } from '../errors.js';
import type { BusinessCalendar } from './deadline-types.js';
import { parseLocalDate } from './local-date.js';
import { isKnownTimeZone } from './time-zone.js';

/** Every problem of the calendar; an empty list when it can be used. */
export function validateCalendar(calendar: BusinessCalendar): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (typeof calendar.timeZone !== 'string' || !isKnownTimeZone(calendar.timeZone)) {
    problems.push({
      path: 'calendar.timeZone',
      message: `unknown IANA time zone: ${String(calendar.timeZone)}`,
    });
  }
  problems.push(...weekendProblems(calendar.weekend));
  const holidays = dayNumbersOf(calendar.holidays, 'calendar.holidays', problems);
  const workdays = dayNumbersOf(calendar.workdays, 'calendar.workdays', problems);
  const firstWorkdayIndex = new Map<number, number>();
  workdays.forEach((dayNumber, index) => {
    if (dayNumber !== null && !firstWorkdayIndex.has(dayNumber)) {
      firstWorkdayIndex.set(dayNumber, index);
    }
  });
  holidays.forEach((dayNumber, index) => {
    const workdayIndex = dayNumber === null ? undefined : firstWorkdayIndex.get(dayNumber);
    if (workdayIndex !== undefined) {
      problems.push({
        path: `calendar.holidays[${index}]`,
        message: `${String(calendar.holidays[index])} is both a holiday and a make-up working day (calendar.workdays[${workdayIndex}])`,
      });
    }
  });
  return problems;
}

function weekendProblems(weekend: readonly number[]): FieldProblem[] {
  if (!Array.isArray(weekend)) {
    return [{ path: 'calendar.weekend', message: 'must be a list of day numbers 0–6 (0 = Sunday)' }];
  }
  const problems: FieldProblem[] = [];
  const seen = new Set<number>();
  // Input from outside may hold anything, whatever its declared type.
  (weekend as readonly unknown[]).forEach((day, index) => {
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 0 || day > 6) {
      problems.push({
        path: `calendar.weekend[${index}]`,
        message: 'must be a whole day number 0–6 (0 = Sunday)',
      });
    } else if (seen.has(day)) {
      problems.push({ path: `calendar.weekend[${index}]`, message: `day ${day} is listed twice` });
    } else {
      seen.add(day);
    }
  });
  if (seen.size === 7) {
    // With no business weekday, counting business days past the last make-up day never ends.
    problems.push({ path: 'calendar.weekend', message: 'leaves no business day in the week' });
  }
  return problems;
}

/** Pushes a problem per bad date; returns the day number of each entry (null when bad). */
function dayNumbersOf(dates: readonly string[], path: string, problems: FieldProblem[]): (number | null)[] {
  if (!Array.isArray(dates)) {
    problems.push({ path, message: "must be a list of dates 'YYYY-MM-DD'" });
    return [];
  }
  return dates.map((date, index) => {
    const dayNumber = typeof date === 'string' ? parseLocalDate(date) : null;
    if (dayNumber === null) {
      problems.push({
        path: `${path}[${index}]`,
        message: `not an existing date 'YYYY-MM-DD': ${JSON.stringify(date) ?? String(date)}`,
      });
    }
    return dayNumber;
  });
}
