/**
 * /track: the customer follows their complaint with its tracking number and access code
 * (PRODUCT.md R7, CONTRACT.md §6). The link from the acknowledgement,
 * /track?n=<trackingNumber>&t=<accessToken>, fills the form and looks it up at once.
 * An unknown number and a wrong code get the same answer.
 */
import { Alert, Button, Card, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client';
import type { ComplaintStatus, PublicComplaintView } from '../../api/types';
import { EvidencePicker } from './evidence-picker';
import { sendEvidence, uploadFailureReason, type UploadOutcome } from './evidence-upload';
import { formatInstant, listOf, preventEnterWhileComposing, showFieldProblems } from './form-support';
import { addCustomerMessage, lookUpComplaint } from './portal-api';
import { OfferCard, SurveyCard } from './track-answers';
import { PortalLayout, usePageTitle } from './portal-layout';

interface Credentials {
  trackingNumber: string;
  accessToken: string;
}

type Lookup =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'found'; view: PublicComplaintView; credentials: Credentials }
  | { state: 'not_found' }
  | { state: 'failed'; message: string };

const statusColor: Record<ComplaintStatus, string> = {
  new: 'blue',
  triaged: 'cyan',
  investigating: 'gold',
  remedy_proposed: 'purple',
  in_progress: 'geekblue',
  resolved: 'green',
  closed: 'default',
  dismissed: 'default',
};

