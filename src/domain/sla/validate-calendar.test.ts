import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BusinessCalendar } from './deadline-types.js';
import { formatLocalDate, parseLocalDate } from './local-date.js';
import { validateCalendar } from './validate-calendar.js';

const valid: BusinessCalendar = {
  timeZone: 'Asia/Shanghai',
  weekend: [0, 6],
  holidays: ['2025-10-01', '2025-10-02'],
  workdays: ['2025-09-28'],
};

const pathsOf = (calendar: BusinessCalendar) => validateCalendar(calendar).map((problem) => problem.path);

describe('validateCalendar', () => {
  it('finds no problem with a sound calendar', () => {
    expect(validateCalendar(valid)).toEqual([]);
    expect(validateCalendar({ timeZone: 'UTC', weekend: [], holidays: [], workdays: [] })).toEqual([]);
  });

  it('names an unknown time zone', () => {
    expect(pathsOf({ ...valid, timeZone: 'Asia/Shangai' })).toEqual(['calendar.timeZone']);
    expect(pathsOf({ ...valid, timeZone: '+08:00' })).toEqual(['calendar.timeZone']);
  });

  it('names weekend days that are not whole numbers 0–6 or are listed twice', () => {
    expect(pathsOf({ ...valid, weekend: [0, 7, -1, 2.5, 6, 0] })).toEqual([
      'calendar.weekend[1]',
      'calendar.weekend[2]',
      'calendar.weekend[3]',
      'calendar.weekend[5]',
    ]);
  });

  it('names a weekend that leaves no business day', () => {
    expect(pathsOf({ ...valid, weekend: [0, 1, 2, 3, 4, 5, 6] })).toEqual(['calendar.weekend']);
  });

  it('names malformed and impossible dates', () => {
    expect(
      pathsOf({
        ...valid,
        holidays: ['2025-10-01', '2025-02-30', '2025-1-01'],
        workdays: ['2025-09-28', 'soon'],
      }),
    ).toEqual(['calendar.holidays[1]', 'calendar.holidays[2]', 'calendar.workdays[1]']);
  });

  it('names a holiday that is also a make-up working day, pointing at both', () => {
    const problems = validateCalendar({ ...valid, workdays: ['2025-09-28', '2025-10-02'] });
    expect(problems).toEqual([
      { path: 'calendar.holidays[1]', message: expect.stringContaining('calendar.workdays[1]') },
    ]);
  });

  it('lists every problem at once', () => {
    const calendar: BusinessCalendar = {
      timeZone: 'Nowhere/Special',
      weekend: [8, 8],
      holidays: ['2025-13-01', '2025-10-01'],
      workdays: ['2025-10-01', '2025-02-29'],
    };
    expect(pathsOf(calendar)).toEqual([
      'calendar.timeZone',
      'calendar.weekend[0]',
      'calendar.weekend[1]',
      'calendar.holidays[0]',
      'calendar.workdays[1]',
      'calendar.holidays[1]',
    ]);
  });

  it('finds every injected problem and nothing else', () => {
    const firstDay = parseLocalDate('2025-01-01') ?? 0;
    // Holidays come from the first half of 2025 and make-up days from the second, so none clash by chance.
    const dates = (offset: number) =>
      fc
        .uniqueArray(fc.integer({ min: 0, max: 180 }), { maxLength: 12 })
        .map((days) => days.map((day) => formatLocalDate(firstDay + offset + day)));
    const entry = <T>(value: T, isProblem: boolean) => ({ value, isProblem });
    const inserted = <T>(
      list: { value: T; isProblem: boolean }[],
      extra: { value: T; isProblem: boolean }[],
      at: number[],
    ) => {
      const result = [...list];
      extra.forEach((item, index) => result.splice((at[index] ?? 0) % (result.length + 1), 0, item));
      return result;
    };
    const scenario = fc.record({
      timeZone: fc.constantFrom('UTC', 'Asia/Shanghai', 'America/New_York', 'Europe/Berlin'),
      badTimeZone: fc.option(fc.constantFrom('Mars/Olympus_Mons', '+08:00', '', 'Asia/Shang hai', 'EST 5')),
      weekend: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { maxLength: 6 }),
      badWeekendDays: fc.array(fc.constantFrom(7, -1, 1.5, Number.NaN, 100, Number.POSITIVE_INFINITY), {
        maxLength: 3,
      }),
      duplicateWeekendPicks: fc.array(fc.nat(), { maxLength: 3 }),
      holidays: dates(0),
      workdays: dates(181),
      badDates: fc.array(
        fc.record({
          value: fc.constantFrom(
            '2025-02-30',
            '2025-02-29',
            '2025-04-31',
            '2025-13-01',
            '2025-00-10',
            '2025-2-01',
            '20250101',
            '1900-02-29',
            '0000-01-01',
            'yesterday',
            '',
          ),
          inHolidays: fc.boolean(),
          at: fc.nat(),
        }),
        { maxLength: 4 },
      ),
      clashPicks: fc.array(fc.nat(), { maxLength: 3 }),
      positions: fc.array(fc.nat(), { minLength: 8, maxLength: 8 }),
    });

    fc.assert(
      fc.property(scenario, (s) => {
        const weekendExtra = [
          ...s.badWeekendDays.map((day) => entry(day, true)),
          ...(s.weekend.length === 0
            ? []
            : s.duplicateWeekendPicks.map((pick) => entry(s.weekend[pick % s.weekend.length] ?? 0, true))),
        ];
        // Shuffle the injected weekend entries among themselves, after every first occurrence.
        const weekend = [
          ...s.weekend.map((day) => entry(day, false)),
          ...inserted([], weekendExtra, s.positions),
        ];
        const clashes = new Set(
          s.holidays.length === 0
            ? []
            : s.clashPicks.map((pick) => s.holidays[pick % s.holidays.length] ?? ''),
        );
        const holidays = inserted(
          s.holidays.map((date) => entry(date, clashes.has(date))),
          s.badDates.filter((bad) => bad.inHolidays).map((bad) => entry(bad.value, true)),
          s.badDates.filter((bad) => bad.inHolidays).map((bad) => bad.at),
        );
        const workdays = inserted(
          [...s.workdays, ...clashes].map((date) => entry(date, false)),
          s.badDates.filter((bad) => !bad.inHolidays).map((bad) => entry(bad.value, true)),
          s.badDates.filter((bad) => !bad.inHolidays).map((bad) => bad.at),
        );
        const calendar: BusinessCalendar = {
          timeZone: s.badTimeZone ?? s.timeZone,
          weekend: weekend.map((item) => item.value),
          holidays: holidays.map((item) => item.value),
          workdays: workdays.map((item) => item.value),
        };
        const expected = [
          ...(s.badTimeZone === null ? [] : ['calendar.timeZone']),
          ...weekend.flatMap((item, index) => (item.isProblem ? [`calendar.weekend[${index}]`] : [])),
          ...holidays.flatMap((item, index) => (item.isProblem ? [`calendar.holidays[${index}]`] : [])),
          ...workdays.flatMap((item, index) => (item.isProblem ? [`calendar.workdays[${index}]`] : [])),
        ];
        expect(pathsOf(calendar).sort()).toEqual(expected.sort());
      }),
      { numRuns: 500 },
    );
  });
});

describe('opening hours', () => {
  const withHours = (openingHours: unknown) =>
    pathsOf({ ...valid, openingHours: openingHours as BusinessCalendar['openingHours'] });

  it('accepts ranges per day, split shifts and a day that ends at midnight', () => {
    expect(
      withHours({
        '1': [
          { from: '09:00', to: '12:00' },
          { from: '13:00', to: '18:00' },
        ],
        '5': [{ from: '18:00', to: '24:00' }],
        '0': [],
      }),
    ).toEqual([]);
  });

  it('names each bad time, reversed range, overlap and unknown day', () => {
    expect(
      withHours({
        '1': [
          { from: '13:00', to: '18:00' },
          { from: '09:00', to: '13:30' },
        ],
        '2': [{ from: '24:00', to: '9:00' }],
        '3': [{ from: '10:00', to: '10:00' }],
        '8': [],
        '4': 'all day',
      }).sort(),
    ).toEqual(
      [
        'calendar.openingHours.1[0]',
        'calendar.openingHours.2[0].from',
        'calendar.openingHours.2[0].to',
        'calendar.openingHours.3[0].to',
        'calendar.openingHours.4',
        'calendar.openingHours.8',
      ].sort(),
    );
  });
});
