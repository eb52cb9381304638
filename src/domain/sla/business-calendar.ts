/**
 * Business days of a calendar (CONTRACT.md §8): which local dates count, and local ↔ UTC time.
 *
 * A date is a business day unless it is on the weekend or a holiday; a make-up working day (调休)
 * counts even on the weekend. Deadlines, the breach sweep and the preview route all ask here. Each
 * calendar object is validated and indexed once (treat it as immutable after first use); an invalid
 * one throws `input.invalid` with every problem. Tests: business-calendar.test.ts.
 */
import { DomainError } from '../errors.js';
import type { BusinessCalendar } from './deadline-types.js';
import { formatLocalDate, millisecondsPerDay, parseLocalDate, weekdayOf } from './local-date.js';
import { instantOfWallClock, wallClockOf } from './time-zone.js';
import { validateCalendar } from './validate-calendar.js';

export { validateCalendar } from './validate-calendar.js';

/** A validated calendar indexed by day number, for stepping days without formatting them. */
export interface IndexedCalendar {
  timeZone: string;
  /** Indexed by JavaScript day of the week. */
  isWeekend: readonly boolean[];
  holidays: ReadonlySet<number>;
  workdays: ReadonlySet<number>;
}

const indexedCalendars = new WeakMap<BusinessCalendar, IndexedCalendar>();

/** The calendar, validated and indexed; cached per calendar object. Throws `input.invalid`. */
export function indexCalendar(calendar: BusinessCalendar): IndexedCalendar {
  const cached = indexedCalendars.get(calendar);
  if (cached !== undefined) {
    return cached;
  }
  const problems = validateCalendar(calendar);
  if (problems.length > 0) {
    throw new DomainError('input.invalid', 'The business calendar is invalid.', problems);
  }
  const dayNumbers = (dates: readonly string[]) => new Set(dates.map((date) => parseLocalDate(date) ?? NaN));
  const indexed: IndexedCalendar = {
    timeZone: calendar.timeZone,
    isWeekend: [0, 1, 2, 3, 4, 5, 6].map((day) => calendar.weekend.includes(day)),
    holidays: dayNumbers(calendar.holidays),
    workdays: dayNumbers(calendar.workdays),
  };
  indexedCalendars.set(calendar, indexed);
  return indexed;
}

/** Whether a day number is a business day of an indexed calendar. */
export function isBusinessDayNumber(dayNumber: number, calendar: IndexedCalendar): boolean {
  if (calendar.workdays.has(dayNumber)) {
    return true;
  }
  return !calendar.holidays.has(dayNumber) && calendar.isWeekend[weekdayOf(dayNumber)] !== true;
}

/** The day number of the `count`th business day after `dayNumber` (before it when negative). */
export function addBusinessDayNumbers(dayNumber: number, count: number, calendar: IndexedCalendar): number {
  const step = count < 0 ? -1 : 1;
  let day = dayNumber;
  for (let remaining = Math.abs(count); remaining > 0;) {
    day += step;
    if (isBusinessDayNumber(day, calendar)) {
      remaining--;
    }
  }
  return day;
}

/** The local date 'YYYY-MM-DD' of an instant in an IANA time zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  return formatLocalDate(
    Math.floor(wallClockOf(instantMilliseconds(instant), timeZone) / millisecondsPerDay),
  );
}

/**
 * Whether a local date 'YYYY-MM-DD' is a business day: make-up working days count even on the
 * weekend; holidays and other weekend days do not.
 */
export function isBusinessDay(localDate: string, calendar: BusinessCalendar): boolean {
  return isBusinessDayNumber(dayNumberOf(localDate), indexCalendar(calendar));
}

/**
 * The local date of the `businessDays`th business day strictly after `localDate` (strictly before
 * it when negative; `localDate` itself for 0). `localDate` need not be a business day.
 */
export function addBusinessDays(localDate: string, businessDays: number, calendar: BusinessCalendar): string {
  if (!Number.isSafeInteger(businessDays)) {
    throw new RangeError(`Business days must be a whole number: ${businessDays}`);
  }
  return formatLocalDate(
    addBusinessDayNumbers(dayNumberOf(localDate), businessDays, indexCalendar(calendar)),
  );
}

/**
 * The instant at which the clock in `timeZone` reads `minutesOfDay` (0–1440, fractions allowed;
 * 1440 is 24:00, the start of the next day) on `localDate`. A wall time skipped by a
 * spring-forward gap moves forward by the gap; a wall time repeated by a fall-back takes the earlier
 * instant.
 */
export function zonedInstant(localDate: string, minutesOfDay: number, timeZone: string): Date {
  if (!(minutesOfDay >= 0 && minutesOfDay <= 1440)) {
    throw new RangeError(`Minutes of the day must be within 0–1440: ${minutesOfDay}`);
  }
  // Rounding to whole milliseconds undoes the float error of a time of day passed in minutes.
  const wall = dayNumberOf(localDate) * millisecondsPerDay + Math.round(minutesOfDay * 60_000);
  return new Date(instantOfWallClock(wall, timeZone));
}

function dayNumberOf(localDate: string): number {
  const dayNumber = parseLocalDate(localDate);
  if (dayNumber === null) {
    throw new RangeError(`Not an existing date 'YYYY-MM-DD': ${localDate}`);
  }
  return dayNumber;
}

function instantMilliseconds(instant: Date): number {
  const milliseconds = instant.getTime();
  if (Number.isNaN(milliseconds)) {
    throw new RangeError('Invalid Date');
  }
  return milliseconds;
}
