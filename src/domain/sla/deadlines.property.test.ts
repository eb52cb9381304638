import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Complexity } from '../vocabulary.js';
import { isBusinessDay, localDateOf, zonedInstant } from './business-calendar.js';
import { chinaMainland, unitedStatesFederal } from './calendars.js';
import type { BusinessCalendar } from './deadline-types.js';
import { computeDeadlines } from './deadlines.js';
import { formatLocalDate, parseLocalDate } from './local-date.js';

const shippedCalendar = fc.constantFrom(chinaMainland, unitedStatesFederal);

/** A random valid calendar over 2025–2026. Zones without DST: see the note on monotonicity below. */
const randomCalendar: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timeZone: fc.constantFrom('UTC', 'Asia/Shanghai', 'Asia/Kolkata', 'Asia/Tokyo'),
    weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
    days: fc.uniqueArray(fc.integer({ min: 0, max: 729 }), { maxLength: 120 }),
    holidayShare: fc.integer({ min: 0, max: 120 }),
  })
  .map(({ timeZone, weekend, days, holidayShare }) => {
    const first = parseLocalDate('2025-01-01') ?? 0;
    const dates = days.map((day) => formatLocalDate(first + day));
    return { timeZone, weekend, holidays: dates.slice(0, holidayShare), workdays: dates.slice(holidayShare) };
  });

const anyCalendar = fc.oneof(shippedCalendar, randomCalendar);
const receipt = fc.integer({ min: Date.UTC(2024, 11, 1), max: Date.UTC(2026, 11, 20) });
const complexity = fc.constantFrom<Complexity>('ordinary', 'complex');

const resolutionDue = (receivedAt: number, calendar: BusinessCalendar, kind: Complexity) =>
  computeDeadlines(
    { receivedAt: new Date(receivedAt), complexity: kind },
    calendar,
  ).resolutionDueAt.getTime();

const dayBefore = (localDate: string) => formatLocalDate((parseLocalDate(localDate) ?? 0) - 1);
const dayAfter = (localDate: string) => formatLocalDate((parseLocalDate(localDate) ?? 0) + 1);

describe('deadline properties', () => {
  // Monotonicity holds wherever no business day has a DST change: a later receipt in a repeated
  // hour reads an earlier wall time. The shipped zones change clocks on Sundays only.
  it('never gives a later receipt an earlier deadline', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        receipt,
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        complexity,
        (calendar, at, gap, kind) => {
          const earlier = computeDeadlines({ receivedAt: new Date(at), complexity: kind }, calendar);
          const later = computeDeadlines({ receivedAt: new Date(at + gap), complexity: kind }, calendar);
          expect(later.resolutionDueAt.getTime()).toBeGreaterThanOrEqual(earlier.resolutionDueAt.getTime());
          expect(later.firstResponseDueAt.getTime()).toBeGreaterThanOrEqual(
            earlier.firstResponseDueAt.getTime(),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never gives a later receipt an earlier deadline within minutes of each other', () => {
    fc.assert(
      fc.property(
        anyCalendar,
        receipt,
        fc.integer({ min: 0, max: 7_200_000 }),
        complexity,
        (calendar, at, gap, kind) => {
          expect(resolutionDue(at + gap, calendar, kind)).toBeGreaterThanOrEqual(
            resolutionDue(at, calendar, kind),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('falls on a business day, or exactly at local midnight ending one', () => {
    fc.assert(
      fc.property(anyCalendar, receipt, complexity, (calendar, at, kind) => {
        const due = resolutionDue(at, calendar, kind);
        const dueOn = localDateOf(new Date(due), calendar.timeZone);
        if (!isBusinessDay(dueOn, calendar)) {
          expect(due).toBe(zonedInstant(dueOn, 0, calendar.timeZone).getTime());
          expect(isBusinessDay(dayBefore(dueOn), calendar)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('lies exactly N business days after the day of receipt, counted one day at a time', () => {
    fc.assert(
      fc.property(anyCalendar, receipt, complexity, (calendar, at, kind) => {
        const due = new Date(resolutionDue(at, calendar, kind));
        const receivedOn = localDateOf(new Date(at), calendar.timeZone);
        const receivedOnBusinessDay = isBusinessDay(receivedOn, calendar);
        // From a day off the deadline is 24:00, which reads as 00:00 of the next local day.
        const lastDay = receivedOnBusinessDay
          ? localDateOf(due, calendar.timeZone)
          : dayBefore(localDateOf(due, calendar.timeZone));
        let counted = 0;
        for (let day = dayAfter(receivedOn); day <= lastDay; day = dayAfter(day)) {
          counted += isBusinessDay(day, calendar) ? 1 : 0;
        }
        expect(counted).toBe(kind === 'complex' ? 5 : 3);
        expect(isBusinessDay(lastDay, calendar)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the local time of receipt when received on a business day in a zone without DST', () => {
    fc.assert(
      fc.property(randomCalendar, receipt, complexity, (calendar, at, kind) => {
        fc.pre(isBusinessDay(localDateOf(new Date(at), calendar.timeZone), calendar));
        const due = resolutionDue(at, calendar, kind);
        expect((due - at) % 86_400_000).toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('never makes five business days come before three', () => {
    fc.assert(
      fc.property(anyCalendar, receipt, (calendar, at) => {
        expect(resolutionDue(at, calendar, 'complex')).toBeGreaterThan(
          resolutionDue(at, calendar, 'ordinary'),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('makes the first response due 24 clock hours after receipt, always', () => {
    fc.assert(
      fc.property(anyCalendar, receipt, complexity, (calendar, at, kind) => {
        const deadlines = computeDeadlines({ receivedAt: new Date(at), complexity: kind }, calendar);
        expect(deadlines.firstResponseDueAt.getTime() - at).toBe(24 * 3_600_000);
      }),
    );
  });
});
