/**
 * One corrective or preventive action: what, who, by when, its state, and the buttons its
 * owner (mark done, with what was done) and its author (cancel, with why) may use.
 */
import { App, Button, Flex, Form, Input, Modal, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, session } from '../../api/client';
import { formProblem } from '../../ui/problem';
import { formatInstant, When } from '../../ui/when';
import { useBusy } from '../complaints/use-busy';
import { actionState, canCancelAction, canCompleteAction, type CorrectiveAction } from './learning-api';

const stateColor = { open: 'blue', overdue: 'red', done: 'green', cancelled: 'default' } as const;

export function ActionStateTag({ action }: { action: CorrectiveAction }) {
  const { t } = useTranslation();
  const state = actionState(action);
  return <Tag color={stateColor[state]}>{t(`learn.statusKey.${state}`)}</Tag>;
}

interface ActionItemProps {
  action: CorrectiveAction;
  ownerName: string;
  onChanged: () => Promise<void>;
}

export function ActionItem({ action, ownerName, onChanged }: ActionItemProps) {
  const { t } = useTranslation();
  const user = session.user();
  const [closing, setClosing] = useState<'complete' | 'cancel' | null>(null);
  const open = action.status === 'open';
  return (
    <div>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>
          <Tag>{t(`learn.kindKey.${action.kind}`)}</Tag>
          {action.description}
        </Typography.Text>
        <ActionStateTag action={action} />
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('learn.owner')}
        {t('complaint.colon')}
        {ownerName} · {t('learn.due')} <When at={action.dueAt} show="both" />
      </Typography.Text>
      {action.status === 'done' && action.doneAt && (
        <div className="cl-prewrap" style={{ fontSize: 13 }}>
          {t('learn.doneBy', { at: formatInstant(action.doneAt), note: action.doneNote ?? '' })}
        </div>
      )}
      {action.status === 'cancelled' && (
        <div className="cl-prewrap" style={{ fontSize: 13 }}>
          {t('learn.cancelledBecause', { note: action.doneNote ?? '' })}
        </div>
      )}
      {open && (canCompleteAction(user, action) || canCancelAction(user, action)) && (
        <Flex gap={8} style={{ marginTop: 6 }}>
          {canCompleteAction(user, action) && (
            <Button size="small" type="primary" onClick={() => setClosing('complete')}>
              {t('learn.markDone')}
            </Button>
          )}
          {canCancelAction(user, action) && (
            <Button size="small" onClick={() => setClosing('cancel')}>
              {t('learn.cancelAction')}
            </Button>
          )}
        </Flex>
      )}
      {closing && (
        <CloseActionDialog
          action={action}
          how={closing}
          onClose={() => setClosing(null)}
          onClosed={async () => {
            setClosing(null);
            await onChanged();
          }}
        />
      )}
    </div>
  );
}

function CloseActionDialog({
  action,
  how,
  onClose,
  onClosed,
}: {
  action: CorrectiveAction;
  how: 'complete' | 'cancel';
  onClose: () => void;
  onClosed: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);
  const field = how === 'complete' ? 'note' : 'reason';
  const label = how === 'complete' ? t('learn.doneNote') : t('learn.cancelReason');

  const submit = ({ text }: { text: string }) =>
    run(async () => {
      setError(null);
      try {
        await api(`/api/v1/actions/${action.id}/${how}`, { method: 'POST', body: { [field]: text } });
        void message.success(how === 'complete' ? t('learn.markedDone') : t('learn.cancelled'));
        await onClosed();
      } catch (e) {
        setError(formProblem(form, e, [], t));
      }
    });

  return (
    <Modal
      open
      title={how === 'complete' ? t('learn.markDone') : t('learn.cancelAction')}
      okText={t('complaint.confirm')}
      cancelText={t('complaint.cancel')}
      okButtonProps={{ loading: spinner }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph>{action.description}</Typography.Paragraph>
      {error && <Typography.Text type="danger">{error}</Typography.Text>}
      <Form
        form={form}
        name={`close-action-${how}`}
        layout="vertical"
        requiredMark={false}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item
          name="text"
          label={label}
          rules={[{ required: true, whitespace: true, message: t('learn.required') }]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2_000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
