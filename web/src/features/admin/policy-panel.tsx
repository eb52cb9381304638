/**
 * The deadline policy: base targets (CONTRACT.md §8 by default) and rules that change some
 * targets for a category, severity or tier. Saving makes a new version; complaints already
 * open keep theirs, so the page says so before saving.
 */
import {
  Alert,
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import { problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import { categories, severities, tiers } from '../../api/vocabulary';

type Complexity = 'ordinary' | 'complex';
interface Targets {
  firstResponseHours: number;
  resolutionBusinessDays: Record<Complexity, number>;
  progressUpdateEveryHours: Record<Complexity, number | null>;
  followUpHours: number;
  postMortemHours: number;
  warnAtShare?: number;
}
interface Rule {
  when: { category?: string; severity?: string; tier?: string };
  set: {
    firstResponseHours?: number;
    resolutionBusinessDays?: Partial<Record<Complexity, number>>;
    followUpHours?: number;
    postMortemHours?: number;
  };
}
interface PolicyVersion {
  version: number;
  current: boolean;
  note: string | null;
  createdAt: string;
  policy: { base: Targets; rules: Rule[] };
}

/** Drops empty cells so a rule sends only the targets it changes. */
function cleanRule(rule: Rule): Rule {
  const when = Object.fromEntries(Object.entries(rule.when).filter(([, v]) => v)) as Rule['when'];
  const days = Object.fromEntries(
    Object.entries(rule.set.resolutionBusinessDays ?? {}).filter(([, v]) => typeof v === 'number'),
  );
  const set: Rule['set'] = {};
  if (typeof rule.set.firstResponseHours === 'number') set.firstResponseHours = rule.set.firstResponseHours;
  if (Object.keys(days).length) set.resolutionBusinessDays = days;
  if (typeof rule.set.followUpHours === 'number') set.followUpHours = rule.set.followUpHours;
  if (typeof rule.set.postMortemHours === 'number') set.postMortemHours = rule.set.postMortemHours;
  return { when, set };
}

/** The note the server gives the first version (src/store/deadline-policy-repository.ts). */
const shippedNote = 'CONTRACT.md §8 defaults';

export function PolicyPanel({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [versions, setVersions] = useState<PolicyVersion[] | null>(null);
  const [base, setBase] = useState<Targets | null>(null);
  const [rules, setRules] = useState<Rule[]>([]);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const load = useCallback(async () => {
    const answer = await api<{ items: PolicyVersion[] }>('/api/v1/deadline-policies');
    setVersions(answer.items);
    const current = answer.items.find((v) => v.current) ?? answer.items[0];
    if (current) {
      setBase(current.policy.base);
      setRules(current.policy.rules);
    }
  }, []);
  useEffect(() => {
    load().catch((error: unknown) => setProblem(problemText(error, t)));
  }, [load, t]);

  if (!versions || !base) return problem ? <Alert type="error" showIcon title={problem} /> : null;
  const current = versions.find((v) => v.current);

  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const saved = await api<PolicyVersion>('/api/v1/deadline-policies', {
        method: 'POST',
        body: { policy: { base, rules: rules.map(cleanRule) }, note: note.trim() || undefined },
      });
      void message.success(t('deadlines.saved', { version: saved.version }));
      setNote('');
      await load();
    } catch (error) {
      const fields = error instanceof ApiError ? error.problem.errors : undefined;
      setProblem(
        fields?.length ? fields.map((f) => `${f.path}: ${f.message}`).join('; ') : problemText(error, t),
      );
    } finally {
      setSaving(false);
    }
  };

  const setRule = (index: number, change: (rule: Rule) => Rule) =>
    setRules((list) => list.map((rule, i) => (i === index ? change(rule) : rule)));
  const hours = (
    value: number | null | undefined,
    onChange: (v: number | undefined) => void,
    label: string,
  ) => (
    <InputNumber
      aria-label={label}
      min={0.5}
      max={8760}
      step={1}
      value={value ?? null}
      disabled={!editable}
      onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
      style={{ width: 96 }}
    />
  );
  const days = (value: number | undefined, onChange: (v: number | undefined) => void, label: string) => (
    <InputNumber
      aria-label={label}
      min={1}
      max={250}
      precision={0}
      value={value ?? null}
      disabled={!editable}
      onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
      style={{ width: 80 }}
    />
  );
  const choose = (
    value: string | undefined,
    options: readonly string[],
    labelKey: string,
    onChange: (v: string | undefined) => void,
    label: string,
  ) => (
    <Select
      aria-label={label}
      allowClear
      placeholder={t('deadlines.any')}
      value={value}
      disabled={!editable}
      onChange={(v: string | undefined) => onChange(v)}
      options={options.map((o) => ({ value: o, label: t(`${labelKey}.${o}`) }))}
      style={{ width: 150 }}
    />
  );

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('deadlines.base')}>
        <Form layout="inline">
          <Form.Item label={t('deadlines.firstResponseHours')}>
            {hours(
              base.firstResponseHours,
              (v) => setBase({ ...base, firstResponseHours: v ?? 0 }),
              t('deadlines.firstResponseHours'),
            )}
          </Form.Item>
          <Form.Item label={t('deadlines.ordinaryDays')}>
            {days(
              base.resolutionBusinessDays.ordinary,
              (v) =>
                setBase({
                  ...base,
                  resolutionBusinessDays: { ...base.resolutionBusinessDays, ordinary: v ?? 0 },
                }),
              t('deadlines.ordinaryDays'),
            )}
          </Form.Item>
          <Form.Item label={t('deadlines.complexDays')}>
            {days(
              base.resolutionBusinessDays.complex,
              (v) =>
                setBase({
                  ...base,
                  resolutionBusinessDays: { ...base.resolutionBusinessDays, complex: v ?? 0 },
                }),
              t('deadlines.complexDays'),
            )}
          </Form.Item>
          <Form.Item label={t('deadlines.progressHours')}>
            {hours(
              base.progressUpdateEveryHours.complex,
              (v) =>
                setBase({
                  ...base,
                  progressUpdateEveryHours: { ...base.progressUpdateEveryHours, complex: v ?? null },
                }),
              t('deadlines.progressHours'),
            )}
          </Form.Item>
          <Form.Item label={t('deadlines.followUpHours')}>
            {hours(
              base.followUpHours,
              (v) => setBase({ ...base, followUpHours: v ?? 0 }),
              t('deadlines.followUpHours'),
            )}
          </Form.Item>
          <Form.Item label={t('deadlines.warnAt')}>
            <InputNumber
              aria-label={t('deadlines.warnAt')}
              min={10}
              max={95}
              precision={0}
              suffix="%"
              disabled={!editable}
              value={Math.round((base.warnAtShare ?? 0.75) * 100)}
              onChange={(v) => setBase({ ...base, warnAtShare: typeof v === 'number' ? v / 100 : undefined })}
              style={{ width: 96 }}
            />
          </Form.Item>
          <Form.Item label={t('deadlines.postMortemHours')}>
            {hours(
              base.postMortemHours,
              (v) => setBase({ ...base, postMortemHours: v ?? 0 }),
              t('deadlines.postMortemHours'),
            )}
          </Form.Item>
        </Form>
      </Card>

      <Card
        size="small"
        title={t('deadlines.rules')}
        extra={
          editable && (
            <Button size="small" onClick={() => setRules([...rules, { when: {}, set: {} }])}>
              {t('deadlines.addRule')}
            </Button>
          )
        }
      >
        <Typography.Paragraph type="secondary">{t('deadlines.rulesHelp')}</Typography.Paragraph>
        <Table<Rule & { key: number }>
          size="small"
          pagination={false}
          scroll={{ x: true }}
          dataSource={rules.map((rule, key) => ({ ...rule, key }))}
          locale={{ emptyText: t('deadlines.noRules') }}
          columns={[
            {
              title: t('deadlines.category'),
              render: (_, rule) =>
                choose(
                  rule.when.category,
                  categories,
                  'category',
                  (v) => setRule(rule.key, (r) => ({ ...r, when: { ...r.when, category: v } })),
                  t('deadlines.category'),
                ),
            },
            {
              title: t('deadlines.severity'),
              render: (_, rule) =>
                choose(
                  rule.when.severity,
                  severities,
                  'severity',
                  (v) => setRule(rule.key, (r) => ({ ...r, when: { ...r.when, severity: v } })),
                  t('deadlines.severity'),
                ),
            },
            {
              title: t('deadlines.tier'),
              render: (_, rule) =>
                choose(
                  rule.when.tier,
                  tiers,
                  'tier',
                  (v) => setRule(rule.key, (r) => ({ ...r, when: { ...r.when, tier: v } })),
                  t('deadlines.tier'),
                ),
            },
            {
              title: t('deadlines.firstResponseHours'),
              render: (_, rule) =>
                hours(
                  rule.set.firstResponseHours,
                  (v) => setRule(rule.key, (r) => ({ ...r, set: { ...r.set, firstResponseHours: v } })),
                  t('deadlines.firstResponseHours'),
                ),
            },
            {
              title: t('deadlines.ordinaryDays'),
              render: (_, rule) =>
                days(
                  rule.set.resolutionBusinessDays?.ordinary,
                  (v) =>
                    setRule(rule.key, (r) => ({
                      ...r,
                      set: {
                        ...r.set,
                        resolutionBusinessDays: { ...r.set.resolutionBusinessDays, ordinary: v },
                      },
                    })),
                  t('deadlines.ordinaryDays'),
                ),
            },
            {
              title: t('deadlines.complexDays'),
              render: (_, rule) =>
                days(
                  rule.set.resolutionBusinessDays?.complex,
                  (v) =>
                    setRule(rule.key, (r) => ({
                      ...r,
                      set: {
                        ...r.set,
                        resolutionBusinessDays: { ...r.set.resolutionBusinessDays, complex: v },
                      },
                    })),
                  t('deadlines.complexDays'),
                ),
            },
            {
              title: '',
              render: (_, rule) =>
                editable && (
                  <Button
                    size="small"
                    danger
                    onClick={() => setRules(rules.filter((_, i) => i !== rule.key))}
                  >
                    {t('deadlines.removeRule')}
                  </Button>
                ),
            },
          ]}
        />
      </Card>

      {problem && <Alert type="error" showIcon title={t('deadlines.notSaved')} description={problem} />}
      {editable && (
        <Flex gap={8} align="center" wrap>
          <Input
            aria-label={t('deadlines.note')}
            placeholder={t('deadlines.note')}
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            style={{ maxWidth: 420 }}
          />
          <Button type="primary" loading={saving} onClick={() => void save()}>
            {t('deadlines.saveVersion', { version: (current?.version ?? 0) + 1 })}
          </Button>
          <Typography.Text type="secondary">{t('deadlines.keepsVersion')}</Typography.Text>
        </Flex>
      )}

      <Card size="small" title={t('deadlines.versions')}>
        {versions.map((v) => (
          <Flex key={v.version} gap={8} align="center" wrap style={{ paddingBlock: 4 }}>
            <Typography.Text strong>v{v.version}</Typography.Text>
            {v.current && <Tag color="green">{t('deadlines.current')}</Tag>}
            <When at={v.createdAt} />
            <Typography.Text type="secondary">
              {v.note === shippedNote && v.policy.rules.length === 0 ? (
                t('deadlines.shippedVersion', {
                  hours: v.policy.base.firstResponseHours,
                  ordinary: v.policy.base.resolutionBusinessDays.ordinary,
                  complex: v.policy.base.resolutionBusinessDays.complex,
                })
              ) : (
                <>
                  {t('deadlines.ruleCount', { count: v.policy.rules.length })}
                  {v.note ? ` · ${v.note}` : ''}
                </>
              )}
            </Typography.Text>
          </Flex>
        ))}
      </Card>
    </Flex>
  );
}
