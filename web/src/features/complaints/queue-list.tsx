/**
 * The queue's rows: a table on wide screens, cards on narrow ones. One row at a time is
 * in the tab order (roving focus); j/k or the arrow keys move it, Enter opens it.
 */
import { Card, Grid, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useEffect, useRef, useState, type HTMLAttributes, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { Complaint } from '../../api/types';
import { SeverityTag, StatusTag } from '../../ui/status-tag';
import { formatInstant, When } from '../../ui/when';
import { flaggedClock, isResolutionOverdue, type ClockKind } from './queue-filters';

/** The at-risk or overdue view: each row names the deadline it is listed for. */
export type QueueSla = { state: 'at_risk' | 'breached'; clock: ClockKind | '' } | null;

interface QueueListProps {
  items: Complaint[];
  loading: boolean;
  /** Mark urgent complaints in the subject (pointless in the urgent-only view). */
  showUrgent: boolean;
  /** In the at-risk and overdue views, the deadline column names the clock at risk or overdue. */
  sla?: QueueSla;
  onOpen: (complaint: Complaint) => void;
}

const isTyping = (target: EventTarget | null): boolean =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function QueueList({ items, loading, showUrgent, sla = null, onOpen }: QueueListProps) {
  const screens = Grid.useBreakpoint();
  const narrow = screens.md === false;
  const [selected, setSelected] = useState(0);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => setSelected((s) => Math.min(s, Math.max(items.length - 1, 0))), [items.length]);

  const focusRow = (index: number) => {
    const bounded = Math.max(0, Math.min(index, items.length - 1));
    setSelected(bounded);
    container.current?.querySelector<HTMLElement>(`[data-queue-index="${bounded}"]`)?.focus();
  };

  // j / k anywhere on the page (not while typing in a field) move through the queue.
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')) return;
      if (event.key !== 'j' && event.key !== 'k') return;
      const rowHasFocus = container.current?.contains(document.activeElement) ?? false;
      event.preventDefault();
      if (!rowHasFocus) focusRow(selected);
      else focusRow(selected + (event.key === 'j' ? 1 : -1));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const rowProps = (
    complaint: Complaint,
    index: number,
  ): HTMLAttributes<HTMLElement> & Record<string, unknown> => ({
    tabIndex: index === selected ? 0 : -1,
    'data-queue-index': index,
    className: index === selected ? 'cl-queue-row cl-queue-row-selected' : 'cl-queue-row',
    onClick: () => onOpen(complaint),
    onFocus: () => setSelected(index),
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'Enter') onOpen(complaint);
      else if (event.key === 'ArrowDown') focusRow(index + 1);
      else if (event.key === 'ArrowUp') focusRow(index - 1);
      else if (event.key === 'Home') focusRow(0);
      else if (event.key === 'End') focusRow(items.length - 1);
      else return;
      event.preventDefault();
    },
  });

  return (
    <div ref={container}>
      {narrow ? (
        <QueueCards items={items} loading={loading} showUrgent={showUrgent} sla={sla} rowProps={rowProps} />
      ) : (
        <QueueTable items={items} loading={loading} showUrgent={showUrgent} sla={sla} rowProps={rowProps} />
      )}
    </div>
  );
}

interface RowsProps {
  items: Complaint[];
  loading: boolean;
  showUrgent: boolean;
  sla: QueueSla;
  rowProps: (complaint: Complaint, index: number) => HTMLAttributes<HTMLElement>;
}

function TrackingLink({ complaint }: { complaint: Complaint }) {
  const location = useLocation();
  // Out of the tab order: the row itself is the keyboard target. The link is for
  // middle-click and "open in new tab".
  return (
    <Link
      to={`/complaints/${complaint.id}`}
      state={{ from: location.search }}
      tabIndex={-1}
      onClick={(event) => event.stopPropagation()}
      className="cl-tracking-number"
    >
      {complaint.trackingNumber}
    </Link>
  );
}

function DueCell({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  if (complaint.status === 'dismissed') {
    return <Typography.Text type="secondary">{t('complaint.none')}</Typography.Text>;
  }
  // The clock is read at render: the page shows the state as of its last render, no polling.
  const overdue = isResolutionOverdue(complaint, Date.now());
  if (complaint.resolvedAt) {
    // Done: whether it was in time matters, not how long ago the deadline was.
    return (
      <span className={overdue ? 'cl-overdue' : 'cl-muted'} title={formatInstant(complaint.resolutionDueAt)}>
        {t(overdue ? 'complaint.clock.metLate' : 'complaint.clock.met')}
      </span>
    );
  }
  return (
    <span className={overdue ? 'cl-overdue' : undefined}>
      <When at={complaint.resolutionDueAt} show="relative" />
      {overdue && <span className="cl-visually-hidden"> ({t('complaint.overdue')})</span>}
    </span>
  );
}

/** Which deadline is at risk or overdue ("超时：回访"), and when it is or was due. */
function FlaggedClockCell({ complaint, sla }: { complaint: Complaint; sla: NonNullable<QueueSla> }) {
  const { t } = useTranslation();
  const clock = flaggedClock(complaint, sla);
  // Listed a moment ago, since met: the plain resolution deadline says the rest.
  if (!clock) return <DueCell complaint={complaint} />;
  const breached = sla.state === 'breached';
  return (
    <span title={formatInstant(clock.dueAt)}>
      <span className={breached ? 'cl-overdue' : 'cl-at-risk'} style={{ display: 'block' }}>
        {t(breached ? 'queue.clockOverdue' : 'queue.clockAtRisk', {
          clock: t(`complaint.clockKind.${clock.kind}`),
        })}
      </span>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('queue.clockDue')}
        <When at={clock.dueAt} show="relative" />
      </Typography.Text>
    </span>
  );
}

