/**
 * The customer's answers on the tracking page (CONTRACT.md §6, PRODUCT.md R4, R8): the
 * offer beside what they asked for, to accept or reject with a reason; and, once the
 * complaint is resolved, the satisfaction survey (1–5 stars and a comment). The server
 * decides what is open; these cards show what the tracking view says and refresh it.
 */
import { Alert, Button, Card, Flex, Form, Input, Rate, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import type { PublicComplaintView } from '../../api/types';
import { formatMoney } from '../../ui/money';
import { preventEnterWhileComposing, showFieldProblems } from './form-support';
import { answerOffer, submitSurvey } from './portal-api';

interface Credentials {
  trackingNumber: string;
  accessToken: string;
}

interface AnswerProps {
  view: PublicComplaintView;
  credentials: Credentials;
  onChanged: () => Promise<boolean>;
}

type Notice = { type: 'success' | 'error' | 'info'; text: string } | null;

/** A failed answer in words; field problems go beside their field. */
function failureText(
  error: unknown,
  t: TFunction,
  conflictText: (code: string) => string,
  showFields: (problems: NonNullable<ApiError['problem']['errors']>) => string[],
): string | null {
  if (!(error instanceof ApiError)) return t('errors.generic');
  const { status, code, errors } = error.problem;
  if (errors?.length) {
    const general = showFields(errors);
    return general.length ? general.join(' ') : null;
  }
  if (status === 409) return conflictText(code);
  if (status === 404) return t('track.notFound');
  if (status === 429) return t('track.rateLimited');
  if (status === 0) return t('errors.network');
  return t('errors.generic');
}

function NoticeAlert({ notice }: { notice: Notice }) {
  return (
    <div aria-live="polite">
      {notice && (
        <Alert
          type={notice.type}
          showIcon
          role={notice.type === 'error' ? 'alert' : 'status'}
          style={{ marginTop: 12 }}
          title={notice.text}
        />
      )}
    </div>
  );
}

const heading = { fontSize: 18, margin: '0 0 12px' } as const;
const subheading = { fontSize: 15, margin: '0 0 6px', color: '#4a5560' } as const;

/** The offer beside the customer's expectation; accept, or reject with a reason. */
export function OfferCard({ view, credentials, onChanged }: AnswerProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const [rejecting, setRejecting] = useState(false);
  const [busy, setBusy] = useState<'accept' | 'reject' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const { offer } = view;
  if (offer.remedies.length === 0) return null;

  const send = async (decision: 'accept' | 'reject', reason?: string) => {
    setBusy(decision);
    setNotice(null);
    try {
      await answerOffer(credentials.trackingNumber, credentials.accessToken, {
        decision,
        ...(reason ? { reason: reason.trim() } : {}),
      });
      setRejecting(false);
      form.resetFields();
      setNotice({
        type: 'success',
        text: decision === 'accept' ? t('closing.offer.accepted') : t('closing.offer.rejected'),
      });
      await onChanged();
    } catch (error) {
      const text = failureText(
        error,
        t,
        () => t('closing.offer.notOpen'),
        (problems) => showFieldProblems(form, problems, ['reason'], t).general,
      );
      if (text) setNotice({ type: 'error', text });
      if (error instanceof ApiError && error.problem.status === 409) await onChanged();
    } finally {
      setBusy(null);
    }
  };

  return (
    <Card>
      <section aria-labelledby="track-offer-heading" data-testid="track-offer">
        <h2 id="track-offer-heading" style={heading}>
          {t('closing.offer.title')}
        </h2>
        <Flex wrap gap={16}>
          <div style={{ flex: '1 1 220px', minWidth: 0 }}>
            <h3 style={subheading}>{t('closing.offer.expectation')}</h3>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: 0 }}>
              {view.expectation ?? t('closing.offer.noExpectation')}
            </Typography.Paragraph>
          </div>
          <div style={{ flex: '1 1 220px', minWidth: 0 }}>
            <h3 style={subheading}>{t('closing.offer.offered')}</h3>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}>
              {offer.remedies.map((remedy, index) => (
                <li key={index}>
                  <Flex wrap gap={6} align="center">
                    <strong>{t(`remedyKind.${remedy.kind}`)}</strong>
                    {remedy.amount !== null && (
                      <span>{formatMoney(remedy.amount, remedy.currency, i18n.language)}</span>
                    )}
                    {remedy.customerResponse && (
                      <Tag color={remedy.customerResponse === 'accepted' ? 'green' : 'red'}>
                        {t(`closing.offer.response.${remedy.customerResponse}`)}
                      </Tag>
                    )}
                  </Flex>
                  <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{remedy.description}</div>
                </li>
              ))}
            </ul>
          </div>
        </Flex>
        {offer.awaitingAnswer && !rejecting && (
          <div style={{ marginTop: 16 }}>
            <Typography.Paragraph strong>{t('closing.offer.question')}</Typography.Paragraph>
            <Flex gap={8} wrap>
              <Button type="primary" loading={busy === 'accept'} onClick={() => void send('accept')}>
                {t('closing.offer.accept')}
              </Button>
              <Button danger onClick={() => setRejecting(true)}>
                {t('closing.offer.reject')}
              </Button>
            </Flex>
          </div>
        )}
        {offer.awaitingAnswer && rejecting && (
          <Form<{ reason: string }>
            form={form}
            name="reject-offer"
            layout="vertical"
            requiredMark={false}
            style={{ marginTop: 16 }}
            onFinish={(values) => void send('reject', values.reason)}
          >
            <Form.Item
              name="reason"
              label={t('closing.offer.reason')}
              extra={t('closing.offer.reasonHint')}
              rules={[{ required: true, whitespace: true, message: t('closing.offer.reasonRequired') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2_000} />
            </Form.Item>
            <Flex gap={8} wrap>
              <Button type="primary" danger htmlType="submit" loading={busy === 'reject'}>
                {t('closing.offer.send')}
              </Button>
              <Button
                onClick={() => {
                  setRejecting(false);
                  form.resetFields();
                }}
              >
                {t('closing.offer.cancel')}
              </Button>
            </Flex>
          </Form>
        )}
        <NoticeAlert notice={notice} />
      </section>
    </Card>
  );
}

