/**
 * Authority limits (seed 000 rule 4): the most each role may offer without approval, in
 * one currency. Admins edit the table and save it whole; the server lists every problem,
 * shown beside its row. The admin row stays unlimited (the server says why).
 */
import { ProblemsAlert } from '../../ui/problems-alert';
import { App, Button, Checkbox, Flex, Form, Input, InputNumber, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { problemText } from '../../ui/problem';
import { useBusy } from '../complaints/use-busy';
import { readLimits, roleKeys, saveLimits, type AuthorityLimit, type Role } from './accounts-api';
import './accounts.css';

interface Row {
  role: Role;
  unlimited: boolean;
  amount: number | null;
}

interface Values {
  currency: string;
  limits: Row[];
}

const toValues = (limits: readonly AuthorityLimit[]): Values => ({
  currency: limits[0]?.currency ?? 'CNY',
  limits: roleKeys.map((role) => {
    const found = limits.find((l) => l.role === role);
    // A role without a row may offer nothing (domain/policy/remedy-approval.ts).
    const amount = found ? found.amount : 0;
    return { role, unlimited: amount === null, amount };
  }),
});

export function AuthorityLimitsPanel({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [loaded, setLoaded] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const { spinner, run } = useBusy();
  const rows = Form.useWatch('limits', form) ?? [];

  const load = useCallback(async () => {
    try {
      form.setFieldsValue(toValues((await readLimits()).limits));
      setLoaded(true);
    } catch (error) {
      setProblems([problemText(error, t)]);
    }
  }, [form, t]);

  useEffect(() => {
    void load();
  }, [load]);

  const save = (checked: Values) =>
    run(async () => {
      setProblems([]);
      // onFinish answers the fields on screen only; each row's role is kept in the store.
      const values = { ...(form.getFieldsValue(true) as Values), currency: checked.currency };
      const currency = values.currency.trim().toUpperCase();
      try {
        const saved = await saveLimits(
          values.limits.map((row) => ({
            role: row.role,
            amount: row.unlimited ? null : row.amount,
            currency,
          })),
        );
        form.setFieldsValue(toValues(saved.limits));
        void message.success(t('admin.limits.saved'));
      } catch (error) {
        if (!(error instanceof ApiError) || !error.problem.errors?.length) {
          setProblems([problemText(error, t)]);
          return;
        }
        // Each row's problem beside its amount; the one currency field takes the rows' currency problems once.
        const rest: string[] = [];
        const byField = new Map<string, string[]>();
        for (const { path, message: text } of error.problem.errors) {
          const [, index, field] = /^limits\.(\d+)\.(amount|currency)$/.exec(path) ?? [];
          const key =
            field === 'currency'
              ? 'currency'
              : index !== undefined && field
                ? `limits.${index}.amount`
                : null;
          if (key === null) rest.push(`${path}: ${text}`);
          else byField.set(key, [...new Set([...(byField.get(key) ?? []), text])]);
        }
        form.setFields(
          [...byField].map(([key, errors]) => ({
            name: key.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) as never,
            errors,
          })),
        );
        setProblems(rest.length ? rest : [t('admin.limits.fixErrors')]);
      }
    });

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640 }}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('admin.limits.intro')}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => void save(values)}
        disabled={!editable || !loaded}
      >
        <Form.Item
          name="currency"
          label={t('admin.limits.currency')}
          rules={[{ required: true, message: t('portal.required') }]}
          style={{ maxWidth: 160 }}
        >
          <Input maxLength={3} autoComplete="off" style={{ textTransform: 'uppercase' }} />
        </Form.Item>
        <table className="cl-limits-table" aria-label={t('admin.tabs.limits')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.limits.role')}</th>
              <th scope="col">{t('admin.limits.amount')}</th>
              <th scope="col">{t('admin.limits.unlimited')}</th>
            </tr>
          </thead>
          <tbody>
            <Form.List name="limits">
              {(fields) =>
                fields.map((field) => {
                  const row = rows[field.name];
                  const role = row?.role ?? roleKeys[field.name];
                  const roleName = role ? t(`complaint.role.${role}`) : '';
                  const isAdminRow = role === 'admin';
                  return (
                    <tr key={field.key}>
                      <th scope="row">{roleName}</th>
                      <td>
                        <Form.Item
                          name={[field.name, 'amount']}
                          style={{ margin: 0 }}
                          dependencies={[['limits', field.name, 'unlimited']]}
                          rules={[
                            ({ getFieldValue }) => ({
                              validator: (_, value: number | null | undefined) =>
                                value === null || value === undefined
                                  ? getFieldValue(['limits', field.name, 'unlimited'])
                                    ? Promise.resolve()
                                    : Promise.reject(new Error(t('portal.required')))
                                  : Promise.resolve(),
                            }),
                          ]}
                        >
                          <InputNumber
                            aria-label={`${roleName} ${t('admin.limits.amount')}`}
                            min={0}
                            precision={2}
                            step={50}
                            style={{ width: 180 }}
                            disabled={!editable || !loaded || row?.unlimited}
                            placeholder={row?.unlimited ? t('admin.limits.unlimited') : undefined}
                          />
                        </Form.Item>
                      </td>
                      <td>
                        <Form.Item
                          name={[field.name, 'unlimited']}
                          valuePropName="checked"
                          style={{ margin: 0 }}
                        >
                          <Checkbox
                            aria-label={`${roleName} ${t('admin.limits.unlimited')}`}
                            disabled={!editable || !loaded || isAdminRow}
                            onChange={(event) => {
                              if (event.target.checked) {
                                form.setFieldValue(['limits', field.name, 'amount'], null);
                              }
                            }}
                          />
                        </Form.Item>
                      </td>
                    </tr>
                  );
                })
              }
            </Form.List>
          </tbody>
        </table>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, margin: '8px 0 12px' }}>
          {t('admin.limits.adminFixed')}
        </Typography.Paragraph>
        <ProblemsAlert
          problems={problems}
          summary={t('admin.limits.fixErrors')}
          style={{ marginBottom: 12 }}
        />
        {editable && (
          <Button type="primary" htmlType="submit" loading={spinner}>
            {t('admin.limits.save')}
          </Button>
        )}
      </Form>
    </Flex>
  );
}