function DeadlineCell({ complaint, sla }: { complaint: Complaint; sla: QueueSla }) {
  return sla ? <FlaggedClockCell complaint={complaint} sla={sla} /> : <DueCell complaint={complaint} />;
}

function SubjectCell({ complaint, showUrgent }: { complaint: Complaint; showUrgent: boolean }) {
  const { t } = useTranslation();
  return (
    <span>
      {showUrgent && complaint.triage.urgent && (
        <Tag color="red" variant="outlined" style={{ marginInlineEnd: 6 }}>
          {t('queue.urgent')}
        </Tag>
      )}
      {complaint.subject}
    </span>
  );
}

function CustomerCell({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  return (
    <span>
      {complaint.customer.name}
      {complaint.customer.tier === 'vip' && (
        <Tag color="magenta" style={{ marginInlineStart: 6, fontSize: 11, lineHeight: '16px' }}>
          {t('tier.vip')}
        </Tag>
      )}
    </span>
  );
}

function QueueTable({ items, loading, showUrgent, sla, rowProps }: RowsProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<Complaint> = [
    {
      key: 'trackingNumber',
      title: t('queue.trackingNumber'),
      width: 132,
      render: (_, c) => <TrackingLink complaint={c} />,
    },
    {
      key: 'subject',
      title: `${t('queue.subject')} / ${t('queue.customer')}`,
      ellipsis: true,
      render: (_, c) => (
        <>
          <div className="cl-ellipsis">
            <SubjectCell complaint={c} showUrgent={showUrgent} />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <CustomerCell complaint={c} />
          </Typography.Text>
        </>
      ),
    },
    {
      key: 'channel',
      title: t('queue.channel'),
      width: 104,
      ellipsis: true,
      render: (_, c) => t(`channel.${c.channel}`),
    },
    {
      key: 'category',
      title: t('queue.category'),
      width: 128,
      ellipsis: true,
      render: (_, c) => t(`category.${c.triage.category.label}`),
    },
    {
      key: 'severity',
      title: t('queue.severity'),
      width: 96,
      render: (_, c) => <SeverityTag severity={c.triage.severity} />,
    },
    {
      key: 'emotion',
      title: t('queue.emotion'),
      width: 96,
      render: (_, c) => t(`emotion.${c.triage.emotion.label}`),
    },
    {
      key: 'status',
      title: t('queue.status'),
      width: 136,
      render: (_, c) => <StatusTag status={c.status} />,
    },
    {
      key: 'received',
      title: t('queue.received'),
      width: 112,
      render: (_, c) => <When at={c.receivedAt} show="relative" />,
    },
    {
      key: 'due',
      title: t(sla ? 'queue.deadline' : 'queue.resolutionDue'),
      width: sla ? 176 : 124,
      ellipsis: !sla,
      render: (_, c) => <DeadlineCell complaint={c} sla={sla} />,
    },
  ];
  return (
    <Table<Complaint>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 1100 }}
      locale={{ emptyText: t('queue.empty') }}
      onRow={(record, index) => rowProps(record, index ?? 0)}
    />
  );
}

function QueueCards({ items, loading, showUrgent, sla, rowProps }: RowsProps) {
  const { t } = useTranslation();
  if (loading) {
    return (
      <div style={{ display: 'grid', placeItems: 'center', padding: 32 }}>
        <Spin />
      </div>
    );
  }
  if (!items.length) return <Typography.Paragraph type="secondary">{t('queue.empty')}</Typography.Paragraph>;
  return (
    <ul className="cl-queue-cards">
      {items.map((c, index) => (
        <li key={c.id}>
          <Card size="small" {...rowProps(c, index)}>
            <div className="cl-card-line">
              <TrackingLink complaint={c} />
              <StatusTag status={c.status} />
            </div>
            <Typography.Text strong style={{ display: 'block', margin: '4px 0' }}>
              <SubjectCell complaint={c} showUrgent={showUrgent} />
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              <CustomerCell complaint={c} /> · {t(`channel.${c.channel}`)} ·{' '}
              {t(`category.${c.triage.category.label}`)}
            </Typography.Text>
            <div className="cl-card-line" style={{ marginTop: 6 }}>
              <span>
                <SeverityTag severity={c.triage.severity} /> {t(`emotion.${c.triage.emotion.label}`)}
              </span>
              <span>
                {t(sla ? 'queue.deadline' : 'queue.resolutionDue')}
                {t('complaint.colon')}
                <DeadlineCell complaint={c} sla={sla} />
              </span>
            </div>
          </Card>
        </li>
      ))}
    </ul>
  );
}
