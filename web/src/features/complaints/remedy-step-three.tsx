/**
 * Step 3 beside the remedies (PRODUCT.md R4): the remedy matrix's suggestions for this
 * complaint (one click fills in the proposal), the hint that an amount needs approval and
 * by whom, an approver's rejection with a reason, and what the remedies cost.
 */
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api/client';
import type { Complaint, Remedy, RemedySuggestions } from '../../api/types';
import { formatMoney } from '../../ui/money';
import { formProblem } from '../../ui/problem';
import { useBusy } from './use-busy';

export type Suggestion = RemedySuggestions['items'][number];

/** The matrix's suggestions for one complaint; null until loaded (or when they cannot be). */
export function useRemedySuggestions(complaintId: string, enabled: boolean): RemedySuggestions | null {
  const [suggestions, setSuggestions] = useState<RemedySuggestions | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    api<RemedySuggestions>(`/api/v1/complaints/${complaintId}/remedy-suggestions`, {
      signal: controller.signal,
    }).then(setSuggestions, () => setSuggestions(null));
    return () => controller.abort();
  }, [complaintId, enabled]);
  return suggestions;
}

function useRoleList() {
  const { t } = useTranslation();
  return (roles: readonly string[]) =>
    roles.map((r) => t(`complaint.role.${r}`)).join(t('stepTwoThree.remedies.or'));
}

/** One button per suggestion: what it is, how much, and whether it needs approval. */
export function SuggestionList({
  suggestions,
  onPick,
}: {
  suggestions: RemedySuggestions;
  onPick: (suggestion: Suggestion) => void;
}) {
  const { t, i18n } = useTranslation();
  const roleList = useRoleList();
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en-US';
  if (suggestions.items.length === 0) return null;
  // Mid-sentence: "this moderate complaint", not "this Moderate complaint".
  const heading = t('stepTwoThree.remedies.suggestions', {
    severity: t(`severity.${suggestions.severity}`).toLocaleLowerCase(language),
  });
  return (
    <section aria-label={heading}>
      <Typography.Text strong style={{ fontSize: 13 }}>
        {heading}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
        {t('stepTwoThree.remedies.suggestionHint')}
      </Typography.Text>
      <Flex vertical gap={4} style={{ margin: '6px 0 12px' }}>
        {suggestions.items.map((s, i) => (
          <Button
            key={i}
            size="small"
            style={{ height: 'auto', whiteSpace: 'normal', textAlign: 'start', justifyContent: 'flex-start' }}
            onClick={() => onPick(s)}
          >
            <span>
              {s.label[language]}
              {s.amount !== null && ` · ${formatMoney(s.amount, s.currency, i18n.language)}`}
              <Typography.Text
                type={s.withinAuthority === false ? 'warning' : 'secondary'}
                style={{ fontSize: 12 }}
              >
                {' · '}
                {s.withinAuthority === null
                  ? t('stepTwoThree.remedies.dependsOnAmount')
                  : s.withinAuthority
                    ? t('stepTwoThree.remedies.within')
                    : t('stepTwoThree.remedies.needsApproval', { roles: roleList(s.approverRoles) })}
              </Typography.Text>
            </span>
          </Button>
        ))}
      </Flex>
    </section>
  );
}

/** Under the amount: above the user's limit, it waits for approval (and by whom). */
export function AuthorityHint({
  amount,
  suggestions,
}: {
  amount: number | null | undefined;
  suggestions: RemedySuggestions | null;
}) {
  const { t, i18n } = useTranslation();
  const limit = suggestions?.limit;
  if (limit === undefined || limit === null || amount === null || amount === undefined || amount <= limit) {
    return null;
  }
  const roles = (suggestions?.approvers ?? [])
    .filter((a) => a.limit === null || a.limit >= amount)
    .map((a) => a.role);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      title={t('stepTwoThree.remedies.aboveLimit', {
        limit: formatMoney(limit, 'CNY', i18n.language),
        roles: roles.map((r) => t(`complaint.role.${r}`)).join(t('stepTwoThree.remedies.or')),
      })}
    />
  );
}

/** An approver refuses a remedy waiting for approval, saying why. */
export function RejectRemedyForm({
  remedy,
  onCancel,
  onRejected,
}: {
  remedy: Remedy;
  onCancel: () => void;
  onRejected: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);
  const submit = ({ reason }: { reason: string }) =>
    run(async () => {
      setError(null);
      try {
        await api(`/api/v1/remedies/${remedy.id}/reject`, { method: 'POST', body: { reason } });
        void message.success(t('stepTwoThree.remedies.rejected'));
        await onRejected();
      } catch (e) {
        setError(
          e instanceof ApiError && e.problem.status === 403
            ? t('complaint.beyondAuthority')
            : formProblem(form, e, ['reason'], t),
        );
      }
    });
  return (
    <Form<{ reason: string }>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void submit(v)}
      aria-label={t('stepTwoThree.remedies.reject')}
      style={{ marginTop: 8 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="reason"
        label={t('stepTwoThree.remedies.rejectReason')}
        rules={[{ required: true, whitespace: true, message: t('complaint.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2_000} />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('complaint.cancel')}</Button>
        <Button danger type="primary" htmlType="submit" loading={spinner}>
          {t('stepTwoThree.remedies.reject')}
        </Button>
      </Flex>
    </Form>
  );
}

/** "Approved cost: ¥170.50 · waiting for approval: ¥600.00", per currency. */
export function RemedyCostLine({ cost }: { cost: Complaint['remedyCost'] }) {
  const { t, i18n } = useTranslation();
  if (!cost?.length) return null;
  return (
    <div style={{ borderTop: '1px solid #f0f0f0', paddingTop: 8, marginTop: 8 }}>
      {cost.map((c) => (
        <Typography.Text key={c.currency} type="secondary" style={{ display: 'block', fontSize: 13 }}>
          {t('stepTwoThree.remedies.cost')}
          {t('complaint.colon')}
          <Typography.Text strong>{formatMoney(c.approved, c.currency, i18n.language)}</Typography.Text>
          {c.pending > 0 &&
            ` · ${t('stepTwoThree.remedies.pendingCost')}${t('complaint.colon')}${formatMoney(c.pending, c.currency, i18n.language)}`}
        </Typography.Text>
      ))}
    </div>
  );
}
