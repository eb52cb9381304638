/**
 * Instants in sentences the customer or the agent reads (the acknowledgement, the tracking
 * timeline, reply drafts): written in the business's time zone and saying which one, because
 * the reader's own clock may be elsewhere ("2026年11月25日 21:54（北京时间）", "November 25, 2026
 * at 9:54 PM (GMT+8)").
 */
import type { Locale } from '../vocabulary.js';

export type BusinessTimeStyle = 'date-time' | 'weekday-time';

const options: Record<BusinessTimeStyle, Intl.DateTimeFormatOptions> = {
  'date-time': { dateStyle: 'long', timeStyle: 'short' },
  'weekday-time': {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  },
};

/** China's zones read as 北京时间 in Chinese; everything else by its short name (GMT+8, UTC, EST). */
const beijingTimeZones = new Set(['Asia/Shanghai', 'Asia/Chongqing', 'Asia/Harbin', 'Asia/Urumqi', 'PRC']);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(key: string, make: () => Intl.DateTimeFormat): Intl.DateTimeFormat {
  let found = formatters.get(key);
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

/** The zone's name as a reader of `locale` expects it, at `at` (summer time changes it). */
export function timeZoneLabel(at: Date, locale: Locale, timeZone: string): string {
  if (locale === 'zh-CN' && beijingTimeZones.has(timeZone)) return '北京时间';
  const parts = formatter(
    `zone|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: 'short' }),
  ).formatToParts(at);
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

export function formatBusinessTime(
  at: Date,
  locale: Locale,
  timeZone: string,
  style: BusinessTimeStyle = 'date-time',
): string {
  const text = formatter(
    `${style}|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, ...options[style] }),
  ).format(at);
  const zone = timeZoneLabel(at, locale, timeZone);
  return locale === 'zh-CN' ? `${text}（${zone}）` : `${text} (${zone})`;
}
