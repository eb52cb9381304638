/**
 * The post-mortem of a resolved complaint (seed 000 step 6): the root cause, what went well
 * and badly, the lessons, the final answer along the customer's four needs (seed 003: when,
 * how, why, how it will not happen again), and the corrective and preventive actions with
 * owners and due dates. Completing needs root cause, lessons and an action; the server
 * says what is missing and the card lists it in words.
 */
import { Alert, App, Button, DatePicker, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, session } from '../../api/client';
import type { Complaint } from '../../api/types';
import { formProblem, problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import { SectionCard } from '../complaints/section-card';
import { useBusy } from '../complaints/use-busy';
import type { StaffUser } from '../complaints/use-staff-users';
import { ActionItem } from './action-item';
import { AddToLibraryButton } from './add-to-library-button';
import {
  actionKinds,
  canWritePostMortem,
  rootCauses,
  type ActionKind,
  type CorrectiveAction,
  type PostMortem,
  type RootCause,
} from './learning-api';

interface PostMortemCardProps {
  complaint: Complaint;
  users: readonly StaffUser[];
  nameOf: (userId: string | null) => string | null;
  /** Reloads the complaint page (completing meets the post-mortem deadline). */
  onChanged: () => Promise<void>;
}

interface Loaded {
  postMortem: PostMortem;
  actions: CorrectiveAction[];
}

export function PostMortemCard({ complaint, users, nameOf, onChanged }: PostMortemCardProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<unknown>(null);
  const base = `/api/v1/complaints/${complaint.id}`;

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const [postMortem, actions] = await Promise.all([
          api<PostMortem>(`${base}/post-mortem`, { signal }),
          api<{ items: CorrectiveAction[] }>(`${base}/actions`, { signal }),
        ]);
        setLoaded({ postMortem, actions: actions.items });
        setError(null);
      } catch (e) {
        if (!signal?.aborted) setError(e);
      }
    },
    [base],
  );

  // Load again when the complaint changes (a resolution makes the post-mortem possible).
  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load, complaint.status, complaint.version]);

  if (error !== null && !loaded) return <Alert type="warning" showIcon title={problemText(error, t)} />;
  if (!loaded) return null;
  const { postMortem, actions } = loaded;
  // Before the first resolution there is nothing to learn from yet.
  if (!postMortem.resolvedOnce && postMortem.status === 'not_started') return null;

  const user = session.user();
  const writable = canWritePostMortem(user, complaint.ownerId);
  const reloadAll = async () => {
    await load();
    await onChanged();
  };
  const resolvedNow = complaint.status === 'resolved' || complaint.status === 'closed';

  return (
    <SectionCard
      title={t('learn.postMortem')}
      extra={
        <Tag
          color={
            postMortem.status === 'completed' ? 'green' : postMortem.status === 'draft' ? 'gold' : 'default'
          }
        >
          {t(`learn.state.${postMortem.status}`)}
        </Tag>
      }
    >
      <PostMortemDeadline postMortem={postMortem} />
      {writable ? (
        <PostMortemForm
          postMortem={postMortem}
          actionCount={actions.length}
          complaintId={complaint.id}
          onSaved={reloadAll}
        />
      ) : (
        <PostMortemText postMortem={postMortem} />
      )}
      <div style={{ borderTop: '1px solid #f0f0f0', marginTop: 12, paddingTop: 12 }}>
        <Typography.Title level={5} style={{ fontSize: 14, marginTop: 0 }}>
          {t('learn.actions')}
        </Typography.Title>
        {actions.length === 0 && <Typography.Text type="secondary">{t('learn.noActions')}</Typography.Text>}
        <ul className="cl-plain-list" aria-label={t('learn.actions')}>
          {actions.map((a) => (
            <li key={a.id}>
              <ActionItem
                action={a}
                ownerName={nameOf(a.ownerId) ?? t('complaint.someone')}
                onChanged={() => load()}
              />
            </li>
          ))}
        </ul>
        {writable && <AddActionForm complaintId={complaint.id} users={users} onAdded={() => load()} />}
      </div>
      {resolvedNow && (
        <div style={{ borderTop: '1px solid #f0f0f0', marginTop: 12, paddingTop: 12 }}>
          <AddToLibraryButton complaint={complaint} />
        </div>
      )}
    </SectionCard>
  );
}

