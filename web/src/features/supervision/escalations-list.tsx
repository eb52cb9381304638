/**
 * Escalations in a window (default: the last 7 days), newest first: deadlines escalated to
 * supervisors after a breach, and survey ratings of 1 or 2. Updates itself on live events.
 */
import { Alert, Button, Card, DatePicker, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import { useLiveResource, type Escalation, type EscalationsPage } from './supervision-api';

const pageSize = 50;

export function EscalationsList() {
  const { t } = useTranslation();
  // null: the server's default window (the 7 days before now), which moves with the clock.
  const [range, setRange] = useState<[Dayjs, Dayjs] | null>(null);
  const windowQuery = range
    ? `&from=${encodeURIComponent(range[0].startOf('day').toISOString())}&to=${encodeURIComponent(
        range[1].add(1, 'day').startOf('day').toISOString(),
      )}`
    : '';
  const first = useLiveResource<EscalationsPage>(
    `/api/v1/supervision/escalations?limit=${pageSize}${windowQuery}`,
  );
  const [more, setMore] = useState<{ items: Escalation[]; nextCursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  useEffect(() => setMore(null), [first.data]);

  const items = [...(first.data?.items ?? []), ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : (first.data?.nextCursor ?? null);
  const loadMore = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const next = await api<EscalationsPage>(
        `/api/v1/supervision/escalations?limit=${pageSize}${windowQuery}&cursor=${encodeURIComponent(nextCursor)}`,
      );
      setMore((m) => ({ items: [...(m?.items ?? []), ...next.items], nextCursor: next.nextCursor }));
    } catch (e) {
      setMoreError(e);
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Card
      title={t('supervision.escalations.title')}
      extra={
        <DatePicker.RangePicker
          aria-label={t('supervision.escalations.window')}
          allowClear
          value={range}
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          onChange={(value) => setRange(value && value[0] && value[1] ? [value[0], value[1]] : null)}
        />
      }
    >
      {first.data && (
        <Typography.Paragraph type="secondary">
          {t('supervision.escalations.between')} <When at={first.data.from} /> – <When at={first.data.to} />
        </Typography.Paragraph>
      )}
      {(first.error !== null || moreError !== null) && (
        <Alert
          type="error"
          showIcon
          title={problemText(first.error ?? moreError, t)}
          action={<Button onClick={first.reload}>{t('queue.retry')}</Button>}
          style={{ marginBottom: 12 }}
        />
      )}
      {first.loading && !first.data ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : (
        <Table<Escalation>
          className="cl-sv-table"
          rowKey={(e) => `${e.source}:${e.complaintId}:${e.clockKind ?? ''}:${e.at}`}
          dataSource={items}
          pagination={false}
          size="large"
          scroll={{ x: 900 }}
          locale={{ emptyText: t('supervision.escalations.empty') }}
          columns={[
            {
              key: 'at',
              title: t('supervision.escalations.at'),
              render: (_, e) => <When at={e.at} show="both" />,
            },
            {
              key: 'source',
              title: t('supervision.escalations.what'),
              render: (_, e) =>
                e.source === 'deadline' ? (
                  <Tag color="red">
                    {t('supervision.escalations.deadline', {
                      clock: e.clockKind ? t(`complaint.clockKind.${e.clockKind}`) : '',
                    })}
                  </Tag>
                ) : (
                  <Tag color="orange">
                    {t('supervision.escalations.lowRating', { rating: e.rating ?? 0 })}
                  </Tag>
                ),
            },
            {
              key: 'complaint',
              title: t('supervision.escalations.complaint'),
              render: (_, e) => (
                <div style={{ minWidth: 220 }}>
                  <Link to={`/complaints/${e.complaintId}`} className="cl-sv-tracking">
                    {e.trackingNumber}
                  </Link>
                  <Typography.Paragraph ellipsis={{ rows: 1 }} style={{ margin: 0 }}>
                    {e.subject}
                  </Typography.Paragraph>
                  {e.comment && (
                    <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                      “{e.comment}”
                    </Typography.Paragraph>
                  )}
                </div>
              ),
            },
            {
              key: 'owner',
              title: t('supervision.board.owner'),
              render: (_, e) =>
                e.ownerName ?? (
                  <Typography.Text type="warning">{t('supervision.board.unassigned')}</Typography.Text>
                ),
            },
            {
              key: 'severity',
              title: t('supervision.escalations.severity'),
              render: (_, e) => (
                <Tag
                  color={e.severity === 'severe' ? 'red' : e.severity === 'moderate' ? 'orange' : 'default'}
                >
                  {t(`severity.${e.severity}`)}
                </Tag>
              ),
            },
            {
              key: 'status',
              title: t('supervision.escalations.status'),
              render: (_, e) => t(`status.${e.status}`),
            },
          ]}
        />
      )}
      {nextCursor && (
        <Flex justify="center" style={{ marginTop: 12 }}>
          <Button onClick={() => void loadMore()} loading={loadingMore}>
            {t('queue.loadMore')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