/** Read by screen readers, not shown. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

const kindColor: Record<string, string> = {
  received: 'blue',
  status: 'blue',
  reply: 'green',
  customer_message: 'gray',
  evidence: 'gray',
  reopened: 'red',
  offer_accepted: 'green',
  offer_rejected: 'red',
  survey: 'gold',
};

export default function TrackPage() {
  const { t } = useTranslation();
  usePageTitle(t('track.title'));
  const [params, setParams] = useSearchParams();
  const [form] = Form.useForm<Credentials>();
  const [lookup, setLookup] = useState<Lookup>({ state: 'idle' });
  // While a complaint is shown the form folds away, so a phone shows the complaint first.
  const [lookingUpAnother, setLookingUpAnother] = useState(false);
  const running = useRef<AbortController | null>(null);

  const lookUp = useCallback(
    async (credentials: Credentials, options: { quiet?: boolean } = {}) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      if (!options.quiet) setLookup({ state: 'loading' });
      try {
        const view = await lookUpComplaint(
          credentials.trackingNumber,
          credentials.accessToken,
          controller.signal,
        );
        setLookup({ state: 'found', view, credentials });
        setLookingUpAnother(false);
        return true;
      } catch (error) {
        if (controller.signal.aborted) return false;
        const status = error instanceof ApiError ? error.problem.status : -1;
        // A failed refresh keeps what is shown, unless the complaint is gone.
        if (options.quiet && status !== 404) return false;
        // 400 is a tracking number too long to be one: as unknown as any other.
        if (status === 404 || status === 400) setLookup({ state: 'not_found' });
        else if (status === 429) setLookup({ state: 'failed', message: t('track.rateLimited') });
        else if (status === 0) setLookup({ state: 'failed', message: t('errors.network') });
        else setLookup({ state: 'failed', message: t('errors.generic') });
        return false;
      }
    },
    [t],
  );

  // The tracking link: fill the form from ?n=&t= and look it up once.
  const fromLink = useRef({ trackingNumber: params.get('n') ?? '', accessToken: params.get('t') ?? '' });
  useEffect(() => {
    const { trackingNumber, accessToken } = fromLink.current;
    if (trackingNumber && accessToken) void lookUp({ trackingNumber, accessToken });
    return () => running.current?.abort();
  }, [lookUp]);

  const submit = async (values: Credentials) => {
    const credentials = {
      trackingNumber: values.trackingNumber.trim(),
      accessToken: values.accessToken.trim(),
    };
    if (await lookUp(credentials)) {
      setParams({ n: credentials.trackingNumber, t: credentials.accessToken }, { replace: true });
    }
  };

  return (
    <PortalLayout>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
            {t('track.title')}
          </Typography.Title>
          {lookup.state === 'found' && !lookingUpAnother ? (
            <Button
              type="link"
              style={{ paddingInline: 0 }}
              onClick={() => {
                setLookingUpAnother(true);
                setTimeout(() => form.focusField('trackingNumber'));
              }}
            >
              {t('track.lookUpAnother')}
            </Button>
          ) : (
            <>
              <Typography.Paragraph>{t('track.intro')}</Typography.Paragraph>
              <Form<Credentials>
                form={form}
                name="lookup"
                layout="vertical"
                requiredMark={false}
                initialValues={lookup.state === 'found' ? lookup.credentials : fromLink.current}
                onFinish={(values) => void submit(values)}
                onKeyDown={preventEnterWhileComposing}
              >
                <Form.Item
                  name="trackingNumber"
                  label={t('track.trackingNumber')}
                  rules={[{ required: true, whitespace: true, message: t('track.required') }]}
                >
                  <Input
                    autoComplete="off"
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={40}
                    placeholder="CL-XXXX-XXXX"
                  />
                </Form.Item>
                <Form.Item
                  name="accessToken"
                  label={t('track.accessToken')}
                  rules={[{ required: true, whitespace: true, message: t('track.required') }]}
                >
                  <Input autoComplete="off" autoCapitalize="off" spellCheck={false} maxLength={200} />
                </Form.Item>
                <Button
                  type="primary"
                  htmlType="submit"
                  size="large"
                  block
                  loading={lookup.state === 'loading'}
                >
                  {t('track.submit')}
                </Button>
              </Form>
            </>
          )}
          <div aria-live="polite">
            {lookup.state === 'not_found' && (
              <Alert
                type="warning"
                showIcon
                role="alert"
                style={{ marginTop: 16 }}
                title={t('track.notFound')}
                data-testid="track-not-found"
              />
            )}
            {lookup.state === 'failed' && (
              <Alert type="error" showIcon role="alert" style={{ marginTop: 16 }} title={lookup.message} />
            )}
          </div>
        </Card>
        {lookup.state === 'found' && (
          <TrackedComplaint
            key={lookup.view.trackingNumber}
            view={lookup.view}
            credentials={lookup.credentials}
            onChanged={() => lookUp(lookup.credentials, { quiet: true })}
          />
        )}
      </Space>
    </PortalLayout>
  );
}

function TrackedComplaint({
  view,
  credentials,
  onChanged,
}: {
  view: PublicComplaintView;
  credentials: Credentials;
  onChanged: () => Promise<boolean>;
}) {
  const { t, i18n } = useTranslation();
  const [refreshing, setRefreshing] = useState(false);
  const label = { color: '#4a5560' };
  const refresh = async () => {
    setRefreshing(true);
    await onChanged();
    setRefreshing(false);
  };

  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <Card>
        <section aria-labelledby="track-complaint-heading" data-testid="track-result">
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
            <h2
              id="track-complaint-heading"
              style={{ fontSize: 22, margin: 0, fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
            >
              {view.trackingNumber}
            </h2>
            <Tag color={statusColor[view.status]} style={{ fontSize: 14, padding: '2px 10px' }}>
              <span style={visuallyHidden}>{t('track.status')}: </span>
              {t(`status.${view.status}`)}
            </Tag>
          </div>
          <dl style={{ margin: '12px 0 0' }}>
            <dt style={label}>{t('track.subject')}</dt>
            <dd style={{ margin: '2px 0 10px', overflowWrap: 'anywhere' }}>
              {view.subject || t('track.noSubject')}
            </dd>
            <dt style={label}>{t('track.received')}</dt>
            <dd style={{ margin: '2px 0 10px' }}>
              <time dateTime={view.receivedAt}>{formatInstant(view.receivedAt, i18n.language)}</time>
            </dd>
            <dt style={label}>{t('track.firstResponseDue')}</dt>
            <dd style={{ margin: '2px 0 10px' }}>
              <time dateTime={view.firstResponseDueAt}>
                {formatInstant(view.firstResponseDueAt, i18n.language)}
              </time>
            </dd>
            <dt style={label}>{t('track.resolutionDue')}</dt>
            <dd style={{ margin: '2px 0 0' }}>
              <time dateTime={view.resolutionDueAt}>
                {formatInstant(view.resolutionDueAt, i18n.language)}
              </time>
            </dd>
          </dl>
        </section>
      </Card>
      <OfferCard view={view} credentials={credentials} onChanged={onChanged} />
      <SurveyCard view={view} credentials={credentials} onChanged={onChanged} />
      <Card>
        <section aria-labelledby="track-timeline-heading">
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8 }}>
            <h2 id="track-timeline-heading" style={{ fontSize: 18, margin: 0 }}>
              {t('track.timeline')}
            </h2>
            <Button size="small" loading={refreshing} onClick={() => void refresh()}>
              {t('track.refresh')}
            </Button>
          </div>
          {view.timeline.length === 0 ? (
            <Typography.Paragraph style={{ marginTop: 12 }}>{t('track.emptyTimeline')}</Typography.Paragraph>
          ) : (
            <Timeline
              style={{ marginTop: 20 }}
              items={view.timeline.map((item, index) => ({
                key: `${item.at}-${index}`,
                color: kindColor[item.kind] ?? 'blue',
                content: (
                  <div>
                    <time dateTime={item.at} style={{ display: 'block', color: '#4a5560', fontSize: 13 }}>
                      {formatInstant(item.at, i18n.language)}
                    </time>
                    {(item.kind === 'reply' || item.kind === 'customer_message') && (
                      <div style={{ fontWeight: 600 }}>{t(`track.kind.${item.kind}`)}</div>
                    )}
                    <div style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{item.text}</div>
                  </div>
                ),
              }))}
            />
          )}
        </section>
      </Card>
      <AddMessage credentials={credentials} onSent={onChanged} />
      <AddEvidence credentials={credentials} onSent={onChanged} />
    </div>
  );
}

function AddMessage({ credentials, onSent }: { credentials: Credentials; onSent: () => Promise<boolean> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ body: string }>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null);

  const send = async ({ body }: { body: string }) => {
    setBusy(true);
    setNotice(null);
    try {
      await addCustomerMessage(credentials.trackingNumber, credentials.accessToken, body.trim());
      form.resetFields();
      setNotice({ type: 'success', text: t('track.messageSent') });
      await onSent();
    } catch (error) {
      if (!(error instanceof ApiError)) setNotice({ type: 'error', text: t('errors.generic') });
      else if (error.problem.errors?.length) {
        const shown = showFieldProblems(form, error.problem.errors, ['body'], t);
        if (shown.general.length) setNotice({ type: 'error', text: shown.general.join(' ') });
      } else if (error.problem.status === 404) setNotice({ type: 'error', text: t('track.notFound') });
      else if (error.problem.status === 429) setNotice({ type: 'error', text: t('track.rateLimited') });
      else if (error.problem.status === 0) setNotice({ type: 'error', text: t('errors.network') });
      else setNotice({ type: 'error', text: t('errors.generic') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card>
      <Form<{ body: string }>
        form={form}
        name="message"
        layout="vertical"
        requiredMark={false}
        onFinish={(values) => void send(values)}
        onValuesChange={() => setNotice(null)}
      >
        <Form.Item
          name="body"
          label={<span style={{ fontSize: 18, fontWeight: 600 }}>{t('track.addMessage')}</span>}
          rules={[{ required: true, whitespace: true, message: t('track.required') }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={20_000}
            placeholder={t('track.messagePlaceholder')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} block>
          {t('track.send')}
        </Button>
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
      </Form>
    </Card>
  );
}

function AddEvidence({ credentials, onSent }: { credentials: Credentials; onSent: () => Promise<boolean> }) {
  const { t, i18n } = useTranslation();
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<UploadOutcome | null>(null);

  const send = async () => {
    const result = await sendEvidence(
      credentials.trackingNumber,
      credentials.accessToken,
      files,
      setOutcome,
      (e) => uploadFailureReason(e, t),
    );
    setFiles((current) => current.filter((f) => !result.attached.includes(f.name)));
    if (result.attached.length) await onSent();
  };

  return (
    <Card>
      <section aria-labelledby="track-evidence-heading">
        <h2 id="track-evidence-heading" style={{ fontSize: 18, margin: '0 0 4px' }}>
          {t('track.addEvidence')}
        </h2>
        <Typography.Paragraph id="track-evidence-hint" style={{ color: '#4a5560' }}>
          {t('track.evidenceHint')}
        </Typography.Paragraph>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <EvidencePicker
            id="track_evidence"
            files={files}
            onChange={(next) => {
              setFiles(next);
              setOutcome(null);
            }}
            describedBy="track-evidence-hint"
          />
          {files.length > 0 && (
            <Button type="primary" block loading={outcome?.busy} onClick={() => void send()}>
              {t('track.send')}
            </Button>
          )}
          <div aria-live="polite">
            {outcome && !outcome.busy && outcome.attached.length > 0 && (
              <Alert
                type="success"
                showIcon
                title={t('portal.evidenceAttached', { names: listOf(outcome.attached, i18n.language) })}
              />
            )}
            {outcome?.failed.map((f) => (
              <Alert
                key={f.name}
                type="error"
                showIcon
                role="alert"
                style={{ marginTop: 8 }}
                title={t('track.evidenceFailed', { name: f.name, reason: f.reason })}
              />
            ))}
          </div>
        </Space>
      </section>
    </Card>
  );
}
