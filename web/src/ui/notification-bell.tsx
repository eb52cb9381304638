/**
 * The signed-in user's notifications (deadline warnings and breaches, approvals asked, tasks
 * and actions assigned or overdue, customers' answers): a bell with the unread count in the
 * header, a list that opens from it. New ones arrive live (server-sent events), never polled.
 */
import { Badge, Button, Empty, Flex, Popover, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client';
import { useLiveEvents } from '../api/live';
import { ItemList } from './item-list';
import { When } from './when';

/** One entry of GET /api/v1/notifications: runs of the same complaint and kind come as one. */
interface Notification {
  id: string;
  ids?: string[];
  count?: number;
  kind: string;
  complaintId: string | null;
  payload: Record<string, unknown>;
  /** What happened, in the UI's language (the server writes it from the kind and payload). */
  title?: string;
  detail?: string | null;
  about?: string | null;
  createdAt: string;
  readAt: string | null;
}

/** A plain bell, inline: no icon package for one icon. */
function BellIcon() {
  return (
    <svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" fill="currentColor">
      <path d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2Zm6-6V11a6 6 0 0 0-5-5.91V4a1 1 0 0 0-2 0v1.09A6 6 0 0 0 6 11v5l-2 2v1h16v-1l-2-2Zm-2 1H8v-6a4 4 0 0 1 8 0v6Z" />
    </svg>
  );
}

export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  const navigate = useNavigate();
  const [items, setItems] = useState<Notification[]>([]);
  const [unread, setUnread] = useState(0);
  const [open, setOpen] = useState(false);

  const load = useCallback(async () => {
    const answer = await api<{ items: Notification[]; unreadCount: number }>(
      '/api/v1/notifications?limit=30',
    );
    setItems(answer.items);
    setUnread(answer.unreadCount);
  }, []);
  // Again when the language changes: the server writes the texts in the UI's language.
  useEffect(() => {
    load().catch(() => undefined); // the bell is a help; the page works without it
  }, [load, language]);
  useLiveEvents(
    () => void load().catch(() => undefined),
    (event) => event.type === 'notification',
    300,
  );

  const markRead = async (body: { ids: string[] } | { all: true }) => {
    await api('/api/v1/notifications/read', { method: 'POST', body }).catch(() => undefined);
    await load().catch(() => undefined);
  };
  const title = (n: Notification) =>
    n.title ?? t(`inbox.kind.${n.kind}`, { defaultValue: t('inbox.kind.other') });
  const about = (n: Notification) =>
    n.about ??
    [n.payload.trackingNumber, n.payload.subject].filter((part) => typeof part === 'string').join(' · ');
  const dueAt = (n: Notification) =>
    n.kind.startsWith('sla.') && typeof n.payload.dueAt === 'string' ? n.payload.dueAt : null;

  const list = (
    <div style={{ width: 380, maxHeight: 440, overflowY: 'auto' }}>
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inbox.empty')} />
      ) : (
        <ItemList
          items={items}
          itemKey={(n) => n.id}
          label={t('inbox.title')}
          itemStyle={{ padding: 0 }}
          renderItem={(n) => (
            <button
              type="button"
              style={{
                display: 'block',
                width: '100%',
                padding: 8,
                border: 0,
                textAlign: 'start',
                font: 'inherit',
                color: 'inherit',
                cursor: 'pointer',
                background: n.readAt ? 'transparent' : '#f0f7ff',
              }}
              onClick={() => {
                if (!n.readAt) void markRead({ ids: n.ids ?? [n.id] });
                setOpen(false);
                if (n.complaintId) void navigate(`/complaints/${n.complaintId}`);
              }}
            >
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Typography.Text strong={!n.readAt}>{title(n)}</Typography.Text>
                {n.detail && (
                  <Typography.Text ellipsis style={{ fontSize: 13 }}>
                    {n.detail}
                  </Typography.Text>
                )}
                {about(n) && (
                  <Typography.Text ellipsis type="secondary" style={{ fontSize: 13 }}>
                    {about(n)}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <When at={n.createdAt} show="relative" />
                  {dueAt(n) && (
                    <>
                      {t('inbox.dueSeparator')}
                      {t('inbox.due')}
                      <When at={dueAt(n)!} show="relative" />
                    </>
                  )}
                </Typography.Text>
              </Flex>
            </button>
          )}
        />
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      title={
        <Flex justify="space-between" align="center">
          <span>{t('inbox.title')}</span>
          {unread > 0 && (
            <Button size="small" type="link" onClick={() => void markRead({ all: true })}>
              {t('inbox.markAllRead')}
            </Button>
          )}
        </Flex>
      }
      content={list}
    >
      <Badge count={unread} overflowCount={99} size="small">
        <Button
          size="small"
          shape="circle"
          icon={<BellIcon />}
          aria-label={t('inbox.open', { count: unread })}
        />
      </Badge>
    </Popover>
  );
}
