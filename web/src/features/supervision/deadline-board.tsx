/**
 * The deadline board: open complaints and, of them, those at risk and breached (each once, by
 * its worst handling clock), and apart the overdue follow-ups and post-mortems of resolved
 * complaints, per owner and per team (the owner's team; "no team" holds unassigned complaints
 * and owners in none), with totals, a chart and tables whose numbers open the queue of those
 * complaints. Updates itself on live events.
 */
import { Alert, Button, Card, Col, Row, Select, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useCallback, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import {
  figureParams,
  queueLink,
  useLiveResource,
  type BoardFigure,
  type DeadlineBoard,
  type OwnerDeadlines,
} from './supervision-api';

type TeamDeadlines = DeadlineBoard['teams'][number];

/** The queue of one team's complaints (its members own them; 'none': no team), as the board counts them. */
function teamQueueLink(teamId: string | null, what: BoardFigure): string {
  const params = figureParams(what);
  params.set('team', teamId ?? 'none');
  return `/complaints?${params.toString()}`;
}

/** The queue of every complaint behind a headline figure. */
const allQueueLink = (what: BoardFigure) => `/complaints?${figureParams(what).toString()}`;

const BoardChart = lazy(() => import('./board-chart'));

const colors = { breached: '#cf1322', atRisk: '#ad4e00', after: '#722ed1' };

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

/** The figures a row of either table counts, in column order, with the colour each is drawn in. */
const figureColumns: {
  key: string;
  figure: BoardFigure;
  field: keyof BoardCounts;
  title: string;
  color?: string;
}[] = [
  { key: 'open', figure: 'open', field: 'open', title: 'supervision.board.open' },
  {
    key: 'atRisk',
    figure: 'atRisk',
    field: 'atRisk',
    title: 'supervision.board.atRisk',
    color: colors.atRisk,
  },
  {
    key: 'breached',
    figure: 'breached',
    field: 'breached',
    title: 'supervision.board.breached',
    color: colors.breached,
  },
  {
    key: 'followUps',
    figure: 'followUps',
    field: 'followUpsOverdue',
    title: 'supervision.board.followUpsOverdue',
    color: colors.after,
  },
  {
    key: 'postMortems',
    figure: 'postMortems',
    field: 'postMortemsOverdue',
    title: 'supervision.board.postMortemsOverdue',
    color: colors.after,
  },
];

/** What each count link says, per table (screen readers hear it instead of the bare number). */
const ownerLabels: Record<BoardFigure, string> = {
  open: 'supervision.board.openOf',
  atRisk: 'supervision.board.atRiskOf',
  breached: 'supervision.board.breachedOf',
  followUps: 'supervision.board.followUpsOf',
  postMortems: 'supervision.board.postMortemsOf',
};
const teamLabels: Record<BoardFigure, string> = {
  open: 'supervision.board.teamOpen',
  atRisk: 'organisation.board.openTeamAtRisk',
  breached: 'organisation.board.openTeamBreached',
  followUps: 'supervision.board.teamFollowUps',
  postMortems: 'supervision.board.teamPostMortems',
};

type BoardCounts = Pick<
  OwnerDeadlines,
  'open' | 'atRisk' | 'breached' | 'followUpsOverdue' | 'postMortemsOverdue'
>;

/** One right-aligned column per figure, each count a link to the queue behind it. */
function countColumns<Row extends BoardCounts>(
  t: TFunction,
  link: (row: Row, figure: BoardFigure) => string,
  label: (row: Row, figure: BoardFigure, count: number) => string,
): ColumnsType<Row> {
  return figureColumns.map((column) => ({
    key: column.key,
    title: t(column.title),
    align: 'right' as const,
    render: (_: unknown, row: Row) => (
      <CountLink
        count={row[column.field]}
        to={link(row, column.figure)}
        color={column.color}
        label={label(row, column.figure, row[column.field])}
      />
    ),
  }));
}

export function DeadlineBoardView() {
  const { t } = useTranslation();
  const board = useLiveResource<DeadlineBoard>('/api/v1/supervision/board');
  // '' all owners, 'none' the owners of no team, else a team id.
  const [teamFilter, setTeamFilter] = useState('');
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
  const { owners: allOwners, teams, totals, generatedAt } = board.data;
  const owners = teamFilter === '' ? allOwners : allOwners.filter((o) => (o.teamId ?? 'none') === teamFilter);
  const teamLabel = (team: { teamId: string | null; teamName: string | null }) =>
    team.teamId ? (team.teamName ?? '') : t('organisation.board.noTeam');
  const headline: { key: string; value: number; color?: string; link: BoardFigure }[] = [
    { key: 'open', value: totals.open, link: 'open' },
    { key: 'breached', value: totals.breached, color: colors.breached, link: 'breached' },
    { key: 'atRisk', value: totals.atRisk, color: colors.atRisk, link: 'atRisk' },
    { key: 'followUpsOverdue', value: totals.followUpsOverdue, color: colors.after, link: 'followUps' },
    { key: 'postMortemsOverdue', value: totals.postMortemsOverdue, color: colors.after, link: 'postMortems' },
  ];

  return (
    <div className="cl-sv-board">
      <Row gutter={[16, 16]}>
        {headline.map((figure) => (
          <Col key={figure.key} xs={12} md={8} xl={4}>
            <Card>
              <Statistic
                title={t(`supervision.board.${figure.key}`)}
                value={figure.value}
                styles={{ content: { color: figure.value && figure.color ? figure.color : undefined } }}
                formatter={() =>
                  figure.value > 0 && figure.key !== 'open' ? (
                    <Link
                      to={allQueueLink(figure.link)}
                      className="cl-sv-count"
                      style={{ color: figure.color, fontSize: 'inherit' }}
                      aria-label={t('supervision.board.showAll', {
                        what: t(`supervision.board.${figure.key}`),
                        count: figure.value,
                      })}
                    >
                      {figure.value}
                    </Link>
                  ) : (
                    figure.value
                  )
                }
              />
            </Card>
          </Col>
        ))}
        <Col xs={12} md={8} xl={4}>
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
      <Typography.Paragraph className="cl-sv-summary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('supervision.board.summary', {
          open: totals.open,
          breached: totals.breached,
          atRisk: totals.atRisk,
          onTrack: Math.max(0, totals.open - totals.breached - totals.atRisk),
        })}
        {t('supervision.board.summaryAfter', {
          followUps: totals.followUpsOverdue,
          postMortems: totals.postMortemsOverdue,
        })}
      </Typography.Paragraph>

      {owners.length > 0 && (
        <Card title={t('supervision.board.chartTitle')} style={{ marginTop: 16 }}>
          <Suspense fallback={<Skeleton active />}>
            <BoardChart owners={owners} ownerLabel={ownerLabel} />
          </Suspense>
        </Card>
      )}

      {teams.some((team) => team.teamId !== null) && (
        <Card title={t('organisation.board.byTeam')} style={{ marginTop: 16 }}>
          <Table<TeamDeadlines>
            className="cl-sv-table"
            rowKey={(team) => team.teamId ?? 'none'}
            dataSource={teams}
            pagination={false}
            size="middle"
            columns={[
              {
                key: 'team',
                title: t('organisation.board.team'),
                render: (_, team) => (
                  <Typography.Text strong type={team.teamId ? undefined : 'secondary'}>
                    {teamLabel(team)}
                  </Typography.Text>
                ),
              },
              ...countColumns<TeamDeadlines>(
                t,
                (team, figure) => teamQueueLink(team.teamId, figure),
                (team, figure) => t(teamLabels[figure], { team: teamLabel(team) }),
              ),
              {
                key: 'oldest',
                title: t('supervision.board.oldestBreach'),
                render: (_, team) =>
                  team.oldestBreachDueAt ? <When at={team.oldestBreachDueAt} show="relative" /> : '—',
              },
            ]}
          />
        </Card>
      )}

      <Card
        title={t('supervision.board.byOwner')}
        style={{ marginTop: 16 }}
        extra={
          teams.some((team) => team.teamId !== null) && (
            <Select<string>
              aria-label={t('organisation.board.teamFilter')}
              value={teamFilter}
              style={{ minWidth: 180 }}
              onChange={setTeamFilter}
              options={[
                { value: '', label: t('organisation.board.allTeams') },
                ...teams.map((team) => ({ value: team.teamId ?? 'none', label: teamLabel(team) })),
              ]}
            />
          )
        }
      >
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
              key: 'team',
              title: t('organisation.board.team'),
              render: (_, o) =>
                o.teamId ? o.teamName : <Typography.Text type="secondary">—</Typography.Text>,
            },
            ...countColumns<OwnerDeadlines>(
              t,
              (o, figure) => queueLink(o.ownerId, figure),
              (o, figure, count) => t(ownerLabels[figure], { owner: ownerLabel(o), count }),
            ),
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
