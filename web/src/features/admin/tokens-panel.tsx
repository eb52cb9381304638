/**
 * API tokens for integrations (admin): each acts as one user with that user's role. A
 * new token is shown once, with a copy button; only its hash is stored. Revoking stops
 * it at once.
 */
import {
  Alert,
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../../api/client';
import { formProblem, problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import { useBusy } from '../complaints/use-busy';
import {
  createToken,
  listAccounts,
  listTokens,
  revokeToken,
  type ApiToken,
  type NewToken,
  type StaffAccount,
} from './accounts-api';

type TokenState = 'live' | 'revoked' | 'expired';

const stateOf = (token: ApiToken): TokenState => {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && dayjs(token.expiresAt).isBefore(dayjs())) return 'expired';
  return 'live';
};

export function TokensPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [accounts, setAccounts] = useState<StaffAccount[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { run } = useBusy();

  const load = useCallback(async () => {
    try {
      const [list, people] = await Promise.all([listTokens(), listAccounts(null)]);
      // Newest first: the one just made is on top.
      setTokens([...list.items].reverse());
      setAccounts(people.items);
      setLoadError(null);
    } catch (error) {
      setLoadError(problemText(error, t));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  const names = useMemo(() => new Map(accounts.map((a) => [a.id, a.name])), [accounts]);

  const revoke = (token: ApiToken) =>
    run(async () => {
      try {
        await revokeToken(token.id);
        void message.success(t('admin.tokens.revokedMessage', { name: token.name ?? '' }));
        await load();
      } catch (error) {
        void message.error(problemText(error, t));
      }
    });

  const never = (at: string | null, empty: string) => (at ? <When at={at} /> : empty);
  const columns = [
    { key: 'name', title: t('admin.tokens.name'), render: (_: unknown, k: ApiToken) => k.name ?? '—' },
    {
      key: 'owner',
      title: t('admin.tokens.owner'),
      render: (_: unknown, k: ApiToken) => names.get(k.userId) ?? k.userId,
    },
    {
      key: 'created',
      title: t('admin.tokens.created'),
      render: (_: unknown, k: ApiToken) => <When at={k.createdAt} />,
    },
    {
      key: 'lastUsed',
      title: t('admin.tokens.lastUsed'),
      render: (_: unknown, k: ApiToken) => never(k.lastUsedAt, t('admin.tokens.never')),
    },
    {
      key: 'expires',
      title: t('admin.tokens.expires'),
      render: (_: unknown, k: ApiToken) => never(k.expiresAt, t('admin.tokens.noExpiry')),
    },
    {
      key: 'status',
      title: t('admin.tokens.status'),
      render: (_: unknown, k: ApiToken) => {
        const state = stateOf(k);
        return <Tag color={state === 'live' ? 'green' : 'default'}>{t(`admin.tokens.${state}`)}</Tag>;
      },
    },
    {
      key: 'actions',
      title: t('admin.users.actions'),
      render: (_: unknown, k: ApiToken) =>
        stateOf(k) === 'live' && (
          <Popconfirm
            title={t('admin.tokens.confirmRevoke', { name: k.name ?? '' })}
            okText={t('admin.tokens.revoke')}
            cancelText={t('admin.users.cancel')}
            onConfirm={() => void revoke(k)}
          >
            <Button size="small" danger>
              {t('admin.tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary">{t('admin.tokens.intro')}</Typography.Text>
        <Button type="primary" onClick={() => setAdding(true)}>
          {t('admin.tokens.add')}
        </Button>
      </Flex>
      {loadError && <Typography.Text type="danger">{loadError}</Typography.Text>}
      <Table<ApiToken>
        rowKey="id"
        size="middle"
        loading={tokens === null && !loadError}
        dataSource={tokens ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('admin.tokens.empty') }}
        scroll={{ x: 'max-content' }}
      />
      {adding && (
        <NewTokenDialog
          accounts={accounts.filter((a) => a.active)}
          onClose={() => {
            setAdding(false);
            void load();
          }}
        />
      )}
    </Flex>
  );
}

interface NewTokenValues {
  name: string;
  userId: string;
  expiresAt?: Dayjs | null;
}

const tokenFields = ['name', 'userId', 'expiresAt'] as const;

function NewTokenDialog({ accounts, onClose }: { accounts: StaffAccount[]; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewTokenValues>();
  const [created, setCreated] = useState<NewToken | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const { spinner, run } = useBusy();

  const submit = (values: NewTokenValues) =>
    run(async () => {
      setGeneral(null);
      try {
        setCreated(
          await createToken({
            name: values.name.trim(),
            userId: values.userId,
            expiresAt: values.expiresAt ? values.expiresAt.endOf('day').toISOString() : undefined,
          }),
        );
      } catch (error) {
        setGeneral(formProblem(form, error, tokenFields, t));
      }
    });

  if (created) {
    return (
      <Modal
        open
        title={t('admin.tokens.createTitle')}
        closable={false}
        mask={{ closable: false }}
        footer={
          <Button type="primary" onClick={onClose}>
            {t('admin.tokens.done')}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t('admin.tokens.shownOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph
          data-testid="new-token"
          copyable={{ text: created.token, tooltips: [t('admin.tokens.copy'), t('admin.tokens.copied')] }}
          style={{
            fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
            overflowWrap: 'anywhere',
            background: '#f5f7fa',
            padding: '8px 12px',
            borderRadius: 6,
          }}
        >
          {created.token}
        </Typography.Paragraph>
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('admin.tokens.createTitle')}
      okText={t('admin.tokens.create')}
      cancelText={t('admin.users.cancel')}
      okButtonProps={{ loading: spinner, htmlType: 'submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NewTokenValues>
        form={form}
        layout="vertical"
        initialValues={{ userId: session.user()?.id }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('admin.tokens.name')}
          extra={t('admin.tokens.nameHelp')}
          rules={[{ required: true, whitespace: true, message: t('portal.required') }]}
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="userId"
          label={t('admin.tokens.owner')}
          rules={[{ required: true, message: t('portal.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={accounts.map((a) => ({
              value: a.id,
              label: `${a.name} · ${t(`complaint.role.${a.role}`)}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="expiresAt" label={t('admin.tokens.expiresAt')}>
          <DatePicker disabledDate={(d) => d.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
        {general && <Typography.Text type="danger">{general}</Typography.Text>}
      </Form>
    </Modal>
  );
}
