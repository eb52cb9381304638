import { describe, expect, it } from 'vitest';
import { addBusinessDays, isBusinessDay, validateCalendar } from './business-calendar.js';
import { chinaMainland, defaultCalendars, unitedStatesFederal } from './calendars.js';
import type { BusinessCalendar } from './deadline-types.js';

function businessDaysIn(year: number, calendar: BusinessCalendar): number {
  let count = 0;
  for (let day = `${year - 1}-12-31`; ;) {
    day = addBusinessDays(day, 1, calendar);
    if (!day.startsWith(String(year))) {
      return count;
    }
    count++;
  }
}

describe('shipped calendars', () => {
  it.each(Object.entries(defaultCalendars))('finds no problem with the %s calendar', (_key, calendar) => {
    expect(validateCalendar(calendar)).toEqual([]);
  });

  it('gives mainland China 248 working days in 2025 and 2026 (365 − 104 weekend − 13 statutory)', () => {
    expect(businessDaysIn(2025, chinaMainland)).toBe(248);
    expect(businessDaysIn(2026, chinaMainland)).toBe(248);
  });

  it('gives US federal 250 working days in 2025 and 2026 (261 weekdays − 11 holidays)', () => {
    expect(businessDaysIn(2025, unitedStatesFederal)).toBe(250);
    expect(businessDaysIn(2026, unitedStatesFederal)).toBe(250);
  });

  it('lists only weekend days as make-up working days in mainland China', () => {
    for (const date of chinaMainland.workdays) {
      expect([0, 6]).toContain(new Date(`${date}T00:00:00Z`).getUTCDay());
    }
  });

  it('observes a US holiday that falls on a Saturday on the Friday before', () => {
    expect(isBusinessDay('2026-07-03', unitedStatesFederal)).toBe(false);
    expect(isBusinessDay('2026-07-06', unitedStatesFederal)).toBe(true);
  });
});
