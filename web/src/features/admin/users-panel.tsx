/**
 * Staff accounts (admin): who they are, their role and team (changed in place), whether they are
 * active and when they last signed in; add one with an initial password, deactivate or
 * reactivate. The server refuses locking the admins out (409), said here in words.
 */
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { session } from '../../api/client';
import { formProblem, problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import { useBusy } from '../complaints/use-busy';
import {
  accountProblemText,
  changeAccount,
  createAccount,
  listAccounts,
  passwordStrength,
  roleKeys,
  translatePasswordProblems,
  type Role,
  type StaffAccount,
} from './accounts-api';
import { useTeams } from './teams-api';

const strengthColour = { weak: 'red', fair: 'orange', strong: 'green' } as const;

export function UsersPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = session.user();
  const [accounts, setAccounts] = useState<StaffAccount[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const { run } = useBusy();

  const load = useCallback(async () => {
    try {
      const page = await listAccounts(null);
      setAccounts(page.items);
      setNext(page.nextCursor);
      setLoadError(null);
    } catch (error) {
      setLoadError(problemText(error, t));
    }
  }, [t]);

  useEffect(() => {
    void load();
  }, [load]);

  const loadMore = async () => {
    if (!next) return;
    const page = await listAccounts(next);
    setAccounts((current) => [...(current ?? []), ...page.items]);
    setNext(page.nextCursor);
  };

  const teams = useTeams();
  const change = (
    account: StaffAccount,
    body: { role?: Role; active?: boolean; teamId?: string | null },
    done: string,
  ) =>
    run(async () => {
      try {
        await changeAccount(account.id, body);
        void message.success(done);
        await load();
      } catch (error) {
        void message.error(accountProblemText(error, t));
      }
    });

  const columns = [
    {
      key: 'name',
      title: t('admin.users.name'),
      render: (_: unknown, a: StaffAccount) => (
        <span>
          {a.name} {a.id === me?.id && <Tag>{t('admin.users.you')}</Tag>}
        </span>
      ),
    },
    { key: 'email', title: t('admin.users.email'), dataIndex: 'email' },
    {
      key: 'role',
      title: t('admin.users.role'),
      render: (_: unknown, a: StaffAccount) => (
        <Select<Role>
          aria-label={t('admin.users.changeRole', { name: a.name })}
          value={a.role}
          style={{ minWidth: 140 }}
          options={roleKeys.map((r) => ({ value: r, label: t(`complaint.role.${r}`) }))}
          onChange={(role) =>
            void change(
              a,
              { role },
              t('admin.users.roleChanged', { name: a.name, role: t(`complaint.role.${role}`) }),
            )
          }
        />
      ),
    },
    {
      key: 'team',
      title: t('organisation.teams.userTeam'),
      render: (_: unknown, a: StaffAccount) => (
        <Select<string>
          aria-label={t('organisation.teams.changeTeam', { name: a.name })}
          value={a.teamId ?? ''}
          style={{ minWidth: 160 }}
          options={[
            { value: '', label: t('organisation.teams.noTeam') },
            ...(teams ?? [])
              .filter((team) => team.active || team.id === a.teamId)
              .map((team) => ({
                value: team.id,
                label: team.active ? team.name : t('organisation.teams.inactiveSuffix', { name: team.name }),
                disabled: !team.active,
              })),
            // Before the teams arrive, the user's own team by the name the list gave.
            ...(teams === null && a.teamId ? [{ value: a.teamId, label: a.teamName ?? '' }] : []),
          ]}
          onChange={(value) =>
            void change(
              a,
              { teamId: value || null },
              t('organisation.teams.teamChanged', {
                name: a.name,
                team: value
                  ? (teams?.find((team) => team.id === value)?.name ?? '')
                  : t('organisation.teams.noTeam'),
              }),
            )
          }
        />
      ),
    },
    {
      key: 'status',
      title: t('admin.users.status'),
      render: (_: unknown, a: StaffAccount) =>
        a.active ? (
          <Tag color="green">{t('admin.users.active')}</Tag>
        ) : (
          <Tag>{t('admin.users.inactive')}</Tag>
        ),
    },
    {
      key: 'lastLogin',
      title: t('admin.users.lastLogin'),
      render: (_: unknown, a: StaffAccount) =>
        a.lastLoginAt ? <When at={a.lastLoginAt} show="relative" /> : t('admin.users.never'),
    },
    {
      key: 'actions',
      title: t('admin.users.actions'),
      render: (_: unknown, a: StaffAccount) =>
        a.active ? (
          <Popconfirm
            title={t('admin.users.confirmDeactivate', { name: a.name })}
            okText={t('admin.users.deactivate')}
            cancelText={t('admin.users.cancel')}
            onConfirm={() =>
              void change(a, { active: false }, t('admin.users.deactivated', { name: a.name }))
            }
          >
            <Button size="small" danger>
              {t('admin.users.deactivate')}
            </Button>
          </Popconfirm>
        ) : (
          <Button
            size="small"
            onClick={() => void change(a, { active: true }, t('admin.users.reactivated', { name: a.name }))}
          >
            {t('admin.users.reactivate')}
          </Button>
        ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Flex justify="flex-end">
        <Button type="primary" onClick={() => setAdding(true)}>
          {t('admin.users.add')}
        </Button>
      </Flex>
      {loadError && <Typography.Text type="danger">{loadError}</Typography.Text>}
      <Table<StaffAccount>
        rowKey="id"
        size="middle"
        loading={accounts === null && !loadError}
        dataSource={accounts ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
      />
      {next && (
        <Button onClick={() => void loadMore()} style={{ alignSelf: 'center' }}>
          {t('admin.users.loadMore')}
        </Button>
      )}
      <NewAccountDialog
        open={adding}
        onClose={() => setAdding(false)}
        onCreated={async (name) => {
          setAdding(false);
          void message.success(t('admin.users.createdMessage', { name }));
          await load();
        }}
      />
    </Flex>
  );
}

interface NewAccountValues {
  name: string;
  email: string;
  role: Role;
  password: string;
}

const accountFields = ['name', 'email', 'role', 'password'] as const;

function NewAccountDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (name: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NewAccountValues>();
  const [general, setGeneral] = useState<string | null>(null);
  const { spinner, run } = useBusy();
  const password = Form.useWatch('password', form) ?? '';
  const strength = passwordStrength(password);

  const submit = (values: NewAccountValues) =>
    run(async () => {
      setGeneral(null);
      try {
        await createAccount({ ...values, name: values.name.trim(), email: values.email.trim() });
        form.resetFields();
        await onCreated(values.name.trim());
      } catch (error) {
        setGeneral(formProblem(form, translatePasswordProblems(error, t), accountFields, t));
      }
    });

  return (
    <Modal
      open={open}
      title={t('admin.users.createTitle')}
      okText={t('admin.users.create')}
      cancelText={t('admin.users.cancel')}
      okButtonProps={{ loading: spinner, htmlType: 'submit' }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NewAccountValues>
        form={form}
        layout="vertical"
        initialValues={{ role: 'agent' }}
        onFinish={(values) => void submit(values)}
        preserve={false}
      >
        <Form.Item
          name="name"
          label={t('admin.users.name')}
          rules={[{ required: true, whitespace: true, message: t('portal.required') }]}
        >
          <Input autoComplete="off" maxLength={200} />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('admin.users.email')}
          rules={[{ required: true, whitespace: true, message: t('portal.required') }]}
        >
          <Input autoComplete="off" spellCheck={false} maxLength={254} />
        </Form.Item>
        <Form.Item name="role" label={t('admin.users.role')}>
          <Select<Role> options={roleKeys.map((r) => ({ value: r, label: t(`complaint.role.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="password"
          label={t('admin.users.password')}
          extra={
            <span>
              {password && (
                <Tag color={strengthColour[strength]} style={{ marginInlineEnd: 6 }}>
                  {t('admin.users.strengthLabel', { level: t(`admin.users.strength.${strength}`) })}
                </Tag>
              )}
              {t('admin.users.passwordHint')}
            </span>
          }
          rules={[{ required: true, message: t('portal.required') }]}
        >
          <Input.Password autoComplete="new-password" maxLength={200} />
        </Form.Item>
        {general && <Typography.Text type="danger">{general}</Typography.Text>}
      </Form>
    </Modal>
  );
}