function PostMortemDeadline({ postMortem }: { postMortem: PostMortem }) {
  const { t } = useTranslation();
  const clock = postMortem.clock;
  if (!clock || clock.state === 'stopped') {
    return (
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {postMortem.status === 'completed' ? null : t('learn.notRequired')}
      </Typography.Paragraph>
    );
  }
  return (
    <Typography.Paragraph style={{ fontSize: 13 }}>
      {t('learn.intro')}{' '}
      {clock.state === 'met' ? (
        <Tag color="green">{t('learn.clockMet')}</Tag>
      ) : (
        <>
          {clock.state === 'breached' && <Tag color="red">{t('learn.clockBreached')}</Tag>}
          {t('learn.dueAt')} <When at={clock.dueAt} show="both" />
        </>
      )}
    </Typography.Paragraph>
  );
}

function PostMortemText({ postMortem }: { postMortem: PostMortem }) {
  const { t } = useTranslation();
  if (postMortem.status === 'not_started') {
    return <Typography.Text type="secondary">{t('learn.nothingYet')}</Typography.Text>;
  }
  const row = (label: string, value: string | null | undefined) =>
    value ? (
      <div key={label}>
        <Typography.Text strong>{label}</Typography.Text>
        <div className="cl-prewrap">{value}</div>
      </div>
    ) : null;
  const answer = postMortem.customerAnswer;
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {row(
        t('learn.rootCause'),
        postMortem.rootCause ? t(`learn.rootCauseKey.${postMortem.rootCause}`) : null,
      )}
      {row(t('learn.wentWell'), postMortem.wentWell)}
      {row(t('learn.wentBadly'), postMortem.wentBadly)}
      {row(t('learn.lessons'), postMortem.lessons)}
      {answer && (
        <>
          <Typography.Text strong>{t('learn.answer')}</Typography.Text>
          {row(t('learn.whenSolved'), answer.whenSolved)}
          {row(t('learn.howSolved'), answer.howSolved)}
          {row(t('learn.answerRootCause'), answer.rootCause)}
          {row(t('learn.prevention'), answer.prevention)}
        </>
      )}
      <Typography.Text type="secondary">{t('learn.readOnly')}</Typography.Text>
    </div>
  );
}

interface PostMortemValues {
  rootCause?: RootCause;
  wentWell?: string;
  wentBadly?: string;
  lessons?: string;
  whenSolved?: string;
  howSolved?: string;
  answerRootCause?: string;
  prevention?: string;
}

const fieldNames = ['rootCause', 'wentWell', 'wentBadly', 'lessons'] as const;

function PostMortemForm({
  postMortem,
  complaintId,
  actionCount,
  onSaved,
}: {
  postMortem: PostMortem;
  complaintId: string;
  actionCount: number;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PostMortemValues>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);
  const [missing, setMissing] = useState<string[]>([]);
  const [pressed, setPressed] = useState<'save' | 'complete'>('save');

  const send = (values: PostMortemValues, complete: boolean) =>
    run(async () => {
      setError(null);
      setMissing([]);
      try {
        await api(`/api/v1/complaints/${complaintId}/post-mortem`, {
          method: 'PUT',
          body: {
            rootCause: values.rootCause,
            wentWell: values.wentWell ?? '',
            wentBadly: values.wentBadly ?? '',
            lessons: values.lessons ?? '',
            customerAnswer: {
              whenSolved: values.whenSolved ?? '',
              howSolved: values.howSolved ?? '',
              rootCause: values.answerRootCause ?? '',
              prevention: values.prevention ?? '',
            },
            complete,
          },
        });
        void message.success(complete ? t('learn.completed') : t('learn.saved'));
        await onSaved();
      } catch (e) {
        if (e instanceof ApiError && e.problem.status === 409 && e.problem.errors?.length) {
          setMissing(e.problem.errors.map((p) => t(`learn.missing.${p.path}`, { defaultValue: p.message })));
        } else {
          setError(formProblem(form, e, fieldNames, t));
        }
      }
    });

  const answer = postMortem.customerAnswer;
  return (
    <Form<PostMortemValues>
      form={form}
      name="post-mortem"
      layout="vertical"
      requiredMark={false}
      aria-label={t('learn.postMortem')}
      initialValues={{
        rootCause: postMortem.rootCause ?? undefined,
        wentWell: postMortem.wentWell ?? '',
        wentBadly: postMortem.wentBadly ?? '',
        lessons: postMortem.lessons ?? '',
        whenSolved: answer?.whenSolved ?? '',
        howSolved: answer?.howSolved ?? '',
        answerRootCause: answer?.rootCause ?? '',
        prevention: answer?.prevention ?? '',
      }}
      onFinish={(v) => void send(v, pressed === 'complete')}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      {missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={t('learn.cannotComplete')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form.Item
        name="rootCause"
        label={t('learn.rootCause')}
        rules={[{ required: true, message: t('learn.required') }]}
      >
        <Select options={rootCauses.map((k) => ({ value: k, label: t(`learn.rootCauseKey.${k}`) }))} />
      </Form.Item>
      <Form.Item name="wentWell" label={t('learn.wentWell')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={10_000} />
      </Form.Item>
      <Form.Item name="wentBadly" label={t('learn.wentBadly')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={10_000} />
      </Form.Item>
      <Form.Item name="lessons" label={t('learn.lessons')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={10_000} />
      </Form.Item>
      <fieldset
        style={{ border: '1px solid #f0f0f0', borderRadius: 6, padding: '4px 12px 0', marginBottom: 12 }}
      >
        <legend style={{ fontSize: 14, fontWeight: 600, width: 'auto', marginBottom: 0, border: 0 }}>
          {t('learn.answer')}
        </legend>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('learn.answerHint')}
        </Typography.Text>
        <Form.Item name="whenSolved" label={`1. ${t('learn.whenSolved')}`}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5_000} />
        </Form.Item>
        <Form.Item name="howSolved" label={`2. ${t('learn.howSolved')}`}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5_000} />
        </Form.Item>
        <Form.Item name="answerRootCause" label={`3. ${t('learn.answerRootCause')}`}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5_000} />
        </Form.Item>
        <Form.Item name="prevention" label={`4. ${t('learn.prevention')}`}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5_000} />
        </Form.Item>
      </fieldset>
      <Flex gap={8} justify="flex-end" wrap>
        <Button htmlType="submit" loading={pressed === 'save' && spinner} onClick={() => setPressed('save')}>
          {t('learn.save')}
        </Button>
        {postMortem.status !== 'completed' && (
          <Button
            type="primary"
            htmlType="submit"
            loading={pressed === 'complete' && spinner}
            onClick={() => setPressed('complete')}
            title={actionCount === 0 ? t('learn.missing.actions') : undefined}
          >
            {t('learn.complete')}
          </Button>
        )}
      </Flex>
    </Form>
  );
}

