/**
 * Department tasks (S0 step 2 and 4): the owner asks a department to investigate or act,
 * with a handler and a due time, and stays the customer's one contact. Each task shows
 * its status and outcome; its handler or the owner records the outcome, the owner cancels.
 */
import { Alert, App, Button, DatePicker, Flex, Form, Input, Select, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, session } from '../../api/client';
import type { Complaint, Department, DepartmentTask } from '../../api/types';
import { formProblem, problemText } from '../../ui/problem';
import { When } from '../../ui/when';
import { can, isOpen } from './next-steps';
import { actsForOwner } from './owner-rights';
import { SectionCard } from './section-card';
import { useBusy } from './use-busy';
import type { StaffUser } from './use-staff-users';

export const departments: readonly Department[] = [
  'warehouse',
  'kitchen',
  'finance',
  'engineering',
  'front_desk',
  'logistics',
  'customer_service',
  'other',
];

const statusColor: Record<DepartmentTask['status'], string> = {
  open: 'blue',
  done: 'green',
  cancelled: 'default',
};

/** A task's status, and "overdue" beside it while it is open past its due time. */
export function TaskStatusTags({ task }: { task: DepartmentTask }) {
  const { t } = useTranslation();
  return (
    <span>
      <Tag color={statusColor[task.status]}>{t(`stepTwoThree.tasks.status.${task.status}`)}</Tag>
      {task.overdue && <Tag color="red">{t('stepTwoThree.tasks.overdue')}</Tag>}
    </span>
  );
}

interface CardProps {
  complaint: Complaint;
  users: StaffUser[];
  /** Called after a change, so the timeline shows it too. */
  onChanged: () => Promise<void>;
}

