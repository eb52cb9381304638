/**
 * The remedy matrix (admin, PRODUCT.md R4): for each severity, and optionally a category,
 * the remedies agents are offered as suggestions, with bilingual labels. Edited as a
 * table and saved whole; the server lists every problem, shown beside its cell.
 */
import { Alert, App, Button, Flex, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, session } from '../../api/client';
import type { Remedy, RemedyMatrix, RemedyMatrixRow } from '../../api/types';
import { PageLoading } from '../../ui/page-loading';
import { problemText } from '../../ui/problem';
import { formatInstant } from '../../ui/when';
import { useBusy } from '../complaints/use-busy';
import { categories, severities } from '../../api/vocabulary';

const kinds: readonly Remedy['kind'][] = [
  'apology',
  'coupon',
  'refund',
  'replacement',
  'redo_service',
  'upgrade',
  'compensation',
  'other',
];

/** The form's row: a category of '' stands for "every category" (null on the wire). */
interface RowValues {
  severity: RemedyMatrixRow['severity'];
  category: RemedyMatrixRow['category'] | '';
  kind: RemedyMatrixRow['kind'];
  amount: number | null;
  currency: string;
  label: { 'zh-CN': string; 'en-US': string };
}

const toValues = (rows: readonly RemedyMatrixRow[]): RowValues[] =>
  rows.map((r) => ({ ...r, category: r.category ?? '' }));