interface ActionValues {
  kind: ActionKind;
  description: string;
  ownerId: string;
  dueAt: Dayjs;
}

function AddActionForm({
  complaintId,
  users,
  onAdded,
}: {
  complaintId: string;
  users: readonly StaffUser[];
  onAdded: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<ActionValues>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);
  const me = session.user();
  const people = users.filter((u) => u.active);
  const owners =
    people.some((u) => u.id === me?.id) || !me
      ? people
      : [{ id: me.id, name: me.name, email: me.email, role: me.role, active: true }, ...people];

  if (!adding) {
    return (
      <Button size="small" onClick={() => setAdding(true)} style={{ marginTop: 8 }}>
        {t('learn.addAction')}
      </Button>
    );
  }
  const submit = (values: ActionValues) =>
    run(async () => {
      setError(null);
      try {
        await api(`/api/v1/complaints/${complaintId}/actions`, {
          method: 'POST',
          body: {
            kind: values.kind,
            description: values.description,
            ownerId: values.ownerId,
            dueAt: values.dueAt.toDate().toISOString(),
          },
        });
        void message.success(t('learn.actionAdded'));
        form.resetFields();
        setAdding(false);
        await onAdded();
      } catch (e) {
        setError(formProblem(form, e, ['kind', 'description', 'ownerId', 'dueAt'], t));
      }
    });
  return (
    <Form<ActionValues>
      form={form}
      name="new-action"
      layout="vertical"
      requiredMark={false}
      aria-label={t('learn.addAction')}
      style={{ marginTop: 12, borderTop: '1px dashed #f0f0f0', paddingTop: 12 }}
      initialValues={{
        kind: 'corrective',
        ownerId: me?.id,
        dueAt: dayjs().add(7, 'day').hour(18).minute(0).second(0).millisecond(0),
      }}
      onFinish={(v) => void submit(v)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item name="kind" label={t('learn.kind')} rules={[{ required: true }]}>
        <Select options={actionKinds.map((k) => ({ value: k, label: t(`learn.kindKey.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('learn.description')}
        rules={[{ required: true, whitespace: true, message: t('learn.required') }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2_000} />
      </Form.Item>
      <Form.Item
        name="ownerId"
        label={t('learn.owner')}
        rules={[{ required: true, message: t('learn.required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={owners.map((u) => ({
            value: u.id,
            label: `${u.name} · ${t(`complaint.role.${u.role}`)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="dueAt"
        label={t('learn.due')}
        rules={[{ required: true, message: t('learn.required') }]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(d) => d.isBefore(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={() => setAdding(false)}>{t('complaint.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={spinner}>
          {t('learn.addAction')}
        </Button>
      </Flex>
    </Form>
  );
}
