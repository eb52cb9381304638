/**
 * The deadline board: open, at-risk and breached complaints per owner, with totals, a chart and
 * a table whose numbers open the queue of those complaints. Updates itself on live events.
 */
import { Alert, Button, Card, Col, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import { queueLink, useLiveResource, type DeadlineBoard, type OwnerDeadlines } from './supervision-api';

const BoardChart = lazy(() => import('./board-chart'));

const colors = { breached: '#cf1322', atRisk: '#ad4e00' };

function CountLink({
  count,
  to,
  color,
  label,
}: {
  count: number;
  to: string;
  color?: string;
  label: string;
}) {
  if (count === 0) return <span className="cl-sv-zero">0</span>;
  return (
    <Link to={to} aria-label={label} className="cl-sv-count" style={color ? { color } : undefined}>
      {count}
    </Link>
  );
}

export function DeadlineBoardView() {
  const { t } = useTranslation();
  const board = useLiveResource<DeadlineBoard>('/api/v1/supervision/board');
  const ownerLabel = useCallback(
    (owner: OwnerDeadlines) => owner.ownerName ?? t('supervision.board.unassigned'),
    [t],
  );

  if (board.error !== null && board.data === null) {
    return (
      <Alert
        type="error"
        showIcon
        title={problemText(board.error, t)}
        action={<Button onClick={board.reload}>{t('queue.retry')}</Button>}
      />
    );
  }
  if (!board.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { owners, totals, generatedAt } = board.data;

  return (
    <div className="cl-sv-board">
      <Row gutter={[16, 16]}>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic title={t('supervision.board.open')} value={totals.open} />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic
              title={t('supervision.board.atRisk')}
              value={totals.atRisk}
              styles={{ content: { color: totals.atRisk ? colors.atRisk : undefined } }}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic
              title={t('supervision.board.breached')}
              value={totals.breached}
              styles={{ content: { color: totals.breached ? colors.breached : undefined } }}
            />
          </Card>
        </Col>
        <Col xs={12} lg={6}>
          <Card>
            <Statistic
              title={t('supervision.board.oldestBreach')}
              value={totals.oldestBreachDueAt ?? '—'}
              formatter={() =>
                totals.oldestBreachDueAt ? <When at={totals.oldestBreachDueAt} show="relative" /> : '—'
              }
            />
          </Card>
        </Col>
      </Row>

      {owners.length > 0 && (
        <Card title={t('supervision.board.chartTitle')} style={{ marginTop: 16 }}>
          <Suspense fallback={<Skeleton active />}>
            <BoardChart owners={owners} ownerLabel={ownerLabel} />
          </Suspense>
        </Card>
      )}

      <Card title={t('supervision.board.byOwner')} style={{ marginTop: 16 }}>
        <Table<OwnerDeadlines>
          className="cl-sv-table"
          rowKey={(o) => o.ownerId ?? 'none'}
          dataSource={owners}
          pagination={false}
          size="large"
          locale={{ emptyText: t('supervision.board.empty') }}
          columns={[
            {
              key: 'owner',
              title: t('supervision.board.owner'),
              render: (_, o) => (
                <span>
                  {o.ownerId ? (
                    <Typography.Text strong>{o.ownerName}</Typography.Text>
                  ) : (
                    <Typography.Text strong type="warning">
                      {t('supervision.board.unassigned')}
                    </Typography.Text>
                  )}
                  {o.ownerRole && (
                    <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                      {t(`complaint.role.${o.ownerRole}`)}
                    </Typography.Text>
                  )}
                  {o.ownerActive === false && (
                    <Tag color="default" style={{ marginInlineStart: 8 }}>
                      {t('supervision.board.inactive')}
                    </Tag>
                  )}
                </span>
              ),
            },
            {
              key: 'open',
              title: t('supervision.board.open'),
              align: 'right',
              render: (_, o) => (
                <CountLink
                  count={o.open}
                  to={queueLink(o.ownerId, 'open')}
                  label={t('supervision.board.openOf', { owner: ownerLabel(o), count: o.open })}
                />
              ),
            },
            {
              key: 'atRisk',
              title: t('supervision.board.atRisk'),
              align: 'right',
              render: (_, o) => (
                <CountLink
                  count={o.atRisk}
                  to={queueLink(o.ownerId, 'atRisk')}
                  color={colors.atRisk}
                  label={t('supervision.board.atRiskOf', { owner: ownerLabel(o), count: o.atRisk })}
                />
              ),
            },
            {
              key: 'breached',
              title: t('supervision.board.breached'),
              align: 'right',
              render: (_, o) => (
                <CountLink
                  count={o.breached}
                  to={queueLink(o.ownerId, 'breached')}
                  color={colors.breached}
                  label={t('supervision.board.breachedOf', { owner: ownerLabel(o), count: o.breached })}
                />
              ),
            },
            {
              key: 'oldest',
              title: t('supervision.board.oldestBreach'),
              render: (_, o) =>
                o.oldestBreachDueAt ? <When at={o.oldestBreachDueAt} show="relative" /> : '—',
            },
          ]}
        />
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('supervision.updated')} <When at={generatedAt} />
      </Typography.Paragraph>
    </div>
  );
}
