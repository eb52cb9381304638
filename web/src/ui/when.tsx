/**
 * Instants as people read them: a date in the current language (dayjs follows i18next,
 * see app.tsx) and how far away it is. Computed at render: no timers, no polling.
 */
import dayjs from 'dayjs';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import relativeTime from 'dayjs/plugin/relativeTime';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

dayjs.extend(localizedFormat);
dayjs.extend(relativeTime);

/** "Nov 25, 2026 8:59 PM" / "2026年11月25日 20:59". */
export const formatInstant = (at: string): string => dayjs(at).format('lll');

/** "in 2 days" / "2 天内", "3 hours ago" / "3 小时前". */
export const fromNow = (at: string): string => dayjs(at).fromNow();

interface WhenProps {
  at: string;
  /** absolute: the date, with the relative time as a tooltip; relative: the other way round. */
  show?: 'absolute' | 'relative' | 'both';
  style?: CSSProperties;
}

/** A `<time>` element; re-renders with the language so the words follow it. */
export function When({ at, show = 'absolute', style }: WhenProps) {
  const { i18n } = useTranslation();
  const absolute = formatInstant(at);
  const relative = fromNow(at);
  // Chinese text takes full-width brackets: 2026年11月25日 17:41（1 天内）.
  const both = i18n.language === 'zh-CN' ? `${absolute}（${relative}）` : `${absolute} (${relative})`;
  const text = show === 'absolute' ? absolute : show === 'relative' ? relative : both;
  return (
    <time dateTime={at} title={show === 'relative' ? absolute : relative} style={style}>
      {text}
    </time>
  );
}