interface SurveyValues {
  rating: number;
  comment?: string;
}

/** The satisfaction survey once the complaint is resolved; then a thank-you. */
export function SurveyCard({ view, credentials, onChanged }: AnswerProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SurveyValues>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const { survey } = view;
  if (!survey.open && !survey.submitted) return null;
  const stars = [1, 2, 3, 4, 5].map((n) => t(`closing.survey.stars.${n - 1}`));

  const send = async (values: SurveyValues) => {
    setBusy(true);
    setNotice(null);
    try {
      const comment = values.comment?.trim();
      await submitSurvey(credentials.trackingNumber, credentials.accessToken, {
        rating: values.rating,
        ...(comment ? { comment } : {}),
      });
      await onChanged();
    } catch (error) {
      const text = failureText(
        error,
        t,
        (code) =>
          code === 'survey.already_submitted'
            ? t('closing.survey.alreadySubmitted')
            : t('closing.survey.notOpen'),
        (problems) => showFieldProblems(form, problems, ['rating', 'comment'], t).general,
      );
      if (text) setNotice({ type: 'error', text });
      if (error instanceof ApiError && error.problem.status === 409) await onChanged();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <section aria-labelledby="track-survey-heading" data-testid="track-survey">
        <h2 id="track-survey-heading" style={heading}>
          {t('closing.survey.title')}
        </h2>
        {survey.submitted ? (
          <div role="status">
            <Alert
              type={survey.submitted.rating <= 2 ? 'info' : 'success'}
              showIcon
              title={t('closing.survey.thanks')}
              description={
                <>
                  <div>{t('closing.survey.yourRating', { rating: survey.submitted.rating })}</div>
                  <Rate disabled value={survey.submitted.rating} aria-hidden />
                  {survey.submitted.comment && (
                    <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                      {survey.submitted.comment}
                    </div>
                  )}
                  {survey.submitted.rating <= 2 && view.status === 'in_progress' && (
                    <div style={{ marginTop: 8 }}>{t('closing.survey.reopened')}</div>
                  )}
                </>
              }
            />
          </div>
        ) : (
          <Form<SurveyValues>
            form={form}
            name="survey"
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => void send(values)}
            onKeyDown={preventEnterWhileComposing}
            onValuesChange={() => setNotice(null)}
          >
            <Typography.Paragraph>{t('closing.survey.intro')}</Typography.Paragraph>
            <Form.Item
              name="rating"
              label={t('closing.survey.rating')}
              rules={[{ required: true, message: t('closing.survey.ratingRequired') }]}
            >
              <Rate tooltips={stars} style={{ fontSize: 32 }} />
            </Form.Item>
            <Form.Item name="comment" label={t('closing.survey.comment')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={2_000} />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} block>
              {t('closing.survey.submit')}
            </Button>
          </Form>
        )}
        <NoticeAlert notice={notice} />
      </section>
    </Card>
  );
}
