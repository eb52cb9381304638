import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, localDateOf, zonedInstant } from './business-calendar.js';
import { chinaMainland, unitedStatesFederal } from './calendars.js';
import type { BusinessCalendar } from './deadline-types.js';

const iso = (date: Date) => date.toISOString();

describe('localDateOf', () => {
  it('reads the date on the local wall calendar of the zone', () => {
    const instant = new Date('2025-03-09T16:00:00.000Z');
    expect(localDateOf(instant, 'Asia/Shanghai')).toBe('2025-03-10');
    expect(localDateOf(instant, 'America/New_York')).toBe('2025-03-09');
    expect(localDateOf(new Date('2025-03-09T15:59:59.999Z'), 'Asia/Shanghai')).toBe('2025-03-09');
  });

  it('refuses an invalid Date and an unknown zone', () => {
    expect(() => localDateOf(new Date(Number.NaN), 'UTC')).toThrow(RangeError);
    expect(() => localDateOf(new Date('2025-01-01T00:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

describe('isBusinessDay', () => {
  it.each([
    ['2025-09-29', true, 'a Monday'],
    ['2025-09-27', false, 'a Saturday'],
    ['2025-09-28', true, 'a Sunday that is a make-up working day'],
    ['2025-10-01', false, 'a weekday holiday'],
    ['2025-10-04', false, 'a holiday on a Saturday'],
  ])('says %s is %s in mainland China (%s)', (date, expected) => {
    expect(isBusinessDay(date, chinaMainland)).toBe(expected);
  });

  it('refuses a date that does not exist', () => {
    expect(() => isBusinessDay('2025-02-30', chinaMainland)).toThrow(RangeError);
  });

  it('refuses a calendar with problems, listing all of them', () => {
    const calendar: BusinessCalendar = {
      timeZone: 'Mars/Olympus_Mons',
      weekend: [0, 7],
      holidays: ['2025-10-01'],
      workdays: ['2025-10-01'],
    };
    expect(() => isBusinessDay('2025-10-02', calendar)).toThrow(
      expect.objectContaining({
        code: 'input.invalid',
        errors: [
          expect.objectContaining({ path: 'calendar.timeZone' }),
          expect.objectContaining({ path: 'calendar.weekend[1]' }),
          expect.objectContaining({ path: 'calendar.holidays[0]' }),
        ],
      }),
    );
  });
});

describe('addBusinessDays', () => {
  it('counts a make-up working day and skips a holiday', () => {
    expect(addBusinessDays('2025-09-26', 3, chinaMainland)).toBe('2025-09-30');
    expect(addBusinessDays('2025-09-30', 1, chinaMainland)).toBe('2025-10-09');
  });

  it('counts strictly after a day that is not a business day', () => {
    expect(addBusinessDays('2025-01-18', 1, unitedStatesFederal)).toBe('2025-01-21');
  });

  it('counts backwards for a negative number and stays put for zero', () => {
    expect(addBusinessDays('2025-10-09', -1, chinaMainland)).toBe('2025-09-30');
    expect(addBusinessDays('2025-10-03', 0, chinaMainland)).toBe('2025-10-03');
  });

  it('refuses a fractional number of days', () => {
    expect(() => addBusinessDays('2025-10-09', 1.5, chinaMainland)).toThrow(RangeError);
  });
});

describe('zonedInstant', () => {
  it('converts a local wall time to UTC', () => {
    expect(iso(zonedInstant('2025-09-30', 600, 'Asia/Shanghai'))).toBe('2025-09-30T02:00:00.000Z');
    expect(iso(zonedInstant('2025-09-30', 600.5, 'Asia/Shanghai'))).toBe('2025-09-30T02:00:30.000Z');
  });

  it('treats 24:00 as the start of the next local day', () => {
    expect(iso(zonedInstant('2025-03-08', 1440, 'America/New_York'))).toBe('2025-03-09T05:00:00.000Z');
  });

  it('uses the offset in force on that day on both sides of a DST change', () => {
    expect(iso(zonedInstant('2025-03-08', 720, 'America/New_York'))).toBe('2025-03-08T17:00:00.000Z');
    expect(iso(zonedInstant('2025-03-10', 720, 'America/New_York'))).toBe('2025-03-10T16:00:00.000Z');
  });

  it('moves a wall time in the spring-forward gap forward by the gap', () => {
    // 2025-03-09 in New York: 02:00 EST is followed by 03:00 EDT.
    expect(iso(zonedInstant('2025-03-09', 150, 'America/New_York'))).toBe('2025-03-09T07:30:00.000Z');
    expect(iso(zonedInstant('2025-03-09', 120, 'America/New_York'))).toBe('2025-03-09T07:00:00.000Z');
    expect(iso(zonedInstant('2025-03-09', 180, 'America/New_York'))).toBe('2025-03-09T07:00:00.000Z');
  });

  it('takes the earlier instant of a wall time repeated by the fall-back', () => {
    // 2025-11-02 in New York: 02:00 EDT is followed by 01:00 EST, so 01:00–01:59 happen twice.
    expect(iso(zonedInstant('2025-11-02', 90, 'America/New_York'))).toBe('2025-11-02T05:30:00.000Z');
    expect(iso(zonedInstant('2025-11-02', 60, 'America/New_York'))).toBe('2025-11-02T05:00:00.000Z');
    expect(iso(zonedInstant('2025-11-02', 120, 'America/New_York'))).toBe('2025-11-02T07:00:00.000Z');
  });

  it('ends a day at the moment the next one starts when midnight is skipped', () => {
    // Chile springs forward at 24:00 on 2025-09-06: the clock goes from 23:59:59 -04 to 01:00 -03.
    expect(iso(zonedInstant('2025-09-06', 1440, 'America/Santiago'))).toBe('2025-09-07T04:00:00.000Z');
    expect(iso(zonedInstant('2025-09-07', 0, 'America/Santiago'))).toBe('2025-09-07T04:00:00.000Z');
    expect(iso(zonedInstant('2025-09-07', 30, 'America/Santiago'))).toBe('2025-09-07T04:30:00.000Z');
  });

  it('refuses a time outside the day, a date that does not exist and an unknown zone', () => {
    expect(() => zonedInstant('2025-09-30', 1441, 'UTC')).toThrow(RangeError);
    expect(() => zonedInstant('2025-09-30', -1, 'UTC')).toThrow(RangeError);
    expect(() => zonedInstant('2025-09-30', Number.NaN, 'UTC')).toThrow(RangeError);
    expect(() => zonedInstant('2025-02-29', 0, 'UTC')).toThrow(RangeError);
    expect(() => zonedInstant('2025-09-30', 0, 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
