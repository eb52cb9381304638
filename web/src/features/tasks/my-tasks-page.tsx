/**
 * My tasks (S0 step 2): what owners asked of me as a department handler, soonest due
 * first, with the complaint facts I need to act (never the customer's contact data), and
 * the outcome I report back. The owner stays the customer's contact and is told.
 */
import { Alert, Button, Card, Descriptions, Empty, Flex, Segmented, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { session } from '../../api/client';
import { usePagedList } from '../../api/use-paged-list';
import type { DepartmentTask } from '../../api/types';
import { PageLoading } from '../../ui/page-loading';
import { problemText } from '../../ui/problem';
import { SeverityTag } from '../../ui/status-tag';
import { When } from '../../ui/when';
import { CloseTaskForm, TaskStatusTags } from '../complaints/department-tasks-card';
import '../complaints/complaints.css';

type View = 'open' | 'done' | 'all';
const pageSize = 50;

const query = (view: View, cursor: string | null) =>
  `/api/v1/tasks?mine=true&limit=${pageSize}${view === 'all' ? '' : `&status=${view}`}${
    cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''
  }`;

export function MyTasksPage() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('open');
  const url = useCallback((cursor: string | null) => query(view, cursor), [view]);
  const { items, hasMore, error, reload, loadMore } = usePagedList<DepartmentTask>(url);

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('stepTwoThree.myTasks.title')}
      </Typography.Title>
      <Segmented<View>
        aria-label={t('stepTwoThree.myTasks.view')}
        value={view}
        onChange={setView}
        options={(['open', 'done', 'all'] as const).map((v) => ({
          value: v,
          label: t(`stepTwoThree.myTasks.${v}`),
        }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {error !== null && <Alert type="error" showIcon title={problemText(error, t)} />}
      {items === null && error === null && <PageLoading />}
      {items?.length === 0 && <Empty description={t('stepTwoThree.myTasks.empty')} />}
      {items?.map((task) => (
        <TaskCard key={task.id} task={task} onChanged={reload} />
      ))}
      {hasMore && (
        <Button onClick={() => void loadMore()} style={{ alignSelf: 'center' }}>
          {t('stepTwoThree.myTasks.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

function TaskCard({ task, onChanged }: { task: DepartmentTask; onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [completing, setCompleting] = useState(false);
  const c = task.complaint;
  const mine = session.user()?.id === task.handlerId;
  const title = c ? `${c.trackingNumber} · ${c.subject}` : t(`stepTwoThree.department.${task.department}`);
  return (
    <Card
      size="small"
      role="region"
      aria-label={title}
      title={
        <Flex gap={8} align="center" wrap>
          <Tag>{t(`stepTwoThree.department.${task.department}`)}</Tag>
          <span>{title}</span>
        </Flex>
      }
      extra={<TaskStatusTags task={task} />}
    >
      <Typography.Paragraph className="cl-prewrap" strong style={{ marginBottom: 4 }}>
        {task.request}
      </Typography.Paragraph>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('stepTwoThree.tasks.askedBy', { name: task.createdByName ?? t('complaint.someone') })} ·{' '}
        {t('complaint.dueAt')} <When at={task.dueAt} show="both" />
      </Typography.Text>
      {c && (
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          style={{ marginTop: 12 }}
          items={[
            {
              key: 'facts',
              label: t('stepTwoThree.myTasks.facts'),
              span: 'filled',
              children: (
                <span className="cl-prewrap">{c.verifiedFacts ?? t('stepTwoThree.myTasks.noFacts')}</span>
              ),
            },
            {
              key: 'description',
              label: t('complaint.description'),
              span: 'filled',
              children: <span className="cl-prewrap">{c.description}</span>,
            },
            { key: 'order', label: t('complaint.orderRef'), children: c.orderRef ?? t('complaint.none') },
            {
              key: 'product',
              label: t('complaint.productRef'),
              children: c.productRef ?? t('complaint.none'),
            },
            { key: 'category', label: t('complaint.category'), children: t(`category.${c.category}`) },
            {
              key: 'severity',
              label: t('complaint.severity'),
              children: <SeverityTag severity={c.severity} />,
            },
            {
              key: 'owner',
              label: t('complaint.owner'),
              children: c.ownerName ?? t('complaint.unassigned'),
            },
            {
              key: 'open',
              label: t('stepTwoThree.myTasks.complaint'),
              children: <Link to={`/complaints/${c.id}`}>{t('stepTwoThree.myTasks.openComplaint')}</Link>,
            },
          ]}
        />
      )}
      {task.outcome && (
        <div className="cl-prewrap" style={{ marginTop: 8 }}>
          <Typography.Text type="secondary">
            {task.status === 'done' ? t('stepTwoThree.tasks.outcome') : t('stepTwoThree.tasks.reason')}
            {t('complaint.colon')}
          </Typography.Text>
          {task.outcome}
        </div>
      )}
      {task.status === 'open' && mine && !completing && (
        <Button type="primary" style={{ marginTop: 12 }} onClick={() => setCompleting(true)}>
          {t('stepTwoThree.tasks.complete')}
        </Button>
      )}
      {completing && (
        <CloseTaskForm
          task={task}
          to="done"
          onCancel={() => setCompleting(false)}
          onClosed={async () => {
            setCompleting(false);
            await onChanged();
          }}
        />
      )}
    </Card>
  );
}

// React.lazy in app.tsx needs a default export; everything else uses the named one.
export default MyTasksPage;
