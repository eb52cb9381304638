/**
 * /complaints/new: the fast intake form for an agent on the phone, or with a letter or a
 * customer at the desk (PRODUCT.md R1, R2, R3; CONTRACT.md §5). What happened comes first
 * and has the focus; triage suggests as the agent types, and the agent's category (with,
 * optionally, one of its subcategories) and severity win. Ctrl+Enter logs it; the server's
 * errors[] show beside their fields. On 201 the agent lands on the new complaint, told its
 * tracking number.
 */
import { ProblemsAlert } from '../../ui/problems-alert';
import { App, Button, Checkbox, Col, DatePicker, Flex, Form, Input, Radio, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api, ApiError, session, type FieldProblem } from '../../api/client';
import { problemText } from '../../ui/problem';
import { useBusy } from '../complaints/use-busy';
import { given, showFieldProblems } from '../portal/form-support';
import {
  intakeChannels,
  logComplaint,
  triageTextOf,
  type Channel,
  type Emotion,
  type IntakeBody,
  type TriageSuggestion,
} from './intake-api';
import { intakeKeyDown } from './intake-keys';
import { TriagePanel } from './triage-panel';
import { useLiveTriage } from './use-live-triage';
import './intake.css';

interface Values {
  channel: Channel;
  description?: string;
  expectation?: string;
  customer?: { name?: string; phone?: string; email?: string; vip?: boolean };
  subject?: string;
  orderRef?: string;
  productRef?: string;
  occurredAt?: Dayjs | null;
  receivedAt?: Dayjs | null;
  complexity: 'ordinary' | 'complex';
  category?: TriageSuggestion['category']['label'];
  /** One of the chosen category's active subcategories; cleared when the category changes. */
  subcategoryId?: string;
  severity?: TriageSuggestion['severity'];
  emotion?: Emotion;
  /** The agent takes the complaint: it moves to triaged with them as owner once logged. */
  own?: boolean;
}

const fieldPaths = [
  'channel',
  'description',
  'expectation',
  'customer.name',
  'customer.phone',
  'customer.email',
  'subject',
  'orderRef',
  'productRef',
  'occurredAt',
  'receivedAt',
  'complexity',
  'category',
  'subcategoryId',
  'severity',
] as const;

/**
 * When it was received: empty is now (the server's default). A letter is picked by its
 * day: today is now, an earlier day counts from its start, so no deadline is later than
 * the customer could expect.
 */
function receivedAtOf(values: Values): string | undefined {
  const picked = values.receivedAt;
  if (!picked) return undefined;
  if (values.channel !== 'letter') return picked.toISOString();
  return picked.isSame(dayjs(), 'day') ? undefined : picked.startOf('day').toISOString();
}

function bodyOf(values: Values): IntakeBody {
  return {
    channel: values.channel,
    customer: {
      name: given(values.customer?.name) ?? '',
      phone: given(values.customer?.phone),
      email: given(values.customer?.email),
      tier: values.customer?.vip ? 'vip' : 'standard',
    },
    subject: given(values.subject),
    description: values.description?.trim() ?? '',
    expectation: given(values.expectation),
    orderRef: given(values.orderRef),
    productRef: given(values.productRef),
    occurredAt: values.occurredAt?.toISOString(),
    receivedAt: receivedAtOf(values),
    complexity: values.complexity,
    category: values.category,
    subcategoryId: values.category ? values.subcategoryId : undefined,
    severity: values.severity,
    emotion: values.emotion,
  };
}

const isFuture = (day: Dayjs) => day.isAfter(dayjs(), 'day');

