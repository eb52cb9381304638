/**
 * Write to the customer, or leave an internal note for colleagues. The switch says which
 * in words and in colour; Ctrl+Enter (⌘+Enter) sends.
 */
import { Alert, App, Button, Flex, Form, Input, Segmented, Select, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, session } from '../../api/client';
import { formProblem } from '../../ui/problem';
import { can } from './next-steps';
import { CoachPanel, useCoach } from './reply-coach';
import { useBusy } from './use-busy';

type Kind = 'reply' | 'note';

interface TemplateOption {
  id: string;
  name: string;
}

export function ReplyComposer({
  complaintId,
  locale,
  onSent,
}: {
  complaintId: string;
  /** The complaint's language: replies and templates default to it. */
  locale: string;
  onSent: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const mayReply = can(session.user(), 'reply');
  const [kind, setKind] = useState<Kind>(mayReply ? 'reply' : 'note');
  const [form] = Form.useForm<{ body: string }>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);
  const body = Form.useWatch('body', form) ?? '';
  const findings = useCoach(body, i18n.language, kind === 'reply');
  const [templates, setTemplates] = useState<TemplateOption[]>([]);
  useEffect(() => {
    api<{ items: TemplateOption[] }>(`/api/v1/reply-templates?locale=${encodeURIComponent(locale)}`).then(
      (answer) => setTemplates(answer.items),
      () => setTemplates([]),
    );
  }, [locale]);

  /** Fills the draft from a template (the best fit when none is chosen); asks before replacing text. */
  const fillFromTemplate = async (templateId?: string) => {
    const query = templateId ? `?templateId=${encodeURIComponent(templateId)}` : '';
    try {
      const draft = await api<{ text: string }>(`/api/v1/complaints/${complaintId}/reply-draft${query}`);
      const replace = () => form.setFieldsValue({ body: draft.text });
      if (!body.trim()) {
        replace();
        return;
      }
      modal.confirm({
        title: t('complaint.replaceDraft'),
        okText: t('complaint.replaceDraftOk'),
        cancelText: t('complaint.cancel'),
        onOk: replace,
      });
    } catch (e) {
      setError(formProblem(form, e, [], t));
    }
  };

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
      {!isNote && (
        <Flex gap={8} wrap style={{ marginBottom: 8 }}>
          <Button size="small" onClick={() => void fillFromTemplate()}>
            {t('complaint.draftFromTemplate')}
          </Button>
          <Select<string>
            size="small"
            showSearch
            optionFilterProp="label"
            aria-label={t('complaint.chooseTemplate')}
            placeholder={t('complaint.chooseTemplate')}
            value={null}
            onChange={(id) => void fillFromTemplate(id)}
            options={templates.map((template) => ({ value: template.id, label: template.name }))}
            style={{ minWidth: 200 }}
          />
        </Flex>
      )}
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
      {!isNote && <CoachPanel text={body} findings={findings} />}
      <Flex justify="flex-end">
        <Button type="primary" htmlType="submit" loading={spinner}>
          {isNote ? t('complaint.saveNote') : t('complaint.send')}
        </Button>
      </Flex>
    </Form>
  );
}
