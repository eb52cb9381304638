/**
 * Post-mortems (PRODUCT.md R9, seed 003 step 6): the quality manager's list of post-mortems
 * due within 48 hours of resolution, overdue ones, and completed ones, each leading to its
 * complaint where the post-mortem is written. Others see their own complaints'.
 */
import { Alert, Button, Card, Empty, Flex, Segmented, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { session } from '../../api/client';
import { usePagedList } from '../../api/use-paged-list';
import { PageLoading } from '../../ui/page-loading';
import { problemText } from '../../ui/problem';
import { formatInstant, fromNow } from '../../ui/when';
import { useStaffUsers } from '../complaints/use-staff-users';
import { tracksAllActions, type PostMortemLine } from './learning-api';
import '../complaints/complaints.css';

type View = 'due' | 'overdue' | 'done';
const views: readonly View[] = ['due', 'overdue', 'done'];
const pageSize = 50;
const query = (view: View, cursor: string | null) =>
  `/api/v1/post-mortems?state=${view}&limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;

const stateColour = { not_started: 'default', draft: 'gold', completed: 'green' } as const;

export function PostMortemsPage() {
  const { t } = useTranslation();
  const users = useStaffUsers();
  const [view, setView] = useState<View>('due');
  const url = useCallback((cursor: string | null) => query(view, cursor), [view]);
  const { items, hasMore, error, loadMore } = usePagedList<PostMortemLine>(url);
  const me = session.user();
  const nameOf = (id: string | null) =>
    id === null
      ? t('postMortems.noOwner')
      : t('postMortems.owner', {
          name: (me?.id === id ? me.name : users.find((u) => u.id === id)?.name) ?? t('complaint.someone'),
        });

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('postMortems.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('postMortems.intro')}
        {!tracksAllActions(me) && ` ${t('postMortems.mine')}`}
      </Typography.Paragraph>
      <Segmented<View>
        aria-label={t('postMortems.view')}
        value={view}
        onChange={setView}
        options={views.map((v) => ({ value: v, label: t(`postMortems.views.${v}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {error !== null && <Alert type="error" showIcon title={problemText(error, t)} />}
      {items === null && error === null && <PageLoading />}
      {items?.length === 0 && <Empty description={t(`postMortems.empty.${view}`)} />}
      {items?.map((line) => (
        <Card
          key={line.complaintId}
          size="small"
          role="region"
          aria-label={`${line.trackingNumber} · ${line.subject}`}
          title={
            <Link to={`/complaints/${line.complaintId}`}>
              {line.trackingNumber} · {line.subject}
            </Link>
          }
          extra={
            <Link to={`/complaints/${line.complaintId}`}>
              {line.status === 'completed' ? t('postMortems.open') : t('postMortems.write')}
            </Link>
          }
        >
          <Flex wrap gap={8} align="center">
            <Tag color={stateColour[line.status]}>{t(`learn.state.${line.status}`)}</Tag>
            <Tag color="blue">{t(`category.${line.category}`)}</Tag>
            <Tag>{t(`severity.${line.severity}`)}</Tag>
            {line.status === 'completed' && line.completedAt ? (
              <Typography.Text>
                <Dated at={line.completedAt} text={(when) => t('postMortems.completed', { when })} />
              </Typography.Text>
            ) : line.dueAt ? (
              <Typography.Text type={line.overdue ? 'danger' : undefined} strong={line.overdue}>
                <Dated
                  at={line.dueAt}
                  text={(when) => t(line.overdue ? 'postMortems.overdueSince' : 'postMortems.due', { when })}
                />
              </Typography.Text>
            ) : null}
            {line.resolvedAt && (
              <Typography.Text type="secondary">
                <Dated at={line.resolvedAt} text={(when) => t('postMortems.resolved', { when })} />
              </Typography.Text>
            )}
            <Typography.Text type="secondary">{nameOf(line.ownerId)}</Typography.Text>
            {line.rootCause && (
              <Typography.Text type="secondary">
                {t('postMortems.rootCause', { cause: t(`learn.rootCauseKey.${line.rootCause}`) })}
              </Typography.Text>
            )}
          </Flex>
        </Card>
      ))}
      {hasMore && (
        <Button onClick={() => void loadMore()} style={{ alignSelf: 'center' }}>
          {t('postMortems.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

/** A sentence around a date ("Due 2026年11月26日 10:00"), with how far away it is as its tooltip. */
function Dated({ at, text }: { at: string; text: (when: string) => string }) {
  return (
    <time dateTime={at} title={fromNow(at)}>
      {text(formatInstant(at))}
    </time>
  );
}

export default PostMortemsPage;
