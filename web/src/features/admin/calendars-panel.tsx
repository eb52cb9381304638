/**
 * Business calendars: time zone, weekend days, holidays and make-up working days (调休), the
 * default one for new complaints, and holiday feeds imported from .ics files.
 */
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Input,
  Select,
  Tag,
  Typography,
  Upload,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { problemText } from '../../ui/problem';
import { CalendarGrid } from './calendar-grid';

interface CalendarDays {
  timeZone: string;
  weekend: number[];
  holidays: string[];
  workdays: string[];
  openingHours?: Record<string, { from: string; to: string }[]>;
}

/** "09:00-12:00, 13:00-18:00" ⇄ ranges; what cannot be read is sent as written, for the server to name. */
const rangesText = (ranges: { from: string; to: string }[] | undefined) =>
  (ranges ?? []).map((r) => `${r.from}-${r.to}`).join(', ');
const parseRanges = (text: string) =>
  text
    .split(/[,，;；]/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [from = '', to = ''] = part.split(/\s*[-–~～至]\s*/);
      return { from: from.trim(), to: to.trim() };
    });
interface StoredCalendar {
  id: string;
  name: string;
  isDefault: boolean;
  calendar: CalendarDays;
  updatedAt: string;
}

const weekdays = [1, 2, 3, 4, 5, 6, 0];

function problemLines(error: unknown, t: Parameters<typeof problemText>[1]): string {
  const fields = error instanceof ApiError ? error.problem.errors : undefined;
  return fields?.length ? fields.map((f) => `${f.path}: ${f.message}`).join('; ') : problemText(error, t);
}

function DateList({
  label,
  dates,
  editable,
  onChange,
  color,
}: {
  label: string;
  dates: string[];
  editable: boolean;
  onChange: (dates: string[]) => void;
  color: string;
}) {
  const { t } = useTranslation();
  const [year, setYear] = useState(() => String(dayjs().year()));
  const years = [...new Set(dates.map((d) => d.slice(0, 4)))].sort();
  const shown = dates.filter((d) => d.startsWith(year)).sort();
  return (
    <Card
      size="small"
      title={label}
      extra={
        <Select
          aria-label={t('deadlines.year')}
          size="small"
          value={year}
          onChange={setYear}
          options={[...new Set([...years, String(dayjs().year())])]
            .sort()
            .map((y) => ({ value: y, label: y }))}
        />
      }
    >
      <Flex gap={4} wrap>
        {shown.length === 0 && <Typography.Text type="secondary">{t('deadlines.noDates')}</Typography.Text>}
        {shown.map((date) => (
          <Tag
            key={date}
            color={color}
            closable={editable}
            onClose={() => onChange(dates.filter((d) => d !== date))}
          >
            {dayjs(date).format('MM-DD ddd')}
          </Tag>
        ))}
      </Flex>
      {editable && (
        <DatePicker
          aria-label={t('deadlines.addDate', { list: label })}
          placeholder={t('deadlines.addDate', { list: label })}
          style={{ marginTop: 8 }}
          value={null as Dayjs | null}
          onChange={(value: Dayjs | null) => {
            if (!value) return;
            const date = value.format('YYYY-MM-DD');
            if (!dates.includes(date)) onChange([...dates, date].sort());
            setYear(date.slice(0, 4));
          }}
        />
      )}
    </Card>
  );
}

