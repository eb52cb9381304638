/**
 * /complain: the public complaint form (PRODUCT.md R1, CONTRACT.md §6). No account.
 * The server checks everything; its problem+json `errors[]` are shown beside the fields.
 * On 201 the customer sees the tracking number and access code, the deadlines, and a
 * link to follow the complaint; evidence files are sent then, with the access code.
 */
import { ProblemsAlert } from '../../ui/problems-alert';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/client';
import type { PublicReceiptView } from '../../api/types';
import type { Language } from '../../i18n/i18n';
import { EvidencePicker } from './evidence-picker';
import {
  eitherContactRule,
  formatInstant,
  given,
  listOf,
  preventEnterWhileComposing,
  showFieldProblems,
} from './form-support';
import { sendEvidence, uploadFailureReason, type UploadOutcome } from './evidence-upload';
import { fileComplaint, trackPath, type PublicComplaintInput } from './portal-api';
import { PortalLayout, usePageTitle } from './portal-layout';

interface Values {
  customer?: { name?: string; email?: string; phone?: string };
  subject?: string;
  description?: string;
  expectation?: string;
  orderRef?: string;
}

const fieldPaths = [
  'customer.name',
  'customer.email',
  'customer.phone',
  'subject',
  'description',
  'expectation',
  'orderRef',
] as const;

