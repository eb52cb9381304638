/**
 * The business calendars Closeloop ships with, as data: mainland China and US federal, 2025–2026.
 *
 * Used when a request or the configuration names no calendar of its own. Public holidays are
 * announced a year at a time, so add the next year here when it is published, and check that
 * calendars.test.ts still finds no problem with either calendar.
 */
import type { BusinessCalendar } from './deadline-types.js';

/**
 * Mainland China. Source: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号,
 * 2024-11-12) and 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04). Holidays list every
 * day off of each range, weekend days included; workdays are the make-up working days (调休上班).
 */
export const chinaMainland: BusinessCalendar = Object.freeze({
  timeZone: 'Asia/Shanghai',
  weekend: Object.freeze([0, 6]),
  holidays: Object.freeze([
    // 2025 元旦
    '2025-01-01',
    // 2025 春节: 1月28日至2月4日
    '2025-01-28',
    '2025-01-29',
    '2025-01-30',
    '2025-01-31',
    '2025-02-01',
    '2025-02-02',
    '2025-02-03',
    '2025-02-04',
    // 2025 清明节: 4月4日至6日
    '2025-04-04',
    '2025-04-05',
    '2025-04-06',
    // 2025 劳动节: 5月1日至5日
    '2025-05-01',
    '2025-05-02',
    '2025-05-03',
    '2025-05-04',
    '2025-05-05',
    // 2025 端午节: 5月31日至6月2日
    '2025-05-31',
    '2025-06-01',
    '2025-06-02',
    // 2025 国庆节、中秋节: 10月1日至8日
    '2025-10-01',
    '2025-10-02',
    '2025-10-03',
    '2025-10-04',
    '2025-10-05',
    '2025-10-06',
    '2025-10-07',
    '2025-10-08',
    // 2026 元旦: 1月1日至3日
    '2026-01-01',
    '2026-01-02',
    '2026-01-03',
    // 2026 春节: 2月15日至23日
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
    '2026-02-23',
    // 2026 清明节: 4月4日至6日
    '2026-04-04',
    '2026-04-05',
    '2026-04-06',
    // 2026 劳动节: 5月1日至5日
    '2026-05-01',
    '2026-05-02',
    '2026-05-03',
    '2026-05-04',
    '2026-05-05',
    // 2026 端午节: 6月19日至21日
    '2026-06-19',
    '2026-06-20',
    '2026-06-21',
    // 2026 中秋节: 9月25日至27日
    '2026-09-25',
    '2026-09-26',
    '2026-09-27',
    // 2026 国庆节: 10月1日至7日
    '2026-10-01',
    '2026-10-02',
    '2026-10-03',
    '2026-10-04',
    '2026-10-05',
    '2026-10-06',
    '2026-10-07',
  ]),
  workdays: Object.freeze([
    // 2025: 春节 (Sun 1/26, Sat 2/8), 劳动节 (Sun 4/27), 国庆节 (Sun 9/28, Sat 10/11)
    '2025-01-26',
    '2025-02-08',
    '2025-04-27',
    '2025-09-28',
    '2025-10-11',
    // 2026: 元旦 (Sun 1/4), 春节 (Sat 2/14, Sat 2/28), 劳动节 (Sat 5/9), 国庆节 (Sun 9/20, Sat 10/10)
    '2026-01-04',
    '2026-02-14',
    '2026-02-28',
    '2026-05-09',
    '2026-09-20',
    '2026-10-10',
  ]),
});

/**
 * United States federal: the legal public holidays of 5 U.S.C. 6103(a) on their observed dates
 * (a Saturday holiday is observed the Friday before, a Sunday one the Monday after). One-off
 * closures by executive order (2025-01-09, 2025-12-24, 2025-12-26) are not legal public holidays
 * and are not listed; add them to a calendar of your own if you close on them.
 */
export const unitedStatesFederal: BusinessCalendar = Object.freeze({
  timeZone: 'America/New_York',
  weekend: Object.freeze([0, 6]),
  holidays: Object.freeze([
    '2025-01-01', // New Year's Day
    '2025-01-20', // Birthday of Martin Luther King, Jr.
    '2025-02-17', // Washington's Birthday
    '2025-05-26', // Memorial Day
    '2025-06-19', // Juneteenth National Independence Day
    '2025-07-04', // Independence Day
    '2025-09-01', // Labor Day
    '2025-10-13', // Columbus Day
    '2025-11-11', // Veterans Day
    '2025-11-27', // Thanksgiving Day
    '2025-12-25', // Christmas Day
    '2026-01-01', // New Year's Day
    '2026-01-19', // Birthday of Martin Luther King, Jr.
    '2026-02-16', // Washington's Birthday
    '2026-05-25', // Memorial Day
    '2026-06-19', // Juneteenth National Independence Day
    '2026-07-03', // Independence Day (Saturday 7/4, observed Friday)
    '2026-09-07', // Labor Day
    '2026-10-12', // Columbus Day
    '2026-11-11', // Veterans Day
    '2026-11-26', // Thanksgiving Day
    '2026-12-25', // Christmas Day
  ]),
  workdays: Object.freeze([]),
});

/** The shipped calendars by key: 'cn' mainland China, 'us' United States federal. */
export const defaultCalendars: Readonly<Record<'cn' | 'us', BusinessCalendar>> = Object.freeze({
  cn: chinaMainland,
  us: unitedStatesFederal,
});