export function RemedyMatrixPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const isAdmin = session.user()?.role === 'admin';
  const [matrix, setMatrix] = useState<RemedyMatrix | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [form] = Form.useForm<{ rows: RowValues[] }>();
  const { spinner, run } = useBusy();

  const load = useCallback(async () => {
    try {
      const loaded = await api<RemedyMatrix>('/api/v1/remedy-matrix');
      setMatrix(loaded);
      form.setFieldsValue({ rows: toValues(loaded.rows) });
    } catch (e) {
      setLoadError(e);
    }
  }, [form]);

  useEffect(() => {
    void load();
  }, [load]);

  const save = ({ rows }: { rows: RowValues[] }) =>
    run(async () => {
      setProblems([]);
      try {
        const saved = await api<RemedyMatrix>('/api/v1/remedy-matrix', {
          method: 'PUT',
          body: {
            rows: rows.map((r) => ({
              ...r,
              category: r.category === '' ? null : r.category,
              amount: r.amount ?? null,
              currency: r.currency?.trim() ? r.currency.trim().toUpperCase() : null,
            })),
          },
        });
        setMatrix(saved);
        form.setFieldsValue({ rows: toValues(saved.rows) });
        void message.success(t('stepTwoThree.matrix.saved'));
      } catch (e) {
        if (!(e instanceof ApiError) || !e.problem.errors?.length) {
          setProblems([problemText(e, t)]);
          return;
        }
        // `rows.3.kind` goes beside that cell; what names no cell (`rows`) goes above the table.
        const rest: string[] = [];
        const cells = new Map<string, { name: (string | number)[]; errors: string[] }>();
        for (const { path, message: text } of e.problem.errors) {
          const parts = path.split('.');
          if (parts.length >= 3 && parts[0] === 'rows' && /^\d+$/.test(parts[1]!)) {
            const name = ['rows', Number(parts[1]), ...parts.slice(2)];
            const key = name.join('.');
            const cell = cells.get(key) ?? { name, errors: [] };
            cell.errors.push(text);
            cells.set(key, cell);
          } else {
            rest.push(text);
          }
        }
        // The paths come from the server's answer, so their exact tuple type is not known here.
        form.setFields([...cells.values()] as Parameters<typeof form.setFields>[0]);
        setProblems(rest.length ? rest : [e.problem.detail]);
      }
    });

  if (!isAdmin) return <Alert type="info" showIcon title={t('stepTwoThree.matrix.adminOnly')} />;
  if (!matrix) {
    return loadError ? <Alert type="error" showIcon title={problemText(loadError, t)} /> : <PageLoading />;
  }

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('stepTwoThree.matrix.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('stepTwoThree.matrix.intro')}
      </Typography.Paragraph>
      <Typography.Text>
        {matrix.source === 'default' || !matrix.updatedAt
          ? t('stepTwoThree.matrix.shipped')
          : t('stepTwoThree.matrix.savedBy', {
              name: matrix.updatedBy?.name ?? t('complaint.someone'),
              at: formatInstant(matrix.updatedAt),
            })}
      </Typography.Text>
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('stepTwoThree.matrix.notSaved')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {problems.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form<{ rows: RowValues[] }>
        form={form}
        onFinish={(v) => void save(v)}
        aria-label={t('stepTwoThree.matrix.title')}
        requiredMark={false}
      >
        <Form.List name="rows">
          {(fields, { add, remove, move }) => (
            <>
              <Table
                size="small"
                pagination={false}
                rowKey="key"
                scroll={{ x: 1100 }}
                dataSource={fields}
                columns={[
                  {
                    title: t('stepTwoThree.matrix.severity'),
                    width: 110,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'severity']} style={{ margin: 0 }}>
                        <Select
                          aria-label={t('stepTwoThree.matrix.severity')}
                          options={severities.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('stepTwoThree.matrix.category'),
                    width: 150,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'category']} style={{ margin: 0 }}>
                        <Select
                          aria-label={t('stepTwoThree.matrix.category')}
                          options={[
                            { value: '', label: t('stepTwoThree.matrix.everyCategory') },
                            ...categories.map((c) => ({ value: c, label: t(`category.${c}`) })),
                          ]}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('stepTwoThree.matrix.kind'),
                    width: 130,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'kind']} style={{ margin: 0 }}>
                        <Select
                          aria-label={t('stepTwoThree.matrix.kind')}
                          options={kinds.map((k) => ({ value: k, label: t(`remedyKind.${k}`) }))}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('stepTwoThree.matrix.amount'),
                    width: 110,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'amount']} style={{ margin: 0 }}>
                        <InputNumber<number>
                          aria-label={t('stepTwoThree.matrix.amount')}
                          min={0}
                          precision={2}
                          style={{ width: '100%' }}
                        />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('stepTwoThree.matrix.currency'),
                    width: 80,
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'currency']} style={{ margin: 0 }}>
                        <Input aria-label={t('stepTwoThree.matrix.currency')} maxLength={3} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('stepTwoThree.matrix.labelZh'),
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'label', 'zh-CN']} style={{ margin: 0 }}>
                        <Input aria-label={t('stepTwoThree.matrix.labelZh')} maxLength={200} />
                      </Form.Item>
                    ),
                  },
                  {
                    title: t('stepTwoThree.matrix.labelEn'),
                    render: (_, field) => (
                      <Form.Item name={[field.name, 'label', 'en-US']} style={{ margin: 0 }}>
                        <Input aria-label={t('stepTwoThree.matrix.labelEn')} maxLength={200} />
                      </Form.Item>
                    ),
                  },
                  {
                    width: 150,
                    render: (_, field, index) => (
                      <Flex gap={4}>
                        <Button size="small" disabled={index === 0} onClick={() => move(index, index - 1)}>
                          {t('stepTwoThree.matrix.moveUp')}
                        </Button>
                        <Button size="small" danger onClick={() => remove(field.name)}>
                          {t('stepTwoThree.matrix.remove')}
                        </Button>
                      </Flex>
                    ),
                  },
                ]}
              />
              <Flex gap={8} wrap style={{ marginTop: 12 }}>
                <Button
                  onClick={() =>
                    add({
                      severity: 'minor',
                      category: '',
                      kind: 'apology',
                      amount: null,
                      currency: 'CNY',
                      label: { 'zh-CN': '', 'en-US': '' },
                    } satisfies RowValues)
                  }
                >
                  {t('stepTwoThree.matrix.addRow')}
                </Button>
                <Button onClick={() => form.setFieldsValue({ rows: toValues(matrix.defaults) })}>
                  {t('stepTwoThree.matrix.loadDefaults')}
                </Button>
                <Button
                  type="primary"
                  htmlType="submit"
                  loading={spinner}
                  style={{ marginInlineStart: 'auto' }}
                >
                  {t('stepTwoThree.matrix.save')}
                </Button>
              </Flex>
            </>
          )}
        </Form.List>
      </Form>
    </Flex>
  );
}

// React.lazy in app.tsx needs a default export; everything else uses the named one.
export default RemedyMatrixPage;
