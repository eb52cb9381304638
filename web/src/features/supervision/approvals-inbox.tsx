/**
 * The approvals inbox: remedies waiting for approval that the signed-in approver may decide
 * (within their authority limit; the server filters), oldest first. Approve in one click, or
 * reject with a reason inline, through the remedy routes. Updates itself on live events.
 */
import { Alert, App, Button, Card, Empty, Flex, Form, Input, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, ApiError } from '../../api/client';
import { formatMoney } from '../../ui/money';
import { formProblem, problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import { useLiveResource, type ApprovalsPage, type PendingApproval } from './supervision-api';

const pageSize = 50;
const dayMs = 24 * 60 * 60 * 1000;

function RejectForm({
  remedyId,
  onDone,
  onCancel,
}: {
  remedyId: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/v1/remedies/${remedyId}/reject`, { method: 'POST', body: { reason } });
      void message.success(t('supervision.approvals.rejected'));
      onDone();
    } catch (e) {
      setError(formProblem(form, e, ['reason'], t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<{ reason: string }>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void submit(v)}
      aria-label={t('supervision.approvals.reject')}
      style={{ marginTop: 12, maxWidth: 640 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="reason"
        label={t('supervision.approvals.reason')}
        rules={[{ required: true, whitespace: true, message: t('supervision.approvals.reasonRequired') }]}
      >
        <Input.TextArea autoFocus autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2_000} />
      </Form.Item>
      <Flex gap={8}>
        <Button danger type="primary" htmlType="submit" loading={busy}>
          {t('supervision.approvals.confirmReject')}
        </Button>
        <Button onClick={onCancel}>{t('supervision.approvals.cancel')}</Button>
      </Flex>
    </Form>
  );
}

export function ApprovalsInbox() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const first = useLiveResource<ApprovalsPage>(`/api/v1/supervision/approvals?limit=${pageSize}`);
  // Pages loaded with "load more" below the first; a live refresh of the first page drops them.
  const [more, setMore] = useState<{ items: PendingApproval[]; nextCursor: string | null } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const [approving, setApproving] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  useEffect(() => setMore(null), [first.data]);

  if (first.error !== null && first.data === null) {
    return (
      <Alert
        type="error"
        showIcon
        title={problemText(first.error, t)}
        action={<Button onClick={first.reload}>{t('queue.retry')}</Button>}
      />
    );
  }
  if (!first.data) return <Skeleton active paragraph={{ rows: 6 }} />;
  const page = first.data;
  if (!page.canApprove) {
    return <Alert type="info" showIcon title={t('supervision.approvals.cannotApprove')} />;
  }

  const items = [...page.items, ...(more?.items ?? [])];
  const nextCursor = more ? more.nextCursor : page.nextCursor;
  const loadMore = async () => {
    if (!nextCursor) return;
    setLoadingMore(true);
    try {
      const next = await api<ApprovalsPage>(
        `/api/v1/supervision/approvals?limit=${pageSize}&cursor=${encodeURIComponent(nextCursor)}`,
      );
      setMore((m) => ({ items: [...(m?.items ?? []), ...next.items], nextCursor: next.nextCursor }));
    } catch (e) {
      setActionError(problemText(e, t));
    } finally {
      setLoadingMore(false);
    }
  };
  const approve = async (item: PendingApproval) => {
    setApproving(item.remedyId);
    setActionError(null);
    try {
      await api(`/api/v1/remedies/${item.remedyId}/approve`, { method: 'POST' });
      void message.success(t('supervision.approvals.approved', { trackingNumber: item.trackingNumber }));
      first.reload();
    } catch (e) {
      setActionError(
        e instanceof ApiError && e.problem.status === 403
          ? t('complaint.beyondAuthority')
          : problemText(e, t),
      );
    } finally {
      setApproving(null);
    }
  };
  const now = Date.now();

  return (
    <Card
      title={t('supervision.approvals.title')}
      extra={
        <Typography.Text type="secondary">
          {page.authorityLimit === null
            ? t('supervision.approvals.unlimited')
            : t('supervision.approvals.limit', {
                amount: formatMoney(page.authorityLimit, items[0]?.currency ?? 'CNY', i18n.language),
              })}
        </Typography.Text>
      }
    >
      {actionError && (
        <Alert type="error" showIcon closable title={actionError} style={{ marginBottom: 12 }} />
      )}
      {items.length === 0 && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.approvals.empty')} />
      )}
      <ul className="cl-sv-approvals">
        {items.map((item) => {
          const waitedLong = now - Date.parse(item.waitingSince) > dayMs;
          return (
            <li key={item.remedyId} aria-label={item.trackingNumber}>
              <div style={{ width: '100%' }}>
                <Flex justify="space-between" align="flex-start" gap={16} wrap>
                  <div style={{ minWidth: 0, flex: '1 1 360px' }}>
                    <Space size={8} wrap>
                      <Link to={`/complaints/${item.complaintId}`} className="cl-sv-tracking">
                        {item.trackingNumber}
                      </Link>
                      <Tag
                        color={
                          item.severity === 'severe'
                            ? 'red'
                            : item.severity === 'moderate'
                              ? 'orange'
                              : 'default'
                        }
                      >
                        {t(`severity.${item.severity}`)}
                      </Tag>
                    </Space>
                    <Typography.Paragraph
                      strong
                      ellipsis={{ rows: 1 }}
                      style={{ margin: '4px 0', fontSize: 16 }}
                    >
                      {item.subject}
                    </Typography.Paragraph>
                    <Typography.Text>
                      {t(`remedyKind.${item.kind}`)}
                      {item.amount !== null && (
                        <Typography.Text strong style={{ fontSize: 18, marginInlineStart: 8 }}>
                          {formatMoney(item.amount, item.currency, i18n.language)}
                        </Typography.Text>
                      )}
                      {' · '}
                      {item.description}
                    </Typography.Text>
                    <div>
                      <Typography.Text type="secondary">
                        {t('supervision.approvals.proposedBy', { name: item.proposedByName ?? '—' })}
                        {' · '}
                        {t('supervision.approvals.waiting')}{' '}
                      </Typography.Text>
                      <Typography.Text type={waitedLong ? 'danger' : 'secondary'}>
                        <When at={item.waitingSince} show="relative" />
                      </Typography.Text>
                    </div>
                  </div>
                  {rejecting !== item.remedyId && (
                    <Space>
                      <Button
                        type="primary"
                        size="large"
                        loading={approving === item.remedyId}
                        onClick={() => void approve(item)}
                        aria-label={t('supervision.approvals.approveOne', {
                          trackingNumber: item.trackingNumber,
                        })}
                      >
                        {t('supervision.approvals.approve')}
                      </Button>
                      <Button
                        danger
                        size="large"
                        onClick={() => setRejecting(item.remedyId)}
                        aria-label={t('supervision.approvals.rejectOne', {
                          trackingNumber: item.trackingNumber,
                        })}
                      >
                        {t('supervision.approvals.reject')}
                      </Button>
                    </Space>
                  )}
                </Flex>
                {rejecting === item.remedyId && (
                  <RejectForm
                    remedyId={item.remedyId}
                    onCancel={() => setRejecting(null)}
                    onDone={() => {
                      setRejecting(null);
                      first.reload();
                    }}
                  />
                )}
              </div>
            </li>
          );
        })}
      </ul>
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
