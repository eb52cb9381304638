/**
 * Correcting triage (PRODUCT.md R3): the agent picks the right category, emotion, severity
 * and risks; each change is kept as a correction that trains the next model. "Confirm" takes
 * a complaint off the needs-review list without a change.
 */
import { Alert, Button, Flex, Form, Input, Select, Switch } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Complaint } from '../../api/types';
import { formProblem } from '../../ui/problem';
import { categories, emotions, severities } from '../../api/vocabulary';

const risks = ['safety', 'fraud', 'data_leak', 'legal', 'media'] as const;

interface Values {
  category: string;
  emotion: string;
  severity: string;
  risks: string[];
  urgent: boolean;
  reason?: string;
}

export function TriageCorrection({
  complaint,
  onDone,
  onCancel,
}: {
  complaint: Complaint;
  onDone: () => Promise<void> | void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { triage } = complaint;

  const submit = async (values: Values) => {
    setBusy(true);
    setProblem(null);
    try {
      await api(`/api/v1/complaints/${complaint.id}/triage`, {
        method: 'POST',
        body: { ...values, reason: values.reason?.trim() || undefined },
      });
      await onDone();
    } catch (error) {
      setProblem(
        formProblem(form, error, ['category', 'emotion', 'severity', 'risks', 'urgent', 'reason'], t),
      );
    } finally {
      setBusy(false);
    }
  };
  const options = (keys: readonly string[], prefix: string) =>
    keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }));

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      size="small"
      initialValues={{
        category: triage.category.label,
        emotion: triage.emotion.label,
        severity: triage.severity,
        risks: triage.risks,
        urgent: triage.urgent,
      }}
      onFinish={(values) => void submit(values)}
    >
      <Form.Item name="category" label={t('complaint.category')}>
        <Select options={options(categories, 'category')} />
      </Form.Item>
      <Form.Item name="emotion" label={t('complaint.emotion')}>
        <Select options={options(emotions, 'emotion')} />
      </Form.Item>
      <Form.Item name="severity" label={t('complaint.severity')}>
        <Select options={options(severities, 'severity')} />
      </Form.Item>
      <Form.Item name="risks" label={t('complaint.risks')}>
        <Select mode="multiple" allowClear options={options(risks, 'risk')} />
      </Form.Item>
      <Form.Item name="urgent" label={t('complaint.urgent')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item name="reason" label={t('triageCorrection.reason')}>
        <Input maxLength={1000} />
      </Form.Item>
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('triageCorrection.save')}
        </Button>
        <Button onClick={onCancel}>{t('triageCorrection.cancel')}</Button>
      </Flex>
    </Form>
  );
}
