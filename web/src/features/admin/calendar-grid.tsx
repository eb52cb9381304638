/**
 * A business calendar as a month or a year of days: working days, weekends, holidays and
 * make-up working days (调休上班) told apart by colour, pattern and a mark explained in the
 * legend (never colour alone). Clicking a working day makes it a holiday, a weekend day a
 * make-up working day, and clicking again undoes it; the change goes into the calendar being
 * edited, which "Save calendar" sends (PUT /api/v1/calendars/:id), as the date lists do.
 */
import { Button, DatePicker, Flex, Segmented, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './calendar-grid.css';

export interface CalendarDays {
  weekend: number[];
  holidays: string[];
  workdays: string[];
}

export type DayKind = 'working' | 'weekend' | 'holiday' | 'workday';
const kinds: readonly DayKind[] = ['working', 'weekend', 'holiday', 'workday'];

/** Monday first, as the date lists and China's calendars; JavaScript's day numbers (0 = Sunday). */
const weekOrder = [1, 2, 3, 4, 5, 6, 0];

const pad = (n: number) => String(n).padStart(2, '0');
const isoDate = (year: number, month: number, day: number) => `${year}-${pad(month + 1)}-${pad(day)}`;

/** What a day is in this calendar: a make-up working day wins, as in domain/sla/business-calendar.ts. */
export function dayKind(date: string, weekday: number, days: CalendarDays): DayKind {
  if (days.workdays.includes(date)) return 'workday';
  if (days.holidays.includes(date)) return 'holiday';
  return days.weekend.includes(weekday) ? 'weekend' : 'working';
}

/** The change one click makes: a day off or a make-up day goes back to normal, else it becomes one. */
export function toggleDay(date: string, kind: DayKind, days: CalendarDays): Partial<CalendarDays> {
  switch (kind) {
    case 'holiday':
      return { holidays: days.holidays.filter((d) => d !== date) };
    case 'workday':
      return { workdays: days.workdays.filter((d) => d !== date) };
    case 'weekend':
      return { workdays: [...days.workdays, date].sort() };
    case 'working':
      return { holidays: [...days.holidays, date].sort() };
  }
}

const actionOf = (kind: DayKind) =>
  kind === 'working' ? 'toHoliday' : kind === 'weekend' ? 'toWorkday' : 'toNormal';

function MonthTable({
  year,
  month,
  days,
  editable,
  compact,
  today,
  onToggle,
}: {
  year: number;
  month: number;
  days: CalendarDays;
  editable: boolean;
  compact: boolean;
  today: string;
  onToggle: (date: string, kind: DayKind) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const monthTitle = new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(Date.UTC(year, month, 1));
  const fullDate = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: 'UTC' });
  // 2024-01-01 was a Monday: the week's names in this language, Monday first.
  const weekdayName = (index: number, style: 'short' | 'long' | 'narrow') =>
    new Intl.DateTimeFormat(language, { weekday: style, timeZone: 'UTC' }).format(
      Date.UTC(2024, 0, 1 + index),
    );
  const first = new Date(Date.UTC(year, month, 1)).getUTCDay();
  const length = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const cells: (number | null)[] = [
    ...Array.from({ length: (first + 6) % 7 }, () => null),
    ...Array.from({ length }, (_, i) => i + 1),
  ];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));

  return (
    <table className={compact ? 'cl-cal-month cl-cal-compact' : 'cl-cal-month'}>
      <caption>{monthTitle}</caption>
      <thead>
        <tr>
          {weekOrder.map((_, index) => (
            <th scope="col" key={index} abbr={weekdayName(index, 'long')}>
              {weekdayName(index, compact ? 'narrow' : 'short')}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week, w) => (
          <tr key={w}>
            {week.map((day, d) => {
              if (day === null) return <td key={d} />;
              const date = isoDate(year, month, day);
              const kind = dayKind(date, weekOrder[d]!, days);
              // The visible text comes first: the name must contain it (WCAG 2.5.3, label in name).
              const name = t('calendarGrid.dayLabel', {
                day,
                kind: t(`calendarGrid.kind.${kind}`),
                date: fullDate.format(Date.UTC(year, month, day)),
              });
              const label = editable
                ? `${name}${language === 'zh-CN' ? '，' : ', '}${t('calendarGrid.clickTo', { action: t(`calendarGrid.${actionOf(kind)}`) })}`
                : name;
              return (
                <td key={d}>
                  <button
                    type="button"
                    className={`cl-cal-day cl-cal-${kind}`}
                    data-date={date}
                    data-kind={kind}
                    aria-label={label}
                    title={label}
                    aria-current={date === today ? 'date' : undefined}
                    disabled={!editable}
                    onClick={() => onToggle(date, kind)}
                  >
                    <span className="cl-cal-number">{day}</span>
                    {/* The mark is drawn by CSS from data-mark: a sign for the eye, named in the label. */}
                    {compact ? (
                      <span className="cl-cal-mark" data-mark={t(`calendarGrid.mark.${kind}`)} />
                    ) : (
                      kind !== 'working' && (
                        <span className="cl-cal-kind">
                          <span className="cl-cal-mark" data-mark={t(`calendarGrid.mark.${kind}`)} />
                          {t(`calendarGrid.kind.${kind}`)}
                        </span>
                      )
                    )}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CalendarGrid({
  days,
  editable,
  unsaved,
  onChange,
}: {
  days: CalendarDays;
  editable: boolean;
  /** The calendar on screen differs from the saved one. */
  unsaved: boolean;
  onChange: (change: Partial<CalendarDays>) => void;
}) {
  const { t } = useTranslation();
  const now = dayjs();
  const today = now.format('YYYY-MM-DD');
  const [view, setView] = useState<'month' | 'year'>('month');
  const [shown, setShown] = useState<Dayjs>(() => now.startOf('month'));
  const step = view === 'month' ? 'month' : 'year';
  const year = shown.year();
  const toggle = (date: string, kind: DayKind) => onChange(toggleDay(date, kind, days));
  const inYear = (dates: string[]) => dates.filter((d) => d.startsWith(`${year}-`)).length;

  return (
    <section aria-labelledby="calendar-grid-title" className="cl-cal">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={4} id="calendar-grid-title" style={{ margin: 0 }}>
          {t('calendarGrid.title')}
        </Typography.Title>
        <Flex gap={8} align="center" wrap>
          <Segmented<'month' | 'year'>
            aria-label={t('calendarGrid.view')}
            value={view}
            onChange={setView}
            options={[
              { value: 'month', label: t('calendarGrid.month') },
              { value: 'year', label: t('calendarGrid.year') },
            ]}
          />
          <Button
            aria-label={t(view === 'month' ? 'calendarGrid.previousMonth' : 'calendarGrid.previousYear')}
            onClick={() => setShown(shown.subtract(1, step))}
          >
            ‹
          </Button>
          <DatePicker
            picker={view}
            allowClear={false}
            aria-label={t(view === 'month' ? 'calendarGrid.chooseMonth' : 'calendarGrid.chooseYear')}
            value={shown}
            format={view === 'month' ? 'YYYY-MM' : 'YYYY'}
            onChange={(value: Dayjs | null) => value && setShown(value.startOf('month'))}
            style={{ width: 130 }}
          />
          <Button
            aria-label={t(view === 'month' ? 'calendarGrid.nextMonth' : 'calendarGrid.nextYear')}
            onClick={() => setShown(shown.add(1, step))}
          >
            ›
          </Button>
          <Button onClick={() => setShown(now.startOf('month'))}>{t('calendarGrid.today')}</Button>
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ margin: '8px 0' }}>
        {editable && t('calendarGrid.help')}{' '}
        {t('calendarGrid.counts', { year, holidays: inYear(days.holidays), workdays: inYear(days.workdays) })}
      </Typography.Paragraph>
      <ul className="cl-cal-legend" aria-label={t('calendarGrid.legend')}>
        {kinds.map((kind) => (
          <li key={kind}>
            <span className={`cl-cal-swatch cl-cal-${kind}`} aria-hidden="true">
              {t(`calendarGrid.mark.${kind}`)}
            </span>
            {t(`calendarGrid.kind.${kind}`)}
          </li>
        ))}
      </ul>
      {unsaved && (
        <Typography.Text type="warning" role="status" style={{ display: 'block', marginBottom: 8 }}>
          {t('calendarGrid.unsaved')}
        </Typography.Text>
      )}
      {view === 'month' ? (
        <MonthTable
          year={year}
          month={shown.month()}
          days={days}
          editable={editable}
          compact={false}
          today={today}
          onToggle={toggle}
        />
      ) : (
        <div className="cl-cal-year">
          {Array.from({ length: 12 }, (_, month) => (
            <MonthTable
              key={month}
              year={year}
              month={month}
              days={days}
              editable={editable}
              compact
              today={today}
              onToggle={toggle}
            />
          ))}
        </div>
      )}
    </section>
  );
}