export default function ComplainPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('portal.title'));
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [general, setGeneral] = useState<string[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [receipt, setReceipt] = useState<PublicReceiptView | null>(null);
  const [uploads, setUploads] = useState<UploadOutcome | null>(null);

  const submit = async (values: Values) => {
    setBusy(true);
    setGeneral([]);
    const body: PublicComplaintInput = {
      customer: {
        name: given(values.customer?.name) ?? '',
        email: given(values.customer?.email),
        phone: given(values.customer?.phone),
      },
      subject: given(values.subject),
      description: values.description?.trim() ?? '',
      expectation: given(values.expectation),
      orderRef: given(values.orderRef),
      locale: (i18n.language === 'en-US' ? 'en-US' : 'zh-CN') satisfies Language,
    };
    try {
      const created = await fileComplaint(body);
      const chosen = files;
      // Clear the form now, while it is mounted: "file another" starts empty.
      form.resetFields();
      setFiles([]);
      setReceipt(created);
      window.scrollTo({ top: 0 });
      if (chosen.length) {
        await sendEvidence(created.trackingNumber, created.accessToken, chosen, setUploads, (e) =>
          uploadFailureReason(e, t),
        );
      }
    } catch (error) {
      if (!(error instanceof ApiError)) {
        setGeneral([t('errors.generic')]);
        return;
      }
      const { status, errors } = error.problem;
      if (status === 0) setGeneral([t('errors.network')]);
      else if (status === 429) setGeneral([t('portal.rateLimited')]);
      else if (errors?.length) {
        const shown = showFieldProblems(form, errors, fieldPaths, t);
        setGeneral(shown.general.length ? shown.general : [t('portal.fixErrors')]);
        if (shown.first) {
          form.scrollToField(shown.first, { block: 'center' });
          form.focusField(shown.first);
        }
      } else setGeneral([error.problem.detail || t('errors.generic')]);
    } finally {
      setBusy(false);
    }
  };

  const startAgain = () => {
    setUploads(null);
    setGeneral([]);
    setReceipt(null);
  };

  return (
    <PortalLayout>
      {receipt ? (
        <Acknowledgement receipt={receipt} uploads={uploads} onStartAgain={startAgain} />
      ) : (
        <Card>
          <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
            {t('portal.title')}
          </Typography.Title>
          <Typography.Paragraph>{t('portal.intro')}</Typography.Paragraph>
          <Form<Values>
            form={form}
            name="complain"
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => void submit(values)}
            onFinishFailed={() => setGeneral([t('portal.fixErrors')])}
            onValuesChange={(changed: Partial<Values>) => {
              // A field the customer edits loses the server's old message; so does the
              // email field when a phone number is given (either of the two will do).
              const edited = Object.entries(changed).flatMap(([key, value]) =>
                key === 'customer' && value && typeof value === 'object'
                  ? Object.keys(value).map((k) => ['customer', k])
                  : [[key]],
              );
              if (edited.some((p) => p[1] === 'phone')) edited.push(['customer', 'email']);
              form.setFields(edited.map((name) => ({ name: name as never, errors: [] })));
            }}
            onKeyDown={preventEnterWhileComposing}
            scrollToFirstError={{ block: 'center', focus: true }}
          >
            <Form.Item
              name={['customer', 'name']}
              label={t('portal.name')}
              rules={[{ required: true, whitespace: true, message: t('portal.required') }]}
            >
              <Input autoComplete="name" maxLength={200} />
            </Form.Item>
            <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
              <legend style={{ fontSize: 15, fontWeight: 600, marginBottom: 4, border: 0, color: '#1f2328' }}>
                {t('portal.contactLegend')}
              </legend>
              <Typography.Paragraph id="complain-contact-hint" style={{ marginBottom: 8, color: '#4a5560' }}>
                {t('portal.contactHint')}
              </Typography.Paragraph>
              <Form.Item
                name={['customer', 'email']}
                label={t('portal.email')}
                dependencies={[['customer', 'phone']]}
                rules={[eitherContactRule(t)]}
              >
                <Input
                  type="text"
                  inputMode="email"
                  autoComplete="email"
                  autoCapitalize="off"
                  spellCheck={false}
                  maxLength={254}
                  aria-describedby="complain-contact-hint"
                />
              </Form.Item>
              <Form.Item name={['customer', 'phone']} label={t('portal.phone')}>
                <Input
                  type="tel"
                  autoComplete="tel"
                  maxLength={32}
                  aria-describedby="complain-contact-hint"
                />
              </Form.Item>
            </fieldset>
            <Form.Item name="subject" label={t('portal.subject')}>
              <Input maxLength={300} />
            </Form.Item>
            <Form.Item
              name="description"
              label={t('portal.description')}
              extra={t('portal.descriptionHelp')}
              rules={[{ required: true, whitespace: true, message: t('portal.required') }]}
            >
              <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} maxLength={50_000} />
            </Form.Item>
            <Form.Item name="expectation" label={t('portal.expectation')} extra={t('portal.expectationHelp')}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={5_000} />
            </Form.Item>
            <Form.Item name="orderRef" label={t('portal.orderRef')}>
              <Input autoComplete="off" spellCheck={false} maxLength={200} />
            </Form.Item>
            <Form.Item
              label={t('portal.evidence')}
              htmlFor="complain_evidence"
              extra={t('portal.evidenceHint')}
            >
              <EvidencePicker id="complain_evidence" files={files} onChange={setFiles} />
            </Form.Item>
            <ProblemsAlert problems={general} summary={t('portal.fixErrors')} style={{ marginBottom: 16 }} />
            <Button type="primary" htmlType="submit" size="large" block loading={busy}>
              {t('portal.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </PortalLayout>
  );
}

function Acknowledgement({
  receipt,
  uploads,
  onStartAgain,
}: {
  receipt: PublicReceiptView;
  uploads: UploadOutcome | null;
  onStartAgain: () => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const follow = trackPath(receipt.trackingNumber, receipt.accessToken);
  const code = { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' };

  return (
    <Card>
      <div style={{ textAlign: 'center', marginBottom: 16 }}>
        <div
          aria-hidden
          style={{
            width: 48,
            height: 48,
            lineHeight: '48px',
            margin: '0 auto 8px',
            borderRadius: '50%',
            background: '#2f7d32',
            color: '#fff',
            fontSize: 28,
            fontWeight: 700,
          }}
        >
          ✓
        </div>
        <h1 ref={heading} tabIndex={-1} style={{ fontSize: 22, margin: 0, outline: 'none' }}>
          {t('portal.received')}
        </h1>
      </div>
      <div data-testid="receipt" style={{ marginBottom: 16 }}>
        <dl style={{ margin: 0 }}>
          <dt style={{ color: '#4a5560' }}>{t('portal.trackingNumber')}</dt>
          <dd style={{ margin: '2px 0 14px' }}>
            <Typography.Text
              copyable={{ text: receipt.trackingNumber, tooltips: [t('portal.copy'), t('portal.copied')] }}
              strong
              style={{ ...code, fontSize: 28, letterSpacing: 1 }}
              data-testid="tracking-number"
            >
              {receipt.trackingNumber}
            </Typography.Text>
          </dd>
          <dt style={{ color: '#4a5560' }}>{t('portal.accessToken')}</dt>
          <dd style={{ margin: '2px 0 14px' }}>
            <Typography.Text
              copyable={{ text: receipt.accessToken, tooltips: [t('portal.copy'), t('portal.copied')] }}
              strong
              style={{ ...code, fontSize: 20, overflowWrap: 'anywhere' }}
              data-testid="access-token"
            >
              {receipt.accessToken}
            </Typography.Text>
          </dd>
        </dl>
        <p style={{ margin: '0 0 16px', padding: '8px 12px', background: '#fff8e6', borderRadius: 6 }}>
          {t('portal.keep')}
        </p>
        <dl style={{ margin: 0 }}>
          <dt style={{ color: '#4a5560' }}>{t('portal.firstResponseBy')}</dt>
          <dd style={{ margin: '2px 0 14px', fontSize: 16 }}>
            <time dateTime={receipt.firstResponseDueAt}>
              {formatInstant(receipt.firstResponseDueAt, i18n.language, 'long')}
            </time>
          </dd>
          <dt style={{ color: '#4a5560' }}>{t('portal.resolutionBy')}</dt>
          <dd style={{ margin: '2px 0 0', fontSize: 16 }}>
            <time dateTime={receipt.resolutionDueAt}>
              {formatInstant(receipt.resolutionDueAt, i18n.language, 'long')}
            </time>
          </dd>
        </dl>
      </div>
      <div aria-live="polite">
        {uploads && (
          <Space orientation="vertical" style={{ width: '100%', marginBottom: 16 }}>
            {uploads.busy && <Alert type="info" showIcon title={t('portal.evidenceUploading')} />}
            {!uploads.busy && uploads.attached.length > 0 && (
              <Alert
                type="success"
                showIcon
                title={t('portal.evidenceAttached', { names: listOf(uploads.attached, i18n.language) })}
              />
            )}
            {uploads.failed.map((f) => (
              <Alert
                key={f.name}
                type="error"
                showIcon
                role="alert"
                title={t('portal.evidenceFailed', { name: f.name, reason: f.reason })}
              />
            ))}
          </Space>
        )}
      </div>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Button
          type="primary"
          size="large"
          block
          href={follow}
          onClick={(e) => {
            e.preventDefault();
            void navigate(follow);
          }}
        >
          {t('portal.follow')}
        </Button>
        <Button block onClick={onStartAgain}>
          {t('portal.another')}
        </Button>
      </Space>
    </Card>
  );
}
