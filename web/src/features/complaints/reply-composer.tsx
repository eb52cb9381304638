/**
 * Write to the customer, or leave an internal note for colleagues. The switch says which
 * in words and in colour; Ctrl+Enter (⌘+Enter) sends.
 */
import { Alert, App, Button, Flex, Form, Input, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, session } from '../../api/client';
import { formProblem } from '../../ui/problem';
import { can } from './next-steps';
import { useBusy } from './use-busy';

type Kind = 'reply' | 'note';

export function ReplyComposer({ complaintId, onSent }: { complaintId: string; onSent: () => Promise<void> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mayReply = can(session.user(), 'reply');
  const [kind, setKind] = useState<Kind>(mayReply ? 'reply' : 'note');
  const [form] = Form.useForm<{ body: string }>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);

  const send = ({ body }: { body: string }) =>
    run(async () => {
      setError(null);
      try {
        await api(`/api/v1/complaints/${complaintId}/messages`, { method: 'POST', body: { kind, body } });
        form.resetFields();
        void message.success(kind === 'reply' ? t('complaint.sent') : t('complaint.noteSaved'));
        await onSent();
      } catch (e) {
        setError(formProblem(form, e, ['body'], t));
      }
    });

  const isNote = kind === 'note';
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(v) => void send(v)}
      requiredMark={false}
      className={isNote ? 'cl-composer cl-composer-note' : 'cl-composer'}
    >
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Segmented<Kind>
          aria-label={t('complaint.composerMode')}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'reply', label: t('complaint.reply'), disabled: !mayReply },
            { value: 'note', label: t('complaint.note') },
          ]}
        />
        <Typography.Text type={isNote ? 'warning' : 'secondary'} style={{ fontSize: 12 }}>
          {isNote ? t('complaint.internalHint') : t('complaint.replyHint')}
        </Typography.Text>
      </Flex>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="body"
        label={isNote ? t('complaint.note') : t('complaint.reply')}
        rules={[{ required: true, whitespace: true, message: t('complaint.required') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 3, maxRows: 12 }}
          placeholder={isNote ? t('complaint.notePlaceholder') : t('complaint.replyPlaceholder')}
          maxLength={20_000}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.nativeEvent.isComposing) {
              event.preventDefault();
              form.submit();
            }
          }}
          style={isNote ? { background: '#fffbe6' } : undefined}
        />
      </Form.Item>
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={spinner}>
          {isNote ? t('complaint.saveNote') : t('complaint.send')}
        </Button>
      </Flex>
    </Form>
  );
}