export function DepartmentTasksCard({ complaint, users, onChanged }: CardProps) {
  const { t } = useTranslation();
  const user = session.user();
  const [tasks, setTasks] = useState<DepartmentTask[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [asking, setAsking] = useState(false);
  const mayAsk = isOpen(complaint.status) && can(user, 'assignTask') && actsForOwner(user, complaint.ownerId);

  const load = useCallback(async () => {
    try {
      const page = await api<{ items: DepartmentTask[] }>(`/api/v1/complaints/${complaint.id}/tasks`);
      setTasks(page.items);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [complaint.id]);

  useEffect(() => {
    void load();
  }, [load, complaint.version]);

  const changed = async () => {
    await load();
    await onChanged();
  };

  return (
    <SectionCard
      title={t('stepTwoThree.tasks.title')}
      extra={
        mayAsk && !asking ? (
          <Button size="small" onClick={() => setAsking(true)}>
            {t('stepTwoThree.tasks.ask')}
          </Button>
        ) : null
      }
    >
      {error !== null && <Alert type="warning" showIcon title={problemText(error, t)} />}
      {tasks?.length === 0 && !asking && (
        <Typography.Text type="secondary">{t('stepTwoThree.tasks.none')}</Typography.Text>
      )}
      {tasks && tasks.length > 0 && (
        <ul className="cl-plain-list">
          {tasks.map((task) => (
            <TaskItem key={task.id} task={task} ownerId={complaint.ownerId} onChanged={changed} />
          ))}
        </ul>
      )}
      {asking && (
        <AskDepartmentForm
          complaintId={complaint.id}
          users={users}
          separated={(tasks?.length ?? 0) > 0}
          onCancel={() => setAsking(false)}
          onAsked={async () => {
            setAsking(false);
            await changed();
          }}
        />
      )}
    </SectionCard>
  );
}

function TaskItem({
  task,
  ownerId,
  onChanged,
}: {
  task: DepartmentTask;
  ownerId: string | null;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const user = session.user();
  const [closing, setClosing] = useState<'done' | 'cancelled' | null>(null);
  const open = task.status === 'open';
  const mayComplete = open && (user?.id === task.handlerId || actsForOwner(user, ownerId));
  const mayCancel = open && can(user, 'assignTask') && actsForOwner(user, ownerId);
  const someone = t('complaint.someone');
  return (
    <li aria-label={`${t(`stepTwoThree.department.${task.department}`)} · ${task.handlerName ?? someone}`}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Text strong>
          {t(`stepTwoThree.department.${task.department}`)} · {task.handlerName ?? someone}
        </Typography.Text>
        <TaskStatusTags task={task} />
      </Flex>
      <div className="cl-prewrap">{task.request}</div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('stepTwoThree.tasks.askedBy', { name: task.createdByName ?? someone })} · {t('complaint.dueAt')}{' '}
        <When at={task.dueAt} show="both" />
      </Typography.Text>
      {task.outcome && (
        <div className="cl-prewrap" style={{ marginTop: 4 }}>
          <Typography.Text type="secondary">
            {task.status === 'done' ? t('stepTwoThree.tasks.outcome') : t('stepTwoThree.tasks.reason')}
            {t('complaint.colon')}
          </Typography.Text>
          {task.outcome}
        </div>
      )}
      {closing === null && (mayComplete || mayCancel) && (
        <Flex gap={8} style={{ marginTop: 6 }}>
          {mayComplete && (
            <Button size="small" type="primary" onClick={() => setClosing('done')}>
              {t('stepTwoThree.tasks.complete')}
            </Button>
          )}
          {mayCancel && (
            <Button size="small" onClick={() => setClosing('cancelled')}>
              {t('stepTwoThree.tasks.cancel')}
            </Button>
          )}
        </Flex>
      )}
      {closing && (
        <CloseTaskForm
          task={task}
          to={closing}
          onCancel={() => setClosing(null)}
          onClosed={async () => {
            setClosing(null);
            await onChanged();
          }}
        />
      )}
    </li>
  );
}

/** Completing (the outcome) or cancelling (the reason) one task. */
export function CloseTaskForm({
  task,
  to,
  onCancel,
  onClosed,
}: {
  task: DepartmentTask;
  to: 'done' | 'cancelled';
  onCancel?: () => void;
  onClosed: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);
  const done = to === 'done';
  const label = done ? t('stepTwoThree.tasks.outcome') : t('stepTwoThree.tasks.reason');

  const submit = ({ text }: { text: string }) =>
    run(async () => {
      setError(null);
      try {
        await api(`/api/v1/tasks/${task.id}/${done ? 'complete' : 'cancel'}`, {
          method: 'POST',
          body: done ? { outcome: text } : { reason: text },
        });
        void message.success(done ? t('stepTwoThree.tasks.completed') : t('stepTwoThree.tasks.cancelled'));
        await onClosed();
      } catch (e) {
        setError(formProblem(form, e, [], t));
      }
    });

  return (
    <Form<{ text: string }>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void submit(v)}
      aria-label={done ? t('stepTwoThree.tasks.complete') : t('stepTwoThree.tasks.cancel')}
      style={{ marginTop: 8 }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="text"
        label={label}
        rules={[{ required: true, whitespace: true, message: t('complaint.required') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={done ? 5_000 : 2_000}
          placeholder={done ? t('stepTwoThree.tasks.outcomePlaceholder') : undefined}
        />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        {onCancel && (
          <Button onClick={onCancel}>{done ? t('complaint.cancel') : t('stepTwoThree.tasks.keep')}</Button>
        )}
        <Button type="primary" danger={!done} htmlType="submit" loading={spinner}>
          {done ? t('stepTwoThree.tasks.complete') : t('stepTwoThree.tasks.cancel')}
        </Button>
      </Flex>
    </Form>
  );
}

interface AskValues {
  department: Department;
  handlerId: string;
  request: string;
  dueAt: Dayjs;
}

function AskDepartmentForm({
  complaintId,
  users,
  separated,
  onCancel,
  onAsked,
}: {
  complaintId: string;
  users: StaffUser[];
  separated: boolean;
  onCancel: () => void;
  onAsked: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AskValues>();
  const { spinner, run } = useBusy();
  const [error, setError] = useState<string | null>(null);
  // Handlers first: department tasks are what their role is for.
  const candidates = users
    .filter((u) => u.active)
    .sort(
      (a, b) => Number(b.role === 'handler') - Number(a.role === 'handler') || a.name.localeCompare(b.name),
    );

  const submit = (values: AskValues) =>
    run(async () => {
      setError(null);
      try {
        const task = await api<DepartmentTask>(`/api/v1/complaints/${complaintId}/tasks`, {
          method: 'POST',
          body: {
            department: values.department,
            handlerId: values.handlerId,
            request: values.request,
            dueAt: values.dueAt.toISOString(),
          },
        });
        void message.success(
          t('stepTwoThree.tasks.assigned', { name: task.handlerName ?? t('complaint.someone') }),
        );
        await onAsked();
      } catch (e) {
        setError(formProblem(form, e, ['department', 'handlerId', 'request', 'dueAt'], t));
      }
    });

  return (
    <Form<AskValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={(v) => void submit(v)}
      aria-label={t('stepTwoThree.tasks.ask')}
      initialValues={{ dueAt: dayjs().add(1, 'day').startOf('hour') }}
      style={separated ? { marginTop: 12, borderTop: '1px solid #f0f0f0', paddingTop: 12 } : undefined}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 8 }} />}
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('stepTwoThree.tasks.hint')}
      </Typography.Paragraph>
      <Form.Item
        name="department"
        label={t('stepTwoThree.tasks.department')}
        rules={[{ required: true, message: t('complaint.required') }]}
      >
        <Select options={departments.map((d) => ({ value: d, label: t(`stepTwoThree.department.${d}`) }))} />
      </Form.Item>
      <Form.Item
        name="handlerId"
        label={t('stepTwoThree.tasks.handler')}
        rules={[{ required: true, message: t('complaint.required') }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={candidates.map((u) => ({
            value: u.id,
            label: `${u.name} · ${t(`complaint.role.${u.role}`)}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="request"
        label={t('stepTwoThree.tasks.request')}
        rules={[{ required: true, whitespace: true, message: t('complaint.required') }]}
      >
        <Input.TextArea
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={2_000}
          placeholder={t('stepTwoThree.tasks.requestPlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="dueAt"
        label={t('stepTwoThree.tasks.dueAt')}
        rules={[
          { required: true, message: t('complaint.required') },
          {
            validator: async (_rule, value?: Dayjs) => {
              if (value && !value.isAfter(dayjs())) throw new Error(t('stepTwoThree.tasks.pastDue'));
            },
          },
        ]}
      >
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(day) => day.isBefore(dayjs(), 'day')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel}>{t('complaint.cancel')}</Button>
        <Button type="primary" htmlType="submit" loading={spinner}>
          {t('stepTwoThree.tasks.send')}
        </Button>
      </Flex>
    </Form>
  );
}
