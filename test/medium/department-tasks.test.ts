/**
 * Step 2 through the API: the owner records the verified facts and asks departments;
 * handlers see and answer only their own tasks, never the customer's contact data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

type Login = Awaited<ReturnType<TestApp['login']>>;

let t: TestApp;
let agent: Login;
let otherAgent: Login;
let supervisor: Login;
let handler: Login;
let otherHandler: Login;

beforeAll(async () => {
  t = await createTestApp();
  [agent, otherAgent, supervisor, handler, otherHandler] = await Promise.all([
    t.login('agent'),
    t.login('agent'),
    t.login('supervisor'),
    t.login('handler'),
    t.login('handler'),
  ]);
});
afterAll(async () => t.close());

const hotelComplaint = {
  channel: 'phone',
  customer: { name: '李雷', email: 'li.lei@example.com', phone: '+86 138 0013 8000' },
  subject: '房间空调噪音大',
  description: '酒店房间空调噪音很大,一整晚没睡好。',
  expectation: '退一晚房费',
  orderRef: 'H-20261101-77',
};

/** A complaint the agent owns, under investigation. */
async function owned(owner: Login = agent) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: owner.token,
    body: hotelComplaint,
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  for (const to of ['triaged', 'investigating']) {
    const moved = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/transitions`,
      token: owner.token,
      body: { to },
    });
    expect(moved.statusCode, moved.body).toBe(200);
  }
  return id;
}

const inHours = (hours: number) => new Date(t.clock.now().getTime() + hours * 3_600_000).toISOString();

async function askDepartment(complaintId: string, body: Record<string, unknown> = {}, token = agent.token) {
  return t.request({
    method: 'POST',
    url: `/api/v1/complaints/${complaintId}/tasks`,
    token,
    body: {
      department: 'engineering',
      handlerId: handler.userId,
      request: '请工程部检查 1208 房空调,说明噪音原因',
      dueAt: inHours(4),
      ...body,
    },
  });
}

async function history(complaintId: string) {
  const res = await t.request({
    method: 'GET',
    url: `/api/v1/complaints/${complaintId}/history`,
    token: agent.token,
  });
  return res.json<{
    items: { action: string; actor: { id: string | null }; changes: Record<string, unknown> }[];
  }>().items;
}

async function notifications(login: Login) {
  const res = await t.request({ method: 'GET', url: '/api/v1/notifications', token: login.token });
  return res.json<{
    items: { kind: string; complaintId: string | null; payload: Record<string, unknown> }[];
  }>().items;
}

describe(`verified facts on ${testEngine()}`, () => {
  const facts = {
    verifiedFacts: '工程部核查:空调滤网三个月未清洁,导致异响。',
    responsibility: 'internal_process',
    orderRef: 'H-20261101-77',
    productRef: 'ROOM-1208',
  };

  it('lets the owner record facts, responsibility and refs, each change in the history', async () => {
    const id = await owned();
    const res = await t.request({
      method: 'PUT',
      url: `/api/v1/complaints/${id}/facts`,
      token: agent.token,
      body: facts,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ ...facts, remedyCost: [] });
    const entry = (await history(id)).find((h) => h.action === 'complaint.facts_recorded');
    expect(entry).toMatchObject({
      actor: { id: agent.userId },
      changes: {
        verifiedFacts: [null, facts.verifiedFacts],
        responsibility: [null, 'internal_process'],
        productRef: [null, 'ROOM-1208'],
      },
    });
    expect(entry?.changes).not.toHaveProperty('orderRef');
    const read = await t.request({ method: 'GET', url: `/api/v1/complaints/${id}`, token: agent.token });
    expect(read.json()).toMatchObject(facts);
    // The new product ref is found by search.
    const found = await t.request({
      method: 'GET',
      url: '/api/v1/complaints?q=ROOM-1208',
      token: agent.token,
    });
    expect(found.json<{ items: { id: string }[] }>().items.map((c) => c.id)).toContain(id);
  });

  it('writes no history when nothing changes, and refuses a stale version', async () => {
    const id = await owned();
    const first = await t.request({
      method: 'PUT',
      url: `/api/v1/complaints/${id}/facts`,
      token: agent.token,
      body: facts,
    });
    const version = first.json<{ version: number }>().version;
    const again = await t.request({
      method: 'PUT',
      url: `/api/v1/complaints/${id}/facts`,
      token: agent.token,
      body: { ...facts, version },
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().version).toBe(version);
    expect((await history(id)).filter((h) => h.action === 'complaint.facts_recorded')).toHaveLength(1);
    const stale = await t.request({
      method: 'PUT',
      url: `/api/v1/complaints/${id}/facts`,
      token: agent.token,
      body: { ...facts, verifiedFacts: '另一个说法', version: version - 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('complaint.version_conflict');
  });

  it('lets a supervisor record facts but not another agent or a handler', async () => {
    const id = await owned();
    const other = await t.request({
      method: 'PUT',
      url: `/api/v1/complaints/${id}/facts`,
      token: otherAgent.token,
      body: facts,
    });
    expect(other.statusCode).toBe(403);
    expect(other.headers['content-type']).toContain('application/problem+json');
    const byHandler = await t.request({
      method: 'PUT',
      url: `/api/v1/complaints/${id}/facts`,
      token: handler.token,
      body: facts,
    });
    expect(byHandler.statusCode).toBe(403);
    const boss = await t.request({
      method: 'PUT',
      url: `/api/v1/complaints/${id}/facts`,
      token: supervisor.token,
      body: facts,
    });
    expect(boss.statusCode).toBe(200);
  });

  it('lists every invalid field, and keeps the responsibility once a remedy was proposed', async () => {
    const id = await owned();
    const bad = await t.request({
      method: 'PUT',
      url: `/api/v1/complaints/${id}/facts`,
      token: agent.token,
      body: {
        verifiedFacts: 'a\u0000b',
        responsibility: 'the_weather',
        orderRef: 'x'.repeat(201),
        version: 0,
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['orderRef', 'productRef', 'responsibility', 'verifiedFacts', 'version']);
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/remedies`,
      token: agent.token,
      body: { kind: 'apology', description: '当面致歉并说明原因' },
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/transitions`,
      token: agent.token,
      body: { to: 'remedy_proposed', responsibility: 'third_party' },
    });
    const cleared = await t.request({
      method: 'PUT',
      url: `/api/v1/complaints/${id}/facts`,
      token: agent.token,
      body: { ...facts, responsibility: null },
    });
    expect(cleared.statusCode).toBe(400);
    expect(cleared.json().errors).toEqual([{ path: 'responsibility', message: expect.any(String) }]);
  });
});

describe(`department tasks on ${testEngine()}`, () => {
  it('gives a task to a handler, who is told, and records it in the history', async () => {
    const id = await owned();
    const res = await askDepartment(id);
    expect(res.statusCode, res.body).toBe(201);
    const task = res.json();
    expect(task).toMatchObject({
      complaintId: id,
      department: 'engineering',
      handlerId: handler.userId,
      handlerName: expect.any(String),
      createdById: agent.userId,
      status: 'open',
      outcome: null,
      overdue: false,
    });
    const told = (await notifications(handler)).find((n) => n.payload.taskId === task.id);
    expect(told).toMatchObject({ kind: 'task.assigned', complaintId: id });
    expect((await history(id)).at(-1)).toMatchObject({
      action: 'task.assigned',
      changes: { taskId: task.id, department: 'engineering', handlerId: handler.userId },
    });
  });

  it('refuses a due date in the past, an unknown department and handler, listing every problem', async () => {
    const id = await owned();
    const past = await askDepartment(id, { dueAt: inHours(-1) });
    expect(past.statusCode).toBe(400);
    expect(past.json().errors).toEqual([{ path: 'dueAt', message: 'must be in the future' }]);
    const unknownHandler = await askDepartment(id, {
      dueAt: inHours(-1),
      handlerId: '00000000-0000-7000-8000-000000000000',
    });
    expect(unknownHandler.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'dueAt',
      'handlerId',
    ]);
    const shape = await askDepartment(id, {
      department: 'marketing',
      handlerId: 'nobody',
      request: '  ',
      dueAt: 'soon',
    });
    expect(shape.statusCode).toBe(400);
    expect(
      shape
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['department', 'dueAt', 'handlerId', 'request']);
  });

  it('lets only the owner, a supervisor or an admin ask a department', async () => {
    const id = await owned();
    expect((await askDepartment(id, {}, otherAgent.token)).statusCode).toBe(403);
    expect((await askDepartment(id, {}, handler.token)).statusCode).toBe(403);
    expect((await askDepartment(id, {}, supervisor.token)).statusCode).toBe(201);
  });

  it('shows a handler only their own tasks, with the facts to act on and no customer contact', async () => {
    const id = await owned();
    const mine = (await askDepartment(id)).json<{ id: string }>();
    t.clock.advance(1_000);
    const theirs = (
      await askDepartment(id, {
        handlerId: otherHandler.userId,
        department: 'finance',
        request: '核对房费账单',
      })
    ).json<{ id: string }>();

    const list = await t.request({
      method: 'GET',
      url: '/api/v1/tasks?mine=true&status=open',
      token: handler.token,
    });
    expect(list.statusCode).toBe(200);
    const ids = list.json<{ items: { id: string }[] }>().items.map((i) => i.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    // Without ?mine, a handler still sees only theirs.
    const all = await t.request({ method: 'GET', url: '/api/v1/tasks', token: handler.token });
    expect(
      all.json<{ items: { handlerId: string }[] }>().items.every((i) => i.handlerId === handler.userId),
    ).toBe(true);
    const item = list.json<{ items: Record<string, unknown>[] }>().items.find((i) => i.id === mine.id)!;
    expect(item.complaint).toMatchObject({
      id,
      subject: hotelComplaint.subject,
      orderRef: hotelComplaint.orderRef,
      ownerId: agent.userId,
    });
    expect(list.body).not.toContain('li.lei');
    expect(list.body).not.toContain('8000');
    expect(list.body).not.toContain('李雷');

    const onComplaint = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${id}/tasks`,
      token: handler.token,
    });
    expect(onComplaint.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([mine.id]);
    const ownerView = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${id}/tasks`,
      token: agent.token,
    });
    expect(ownerView.json<{ items: { id: string }[] }>().items.map((i) => i.id)).toEqual([
      mine.id,
      theirs.id,
    ]);

    // The complaint itself, if the handler opens it, shows the contact masked.
    const complaint = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${id}`,
      token: handler.token,
    });
    expect(complaint.json().customer.email).toBe('l***@example.com');
    expect(complaint.body).not.toContain('li.lei@');
    expect(complaint.body).not.toContain('138 0013 8000');
  });

  it('pages through tasks by due date with a cursor', async () => {
    const boss = await t.login('supervisor');
    const id = await owned(boss);
    const lone = await t.login('handler');
    for (const hours of [5, 2, 9]) {
      expect(
        (await askDepartment(id, { handlerId: lone.userId, dueAt: inHours(hours) }, boss.token)).statusCode,
      ).toBe(201);
    }
    const first = await t.request({ method: 'GET', url: '/api/v1/tasks?limit=2', token: lone.token });
    const page1 = first.json<{ items: { dueAt: string }[]; nextCursor: string | null }>();
    expect(page1.items.map((i) => i.dueAt)).toEqual([inHours(2), inHours(5)]);
    const second = await t.request({
      method: 'GET',
      url: `/api/v1/tasks?limit=2&cursor=${page1.nextCursor}`,
      token: lone.token,
    });
    const page2 = second.json<{ items: { dueAt: string }[]; nextCursor: string | null }>();
    expect(page2.items.map((i) => i.dueAt)).toEqual([inHours(9)]);
    expect(page2.nextCursor).toBeNull();
    const bad = await t.request({ method: 'GET', url: '/api/v1/tasks?cursor=nonsense', token: lone.token });
    expect(bad.statusCode).toBe(400);
  });

  it('lets the handler complete their task; the owner is told and sees the outcome', async () => {
    const id = await owned();
    const task = (await askDepartment(id)).json<{ id: string }>();
    const stranger = await t.request({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/complete`,
      token: otherHandler.token,
      body: { outcome: '不是我的任务' },
    });
    expect(stranger.statusCode).toBe(403);
    const empty = await t.request({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/complete`,
      token: handler.token,
      body: { outcome: '   ' },
    });
    expect(empty.statusCode).toBe(400);
    t.clock.advance(60_000);
    const outcome = '滤网三个月未清洁导致异响,已清洁并更换滤网。';
    const done = await t.request({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/complete`,
      token: handler.token,
      body: { outcome },
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', outcome, completedAt: t.clock.now().toISOString() });
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/complete`,
      token: handler.token,
      body: { outcome },
    });
    expect(again.statusCode).toBe(200);
    const cancelDone = await t.request({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/cancel`,
      token: agent.token,
      body: { reason: '不需要了' },
    });
    expect(cancelDone.statusCode).toBe(409);
    expect(cancelDone.json().code).toBe('task.not_open');

    const told = (await notifications(agent)).find((n) => n.payload.taskId === task.id);
    expect(told).toMatchObject({ kind: 'task.completed', complaintId: id });
    const tasks = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${id}/tasks`,
      token: agent.token,
    });
    expect(tasks.json().items[0]).toMatchObject({ status: 'done', outcome });
    expect((await history(id)).at(-1)).toMatchObject({
      action: 'task.completed',
      actor: { id: handler.userId },
      changes: { taskId: task.id, outcome },
    });
  });

  it('lets the owner cancel a task with a reason; the handler is told and cannot complete it', async () => {
    const id = await owned();
    const task = (await askDepartment(id)).json<{ id: string }>();
    const byHandler = await t.request({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/cancel`,
      token: handler.token,
      body: { reason: '太忙' },
    });
    expect(byHandler.statusCode).toBe(403);
    const noReason = await t.request({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/cancel`,
      token: agent.token,
      body: {},
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');
    const cancelled = await t.request({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/cancel`,
      token: agent.token,
      body: { reason: '客户已自行解决' },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', outcome: '客户已自行解决' });
    expect(
      (await notifications(handler)).find((n) => n.payload.taskId === task.id && n.kind === 'task.cancelled'),
    ).toBeDefined();
    const late = await t.request({
      method: 'POST',
      url: `/api/v1/tasks/${task.id}/complete`,
      token: handler.token,
      body: { outcome: '已检查' },
    });
    expect(late.statusCode).toBe(409);
    const open = await t.request({
      method: 'GET',
      url: '/api/v1/tasks?mine=true&status=open',
      token: handler.token,
    });
    expect(open.json<{ items: { id: string }[] }>().items.map((i) => i.id)).not.toContain(task.id);
  });

  it('marks an open task past its due time as overdue', async () => {
    const id = await owned();
    const task = (await askDepartment(id, { dueAt: inHours(1) })).json<{ id: string }>();
    t.clock.advance(2 * 3_600_000);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${id}/tasks`,
      token: agent.token,
    });
    expect(list.json().items.find((i: { id: string }) => i.id === task.id).overdue).toBe(true);
  });

  it('answers 404 for unknown tasks and complaints, and refuses tasks on a dismissed complaint', async () => {
    for (const url of [
      '/api/v1/tasks/nope/complete',
      '/api/v1/tasks/00000000-0000-7000-8000-000000000000/complete',
    ]) {
      const res = await t.request({ method: 'POST', url, token: handler.token, body: { outcome: '完成' } });
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('task.not_found');
    }
    expect(
      (await askDepartment('00000000-0000-7000-8000-000000000000', {}, supervisor.token)).statusCode,
    ).toBe(404);
    const id = await owned();
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/transitions`,
      token: agent.token,
      body: { to: 'dismissed', reason: '重复投诉' },
    });
    const res = await askDepartment(id);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('complaint.precondition_failed');
  });
});
