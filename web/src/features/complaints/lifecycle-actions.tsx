/**
 * The next steps of the six (PRODUCT.md R5): one button per status that may follow the
 * current one, each opening a small form for what that step needs. The server checks
 * the preconditions; when one fails its 409 `detail` is shown in the form.
 */
import { Alert, App, Button, Flex, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, session } from '../../api/client';
import type { Complaint, ComplaintStatus } from '../../api/types';
import { formProblem } from '../../ui/problem';
import { StatusTag } from '../../ui/status-tag';
import { can, isOpen, isReopen, nextStatuses } from './next-steps';
import { SectionCard } from './section-card';
import { useBusy } from './use-busy';
import type { StaffUser } from './use-staff-users';

type Responsibility = NonNullable<Complaint['responsibility']>;
const responsibilities: readonly Responsibility[] = [
  'internal_process',
  'third_party',
  'customer_misunderstanding',
  'undetermined',
];
const ownerRoles: readonly StaffUser['role'][] = ['agent', 'supervisor', 'admin'];

type Dialog = { kind: 'move'; to: ComplaintStatus } | { kind: 'handOver' };

/**
 * The server names a missing precondition in English (src/domain/complaint/lifecycle.ts).
 * The ones it knows are shown in the user's language; any other is shown as it came.
 */
const preconditions: Record<string, string> = {
  'An owner is required: name the ownerId of the person who owns the complaint.': 'owner',
  'An owner is required: triage the complaint and give it an owner first.': 'owner',
  'A responsibility is required to propose a remedy.': 'responsibility',
  'At least one remedy is required to propose a remedy.': 'remedy',
  'At least one remedy is required.': 'remedy',
  'Every remedy must be approved before the work starts.': 'approval',
  'A remedy is still waiting for approval: approve or reject it before resolving.': 'approvalBeforeResolving',
  'A resolution text is required to resolve a complaint.': 'resolution',
  'A reason is required to reopen a complaint.': 'reason',
  'A reason is required to dismiss a complaint.': 'reason',
};

interface StepValues {
  ownerId?: string;
  responsibility?: Responsibility;
  resolution?: string;
  reason?: string;
}

interface LifecycleActionsProps {
  complaint: Complaint;
  users: StaffUser[];
  onChanged: () => Promise<void>;
}

export function LifecycleActions({ complaint, users, onChanged }: LifecycleActionsProps) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const user = session.user();
  const next = nextStatuses(complaint.status);
  const mayMove = can(user, 'transition');

  return (
    <SectionCard title={t('complaint.actions')}>
      <Flex align="center" gap={8} style={{ marginBottom: 10 }}>
        <Typography.Text type="secondary">
          {t('complaint.status')}
          {t('complaint.colon').trim()}
        </Typography.Text>
        <StatusTag status={complaint.status} />
      </Flex>
      {!mayMove ? (
        <Typography.Text type="secondary">{t('complaint.noPermission')}</Typography.Text>
      ) : next.length === 0 ? (
        <Typography.Text type="secondary">{t('complaint.noActions')}</Typography.Text>
      ) : (
        <Flex gap={8} wrap>
          {next.map((to, index) => (
            <Button
              key={to}
              type={index === 0 && to !== 'dismissed' ? 'primary' : 'default'}
              danger={to === 'dismissed'}
              onClick={() => setDialog({ kind: 'move', to })}
            >
              {isReopen(complaint.status, to) ? t('complaint.step.reopen') : t(`complaint.step.${to}`)}
            </Button>
          ))}
        </Flex>
      )}
      {mayMove && isOpen(complaint.status) && complaint.ownerId && (
        <Button
          type="link"
          style={{ paddingInline: 0, marginTop: 8 }}
          onClick={() => setDialog({ kind: 'handOver' })}
        >
          {t('complaint.handOver')}
        </Button>
      )}
      {dialog && (
        <StepDialog
          complaint={complaint}
          dialog={dialog}
          users={users}
          onClose={() => setDialog(null)}
          onDone={async () => {
            setDialog(null);
            await onChanged();
          }}
        />
      )}
    </SectionCard>
  );
}

interface StepDialogProps {
  complaint: Complaint;
  dialog: Dialog;
  users: StaffUser[];
  onClose: () => void;
  onDone: () => Promise<void>;
}

