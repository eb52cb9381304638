/**
 * One reply template being edited: its name and six sections, the placeholders it may use
 * (click to insert at the cursor), and beside them the reply it makes, filled with sample
 * values and checked by the reply coach as the admin types (the same review saving does).
 */
import { Alert, Button, Flex, Form, Input, Tag, Typography, type FormInstance } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CoachPanel, MarkedDraft } from '../complaints/reply-coach';
import {
  placeholdersIn,
  previewTemplate,
  templateSections,
  type ReplyTemplate,
  type TemplatePreview,
  type TemplateLocale,
  type TemplateSection,
} from './reply-templates-api';
import '../complaints/complaints.css';

export interface TemplateValues {
  name: string;
  sections: Partial<Record<TemplateSection, string>>;
}

const previewDelayMs = 300;

/** The preview of these sections, asked for once the admin pauses typing. */
function usePreview(
  locale: TemplateLocale,
  messageLocale: TemplateLocale,
  sections: ReplyTemplate['sections'],
): TemplatePreview | null {
  const [preview, setPreview] = useState<TemplatePreview | null>(null);
  const key = JSON.stringify(sections);
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      previewTemplate(
        { locale, messageLocale, sections: JSON.parse(key) as ReplyTemplate['sections'] },
        controller.signal,
      ).then(setPreview, () => undefined); // a preview is advice: the form still saves
    }, previewDelayMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [locale, messageLocale, key]);
  return preview;
}

/** Where the cursor was in the section edited last: a placeholder goes there. */
interface Caret {
  section: TemplateSection;
  start: number;
  end: number;
}

export function TemplateEditor({
  template,
  form,
  variables,
  editable,
  onChange,
}: {
  template: ReplyTemplate;
  form: FormInstance<TemplateValues>;
  /** The placeholders the server knows. */
  variables: readonly string[];
  editable: boolean;
  onChange: (values: TemplateValues) => void;
}) {
  const { t, i18n } = useTranslation();
  const messageLocale: TemplateLocale = i18n.language === 'en-US' ? 'en-US' : 'zh-CN';
  const preview = usePreview(template.locale, messageLocale, template.sections);
  const caret = useRef<Caret>({ section: 'opening', start: 0, end: 0 });

  const remember = (section: TemplateSection) => (event: { currentTarget: HTMLTextAreaElement }) => {
    const { selectionStart, selectionEnd } = event.currentTarget;
    caret.current = { section, start: selectionStart, end: selectionEnd };
  };

  const insert = (name: string) => {
    const { section, start, end } = caret.current;
    const token = `{{${name}}}`;
    const before = (form.getFieldValue(['sections', section]) as string | undefined) ?? '';
    const at = Math.min(start, before.length);
    const next = before.slice(0, at) + token + before.slice(Math.min(end, before.length));
    form.setFieldValue(['sections', section], next);
    void form.validateFields([['sections', section]]).catch(() => undefined);
    onChange(form.getFieldsValue(true) as TemplateValues);
    caret.current = { section, start: at + token.length, end: at + token.length };
    // Back to the text, the cursor after the placeholder.
    requestAnimationFrame(() => {
      const area = document.getElementById(`template_sections_${section}`) as HTMLTextAreaElement | null;
      area?.focus();
      area?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const knownPlaceholders = (_: unknown, value: string | undefined) => {
    const unknown = placeholdersIn(value ?? '').find((name) => !variables.includes(name));
    return unknown === undefined
      ? Promise.resolve()
      : Promise.reject(new Error(t('templates.unknownVariable', { placeholder: `{{${unknown}}}` })));
  };

  const omitted = preview?.omitted ?? [];
  return (
    <div className="cl-template-editor">
      <Form<TemplateValues>
        form={form}
        name="template"
        layout="vertical"
        disabled={!editable}
        initialValues={{ name: template.name, sections: template.sections }}
        onValuesChange={(_, values) => onChange(values)}
        className="cl-template-form"
      >
        <Form.Item
          name="name"
          label={t('templates.name')}
          rules={[{ required: true, whitespace: true, message: t('templates.nameRequired') }]}
        >
          <Input maxLength={120} />
        </Form.Item>
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('templates.sectionsHint')}
        </Typography.Paragraph>
        {templateSections.map((section) => (
          <Form.Item
            key={section}
            name={['sections', section]}
            label={t(`templates.section.${section}`)}
            rules={[{ validator: knownPlaceholders }]}
          >
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              maxLength={2000}
              onSelect={remember(section)}
              onKeyUp={remember(section)}
              onClick={remember(section)}
              onFocus={remember(section)}
            />
          </Form.Item>
        ))}
      </Form>

      <Flex vertical gap={12} className="cl-template-side">
        <section aria-labelledby="template-placeholders" className="cl-template-box">
          <Typography.Title level={4} id="template-placeholders" style={{ marginTop: 0 }}>
            {t('templates.placeholders')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
            {t('templates.placeholdersHint')}
          </Typography.Paragraph>
          <ul className="cl-placeholders">
            {variables.map((name) => (
              <li key={name}>
                <Button
                  size="small"
                  disabled={!editable}
                  onClick={() => insert(name)}
                  aria-label={t('templates.insert', { placeholder: `{{${name}}}` })}
                >
                  <code>{`{{${name}}}`}</code>
                </Button>
                <span>
                  {t(`templates.variable.${name}`, { defaultValue: name })}
                  {preview?.sample[name] && (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' · '}
                      {t('templates.sampleValue', { value: preview.sample[name] })}
                    </Typography.Text>
                  )}
                </span>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="template-preview" className="cl-template-box" aria-busy={preview === null}>
          <Typography.Title level={4} id="template-preview" style={{ marginTop: 0 }}>
            {t('templates.preview')} <Tag>{t(`language.${template.locale}`)}</Tag>
          </Typography.Title>
          {preview && !preview.text.trim() && (
            <Typography.Text type="secondary">{t('templates.previewEmpty')}</Typography.Text>
          )}
          {preview && preview.text.trim() && (
            <div lang={template.locale} data-testid="template-preview-text">
              <MarkedDraft text={preview.text} findings={preview.findings} />
            </div>
          )}
          {omitted.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 8 }}
              title={t('templates.omitted', {
                sections: omitted
                  .map((s) => t(`templates.section.${s}`))
                  .join(i18n.language === 'zh-CN' ? '、' : ', '),
              })}
            />
          )}
          {preview && <CoachPanel text={preview.text} findings={preview.findings} showDraft={false} />}
        </section>
      </Flex>
    </div>
  );
}
