/**
 * Remedies offered on a complaint (PRODUCT.md R4): what, how much, and whether it is
 * approved. Supervisors and admins approve pending ones within their authority; anyone
 * who may propose does so here, and a remedy above their limit waits for approval.
 */
import { Alert, App, Button, Flex, Form, Input, InputNumber, Select, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, session } from '../../api/client';
import type { Remedy } from '../../api/types';
import { formProblem, problemText } from '../../ui/problem';
import { formatMoney } from '../../ui/money';
import type { Complaint } from '../../api/types';
import {
  AuthorityHint,
  RejectRemedyForm,
  RemedyCostLine,
  SuggestionList,
  useRemedySuggestions,
} from './remedy-step-three';
import { RemedyStatusTag } from '../../ui/status-tag';
import { When } from '../../ui/when';
import { can } from './next-steps';
import { useBusy } from './use-busy';
import { SectionCard } from './section-card';

const remedyKinds: readonly Remedy['kind'][] = [
  'apology',
  'coupon',
  'refund',
  'replacement',
  'redo_service',
  'upgrade',
  'compensation',
  'other',
];

interface RemediesCardProps {
  complaintId: string;
  /** Remedies are proposed only while the complaint is open. */
  open: boolean;
  remedies: Remedy[];
  nameOf: (userId: string | null) => string | null;
  onChanged: () => Promise<void>;
  /** Approved and pending cost per currency (GET /complaints/{id} `remedyCost`). */
  remedyCost?: Complaint['remedyCost'];
}

