/**
 * What triage made of the complaint (PRODUCT.md R3): category with its confidence and
 * whether a person set it, emotion with its intensity, risks, and the cues it used.
 */
import { Alert, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Complaint } from '../../api/types';
import { SeverityTag } from '../../ui/status-tag';
import { SectionCard } from './section-card';

const percent = (value: number) => Math.round(value * 100);

export function TriageCard({ complaint }: { complaint: Complaint }) {
  const { t } = useTranslation();
  const { triage } = complaint;
  const fieldLabel = (field: string) =>
    field.startsWith('risk:')
      ? t('complaint.cueField.risk', { risk: t(`risk.${field.slice(5)}`) })
      : t(`complaint.cueField.${field}`, { defaultValue: field });
  const cues = triage.explanation.filter((e) => e.cues.length > 0);
  return (
    <SectionCard title={t('complaint.triage')}>
      {triage.needsReview && (
        <Alert type="warning" showIcon title={t('complaint.needsReviewHint')} style={{ marginBottom: 12 }} />
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'category',
            label: t('complaint.category'),
            children: (
              <span>
                {t(`category.${triage.category.label}`)}{' '}
                <Tag>{t('complaint.confidence', { percent: percent(triage.category.confidence) })}</Tag>
                <Tag color={triage.category.source === 'person' ? 'blue' : 'default'}>
                  {t(`complaint.source.${triage.category.source}`)}
                </Tag>
              </span>
            ),
          },
          {
            key: 'emotion',
            label: t('complaint.emotion'),
            children: (
              <span>
                {t(`emotion.${triage.emotion.label}`)}{' '}
                {triage.emotion.label !== 'calm' && (
                  <Tag>{t('complaint.intensity', { percent: percent(triage.emotion.intensity) })}</Tag>
                )}
              </span>
            ),
          },
          {
            key: 'risks',
            label: t('complaint.risks'),
            children: triage.risks.length
              ? triage.risks.map((risk) => (
                  <Tag key={risk} color="red">
                    {t(`risk.${risk}`)}
                  </Tag>
                ))
              : t('complaint.noRisks'),
          },
          {
            key: 'severity',
            label: t('complaint.severity'),
            children: (
              <span>
                <SeverityTag severity={triage.severity} />
                {triage.urgent && <Tag color="red">{t('complaint.urgent')}</Tag>}
              </span>
            ),
          },
          {
            key: 'language',
            label: t('complaint.language'),
            children: t(`complaint.languageValue.${triage.language}`),
          },
        ]}
      />
      {cues.length > 0 && (
        <details>
          <summary className="cl-focusable" style={{ cursor: 'pointer' }}>
            {t('complaint.cues')}
          </summary>
          <ul className="cl-cues">
            {cues.map((e) => (
              <li key={e.field}>
                <strong>{fieldLabel(e.field)}:</strong> {e.cues.join(t('complaint.cueSeparator'))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </SectionCard>
  );
}
