/**
 * Step 5 on the complaint page (PRODUCT.md R5, R8): how often the complaint was resolved
 * and reopened, the customer's survey answers, and the follow-ups, which the owner, a
 * supervisor or an admin records once the complaint is resolved. Loads its own lists and
 * reloads them with the complaint.
 */
import { Alert, App, Button, Descriptions, Flex, Form, Input, Radio, Rate, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, session, type SessionUser } from '../../api/client';
import type { Complaint, FollowUp, FollowUpOutcome, StaffSurvey } from '../../api/types';
import { formProblem } from '../../ui/problem';
import { When } from '../../ui/when';
import { SectionCard } from './section-card';
import { useBusy } from './use-busy';

const outcomes: readonly FollowUpOutcome[] = ['satisfied', 'unsatisfied', 'unreachable'];
const outcomeColor: Record<FollowUpOutcome, string> = {
  satisfied: 'green',
  unsatisfied: 'red',
  unreachable: 'default',
};

/**
 * A mirror of mayRecordFollowUp (src/domain/complaint/follow-up.ts), to decide what to
 * show: the server decides, and answers 403 when this is out of date.
 */
const mayRecord = (user: SessionUser | null, complaint: Complaint) =>
  user !== null && (user.role === 'admin' || user.role === 'supervisor' || user.id === complaint.ownerId);

const isAfterResolution = (complaint: Complaint) =>
  complaint.status === 'resolved' || complaint.status === 'closed';

interface ClosingCardProps {
  complaint: Complaint;
  nameOf: (userId: string | null) => string | null;
  onChanged: () => Promise<void>;
}

export function ClosingCard({ complaint, nameOf, onChanged }: ClosingCardProps) {
  const { t } = useTranslation();
  const [surveys, setSurveys] = useState<StaffSurvey[]>([]);
  const [followUps, setFollowUps] = useState<FollowUp[]>([]);
  const [loadError, setLoadError] = useState(false);
  const [recording, setRecording] = useState(false);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      const base = `/api/v1/complaints/${encodeURIComponent(complaint.id)}`;
      try {
        const [s, f] = await Promise.all([
          api<{ items: StaffSurvey[] }>(`${base}/surveys`, { signal }),
          api<{ items: FollowUp[] }>(`${base}/follow-ups`, { signal }),
        ]);
        setSurveys(s.items);
        setFollowUps(f.items);
        setLoadError(false);
      } catch {
        if (!signal?.aborted) setLoadError(true);
      }
    },
    [complaint.id],
  );

  // Again whenever the complaint changes (a survey reopens it, a resolution opens a round).
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, complaint.version]);

  const afterResolution = isAfterResolution(complaint);
  if (!afterResolution && complaint.resolutionCount === 0 && surveys.length === 0 && followUps.length === 0) {
    return null;
  }
  const canRecord = afterResolution && mayRecord(session.user(), complaint);

  return (
    <SectionCard
      title={t('closing.staff.title')}
      extra={
        canRecord && !recording ? (
          <Button size="small" onClick={() => setRecording(true)}>
            {t('closing.staff.record')}
          </Button>
        ) : null
      }
    >
      {loadError && (
        <Alert type="warning" showIcon title={t('closing.staff.loadFailed')} style={{ marginBottom: 8 }} />
      )}
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'resolved', label: t('closing.staff.resolutionCount'), children: complaint.resolutionCount },
          { key: 'reopened', label: t('closing.staff.reopenCount'), children: complaint.reopenCount },
          {
            key: 'rating',
            label: t('closing.staff.rating'),
            children:
              complaint.satisfactionRating === null
                ? t('closing.staff.noRating')
                : t('closing.staff.ratingValue', { rating: complaint.satisfactionRating }),
          },
        ]}
      />
      {surveys.length > 0 && (
        <>
          <Typography.Title level={5} style={{ fontSize: 14, marginTop: 8 }}>
            {t('closing.staff.surveys')}
          </Typography.Title>
          <ul className="cl-plain-list" aria-label={t('closing.staff.surveys')}>
            {surveys.map((s) => (
              <li key={s.id}>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Typography.Text strong>{t('closing.staff.round', { round: s.round })}</Typography.Text>
                  <span>
                    <Rate disabled value={s.rating} style={{ fontSize: 14 }} />{' '}
                    <span>{t('closing.staff.ratingValue', { rating: s.rating })}</span>
                  </span>
                </Flex>
                {s.comment && <div className="cl-prewrap">{s.comment}</div>}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <When at={s.submittedAt} />
                </Typography.Text>
              </li>
            ))}
          </ul>
        </>
      )}
      <Typography.Title level={5} style={{ fontSize: 14, marginTop: 8 }}>
        {t('closing.staff.followUps')}
      </Typography.Title>
      {followUps.length === 0 ? (
        <Typography.Text type="secondary">
          {afterResolution ? t('closing.staff.noFollowUps') : t('closing.staff.onlyAfterResolution')}
        </Typography.Text>
      ) : (
        <ul className="cl-plain-list" aria-label={t('closing.staff.followUps')}>
          {followUps.map((f) => (
            <li key={f.id}>
              <Tag color={outcomeColor[f.outcome]}>{t(`closing.staff.outcomes.${f.outcome}`)}</Tag>
              {f.notes && <div className="cl-prewrap">{f.notes}</div>}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('closing.staff.recordedBy', { name: nameOf(f.recordedById) ?? t('complaint.someone') })} ·{' '}
                <When at={f.recordedAt} />
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}
      {recording && (
        <FollowUpForm
          complaintId={complaint.id}
          onCancel={() => setRecording(false)}
          onRecorded={async () => {
            setRecording(false);
            await Promise.all([load(), onChanged()]);
          }}
        />
      )}
    </SectionCard>
  );
}

interface FollowUpValues {
  outcome: FollowUpOutcome;
  notes?: string;
}

function FollowUpForm({
  complaintId,
  onCancel,
  onRecorded,
}: {
  complaintId: string;
  onCancel: () => void;
  onRecorded: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FollowUpValues>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);

  const submit = (values: FollowUpValues) =>
    run(async () => {
      setError(null);
      try {
        const notes = values.notes?.trim();
        await api<FollowUp>(`/api/v1/complaints/${encodeURIComponent(complaintId)}/follow-ups`, {
          method: 'POST',
          body: { outcome: values.outcome, ...(notes ? { notes } : {}) },
        });
        void message.success(
          values.outcome === 'unsatisfied' ? t('closing.staff.escalated') : t('closing.staff.saved'),
        );
        await onRecorded();
      } catch (e) {
        setError(formProblem(form, e, ['outcome', 'notes'], t));
      }
    });

  return (
    <Form<FollowUpValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void submit(v)}
      style={{ marginTop: 12, borderTop: '1px solid #f0f0f0', paddingTop: 12 }}
      aria-label={t('closing.staff.record')}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="outcome"
        label={t('closing.staff.outcome')}
        rules={[{ required: true, message: t('complaint.required') }]}
      >
        <Radio.Group options={outcomes.map((o) => ({ value: o, label: t(`closing.staff.outcomes.${o}`) }))} />
      </Form.Item>
      <Form.Item name="notes" label={t('closing.staff.notes')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5_000} />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('closing.staff.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={spinner}>
          {t('closing.staff.save')}
        </Button>
      </Flex>
    </Form>
  );
}
