/**
 * Step 3 through the API: the remedy matrix admins edit, suggestions marked within the
 * user's authority, rejection by an approver, what the customer is told while a remedy
 * waits, rejected remedies in the lifecycle, and remedy costs on the complaint.
 */
import { formatBusinessTime } from '../../src/domain/sla/business-time.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

type Login = Awaited<ReturnType<TestApp['login']>>;

let t: TestApp;
let admin: Login;
let agent: Login;
let supervisor: Login;
let quality: Login;

beforeAll(async () => {
  t = await createTestApp();
  [admin, agent, supervisor, quality] = await Promise.all([
    t.login('admin'),
    t.login('agent'),
    t.login('supervisor'),
    t.login('quality_manager'),
  ]);
});
afterAll(async () => t.close());

interface MatrixRow {
  severity: string;
  category: string | null;
  kind: string;
  amount: number | null;
  currency: string;
  label: { 'zh-CN': string; 'en-US': string };
}

const row = (severity: string, kind: string, extra: Partial<MatrixRow> = {}) => ({
  severity,
  category: null,
  kind,
  amount: null,
  currency: 'CNY',
  label: { 'zh-CN': `${severity} ${kind}`, 'en-US': `${severity} ${kind}` },
  ...extra,
});

const getMatrix = (token = agent.token) => t.request({ method: 'GET', url: '/api/v1/remedy-matrix', token });
const putMatrix = (rows: unknown[], token = admin.token) =>
  t.request({ method: 'PUT', url: '/api/v1/remedy-matrix', token, body: { rows } });

/** A complaint the agent owns, at `investigating`, of this severity and category. */
async function investigating(severity = 'minor', category = 'timeliness') {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: {
      channel: 'phone',
      customer: { name: 'Ann Lee', phone: '+1 555 0100 200' },
      description: 'The main course came forty minutes late and cold.',
      severity,
      category,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  for (const to of ['triaged', 'investigating']) {
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/transitions`,
      token: agent.token,
      body: { to },
    });
  }
  return id;
}

const propose = (complaintId: string, body: Record<string, unknown>, token = agent.token) =>
  t.request({ method: 'POST', url: `/api/v1/complaints/${complaintId}/remedies`, token, body });
const reject = (remedyId: string, body: unknown, token = supervisor.token) =>
  t.request({ method: 'POST', url: `/api/v1/remedies/${remedyId}/reject`, token, body });
const move = (complaintId: string, body: Record<string, unknown>) =>
  t.request({
    method: 'POST',
    url: `/api/v1/complaints/${complaintId}/transitions`,
    token: agent.token,
    body,
  });

async function notifications(login: Login) {
  const res = await t.request({ method: 'GET', url: '/api/v1/notifications', token: login.token });
  return res.json<{ items: { kind: string; payload: Record<string, unknown> }[] }>().items;
}

describe(`the remedy matrix on ${testEngine()}`, () => {
  it('serves the shipped defaults to staff until an admin replaces them', async () => {
    const res = await getMatrix(quality.token);
    expect(res.statusCode).toBe(200);
    const body = res.json<{ source: string; rows: MatrixRow[]; defaults: MatrixRow[]; updatedBy: unknown }>();
    expect(body.source).toBe('default');
    expect(body.updatedBy).toBeNull();
    expect(body.rows).toEqual(body.defaults);
    expect(new Set(body.rows.map((r) => r.severity))).toEqual(new Set(['minor', 'moderate', 'severe']));
    expect(body.rows.every((r) => r.label['zh-CN'] && r.label['en-US'])).toBe(true);
    expect((await t.request({ method: 'GET', url: '/api/v1/remedy-matrix' })).statusCode).toBe(401);
  });

  it('lets only an admin replace it', async () => {
    const rows = [row('minor', 'apology'), row('moderate', 'redo_service'), row('severe', 'refund')];
    for (const token of [agent.token, supervisor.token, quality.token]) {
      const res = await putMatrix(rows, token);
      expect(res.statusCode).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await getMatrix()).json().source).toBe('default');
  });

  it('lists every problem of a bad table and keeps the table it had', async () => {
    const res = await putMatrix([
      row('minor', 'hug'),
      row('urgent', 'apology', { amount: -1 }),
      row('moderate', 'coupon', { amount: 30, currency: 'rmb', label: { 'zh-CN': '券', 'en-US': '' } }),
      row('moderate', 'upgrade', { category: 'weather' }),
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('input.invalid');
    const errors = res.json<{ errors: { path: string; message: string }[] }>().errors;
    expect(errors.map((e) => e.path)).toEqual([
      'rows.0.kind',
      'rows.1.severity',
      'rows.1.amount',
      'rows.2.currency',
      'rows.2.label.en-US',
      'rows.3.category',
      'rows',
    ]);
    expect(errors.at(-1)?.message).toMatch(/^severe:/);
    const shape = await t.request({
      method: 'PUT',
      url: '/api/v1/remedy-matrix',
      token: admin.token,
      body: { rows: [{ severity: 1, kind: null, label: 'sorry' }] },
    });
    expect(shape.statusCode).toBe(400);
    expect(
      shape
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['rows.0.kind', 'rows.0.label', 'rows.0.severity']);
    expect((await getMatrix()).json().source).toBe('default');
  });

  it('stores a valid table with who saved it and when, and suggests from it', async () => {
    t.clock.advance(60_000);
    const rows = [
      row('minor', 'apology'),
      row('minor', 'coupon', { amount: 50 }),
      row('minor', 'compensation', {
        amount: 300,
        label: { 'zh-CN': '赔偿 300 元', 'en-US': 'Pay 300 CNY' },
      }),
      row('minor', 'refund'),
      row('moderate', 'redo_service'),
      row('severe', 'refund'),
      row('minor', 'replacement', { category: 'product_quality' }),
    ];
    const res = await putMatrix(rows);
    expect(res.statusCode, res.body).toBe(200);
    const saved = await getMatrix();
    expect(saved.json()).toMatchObject({
      source: 'custom',
      updatedAt: t.clock.now().toISOString(),
      updatedBy: { id: admin.userId },
    });
    expect(saved.json<{ rows: MatrixRow[] }>().rows.map((r) => r.kind)).toEqual(rows.map((r) => r.kind));

    const late = await investigating('minor', 'timeliness');
    const suggestions = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${late}/remedy-suggestions`,
      token: agent.token,
    });
    expect(suggestions.statusCode).toBe(200);
    expect(suggestions.json()).toMatchObject({ severity: 'minor', category: 'timeliness', limit: 200 });
    expect(suggestions.json().items).toEqual([
      expect.objectContaining({ kind: 'apology', withinAuthority: true, approverRoles: [] }),
      expect.objectContaining({ kind: 'coupon', amount: 50, withinAuthority: true }),
      expect.objectContaining({
        kind: 'compensation',
        withinAuthority: false,
        approverRoles: ['supervisor', 'admin'],
      }),
      expect.objectContaining({ kind: 'refund', amount: null, withinAuthority: null }),
    ]);
    const forSupervisor = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${late}/remedy-suggestions`,
      token: supervisor.token,
    });
    expect(forSupervisor.json().items[2]).toMatchObject({ kind: 'compensation', withinAuthority: true });

    const broken = await investigating('minor', 'product_quality');
    const own = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${broken}/remedy-suggestions`,
      token: agent.token,
    });
    expect(own.json<{ items: MatrixRow[] }>().items.map((i) => i.kind)).toEqual(['replacement']);
    const missing = await t.request({
      method: 'GET',
      url: '/api/v1/complaints/00000000-0000-7000-8000-000000000000/remedy-suggestions',
      token: agent.token,
    });
    expect(missing.statusCode).toBe(404);
  });
});