export default function NewComplaintPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const { spinner, run } = useBusy();
  const [general, setGeneral] = useState<string[]>([]);
  const [accepted, setAccepted] = useState(false);
  const channel = Form.useWatch('channel', form) ?? 'phone';
  // Triage reads what saving will read: the same text and the customer's tier.
  const watched = Form.useWatch([], form) as Values | undefined;
  const triageInput = watched ? bodyOf(watched) : undefined;
  const live = useLiveTriage({
    text: triageInput ? triageTextOf(triageInput) : '',
    tier: triageInput?.customer.tier,
  });

  // The server's words for impossible times, in the reader's language.
  const translate = (problems: readonly FieldProblem[]): FieldProblem[] =>
    problems.map((p) => {
      if (p.message === 'must not be in the future') return { ...p, message: t('intake.notInFuture') };
      if (p.message === 'must not be after the complaint was received') {
        return { ...p, message: t('intake.notAfterReceipt') };
      }
      return p;
    });

  const submit = (values: Values) =>
    run(async () => {
      setGeneral([]);
      try {
        const created = await logComplaint(bodyOf(values));
        const trackingNumber = created.trackingNumber;
        const me = session.user();
        let content = t('intake.created', { trackingNumber });
        if (values.own && me) {
          // One more call once it is recorded: the same step as "Confirm triage and assign an owner".
          try {
            await api(`/api/v1/complaints/${created.id}/transitions`, {
              method: 'POST',
              body: { to: 'triaged', ownerId: me.id },
            });
            content = t('intake.createdOwned', { trackingNumber });
          } catch (error) {
            void message.warning({
              content: t('intake.ownFailed', { trackingNumber, problem: problemText(error, t) }),
              duration: 10,
            });
            content = '';
          }
        }
        if (content) void message.success({ content, duration: 8 });
        void navigate(`/complaints/${created.id}`);
      } catch (error) {
        if (error instanceof ApiError && error.problem.errors?.length) {
          const shown = showFieldProblems(form, translate(error.problem.errors), fieldPaths, t);
          setGeneral(shown.general.length ? shown.general : [t('intake.fixErrors')]);
          if (shown.first) {
            form.scrollToField(shown.first, { block: 'center' });
            form.focusField(shown.first);
          }
        } else {
          setGeneral([problemText(error, t)]);
        }
      }
    });

  const accept = (suggestion: TriageSuggestion) => {
    // A subcategory belongs to one category: another category's is cleared.
    const keeps = form.getFieldValue('category') === suggestion.category.label;
    form.setFieldsValue({
      category: suggestion.category.label,
      severity: suggestion.severity,
      ...(keeps ? {} : { subcategoryId: undefined }),
    });
    setAccepted(true);
  };

  return (
    <section aria-labelledby="intake-title">
      <Typography.Title level={2} id="intake-title" style={{ margin: '0 0 4px' }}>
        {t('intake.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intake.intro')}</Typography.Paragraph>
      <Form<Values>
        form={form}
        name="intake"
        layout="vertical"
        initialValues={{ channel: 'phone', complexity: 'ordinary', own: session.user()?.role === 'agent' }}
        onFinish={(values) => void submit(values)}
        onKeyDown={(event) => intakeKeyDown(event, () => form.submit())}
        onValuesChange={(changed: Partial<Values>) => {
          // An edited field loses the server's old message.
          const edited = Object.entries(changed).flatMap(([key, value]) =>
            key === 'customer' && value && typeof value === 'object'
              ? Object.keys(value).map((k) => ['customer', k])
              : [[key]],
          );
          form.setFields(edited.map((name) => ({ name: name as never, errors: [] })));
          // A subcategory belongs to one category: changing (or clearing) the category clears it.
          if ('category' in changed) {
            form.setFields([{ name: 'subcategoryId', value: undefined, errors: [] }]);
          }
          // The agent's own choice replaces an accepted suggestion.
          if ('category' in changed || 'severity' in changed) setAccepted(false);
        }}
        scrollToFirstError={{ block: 'center', focus: true }}
      >
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={15}>
            <div className="cl-intake-main">
              <Form.Item name="channel" label={t('intake.channel')}>
                <Radio.Group
                  aria-label={t('intake.channel')}
                  optionType="button"
                  buttonStyle="solid"
                  options={intakeChannels.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                />
              </Form.Item>
              <Form.Item
                name="description"
                label={t('intake.description')}
                extra={t('intake.descriptionHelp')}
                rules={[{ required: true, whitespace: true, message: t('portal.required') }]}
              >
                <Input.TextArea autoFocus autoSize={{ minRows: 6, maxRows: 16 }} maxLength={50_000} />
              </Form.Item>
              <Form.Item
                name="expectation"
                label={t('intake.expectation')}
                extra={t('intake.expectationHelp')}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={5_000} />
              </Form.Item>

              <fieldset className="cl-intake-group">
                <legend>{t('intake.customer')}</legend>
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name={['customer', 'name']}
                      label={t('intake.name')}
                      rules={[{ required: true, whitespace: true, message: t('portal.required') }]}
                    >
                      <Input autoComplete="off" maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={['customer', 'phone']} label={t('intake.phone')}>
                      <Input type="tel" autoComplete="off" maxLength={32} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={['customer', 'email']} label={t('intake.email')}>
                      <Input inputMode="email" autoComplete="off" spellCheck={false} maxLength={254} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={['customer', 'vip']} valuePropName="checked" label=" " colon={false}>
                      <Checkbox>{t('intake.vip')}</Checkbox>
                    </Form.Item>
                  </Col>
                </Row>
              </fieldset>

              <Row gutter={16}>
                <Col xs={24}>
                  <Form.Item name="subject" label={t('intake.subject')}>
                    <Input maxLength={300} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="orderRef" label={t('intake.orderRef')}>
                    <Input autoComplete="off" spellCheck={false} maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="productRef" label={t('intake.productRef')}>
                    <Input autoComplete="off" maxLength={200} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name="occurredAt" label={t('intake.occurredAt')}>
                    <DatePicker
                      showTime={{ format: 'HH:mm' }}
                      disabledDate={isFuture}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="receivedAt"
                    label={t('intake.receivedAt')}
                    extra={channel === 'letter' ? t('intake.receivedLetterHelp') : undefined}
                  >
                    {channel === 'letter' ? (
                      <DatePicker
                        disabledDate={isFuture}
                        style={{ width: '100%' }}
                        placeholder={t('intake.receivedNow')}
                      />
                    ) : (
                      <DatePicker
                        showTime={{ format: 'HH:mm' }}
                        disabledDate={isFuture}
                        style={{ width: '100%' }}
                        placeholder={t('intake.receivedNow')}
                      />
                    )}
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="complexity" label={t('intake.complexity')} extra={t('intake.complexityHelp')}>
                <Radio.Group
                  aria-label={t('intake.complexity')}
                  options={(['ordinary', 'complex'] as const).map((c) => ({
                    value: c,
                    label: t(`complaint.complexityValue.${c}`),
                  }))}
                />
              </Form.Item>
            </div>
          </Col>
          <Col xs={24} lg={9}>
            <div className="cl-intake-side">
              <TriagePanel live={live} accepted={accepted} onAccept={accept} />
            </div>
          </Col>
        </Row>
        <ProblemsAlert problems={general} summary={t('intake.fixErrors')} style={{ margin: '16px 0' }} />
        <Form.Item name="own" valuePropName="checked" extra={t('intake.ownHelp')} style={{ marginBottom: 0 }}>
          <Checkbox>{t('intake.own')}</Checkbox>
        </Form.Item>
        <Flex gap={12} align="center" wrap style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" size="large" loading={spinner}>
            {t('intake.submit')}
          </Button>
          <Typography.Text type="secondary">{t('intake.keyboardHint')}</Typography.Text>
        </Flex>
      </Form>
    </section>
  );
}
