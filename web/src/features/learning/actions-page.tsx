/**
 * Corrective actions (PRODUCT.md R9): the quality manager's tracking list of corrective and
 * preventive actions, open (soonest due first), overdue and done, each with its complaint.
 * Others see the actions they own.
 */
import { Alert, Button, Card, Empty, Flex, Segmented, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { session } from '../../api/client';
import { usePagedList } from '../../api/use-paged-list';
import { PageLoading } from '../../ui/page-loading';
import { problemText } from '../../ui/problem';
import { useStaffUsers } from '../complaints/use-staff-users';
import { ActionItem } from './action-item';
import { tracksAllActions, type CorrectiveAction } from './learning-api';
import '../complaints/complaints.css';

type View = 'open' | 'overdue' | 'done';
const pageSize = 50;
const query = (view: View, cursor: string | null) =>
  `/api/v1/actions?status=${view}&limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;

export function ActionsPage() {
  const { t } = useTranslation();
  const users = useStaffUsers();
  const [view, setView] = useState<View>('open');
  const url = useCallback((cursor: string | null) => query(view, cursor), [view]);
  const { items, hasMore, error, reload, loadMore } = usePagedList<CorrectiveAction>(url);
  const me = session.user();
  const nameOf = (id: string) =>
    (me?.id === id ? me.name : users.find((u) => u.id === id)?.name) ?? t('complaint.someone');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('learn.actionsPage.title')}
      </Typography.Title>
      {!tracksAllActions(me) && (
        <Typography.Text type="secondary">{t('learn.actionsPage.mine')}</Typography.Text>
      )}
      <Segmented<View>
        aria-label={t('learn.actionsPage.view')}
        value={view}
        onChange={setView}
        options={(['open', 'overdue', 'done'] as const).map((v) => ({
          value: v,
          label: t(`learn.statusKey.${v}`),
        }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {error !== null && <Alert type="error" showIcon title={problemText(error, t)} />}
      {items === null && error === null && <PageLoading />}
      {items?.length === 0 && <Empty description={t('learn.actionsPage.empty')} />}
      {items?.map((action) => (
        <Card
          key={action.id}
          size="small"
          role="region"
          aria-label={action.description}
          title={
            action.complaint ? (
              <Link to={`/complaints/${action.complaintId}`}>
                {action.complaint.trackingNumber} · {action.complaint.subject}
              </Link>
            ) : (
              t('learn.actionsPage.complaint')
            )
          }
        >
          <ActionItem action={action} ownerName={nameOf(action.ownerId)} onChanged={reload} />
        </Card>
      ))}
      {hasMore && (
        <Button onClick={() => void loadMore()} style={{ alignSelf: 'center' }}>
          {t('learn.actionsPage.loadMore')}
        </Button>
      )}
    </Flex>
  );
}

export default ActionsPage;