export function CalendarsPanel({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [calendars, setCalendars] = useState<StoredCalendar[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [draft, setDraft] = useState<StoredCalendar | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(async (pick?: string) => {
    const answer = await api<{ items: StoredCalendar[] }>('/api/v1/calendars');
    setCalendars(answer.items);
    const chosen =
      answer.items.find((c) => c.id === pick) ?? answer.items.find((c) => c.isDefault) ?? answer.items[0];
    if (chosen) {
      setSelected(chosen.id);
      setDraft(structuredClone(chosen));
    }
  }, []);
  useEffect(() => {
    load().catch((error: unknown) => setProblem(problemText(error, t)));
  }, [load, t]);

  if (!calendars || !draft) return problem ? <Alert type="error" showIcon title={problem} /> : null;
  const days = draft.calendar;
  const setDays = (change: Partial<CalendarDays>) => setDraft({ ...draft, calendar: { ...days, ...change } });

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    try {
      void message.success(await work());
    } catch (error) {
      setProblem(problemLines(error, t));
    } finally {
      setBusy(false);
    }
  };
  const save = (makeDefault: boolean) =>
    run(async () => {
      await api(`/api/v1/calendars/${draft.id}`, {
        method: 'PUT',
        body: { name: draft.name, isDefault: makeDefault || undefined, calendar: draft.calendar },
      });
      await load(draft.id);
      return t('deadlines.calendarSaved');
    });
  const importFile = (file: File) =>
    run(async () => {
      const answer = await api<{ imported: { holidays: number; workdays: number; skipped: number } }>(
        `/api/v1/calendars/${draft.id}/import`,
        { method: 'POST', raw: { contentType: 'text/calendar', text: await file.text() } },
      );
      await load(draft.id);
      return t('deadlines.imported', answer.imported);
    });

  return (
    <Flex vertical gap={16}>
      <Flex gap={8} align="center" wrap>
        <Select
          aria-label={t('deadlines.calendar')}
          value={selected}
          style={{ minWidth: 260 }}
          onChange={(id: string) => {
            setSelected(id);
            const chosen = calendars.find((c) => c.id === id);
            if (chosen) setDraft(structuredClone(chosen));
          }}
          options={calendars.map((c) => ({
            value: c.id,
            label: `${c.name}${c.isDefault ? ` · ${t('deadlines.default')}` : ''}`,
          }))}
        />
        {draft.isDefault && <Tag color="green">{t('deadlines.defaultHelp')}</Tag>}
      </Flex>
      <Card size="small" title={t('deadlines.weekAndZone')}>
        <Flex gap={16} wrap align="center">
          <label style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span>{t('deadlines.timeZone')}</span>
            <Input
              value={days.timeZone}
              disabled={!editable}
              onChange={(e) => setDays({ timeZone: e.target.value })}
              style={{ width: 220 }}
            />
          </label>
          <Checkbox.Group
            aria-label={t('deadlines.weekend')}
            disabled={!editable}
            value={days.weekend}
            onChange={(value) => setDays({ weekend: value })}
            options={weekdays.map((d) => ({ value: d, label: dayjs().day(d).format('ddd') }))}
          />
          <Typography.Text type="secondary">{t('deadlines.weekendHelp')}</Typography.Text>
        </Flex>
      </Card>
      <Card size="small" title={t('deadlines.openingHours')}>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {t('deadlines.openingHoursHelp')}
        </Typography.Paragraph>
        <Flex gap={8} wrap>
          {weekdays.map((day) => (
            <Input
              key={`${draft.id}-${draft.updatedAt}-${day}`}
              aria-label={`${t('deadlines.openingHours')} ${dayjs().day(day).format('dddd')}`}
              prefix={<span style={{ minWidth: 36 }}>{dayjs().day(day).format('ddd')}</span>}
              placeholder="09:00-18:00"
              disabled={!editable}
              defaultValue={rangesText(days.openingHours?.[String(day)])}
              onBlur={(e) => {
                const ranges = parseRanges(e.target.value);
                const openingHours = { ...days.openingHours };
                if (ranges.length) openingHours[String(day)] = ranges;
                else delete openingHours[String(day)];
                setDays({ openingHours });
              }}
              style={{ width: 240 }}
            />
          ))}
        </Flex>
      </Card>
      <CalendarGrid
        days={days}
        editable={editable}
        unsaved={JSON.stringify(calendars.find((c) => c.id === draft.id)?.calendar) !== JSON.stringify(days)}
        onChange={setDays}
      />
      <Flex gap={16} wrap>
        <div style={{ flex: '1 1 320px' }}>
          <DateList
            label={t('deadlines.holidays')}
            dates={days.holidays}
            editable={editable}
            color="red"
            onChange={(holidays) => setDays({ holidays })}
          />
        </div>
        <div style={{ flex: '1 1 320px' }}>
          <DateList
            label={t('deadlines.workdays')}
            dates={days.workdays}
            editable={editable}
            color="blue"
            onChange={(workdays) => setDays({ workdays })}
          />
        </div>
      </Flex>
      {problem && <Alert type="error" showIcon title={t('deadlines.notSaved')} description={problem} />}
      {editable && (
        <Flex gap={8} wrap>
          <Button type="primary" loading={busy} onClick={() => void save(false)}>
            {t('deadlines.saveCalendar')}
          </Button>
          {!draft.isDefault && (
            <Button loading={busy} onClick={() => void save(true)}>
              {t('deadlines.makeDefault')}
            </Button>
          )}
          <Upload
            accept=".ics,text/calendar"
            showUploadList={false}
            beforeUpload={(file) => {
              void importFile(file);
              return false;
            }}
          >
            <Button loading={busy}>{t('deadlines.importIcs')}</Button>
          </Upload>
        </Flex>
      )}
    </Flex>
  );
}
