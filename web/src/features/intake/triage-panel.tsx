/**
 * Beside the intake form: what triage makes of the text so far (category with its
 * confidence, emotion with its intensity, risks, severity, urgency, and the cue words),
 * and the agent's own decision on category (and a subcategory of it), severity and emotion,
 * which wins when given.
 */
import { Alert, Button, Descriptions, Flex, Form, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { SeverityTag } from '../../ui/status-tag';
import { useCategories } from '../categories/categories-api';
import type { TriageSuggestion } from './intake-api';
import type { LiveTriage } from './use-live-triage';
import { categories, emotions, severities } from '../../api/vocabulary';

const percent = (value: number) => Math.round(value * 100);

export function TriagePanel({
  live,
  accepted,
  onAccept,
}: {
  live: LiveTriage;
  accepted: boolean;
  onAccept: (suggestion: TriageSuggestion) => void;
}) {
  const { t, i18n } = useTranslation();
  const { suggestion, state } = live;
  // The chosen category's active subcategories (none chosen: nothing to pick from).
  const form = Form.useFormInstance();
  const chosenCategory = Form.useWatch<string | undefined>('category', form);
  const language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en-US';
  const subcategories =
    useCategories()
      .find((c) => c.key === chosenCategory)
      ?.subcategories.filter((s) => s.active) ?? [];
  const fieldLabel = (field: string) =>
    field.startsWith('risk:')
      ? t('complaint.cueField.risk', { risk: t(`risk.${field.slice(5)}`) })
      : t(`complaint.cueField.${field}`, { defaultValue: field });
  // The words the customer said; the language count and the severity and urgency rules are
  // the triage card's business on the complaint page.
  const cues =
    suggestion?.explanation.filter(
      (e) => e.cues.length > 0 && /^(category|emotion|loss|risk:)/.test(e.field),
    ) ?? [];

  return (
    <aside aria-labelledby="intake-suggestion-title" className="cl-intake-panel">
      <Flex justify="space-between" align="baseline" gap={8}>
        <Typography.Title level={3} id="intake-suggestion-title" style={{ fontSize: 16, margin: 0 }}>
          {t('intake.suggestion.title')}
        </Typography.Title>
        <Typography.Text type="secondary" aria-live="polite" style={{ fontSize: 12 }}>
          {state === 'reading' ? t('intake.suggestion.reading') : ''}
        </Typography.Text>
      </Flex>
      {!suggestion && state !== 'failed' && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('intake.suggestion.empty')}
        </Typography.Paragraph>
      )}
      {state === 'failed' && (
        <Alert type="warning" showIcon title={t('intake.suggestion.failed')} style={{ marginTop: 8 }} />
      )}
      {suggestion && (
        <div data-testid="triage-suggestion" style={{ opacity: state === 'reading' ? 0.6 : 1 }}>
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 8 }}
            items={[
              {
                key: 'category',
                label: t('intake.suggestion.category'),
                children: (
                  <span>
                    {t(`category.${suggestion.category.label}`)}{' '}
                    <Tag>
                      {t('complaint.confidence', { percent: percent(suggestion.category.confidence) })}
                    </Tag>
                  </span>
                ),
              },
              {
                key: 'emotion',
                label: t('intake.suggestion.emotion'),
                children: (
                  <span>
                    {t(`emotion.${suggestion.emotion.label}`)}{' '}
                    {suggestion.emotion.label !== 'calm' && (
                      <Tag>
                        {t('complaint.intensity', { percent: percent(suggestion.emotion.intensity) })}
                      </Tag>
                    )}
                  </span>
                ),
              },
              {
                key: 'risks',
                label: t('intake.suggestion.risks'),
                children: suggestion.risks.length
                  ? suggestion.risks.map((risk) => (
                      <Tag key={risk} color="red">
                        {t(`risk.${risk}`)}
                      </Tag>
                    ))
                  : t('complaint.noRisks'),
              },
              {
                key: 'severity',
                label: t('intake.suggestion.severity'),
                children: (
                  <span>
                    <SeverityTag severity={suggestion.severity} />
                    {suggestion.urgent && <Tag color="red">{t('complaint.urgent')}</Tag>}
                  </span>
                ),
              },
            ]}
          />
          {cues.length > 0 && (
            <div style={{ marginTop: 4 }}>
              <Typography.Text strong style={{ fontSize: 13 }}>
                {t('intake.suggestion.cues')}
              </Typography.Text>
              <ul className="cl-cues" style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {cues.map((e) => (
                  <li key={e.field}>
                    {fieldLabel(e.field)}
                    {t('complaint.colon')}
                    {e.cues.map((cue) => (
                      <Tag key={cue} style={{ marginInlineEnd: 4 }}>
                        {cue}
                      </Tag>
                    ))}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <Button style={{ marginTop: 12 }} onClick={() => onAccept(suggestion)} block>
            {t('intake.suggestion.accept')}
          </Button>
          {accepted && (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('intake.suggestion.accepted')}
            </Typography.Paragraph>
          )}
        </div>
      )}

      <fieldset className="cl-intake-decision">
        <legend>{t('intake.decision.title')}</legend>
        <Typography.Paragraph type="secondary" style={{ fontSize: 13, marginBottom: 8 }}>
          {t('intake.decision.help')}
        </Typography.Paragraph>
        <Form.Item name="category" label={t('intake.decision.category')}>
          <Select
            allowClear
            placeholder={t('intake.decision.fromTriage')}
            options={categories.map((c) => ({ value: c, label: t(`category.${c}`) }))}
          />
        </Form.Item>
        {chosenCategory && subcategories.length > 0 && (
          <Form.Item
            name="subcategoryId"
            label={t('intake.decision.subcategory')}
            extra={t('intake.decision.subcategoryHelp')}
          >
            <Select
              allowClear
              placeholder={t('intake.decision.subcategoryNone')}
              options={subcategories.map((s) => ({ value: s.id, label: s.names[language] }))}
            />
          </Form.Item>
        )}
        <Form.Item name="severity" label={t('intake.decision.severity')}>
          <Select
            allowClear
            placeholder={t('intake.decision.fromTriage')}
            options={severities.map((s) => ({ value: s, label: t(`severity.${s}`) }))}
          />
        </Form.Item>
        <Form.Item name="emotion" label={t('intake.decision.emotion')} style={{ marginBottom: 0 }}>
          <Select
            allowClear
            placeholder={t('intake.decision.fromTriage')}
            options={emotions.map((e) => ({ value: e, label: t(`emotion.${e}`) }))}
          />
        </Form.Item>
      </fieldset>
    </aside>
  );
}