function StepDialog({ complaint, dialog, users, onClose, onDone }: StepDialogProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<StepValues>();
  const { spinner, run } = useBusy();
  const [problem, setProblem] = useState<{ title: string; detail: string | null } | null>(null);
  const me = session.user();

  const from = complaint.status;
  const to = dialog.kind === 'move' ? dialog.to : null;
  const reopen = to !== null && isReopen(from, to);
  const needs = {
    owner: to === 'triaged' || dialog.kind === 'handOver',
    responsibility: to === 'remedy_proposed',
    resolution: to === 'resolved',
    reason: reopen || to === 'dismissed' || dialog.kind === 'handOver',
    optionalReason: to === 'investigating' && from !== 'triaged',
  };

  const owners = users.filter((u) => u.active && ownerRoles.includes(u.role));
  if (me && !owners.some((u) => u.id === me.id)) owners.unshift({ ...me, active: true });
  const ownerOptions = owners
    .filter((u) => dialog.kind !== 'handOver' || u.id !== complaint.ownerId)
    .map((u) => ({
      value: u.id,
      label:
        u.id === me?.id
          ? t('complaint.me', { name: u.name })
          : `${u.name} · ${t(`complaint.role.${u.role}`)}`,
    }));

  const submit = (values: StepValues) =>
    run(async () => {
      setProblem(null);
      try {
        if (dialog.kind === 'handOver') {
          await api(`/api/v1/complaints/${complaint.id}/owner`, {
            method: 'POST',
            body: { ownerId: values.ownerId, reason: values.reason },
          });
          void message.success(t('complaint.handedOver'));
        } else {
          const body: Record<string, unknown> = { to: dialog.to };
          for (const [key, value] of Object.entries(values)) {
            if (typeof value === 'string' && value.trim()) body[key] = value.trim();
          }
          await api(`/api/v1/complaints/${complaint.id}/transitions`, { method: 'POST', body });
          void message.success(t('complaint.moved', { status: t(`status.${dialog.to}`) }));
        }
        await onDone();
      } catch (e) {
        if (e instanceof ApiError && e.problem.status === 409) {
          setProblem({
            title:
              e.problem.code === 'complaint.precondition_failed'
                ? t('complaint.preconditionFailed')
                : t('complaint.notAllowed'),
            detail: Object.hasOwn(preconditions, e.problem.detail)
              ? t(`complaint.precondition.${preconditions[e.problem.detail]}`)
              : e.problem.detail,
          });
        } else {
          const text = formProblem(form, e, ['ownerId', 'responsibility', 'resolution', 'reason'], t);
          if (text) setProblem({ title: text, detail: null });
        }
      }
    });

  const title =
    dialog.kind === 'handOver'
      ? t('complaint.handOver')
      : `${reopen ? t('complaint.step.reopen') : t(`complaint.step.${dialog.to}`)} → ${t(`status.${dialog.to}`)}`;
  const hint =
    dialog.kind === 'handOver'
      ? t('complaint.hint.handOver')
      : t(`complaint.hint.${reopen ? 'reopen' : dialog.to}`);
  const required = { required: true, whitespace: true, message: t('complaint.required') };

  return (
    <Modal
      open
      title={title}
      okText={t('complaint.confirm')}
      cancelText={t('complaint.cancel')}
      okButtonProps={{ danger: to === 'dismissed', htmlType: 'submit', loading: spinner }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      {problem && (
        <Alert
          type="error"
          showIcon
          title={problem.title}
          description={problem.detail}
          style={{ marginBottom: 12 }}
          role="alert"
        />
      )}
      <Form<StepValues>
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
        initialValues={{
          ownerId: dialog.kind === 'handOver' ? undefined : (complaint.ownerId ?? me?.id),
          responsibility: complaint.responsibility ?? undefined,
        }}
      >
        {needs.owner && (
          <Form.Item
            name="ownerId"
            label={dialog.kind === 'handOver' ? t('complaint.newOwner') : t('complaint.owner')}
            rules={[{ required: true, message: t('complaint.required') }]}
          >
            <Select showSearch={{ optionFilterProp: 'label' }} options={ownerOptions} />
          </Form.Item>
        )}
        {needs.responsibility && (
          <Form.Item
            name="responsibility"
            label={t('complaint.responsibility')}
            rules={[{ required: true, message: t('complaint.required') }]}
          >
            <Select options={responsibilities.map((r) => ({ value: r, label: t(`responsibility.${r}`) }))} />
          </Form.Item>
        )}
        {needs.resolution && (
          <Form.Item name="resolution" label={t('complaint.resolutionText')} rules={[required]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={10_000} autoFocus />
          </Form.Item>
        )}
        {(needs.reason || needs.optionalReason) && (
          <Form.Item name="reason" label={t('complaint.reason')} rules={needs.reason ? [required] : []}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={2_000}
              autoFocus={!needs.owner}
            />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
