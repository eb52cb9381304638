/**
 * Days off and make-up working days from an iCalendar (.ics) holiday feed.
 *
 * Every all-day event is a run of local dates. An event whose summary says it is a
 * working day (补班, 上班, 调休上班, "make-up", "working day") gives make-up working days;
 * every other all-day event gives days off. Timed events are not holidays and are skipped.
 * Parsing uses ical.js (RFC 5545); a file it cannot read is one problem, never a crash.
 */
import ICAL from 'ical.js';
import type { FieldProblem } from '../errors.js';

export interface ImportedDays {
  holidays: string[];
  workdays: string[];
  skipped: number;
  problems: FieldProblem[];
}

const workdayWords = /补班|上班|调休上班|補班|make-?up|working\s*day|workday/i;
const maxDaysPerEvent = 31;

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function daysFromICalendar(text: string): ImportedDays {
  const result: ImportedDays = { holidays: [], workdays: [], skipped: 0, problems: [] };
  let events: ICAL.Component[];
  try {
    // ICAL.parse answers jCal (an array) for one calendar; its declared type is `any`.
    const jcal = ICAL.parse(text) as unknown[];
    events = new ICAL.Component(jcal).getAllSubcomponents('vevent');
  } catch (error) {
    result.problems.push({
      path: 'body',
      message: `not a readable iCalendar file: ${(error as Error).message}`,
    });
    return result;
  }
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const component of events) {
    const event = new ICAL.Event(component);
    const start = event.startDate;
    if (!start?.isDate) {
      result.skipped++;
      continue;
    }
    const first = start.toString().slice(0, 10);
    const end = event.endDate?.isDate ? event.endDate.toString().slice(0, 10) : addDays(first, 1);
    const target = workdayWords.test(event.summary ?? '') ? workdays : holidays;
    for (let day = first, n = 0; day < end && n < maxDaysPerEvent; day = addDays(day, 1), n++) {
      target.add(day);
    }
  }
  // A day listed as both (a feed's own contradiction) is left out of both and reported.
  for (const day of [...workdays]) {
    if (holidays.has(day)) {
      holidays.delete(day);
      workdays.delete(day);
      result.problems.push({
        path: 'body',
        message: `${day} is both a day off and a working day in the file`,
      });
    }
  }
  result.holidays = [...holidays].sort();
  result.workdays = [...workdays].sort();
  return result;
}
