/**
 * Workload per agent and handler: open complaints by severity, open department tasks,
 * resolutions in the last 7 days, median first response and resolution compliance over the
 * last 30 days. Updates itself on live events.
 */
import { Alert, Button, Card, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import {
  formatMinutes,
  queueLink,
  useLiveResource,
  type PersonWorkload,
  type Workload,
} from './supervision-api';

const WorkloadChart = lazy(() => import('./workload-chart'));

function complianceColor(share: number): string {
  if (share >= 0.9) return '#237804';
  if (share >= 0.7) return '#ad4e00';
  return '#cf1322';
}

export function WorkloadView() {
  const { t, i18n } = useTranslation();
  const workload = useLiveResource<Workload>('/api/v1/supervision/workload');

  if (workload.error !== null && workload.data === null) {
    return (
      <Alert
        type="error"
        showIcon
        title={problemText(workload.error, t)}
        action={<Button onClick={workload.reload}>{t('queue.retry')}</Button>}
      />
    );
  }
  if (!workload.data) return <Skeleton active paragraph={{ rows: 8 }} />;
  const { people, generatedAt } = workload.data;

  return (
    <div>
      {people.some((p) => p.open > 0) && (
        <Card title={t('supervision.workload.chartTitle')}>
          <Suspense fallback={<Skeleton active />}>
            <WorkloadChart people={people} />
          </Suspense>
        </Card>
      )}
      <Card title={t('supervision.workload.title')} style={{ marginTop: 16 }}>
        <Table<PersonWorkload>
          className="cl-sv-table"
          rowKey="userId"
          dataSource={people}
          pagination={false}
          size="large"
          scroll={{ x: 900 }}
          locale={{ emptyText: t('supervision.workload.empty') }}
          columns={[
            {
              key: 'name',
              title: t('supervision.workload.person'),
              render: (_, p) => (
                <span>
                  <Typography.Text strong>{p.name}</Typography.Text>
                  <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                    {t(`complaint.role.${p.role}`)}
                  </Typography.Text>
                </span>
              ),
            },
            {
              key: 'open',
              title: t('supervision.workload.open'),
              align: 'right',
              render: (_, p) =>
                p.open > 0 ? (
                  <Link to={queueLink(p.userId, 'open')} className="cl-sv-count">
                    {p.open}
                  </Link>
                ) : (
                  <span className="cl-sv-zero">0</span>
                ),
            },
            {
              key: 'severity',
              title: t('supervision.workload.bySeverity'),
              render: (_, p) => (
                <Space size={4} wrap>
                  {p.openBySeverity.severe > 0 && (
                    <Tag color="red">
                      {t('severity.severe')} {p.openBySeverity.severe}
                    </Tag>
                  )}
                  {p.openBySeverity.moderate > 0 && (
                    <Tag color="orange">
                      {t('severity.moderate')} {p.openBySeverity.moderate}
                    </Tag>
                  )}
                  {p.openBySeverity.minor > 0 && (
                    <Tag>
                      {t('severity.minor')} {p.openBySeverity.minor}
                    </Tag>
                  )}
                </Space>
              ),
            },
            {
              key: 'tasks',
              title: t('supervision.workload.openTasks'),
              align: 'right',
              dataIndex: 'openTasks',
            },
            {
              key: 'resolved',
              title: t('supervision.workload.resolved7'),
              align: 'right',
              dataIndex: 'resolvedLast7Days',
            },
            {
              key: 'firstResponse',
              title: t('supervision.workload.medianFirstResponse'),
              align: 'right',
              render: (_, p) =>
                p.medianFirstResponseMinutes === null
                  ? '—'
                  : formatMinutes(p.medianFirstResponseMinutes, i18n.language),
            },
            {
              key: 'compliance',
              title: t('supervision.workload.compliance'),
              align: 'right',
              render: (_, p) =>
                p.slaCompliance === null ? (
                  '—'
                ) : (
                  <Tooltip
                    title={t('supervision.workload.complianceDetail', {
                      onTime: p.resolutionClocks.onTime,
                      total: p.resolutionClocks.total,
                    })}
                  >
                    <Typography.Text strong style={{ color: complianceColor(p.slaCompliance) }}>
                      {new Intl.NumberFormat(i18n.language, {
                        style: 'percent',
                        maximumFractionDigits: 0,
                      }).format(p.slaCompliance)}
                    </Typography.Text>
                  </Tooltip>
                ),
            },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('supervision.workload.note')}
        </Typography.Paragraph>
      </Card>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('supervision.updated')} <When at={generatedAt} />
      </Typography.Paragraph>
    </div>
  );
}
