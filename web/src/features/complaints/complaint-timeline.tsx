/**
 * The complaint's timeline: what happened (history) and what was said (messages), in
 * order. Replies to the customer, the customer's own words and internal notes look
 * different, and notes say in words that the customer never sees them.
 */
import { Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message, Remedy } from '../../api/types';
import { formatMoney } from '../../ui/money';
import { formatInstant, When } from '../../ui/when';
import { useCategories } from '../categories/categories-api';
import { closingDetails, historyTitleKeys } from './closing-history';
import { stepTwoThreeDetails } from './step-two-three-history';
import { changePair, mergeTimeline, type HistoryEntry } from './timeline-entries';
import { learningDetails, systemActorName, triageCorrectionDetails } from './triage-learning-history';
import type { ComplaintRecord } from './use-complaint-record';

interface TimelineProps {
  record: ComplaintRecord;
  nameOf: (userId: string | null) => string | null;
}

export function ComplaintTimeline({ record, nameOf }: TimelineProps) {
  const categories = useCategories();
  const subcategoryName = (id: string, language: string): string | null => {
    for (const category of categories) {
      const found = category.subcategories.find((s) => s.id === id);
      if (found) return language === 'zh-CN' ? found.names['zh-CN'] : found.names['en-US'];
    }
    return null;
  };
  const { t } = useTranslation();
  const entries = mergeTimeline(record.history, record.messages);
  if (!entries.length) return <Typography.Text type="secondary">{t('complaint.noTimeline')}</Typography.Text>;
  return (
    <ol className="cl-timeline" aria-label={t('complaint.timeline')}>
      {entries.map((e) =>
        e.kind === 'message' ? (
          <MessageItem key={e.key} message={e.message} />
        ) : (
          <HistoryItem
            key={e.key}
            entry={e.entry}
            remedies={record.remedies}
            nameOf={nameOf}
            subcategoryName={subcategoryName}
          />
        ),
      )}
    </ol>
  );
}

function MessageItem({ message }: { message: Message }) {
  const { t } = useTranslation();
  const title = {
    reply: t('complaint.replySent'),
    note: t('complaint.note'),
    inbound: t('complaint.inbound'),
  }[message.kind];
  return (
    <li className={`cl-tl-${message.kind}`}>
      <div>
        <Typography.Text strong>{title}</Typography.Text>{' '}
        {message.kind === 'note' && <Tag color="gold">{t('complaint.internal')}</Tag>}
        {message.kind === 'reply' && <Tag color="blue">{t('complaint.customerSees')}</Tag>}
      </div>
      <div className="cl-tl-meta">
        {message.authorName} · <When at={message.createdAt} />
      </div>
      <div className={`cl-message cl-message-${message.kind}`}>{message.body}</div>
    </li>
  );
}

interface HistoryItemProps {
  entry: HistoryEntry;
  /** The complaint's remedies: an approval names only the remedy's id and amount. */
  remedies: readonly Remedy[];
  nameOf: TimelineProps['nameOf'];
  /** A subcategory's name in a language, or null when it is unknown (deleted, not loaded yet). */
  subcategoryName: (id: string, language: string) => string | null;
}