export function RemediesCard({
  complaintId,
  open,
  remedies,
  nameOf,
  onChanged,
  remedyCost,
}: RemediesCardProps) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const user = session.user();
  const [proposing, setProposing] = useState(false);
  const [approving, setApproving] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<string | null>(null);
  const approval = useBusy();

  const money = (amount: number, currency: string) => formatMoney(amount, currency, i18n.language);

  const approve = (remedy: Remedy) =>
    approval.run(async () => {
      setApproving(remedy.id);
      try {
        await api(`/api/v1/remedies/${remedy.id}/approve`, { method: 'POST' });
        void message.success(t('complaint.remedyApproved'));
        await onChanged();
      } catch (e) {
        void message.error(
          e instanceof ApiError && e.problem.status === 403
            ? t('complaint.beyondAuthority')
            : problemText(e, t),
        );
      } finally {
        setApproving(null);
      }
    });

  return (
    <SectionCard
      title={t('complaint.remedies')}
      extra={
        open && can(user, 'proposeRemedy') && !proposing ? (
          <Button size="small" onClick={() => setProposing(true)}>
            {t('complaint.proposeRemedy')}
          </Button>
        ) : null
      }
    >
      {remedies.length === 0 && !proposing && (
        <Typography.Text type="secondary">{t('complaint.noRemedies')}</Typography.Text>
      )}
      {remedies.length > 0 && (
        <ul className="cl-plain-list">
          {remedies.map((r) => (
            <li key={r.id}>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Typography.Text strong>
                  {t(`remedyKind.${r.kind}`)}
                  {r.amount !== null && ` · ${money(r.amount, r.currency)}`}
                </Typography.Text>
                <Flex gap={4} wrap>
                  <RemedyStatusTag status={r.status} />
                  {r.customerResponse && (
                    <Tag color={r.customerResponse === 'accepted' ? 'green' : 'red'}>
                      {t(`closing.staff.customerResponse.${r.customerResponse}`)}
                    </Tag>
                  )}
                </Flex>
              </Flex>
              <div className="cl-prewrap">{r.description}</div>
              {r.customerReason && (
                <div className="cl-prewrap">
                  {t('closing.staff.customerReason', { reason: r.customerReason })}
                </div>
              )}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('complaint.proposedBy', { name: nameOf(r.proposedById) ?? t('complaint.someone') })} ·{' '}
                <When at={r.createdAt} />
                {r.decidedById && r.status === 'approved' && (
                  <>
                    {' '}
                    · {t('complaint.approvedBy', { name: nameOf(r.decidedById) ?? t('complaint.someone') })}
                  </>
                )}
                {r.decidedById && r.status === 'rejected' && (
                  <>
                    {' '}
                    ·{' '}
                    {t('stepTwoThree.remedies.rejectedBy', {
                      name: nameOf(r.decidedById) ?? t('complaint.someone'),
                    })}
                  </>
                )}
              </Typography.Text>
              {r.status === 'rejected' && r.decisionReason && (
                <div className="cl-prewrap">
                  {t('complaint.reason')}
                  {t('complaint.colon')}
                  {r.decisionReason}
                </div>
              )}
              {r.status === 'pending_approval' && can(user, 'approveRemedy') && (
                <div style={{ marginTop: 6 }}>
                  <Button
                    type="primary"
                    size="small"
                    loading={approving === r.id && approval.spinner}
                    onClick={() => void approve(r)}
                  >
                    {t('complaint.approve')}
                  </Button>{' '}
                  {rejecting !== r.id && (
                    <Button size="small" danger onClick={() => setRejecting(r.id)}>
                      {t('stepTwoThree.remedies.reject')}
                    </Button>
                  )}
                </div>
              )}
              {r.status === 'pending_approval' && rejecting === r.id && (
                <RejectRemedyForm
                  remedy={r}
                  onCancel={() => setRejecting(null)}
                  onRejected={async () => {
                    setRejecting(null);
                    await onChanged();
                  }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {proposing && (
        <ProposeRemedyForm
          separated={remedies.length > 0}
          complaintId={complaintId}
          onCancel={() => setProposing(false)}
          onProposed={async () => {
            setProposing(false);
            await onChanged();
          }}
        />
      )}
      <RemedyCostLine cost={remedyCost} />
    </SectionCard>
  );
}

interface RemedyFormValues {
  kind: Remedy['kind'];
  amount?: number | null;
  description: string;
}

function ProposeRemedyForm({
  separated,
  complaintId,
  onCancel,
  onProposed,
}: {
  separated: boolean;
  complaintId: string;
  onCancel: () => void;
  onProposed: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RemedyFormValues>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);
  const suggestions = useRemedySuggestions(complaintId, true);
  const amount = Form.useWatch('amount', form);

  const submit = (values: RemedyFormValues) =>
    run(async () => {
      setError(null);
      try {
        const created = await api<Remedy>(`/api/v1/complaints/${complaintId}/remedies`, {
          method: 'POST',
          body: {
            kind: values.kind,
            description: values.description,
            ...(values.amount === null || values.amount === undefined ? {} : { amount: values.amount }),
          },
        });
        if (created.status === 'pending_approval') void message.info(t('complaint.waitsForApproval'));
        else void message.success(t('complaint.remedyProposed'));
        await onProposed();
      } catch (e) {
        setError(formProblem(form, e, ['kind', 'amount', 'description', 'currency'], t));
      }
    });

  return (
    <Form<RemedyFormValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void submit(v)}
      initialValues={{ kind: 'apology' }}
      style={separated ? { marginTop: 12, borderTop: '1px solid #f0f0f0', paddingTop: 12 } : undefined}
      aria-label={t('complaint.proposeRemedy')}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      {suggestions && (
        <SuggestionList
          suggestions={suggestions}
          onPick={(s) => {
            form.setFieldsValue({
              kind: s.kind,
              amount: s.amount,
              description: s.label[i18n.language === 'zh-CN' ? 'zh-CN' : 'en-US'],
            });
            void form.validateFields(['description']).catch(() => undefined);
          }}
        />
      )}
      <Form.Item name="kind" label={t('complaint.remedyKind')} rules={[{ required: true }]}>
        <Select options={remedyKinds.map((k) => ({ value: k, label: t(`remedyKind.${k}`) }))} />
      </Form.Item>
      <Form.Item name="amount" label={t('complaint.amount')} extra={t('complaint.amountHint')}>
        <InputNumber<number> min={0} step={10} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <AuthorityHint amount={amount} suggestions={suggestions} />
      <Form.Item
        name="description"
        label={t('complaint.remedyDescription')}
        rules={[{ required: true, whitespace: true, message: t('complaint.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2_000} />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('complaint.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={spinner}>
          {t('complaint.proposeRemedy')}
        </Button>
      </Flex>
    </Form>
  );
}
