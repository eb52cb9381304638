import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, dayNumberOfCivil, formatLocalDate, parseLocalDate, weekdayOf } from './local-date.js';

/** The same date through the engine's own proleptic Gregorian arithmetic, as a reference. */
function referenceDayNumber(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000);
}

const civilDate = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.nat() })
  .map(({ year, month, day }) => ({ year, month, day: (day % daysInMonth(year, month)) + 1 }));

describe('local dates as day numbers', () => {
  it('numbers 1970-01-01 as day 0, a Thursday', () => {
    expect(parseLocalDate('1970-01-01')).toBe(0);
    expect(weekdayOf(0)).toBe(4);
    expect(formatLocalDate(-1)).toBe('1969-12-31');
  });

  it('agrees with the engine on every date of years 0001–9999', () => {
    fc.assert(
      fc.property(civilDate, ({ year, month, day }) => {
        const reference = referenceDayNumber(year, month, day);
        expect(dayNumberOfCivil(year, month, day)).toBe(reference);
        expect(weekdayOf(reference)).toBe(new Date(reference * 86_400_000).getUTCDay());
      }),
    );
  });

  it('formats and parses back to the same date', () => {
    fc.assert(
      fc.property(civilDate, ({ year, month, day }) => {
        const text = formatLocalDate(dayNumberOfCivil(year, month, day));
        expect(text).toBe(
          `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
        );
        expect(parseLocalDate(text)).toBe(dayNumberOfCivil(year, month, day));
      }),
    );
  });

  it('knows leap years of the Gregorian calendar', () => {
    expect(parseLocalDate('2024-02-29')).not.toBeNull();
    expect(parseLocalDate('2000-02-29')).not.toBeNull();
    expect(parseLocalDate('2025-02-29')).toBeNull();
    expect(parseLocalDate('1900-02-29')).toBeNull();
  });

  it.each([
    '2025-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-1-01',
    '2025/01/01',
    '20250101',
    '0000-01-01',
    '+02025-01-01',
    '2025-01-01T00:00',
    '',
  ])('rejects %j as a local date', (text) => {
    expect(parseLocalDate(text)).toBeNull();
  });
});
