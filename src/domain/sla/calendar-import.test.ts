import { describe, expect, it } from 'vitest';
import { daysFromICalendar } from './calendar-import.js';

const feed = (events: string) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//closeloop//EN', events, 'END:VCALENDAR'].join('\r\n');
const allDay = (uid: string, summary: string, start: string, end: string) =>
  [
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `SUMMARY:${summary}`,
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    'END:VEVENT',
  ].join('\r\n');

describe('holiday feeds from iCalendar', () => {
  it('turns all-day holidays into days off and 补班 days into make-up working days', () => {
    const days = daysFromICalendar(
      feed(
        [
          allDay('1', '国庆节', '20261001', '20261008'),
          allDay('2', '国庆节补班', '20260920', '20260921'),
          allDay('3', 'Make-up working day', '20261010', '20261011'),
        ].join('\r\n'),
      ),
    );
    expect(days.holidays).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
    ]);
    expect(days.workdays).toEqual(['2026-09-20', '2026-10-10']);
    expect(days.problems).toEqual([]);
  });

  it('skips timed events and reports a day that is both', () => {
    const timed = [
      'BEGIN:VEVENT',
      'UID:t',
      'SUMMARY:Meeting',
      'DTSTART:20261002T090000Z',
      'DTEND:20261002T100000Z',
      'END:VEVENT',
    ].join('\r\n');
    const days = daysFromICalendar(
      feed(
        [
          timed,
          allDay('a', '元旦', '20270101', '20270102'),
          allDay('b', '元旦补班', '20270101', '20270102'),
        ].join('\r\n'),
      ),
    );
    expect(days.skipped).toBe(1);
    expect(days.holidays).toEqual([]);
    expect(days.problems[0]!.message).toContain('2027-01-01');
  });

  it('reports a file it cannot read instead of failing', () => {
    expect(daysFromICalendar('this is not a calendar').problems).toHaveLength(1);
  });
});