describe(`rejecting a remedy on ${testEngine()}`, () => {
  it('tells the approvers a remedy waits, and the proposer when it is rejected, with history', async () => {
    const id = await investigating();
    const res = await propose(id, {
      kind: 'refund',
      amount: 800,
      description: '退还 800 元房费,三个工作日内到账',
    });
    expect(res.json().status).toBe('pending_approval');
    const remedyId = res.json<{ id: string }>().id;
    const waiting = (await notifications(supervisor)).find((n) => n.payload.remedyId === remedyId);
    expect(waiting).toMatchObject({ kind: 'remedy.approval_requested', payload: { amount: 800 } });
    expect((await notifications(admin)).some((n) => n.payload.remedyId === remedyId)).toBe(true);

    expect((await reject(remedyId, { reason: '金额过高' }, agent.token)).statusCode).toBe(403);
    expect((await reject(remedyId, { reason: '金额过高' }, quality.token)).statusCode).toBe(403);
    const noReason = await reject(remedyId, { reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('reason');

    const rejected = await reject(remedyId, { reason: '金额超出房费,请改为退一晚房费 400 元' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({
      id: remedyId,
      status: 'rejected',
      decidedById: supervisor.userId,
      decisionReason: '金额超出房费,请改为退一晚房费 400 元',
    });
    const told = (await notifications(agent)).find((n) => n.kind === 'remedy.rejected');
    expect(told?.payload).toMatchObject({ remedyId, reason: '金额超出房费,请改为退一晚房费 400 元' });

    const history = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${id}/history`,
      token: agent.token,
    });
    expect(history.json().items.at(-1)).toMatchObject({
      action: 'remedy.rejected',
      actor: { id: supervisor.userId },
      changes: { remedyId, status: 'rejected', reason: '金额超出房费,请改为退一晚房费 400 元' },
    });
    // Decided once: approving it now is a conflict.
    const approve = await t.request({
      method: 'POST',
      url: `/api/v1/remedies/${remedyId}/approve`,
      token: admin.token,
    });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().code).toBe('remedy.already_decided');
  });

  it('lets only someone whose limit covers the amount reject it', async () => {
    const id = await investigating();
    const big = await propose(id, {
      kind: 'compensation',
      amount: 5000,
      description: '赔偿客户损失 5000 元',
    });
    const remedyId = big.json<{ id: string }>().id;
    const bySupervisor = await reject(remedyId, { reason: '不合理' });
    expect(bySupervisor.statusCode).toBe(403);
    expect(bySupervisor.json().code).toBe('remedy.beyond_authority');
    expect((await reject(remedyId, { reason: '不合理' }, admin.token)).statusCode).toBe(200);
    expect((await reject('00000000-0000-7000-8000-000000000000', { reason: 'x' })).statusCode).toBe(404);
    expect((await reject('not-an-id', { reason: 'x' })).statusCode).toBe(404);
  });

  it('counts rejected remedies as none: a new one is needed before the next steps', async () => {
    const id = await investigating();
    const first = await propose(id, { kind: 'refund', amount: 900, description: '全额退款 900 元' });
    await reject(first.json<{ id: string }>().id, { reason: '先试试换房' });
    const proposed = await move(id, { to: 'remedy_proposed', responsibility: 'internal_process' });
    expect(proposed.statusCode).toBe(409);
    expect(proposed.json()).toMatchObject({ code: 'complaint.precondition_failed' });
    expect(proposed.json().detail).toMatch(/remedy/);

    const second = await propose(id, { kind: 'refund', amount: 1500, description: '退款 1500 元,含赔偿' });
    expect((await move(id, { to: 'remedy_proposed', responsibility: 'internal_process' })).statusCode).toBe(
      200,
    );
    await reject(second.json<{ id: string }>().id, { reason: '超出标准' });
    const start = await move(id, { to: 'in_progress' });
    expect(start.statusCode).toBe(409);
    expect(start.json().detail).toMatch(/remedy/);

    await propose(id, { kind: 'upgrade', description: '免费升级为行政套房一晚' });
    expect((await move(id, { to: 'in_progress' })).statusCode).toBe(200);
  });

  it('shows approved and waiting remedy costs on the complaint, never rejected ones', async () => {
    const id = await investigating();
    await propose(id, { kind: 'coupon', amount: 50, description: '50 元代金券,今日发放' });
    await propose(id, { kind: 'refund', amount: 120.5, description: '退还餐费 120.50 元' });
    await propose(id, { kind: 'refund', amount: 600, description: '退款 600 元' });
    const dropped = await propose(id, { kind: 'compensation', amount: 3000, description: '赔偿 3000 元' });
    await reject(dropped.json<{ id: string }>().id, { reason: '不合理' }, admin.token);
    const res = await t.request({ method: 'GET', url: `/api/v1/complaints/${id}`, token: agent.token });
    expect(res.json().remedyCost).toEqual([{ currency: 'CNY', approved: 170.5, pending: 600 }]);
    const list = await t.request({ method: 'GET', url: `/api/v1/complaints?limit=200`, token: agent.token });
    const listed = list
      .json<{ items: { id: string; remedyCost: unknown }[] }>()
      .items.find((c) => c.id === id);
    expect(listed?.remedyCost).toEqual([{ currency: 'CNY', approved: 170.5, pending: 600 }]);
  });

  it('tells the customer when an answer will come, then that another solution is coming', async () => {
    const filed = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: {
        customer: { name: 'Mia Wong', email: 'mia@example.com' },
        description: 'My parcel arrived broken and the vase inside is shattered.',
        locale: 'en-US',
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const { trackingNumber, accessToken } = filed.json<{ trackingNumber: string; accessToken: string }>();
    const found = await t.request({
      method: 'GET',
      url: `/api/v1/complaints?trackingNumber=${trackingNumber}`,
      token: agent.token,
    });
    const id = found.json<{ items: { id: string }[] }>().items[0]!.id;
    for (const to of ['triaged', 'investigating']) await move(id, { to });
    const pending = await propose(id, {
      kind: 'refund',
      amount: 450,
      description: 'Refund the vase, 450 CNY',
    });
    const track = () =>
      t.request({
        method: 'GET',
        url: `/api/v1/public/complaints/${trackingNumber}`,
        headers: { 'x-access-token': accessToken },
      });
    const answerBy = new Date(t.clock.now().getTime() + 24 * 3_600_000);
    // The business's wall clock, naming its zone (domain/sla/business-time.ts).
    const expectedTime = formatBusinessTime(answerBy, 'en-US', t.ctx.calendar.timeZone);
    let timeline = (await track()).json<{ timeline: { kind: string; text: string }[] }>().timeline;
    const waiting = timeline.find((i) => i.kind === 'remedy_pending');
    expect(waiting?.text).toContain(expectedTime);
    expect(waiting?.text).not.toContain('450');

    await reject(pending.json<{ id: string }>().id, { reason: 'Ask for a photo first' });
    timeline = (await track()).json<{ timeline: { kind: string; text: string }[] }>().timeline;
    expect(timeline.map((i) => i.kind)).toContain('remedy_rejected');
    expect(JSON.stringify(timeline)).not.toContain('photo');
  });
});
