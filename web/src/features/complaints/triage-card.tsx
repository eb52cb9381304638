/**
 * What triage made of the complaint (PRODUCT.md R3): category with its confidence and
 * whether a person set it, its subcategory (set here by staff), emotion with its intensity, risks, and the cues it used.
 */
import { Alert, Button, Descriptions, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, session } from '../../api/client';
import type { Complaint } from '../../api/types';
import { SeverityTag } from '../../ui/status-tag';
import { SectionCard } from './section-card';
import { SubcategoryField } from './subcategory-field';
import { TriageCorrection } from './triage-correction';

const percent = (value: number) => Math.round(value * 100);

const correctors = ['admin', 'supervisor', 'agent'];
const oneHanCharacter = /^\p{Script=Han}$/u;

export function TriageCard({
  complaint,
  onChanged,
}: {
  complaint: Complaint;
  onChanged: () => Promise<void> | void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const { triage } = complaint;
  const mayCorrect = correctors.includes(session.user()?.role ?? '') && complaint.status !== 'dismissed';
  const confirm = async () => {
    await api(`/api/v1/complaints/${complaint.id}/triage`, { method: 'POST', body: {} });
    await onChanged();
  };
  if (editing) {
    return (
      <SectionCard title={t('complaint.triage')}>
        <TriageCorrection
          complaint={complaint}
          onCancel={() => setEditing(false)}
          onDone={async () => {
            setEditing(false);
            await onChanged();
          }}
        />
      </SectionCard>
    );
  }
  const fieldLabel = (field: string) =>
    field.startsWith('risk:')
      ? t('complaint.cueField.risk', { risk: t(`risk.${field.slice(5)}`) })
      : t(`complaint.cueField.${field}`, { defaultValue: field });
  // Complaints triaged before the server merged them may still hold one-character cues.
  const cues = triage.explanation
    .map((e) => ({ ...e, cues: e.cues.filter((cue) => !oneHanCharacter.test(cue)) }))
    .filter((e) => e.cues.length > 0);
  return (
    <SectionCard
      title={t('complaint.triage')}
      extra={
        mayCorrect && (
          <Flex gap={4}>
            {triage.needsReview && (
              <Button size="small" onClick={() => void confirm()}>
                {t('triageCorrection.confirm')}
              </Button>
            )}
            <Button size="small" onClick={() => setEditing(true)}>
              {t('triageCorrection.correct')}
            </Button>
          </Flex>
        )
      }
    >
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
            key: 'subcategory',
            label: t('organisation.subcategory.label'),
            children: <SubcategoryField complaint={complaint} onChanged={onChanged} />,
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
                <strong>
                  {fieldLabel(e.field)}
                  {t('complaint.colon')}
                </strong>
                {e.cues.join(t('complaint.cueSeparator'))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </SectionCard>
  );
}
