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
  if (calendar.openingHours !== undefined) problems.push(...openingHoursProblems(calendar.openingHours));
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

const clockTime = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** Each day: ranges of 'HH:MM' (24:00 allowed as an end), each from before to, none overlapping. */
function openingHoursProblems(openingHours: unknown): FieldProblem[] {
  if (typeof openingHours !== 'object' || openingHours === null || Array.isArray(openingHours)) {
    return [{ path: 'calendar.openingHours', message: "must map day numbers '0'–'6' to opening ranges" }];
  }
  const problems: FieldProblem[] = [];
  for (const [day, ranges] of Object.entries(openingHours as Record<string, unknown>)) {
    const path = `calendar.openingHours.${day}`;
    if (!/^[0-6]$/.test(day)) {
      problems.push({ path, message: "must be a day number '0'–'6' (0 = Sunday)" });
      continue;
    }
    if (!Array.isArray(ranges)) {
      problems.push({ path, message: "must be a list of ranges {from: 'HH:MM', to: 'HH:MM'}" });
      continue;
    }
    const valid: { from: number; to: number; index: number }[] = [];
    (ranges as unknown[]).forEach((range, index) => {
      const { from, to } = (range ?? {}) as { from?: unknown; to?: unknown };
      const fromOk = typeof from === 'string' && clockTime.test(from) && from !== '24:00';
      const toOk = typeof to === 'string' && clockTime.test(to);
      if (!fromOk) {
        problems.push({ path: `${path}[${index}].from`, message: "must be a time 'HH:MM' (00:00–23:59)" });
      }
      if (!toOk) {
        problems.push({ path: `${path}[${index}].to`, message: "must be a time 'HH:MM' (00:01–24:00)" });
      }
      if (fromOk && toOk) {
        if (minutesOf(to) <= minutesOf(from)) {
          problems.push({ path: `${path}[${index}].to`, message: `must be after ${from}` });
        } else {
          valid.push({ from: minutesOf(from), to: minutesOf(to), index });
        }
      }
    });
    valid.sort((a, b) => a.from - b.from);
    for (let i = 1; i < valid.length; i++) {
      if (valid[i]!.from < valid[i - 1]!.to) {
        problems.push({
          path: `${path}[${valid[i]!.index}]`,
          message: `overlaps ${path}[${valid[i - 1]!.index}]`,
        });
      }
    }
  }
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
