/**
 * Teams (admin): add one, rename it in place, deactivate or reactivate it. Members are set on
 * the Users tab; the supervisors count says who a team's escalations reach.
 */
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { problemText } from '../../ui/problem';
import { useBusy } from '../complaints/use-busy';
import { changeTeam, createTeam, useTeams, type Team } from './teams-api';

export function TeamsPanel() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [version, setVersion] = useState(0);
  const teams = useTeams(version);
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<Team | null>(null);
  const { spinner, run } = useBusy();
  const reload = () => setVersion((v) => v + 1);
  const say = (error: unknown) =>
    void message.error(
      error instanceof ApiError && error.problem.code === 'team.name_taken'
        ? t('organisation.teams.nameTaken')
        : problemText(error, t),
    );

  const add = () =>
    run(async () => {
      try {
        const created = await createTeam(name.trim());
        setName('');
        void message.success(t('organisation.teams.created', { name: created.name }));
        reload();
      } catch (error) {
        say(error);
      }
    });

  const setActive = (team: Team, active: boolean) =>
    run(async () => {
      try {
        await changeTeam(team.id, { active });
        void message.success(
          t(active ? 'organisation.teams.reactivated' : 'organisation.teams.deactivated', {
            name: team.name,
          }),
        );
        reload();
      } catch (error) {
        say(error);
      }
    });

  const columns = [
    { key: 'name', title: t('organisation.teams.name'), dataIndex: 'name' },
    { key: 'members', title: t('organisation.teams.members'), dataIndex: 'members' },
    { key: 'supervisors', title: t('organisation.teams.supervisors'), dataIndex: 'supervisors' },
    {
      key: 'status',
      title: t('organisation.teams.status'),
      render: (_: unknown, team: Team) =>
        team.active ? (
          <Tag color="green">{t('organisation.teams.active')}</Tag>
        ) : (
          <Tag>{t('organisation.teams.inactive')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('organisation.teams.actions'),
      render: (_: unknown, team: Team) => (
        <Flex gap={8}>
          <Button size="small" onClick={() => setRenaming(team)}>
            {t('organisation.teams.rename')}
          </Button>
          {team.active ? (
            <Popconfirm
              title={t('organisation.teams.confirmDeactivate', { name: team.name })}
              okText={t('organisation.teams.deactivate')}
              cancelText={t('organisation.teams.cancel')}
              onConfirm={() => void setActive(team, false)}
            >
              <Button size="small" danger>
                {t('organisation.teams.deactivate')}
              </Button>
            </Popconfirm>
          ) : (
            <Button size="small" onClick={() => void setActive(team, true)}>
              {t('organisation.teams.reactivate')}
            </Button>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('organisation.teams.intro')}
      </Typography.Paragraph>
      <Form layout="inline" onFinish={() => void add()}>
        <Form.Item label={t('organisation.teams.newName')} htmlFor="new-team-name">
          <Input
            id="new-team-name"
            value={name}
            maxLength={100}
            onChange={(e) => setName(e.target.value)}
            style={{ width: 240 }}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" disabled={!name.trim()} loading={spinner}>
          {t('organisation.teams.add')}
        </Button>
      </Form>
      <Table<Team>
        rowKey="id"
        size="middle"
        loading={teams === null}
        dataSource={teams ?? []}
        columns={columns}
        pagination={false}
        locale={{ emptyText: t('organisation.teams.empty') }}
        scroll={{ x: 'max-content' }}
      />
      <RenameDialog
        team={renaming}
        onClose={() => setRenaming(null)}
        onRenamed={(team) => {
          setRenaming(null);
          void message.success(t('organisation.teams.renamed', { name: team.name }));
          reload();
        }}
        onError={say}
      />
    </Flex>
  );
}

function RenameDialog({
  team,
  onClose,
  onRenamed,
  onError,
}: {
  team: Team | null;
  onClose: () => void;
  onRenamed: (team: Team) => void;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const { spinner, run } = useBusy();
  const save = () =>
    run(async () => {
      if (!team) return;
      try {
        onRenamed(await changeTeam(team.id, { name: name.trim() }));
      } catch (error) {
        onError(error);
      }
    });
  return (
    <Modal
      open={team !== null}
      title={team ? t('organisation.teams.renameTitle', { name: team.name }) : ''}
      okText={t('organisation.teams.save')}
      cancelText={t('organisation.teams.cancel')}
      okButtonProps={{ loading: spinner, disabled: !name.trim() }}
      onOk={() => void save()}
      onCancel={onClose}
      afterOpenChange={(open) => open && setName(team?.name ?? '')}
      destroyOnHidden
    >
      <Input
        aria-label={t('organisation.teams.name')}
        value={name}
        maxLength={100}
        onChange={(e) => setName(e.target.value)}
        onPressEnter={() => void save()}
      />
    </Modal>
  );
}
