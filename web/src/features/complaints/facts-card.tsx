/**
 * Step 2, define the problem (S0 step 2): the facts the owner verified, apart from how
 * the customer feels; who is responsible; the order and product it concerns. The owner
 * (or a supervisor or admin) edits them here; the edit carries the version it was made
 * on, so a colleague's change in between is never overwritten unseen.
 */
import { Alert, App, Button, Descriptions, Flex, Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, session } from '../../api/client';
import type { Complaint } from '../../api/types';
import { formProblem } from '../../ui/problem';
import { can, isOpen } from './next-steps';
import { actsForOwner } from './owner-rights';
import { SectionCard } from './section-card';
import { useBusy } from './use-busy';

type Responsibility = NonNullable<Complaint['responsibility']>;
const responsibilities: readonly Responsibility[] = [
  'internal_process',
  'third_party',
  'customer_misunderstanding',
  'undetermined',
];

interface FactsValues {
  verifiedFacts?: string;
  responsibility?: Responsibility | null;
  orderRef?: string;
  productRef?: string;
}

const fields = ['verifiedFacts', 'responsibility', 'orderRef', 'productRef'];

export function FactsCard({
  complaint,
  onChanged,
}: {
  complaint: Complaint;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const user = session.user();
  const [editing, setEditing] = useState(false);
  const mayEdit =
    isOpen(complaint.status) && can(user, 'recordFacts') && actsForOwner(user, complaint.ownerId);
  const dash = t('complaint.none');

  return (
    <SectionCard
      title={t('stepTwoThree.facts.title')}
      extra={
        mayEdit && !editing ? (
          <Button size="small" onClick={() => setEditing(true)}>
            {t('stepTwoThree.facts.edit')}
          </Button>
        ) : null
      }
    >
      {editing ? (
        <FactsForm
          complaint={complaint}
          onCancel={() => setEditing(false)}
          onSaved={async () => {
            setEditing(false);
            await onChanged();
          }}
        />
      ) : (
        <>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('stepTwoThree.facts.verifiedFacts')}
          </Typography.Text>
          <Typography.Paragraph className="cl-prewrap" style={{ marginBottom: 8 }}>
            {complaint.verifiedFacts ?? (
              <Typography.Text type="secondary">{t('stepTwoThree.facts.noFacts')}</Typography.Text>
            )}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            items={[
              {
                key: 'responsibility',
                label: t('stepTwoThree.facts.responsibility'),
                children: complaint.responsibility
                  ? t(`responsibility.${complaint.responsibility}`)
                  : t('stepTwoThree.facts.noResponsibility'),
              },
              { key: 'order', label: t('stepTwoThree.facts.orderRef'), children: complaint.orderRef ?? dash },
              {
                key: 'product',
                label: t('stepTwoThree.facts.productRef'),
                children: complaint.productRef ?? dash,
              },
            ]}
          />
        </>
      )}
    </SectionCard>
  );
}

function FactsForm({
  complaint,
  onCancel,
  onSaved,
}: {
  complaint: Complaint;
  onCancel: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FactsValues>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);

  const save = (values: FactsValues) =>
    run(async () => {
      setError(null);
      try {
        await api(`/api/v1/complaints/${complaint.id}/facts`, {
          method: 'PUT',
          body: {
            verifiedFacts: values.verifiedFacts?.trim() ? values.verifiedFacts : null,
            responsibility: values.responsibility ?? null,
            orderRef: values.orderRef?.trim() ? values.orderRef.trim() : null,
            productRef: values.productRef?.trim() ? values.productRef.trim() : null,
            version: complaint.version,
          },
        });
        void message.success(t('stepTwoThree.facts.saved'));
        await onSaved();
      } catch (e) {
        setError(formProblem(form, e, fields, t));
      }
    });

  return (
    <Form<FactsValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      aria-label={t('stepTwoThree.facts.title')}
      initialValues={{
        verifiedFacts: complaint.verifiedFacts ?? '',
        responsibility: complaint.responsibility,
        orderRef: complaint.orderRef ?? '',
        productRef: complaint.productRef ?? '',
      }}
      onFinish={(v) => void save(v)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="verifiedFacts"
        label={t('stepTwoThree.facts.verifiedFacts')}
        extra={t('stepTwoThree.facts.verifiedFactsHint')}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={20_000} />
      </Form.Item>
      <Form.Item name="responsibility" label={t('stepTwoThree.facts.responsibility')}>
        <Select
          allowClear
          options={responsibilities.map((r) => ({ value: r, label: t(`responsibility.${r}`) }))}
        />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="orderRef" label={t('stepTwoThree.facts.orderRef')} style={{ flex: 1 }}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="productRef" label={t('stepTwoThree.facts.productRef')} style={{ flex: 1 }}>
          <Input maxLength={200} />
        </Form.Item>
      </Flex>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('complaint.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={spinner}>
          {t('stepTwoThree.facts.save')}
        </Button>
      </Flex>
    </Form>
  );
}
