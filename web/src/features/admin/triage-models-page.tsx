/**
 * Triage models (admin): the shipped model and those retrained with agents' corrections, their
 * scores before and after on the same held-out split, and which one every process runs.
 * Retrain stores a new model; Activate switches to it; Switch back returns to the shipped one.
 */
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, session } from '../../api/client';
import { problemText } from '../../ui/problem';
import { When } from '../../ui/when';

interface Axis {
  count: number;
  accuracy: number;
  macroF1: number;
}
interface Scores {
  category: Axis;
  emotion: Axis;
  negative: Axis;
  corrections: { category: Axis; emotion: Axis };
}
interface Metrics {
  trainedOn: string;
  trainingRows: number;
  corrections: { total: number; training: number; heldOut: number; weight: number };
  heldOut: { corpusRows: number; correctionRows: number };
  before: { version: string; scores: Scores };
  after: { version: string; scores: Scores };
  beatsActive: boolean;
  milliseconds: number;
}
interface TriageModel {
  version: string;
  origin: 'shipped' | 'retrained';
  active: boolean;
  createdAt: string | null;
  createdBy: { id: string; name: string | null } | null;
  metrics: Metrics | null;
  switches: { action: 'activated' | 'deactivated'; at: string; byId: string | null }[];
}
interface Retrained {
  version: string;
  created: boolean;
  active: boolean;
  metrics: Metrics;
}

interface AxisRow {
  axis: string;
  before: Axis;
  after: Axis;
}

const percent = (axis: Axis) => (axis.count === 0 ? '—' : `${(axis.macroF1 * 100).toFixed(1)}`);

/** "92.8 → 95.0" (macro-F1 × 100), green when it rose, red when it fell. */
function Change({ before, after }: { before: Axis; after: Axis }) {
  if (after.count === 0) return <>—</>;
  // Compared as shown (one decimal), so an unchanged figure is never coloured.
  const shown = (axis: Axis) => Math.round(axis.macroF1 * 1000);
  const color =
    shown(after) > shown(before) ? '#389e0d' : shown(after) < shown(before) ? '#cf1322' : undefined;
  return (
    <span style={{ color, whiteSpace: 'nowrap' }}>
      {percent(before)} → {percent(after)}
    </span>
  );
}