function HistoryItem({ entry, remedies, nameOf, subcategoryName }: HistoryItemProps) {
  const { t, i18n } = useTranslation();
  const actor =
    (entry.actor.name &&
      (entry.actor.type === 'system' ? systemActorName(entry.actor.name, t) : entry.actor.name)) ||
    (entry.actor.type === 'system'
      ? t('history.system')
      : entry.actor.type === 'customer'
        ? t('history.customer')
        : nameOf(entry.actor.id));
  const details = describeChanges(entry, t, i18n.language, nameOf, remedies, subcategoryName);
  return (
    <li className="cl-tl-history">
      <Typography.Text strong>
        {t(
          [
            ...historyTitleKeys(entry.action),
            `stepTwoThree.history.${entry.action}`,
            `learn.history.${entry.action}`,
            `organisation.history.${entry.action}`,
          ],
          {
            defaultValue: entry.action,
          },
        )}
      </Typography.Text>
      <div className="cl-tl-meta">
        {actor ? `${actor} · ` : ''}
        <When at={entry.at} />
      </div>
      {details.length > 0 && (
        <ul className="cl-cues">
          {details.map((d, i) => (
            <li key={i}>{d}</li>
          ))}
        </ul>
      )}
    </li>
  );
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

function describeChanges(
  entry: HistoryEntry,
  t: TFunction,
  language: string,
  nameOf: TimelineProps['nameOf'],
  remedies: readonly Remedy[],
  subcategoryName: HistoryItemProps['subcategoryName'],
): ReactNode[] {
  const c = entry.changes;
  const out: ReactNode[] = [];
  const label = (prefix: string, value: unknown) =>
    typeof value === 'string' ? t(`${prefix}.${value}`, { defaultValue: value }) : t('complaint.none');
  const owner = (value: unknown) =>
    typeof value === 'string' ? (nameOf(value) ?? t('complaint.someone')) : t('complaint.unassigned');

  const status = changePair(c.status);
  if (status) out.push(`${label('status', status[0])} → ${label('status', status[1])}`);
  if (entry.action === 'complaint.opened') {
    out.push(
      [label('channel', c.channel), label('category', c.category), label('severity', c.severity)].join(' · '),
    );
  }
  const field = (name: string, value: string) => `${name}${t('complaint.colon')}${value}`;
  const ownerChange = changePair(c.ownerId);
  if (ownerChange) out.push(field(t('history.owner'), `${owner(ownerChange[0])} → ${owner(ownerChange[1])}`));
  const subcategoryLabel = (value: unknown) =>
    typeof value === 'string'
      ? (subcategoryName(value, language) ?? t('organisation.subcategory.unknown'))
      : t('organisation.subcategory.none');
  const subcategory = changePair(c.subcategoryId);
  if (subcategory) {
    out.push(
      field(
        t('organisation.subcategory.label'),
        `${subcategoryLabel(subcategory[0])} → ${subcategoryLabel(subcategory[1])}`,
      ),
    );
  } else if (entry.action === 'complaint.opened' && typeof c.subcategoryId === 'string') {
    // Chosen at intake: the value itself, not a change.
    out.push(field(t('organisation.subcategory.label'), subcategoryLabel(c.subcategoryId)));
  }
  const responsibility = changePair(c.responsibility);
  if (responsibility) {
    out.push(field(t('complaint.responsibility'), label('responsibility', responsibility[1])));
  }
  if (entry.action.startsWith('remedy.')) {
    const remedy = remedies.find((r) => r.id === c.remedyId);
    const kind = c.kind ?? remedy?.kind;
    const currency = text(c.currency) || remedy?.currency || 'CNY';
    const parts = [
      kind ? label('remedyKind', kind) : null,
      typeof c.amount === 'number' ? formatMoney(c.amount, currency, language) : null,
      c.status ? label('remedyStatus', c.status) : null,
    ].filter(Boolean);
    if (parts.length) out.push(parts.join(' · '));
  }
  if (entry.action.startsWith('sla.') && typeof c.clock === 'string') {
    const due = text(c.dueAt) ? ` · ${t('complaint.dueAt')} ${formatInstant(text(c.dueAt))}` : '';
    out.push(`${label('history.clock', c.clock)}${due}`);
  }
  if (entry.action === 'evidence.added' && c.filename) out.push(text(c.filename));
  const resolution = changePair(c.resolution);
  if (resolution && text(resolution[1])) out.push(field(t('complaint.resolutionText'), text(resolution[1])));
  out.push(...triageCorrectionDetails(entry, t));
  if (text(c.reason)) out.push(field(t('complaint.reason'), text(c.reason)));
  out.push(...closingDetails(entry, t));
  out.push(...stepTwoThreeDetails(entry, t));
  out.push(...learningDetails(entry, t));
  return out;
}