export function TriageModelsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isAdmin = session.user()?.role === 'admin';
  const [models, setModels] = useState<TriageModel[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [lastRetrain, setLastRetrain] = useState<Retrained | null>(null);

  const load = useCallback(async () => {
    const answer = await api<{ activeVersion: string; items: TriageModel[] }>('/api/v1/triage/models');
    setModels(answer.items);
  }, []);
  useEffect(() => {
    if (isAdmin) load().catch((error: unknown) => setProblem(problemText(error, t)));
  }, [isAdmin, load, t]);

  if (!isAdmin) return <Alert type="info" showIcon title={t('triageModels.adminOnly')} />;

  const run = async (key: string, action: () => Promise<void>) => {
    setBusy(key);
    setProblem(null);
    try {
      await action();
      await load();
    } catch (error) {
      setProblem(problemText(error, t));
    } finally {
      setBusy(null);
    }
  };
  const retrain = (activate: boolean) =>
    run(activate ? 'retrain-activate' : 'retrain', async () => {
      const answer = await api<Retrained>('/api/v1/triage/models/retrain', {
        method: 'POST',
        body: { activate },
      });
      setLastRetrain(answer);
      void message.success(
        t(answer.active ? 'triageModels.retrainedActive' : 'triageModels.retrained', {
          version: answer.version,
        }),
      );
    });
  const activate = (version: string) =>
    run(version, async () => {
      const answer = await api<{ version: string; origin: string }>(
        `/api/v1/triage/models/${encodeURIComponent(version)}/activate`,
        { method: 'POST' },
      );
      void message.success(t('triageModels.activated', { version: answer.version }));
    });

  const active = models?.find((model) => model.active);
  const shipped = models?.find((model) => model.origin === 'shipped');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('triageModels.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0, maxWidth: 900 }}>
        {t('triageModels.intro')}
      </Typography.Paragraph>
      {problem && <Alert type="error" showIcon title={problem} />}
      {active && (
        <Alert
          type={active.origin === 'shipped' ? 'info' : 'success'}
          showIcon
          title={t('triageModels.activeNow', {
            version: active.version,
            origin: t(`triageModels.origin.${active.origin}`),
          })}
        />
      )}
      <Space wrap>
        <Button
          type="primary"
          loading={busy === 'retrain'}
          disabled={busy !== null}
          onClick={() => void retrain(false)}
        >
          {t('triageModels.retrain')}
        </Button>
        <Popconfirm title={t('triageModels.retrainActivateConfirm')} onConfirm={() => void retrain(true)}>
          <Button loading={busy === 'retrain-activate'} disabled={busy !== null}>
            {t('triageModels.retrainActivate')}
          </Button>
        </Popconfirm>
        {shipped && !shipped.active && (
          <Popconfirm title={t('triageModels.switchBackConfirm')} onConfirm={() => void activate('shipped')}>
            <Button danger loading={busy === 'shipped'} disabled={busy !== null}>
              {t('triageModels.switchBack')}
            </Button>
          </Popconfirm>
        )}
        {busy?.startsWith('retrain') && (
          <Typography.Text type="secondary">{t('triageModels.training')}</Typography.Text>
        )}
      </Space>
      {lastRetrain && (
        <Card size="small" title={t('triageModels.lastRetrain', { version: lastRetrain.version })}>
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('triageModels.verdict')}>
              <Tag color={lastRetrain.metrics.beatsActive ? 'green' : 'orange'}>
                {t(lastRetrain.metrics.beatsActive ? 'triageModels.beats' : 'triageModels.doesNotBeat', {
                  version: lastRetrain.metrics.before.version,
                })}
              </Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('triageModels.trainedOnRows')}>
              {t('triageModels.rows', {
                rows: lastRetrain.metrics.trainingRows,
                corrections: lastRetrain.metrics.corrections.training,
                weight: lastRetrain.metrics.corrections.weight,
                heldOut: lastRetrain.metrics.heldOut.corpusRows,
                heldOutCorrections: lastRetrain.metrics.heldOut.correctionRows,
                seconds: (lastRetrain.metrics.milliseconds / 1000).toFixed(1),
              })}
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            pagination={false}
            rowKey="axis"
            dataSource={(
              [
                ['category', (s: Scores) => s.category],
                ['emotion', (s: Scores) => s.emotion],
                ['negative', (s: Scores) => s.negative],
                ['correctionsCategory', (s: Scores) => s.corrections.category],
                ['correctionsEmotion', (s: Scores) => s.corrections.emotion],
              ] as const
            ).map(([axis, pick]) => ({
              axis,
              before: pick(lastRetrain.metrics.before.scores),
              after: pick(lastRetrain.metrics.after.scores),
            }))}
            columns={[
              {
                title: t('triageModels.axis'),
                dataIndex: 'axis',
                render: (axis: string) => t(`triageModels.axes.${axis}`),
              },
              {
                title: t('triageModels.rowsScored'),
                key: 'count',
                render: (_: unknown, row: AxisRow) => row.after.count,
              },
              {
                title: t('triageModels.accuracyBeforeAfter'),
                key: 'accuracy',
                render: (_: unknown, row: AxisRow) =>
                  row.after.count === 0
                    ? '—'
                    : `${(row.before.accuracy * 100).toFixed(1)} → ${(row.after.accuracy * 100).toFixed(1)}`,
              },
              {
                title: t('triageModels.macroF1BeforeAfter'),
                key: 'f1',
                render: (_: unknown, row: AxisRow) => <Change before={row.before} after={row.after} />,
              },
            ]}
          />
        </Card>
      )}
      <Table
        size="small"
        loading={models === null && problem === null}
        rowKey={(model) => `${model.origin}:${model.version}`}
        dataSource={models ?? []}
        pagination={false}
        columns={[
          {
            title: t('triageModels.version'),
            key: 'version',
            render: (_: unknown, model: TriageModel) => (
              <Space size={4} wrap>
                <Typography.Text code>{model.version}</Typography.Text>
                <Tag>{t(`triageModels.origin.${model.origin}`)}</Tag>
                {model.active && <Tag color="green">{t('triageModels.active')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('triageModels.created'),
            key: 'created',
            render: (_: unknown, model: TriageModel) =>
              model.createdAt ? (
                <Space size={4} wrap>
                  <When at={model.createdAt} />
                  <Typography.Text type="secondary">
                    {model.createdBy?.name ?? t('triageModels.byCli')}
                  </Typography.Text>
                </Space>
              ) : (
                t('triageModels.withRelease')
              ),
          },
          {
            title: t('triageModels.corrections'),
            key: 'corrections',
            render: (_: unknown, model: TriageModel) =>
              model.metrics
                ? t('triageModels.correctionCounts', {
                    training: model.metrics.corrections.training,
                    heldOut: model.metrics.corrections.heldOut,
                  })
                : '—',
          },
          ...(['category', 'emotion'] as const).map((axis) => ({
            title: t(`triageModels.f1Column.${axis}`),
            key: axis,
            render: (_: unknown, model: TriageModel) =>
              model.metrics ? (
                <Change before={model.metrics.before.scores[axis]} after={model.metrics.after.scores[axis]} />
              ) : (
                '—'
              ),
          })),
          {
            title: t('triageModels.f1Column.corrections'),
            key: 'heldOutCorrections',
            render: (_: unknown, model: TriageModel) =>
              model.metrics ? (
                <Change
                  before={model.metrics.before.scores.corrections.category}
                  after={model.metrics.after.scores.corrections.category}
                />
              ) : (
                '—'
              ),
          },
          {
            title: t('triageModels.comparedWith'),
            key: 'before',
            render: (_: unknown, model: TriageModel) =>
              model.metrics ? (
                <Space size={4} wrap>
                  <Typography.Text code>{model.metrics.before.version}</Typography.Text>
                  <Tag color={model.metrics.beatsActive ? 'green' : 'orange'}>
                    {t(model.metrics.beatsActive ? 'triageModels.better' : 'triageModels.notBetter')}
                  </Tag>
                </Space>
              ) : (
                '—'
              ),
          },
          {
            title: '',
            key: 'actions',
            render: (_: unknown, model: TriageModel) =>
              model.active ? null : (
                <Popconfirm
                  title={t(
                    model.origin === 'shipped'
                      ? 'triageModels.switchBackConfirm'
                      : 'triageModels.activateConfirm',
                    {
                      version: model.version,
                    },
                  )}
                  onConfirm={() => void activate(model.origin === 'shipped' ? 'shipped' : model.version)}
                >
                  <Button size="small" loading={busy === model.version} disabled={busy !== null}>
                    {t(model.origin === 'shipped' ? 'triageModels.switchBack' : 'triageModels.activate')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Flex>
  );
}

export default TriageModelsPage;
