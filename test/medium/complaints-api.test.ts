import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/store/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: Awaited<ReturnType<TestApp['login']>>;
let supervisor: Awaited<ReturnType<TestApp['login']>>;

beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('agent');
  supervisor = await t.login('supervisor');
});
afterAll(async () => t.close());

const phoneComplaint = {
  channel: 'phone',
  customer: { name: 'Li Lei', email: 'li.lei@example.com', phone: '+86 138 0013 8000', tier: 'vip' },
  subject: '空调噪音',
  description: '酒店房间空调噪音很大,一整晚没睡好,前台说没有空房可以换。',
  expectation: '退一晚房费',
  orderRef: 'H-20261101-77',
  complexity: 'complex',
};

async function open(body: object = phoneComplaint) {
  const res = await t.request({ method: 'POST', url: '/api/v1/complaints', token: agent.token, body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe(`complaints API on ${testEngine()}`, () => {
  it('records an agent intake with every contract field, triage and deadlines', async () => {
    const c = await open();
    expect(c).toMatchObject({
      status: 'new',
      channel: 'phone',
      subject: '空调噪音',
      expectation: '退一晚房费',
      orderRef: 'H-20261101-77',
      complexity: 'complex',
      ownerId: null,
      customer: { name: 'Li Lei', email: 'li.lei@example.com', tier: 'vip' },
      locale: 'zh-CN',
    });
    expect(c.trackingNumber).toMatch(/^CL-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(c.triage.language).toBe('zh');
    expect(['minor', 'moderate', 'severe']).toContain(c.triage.severity);
    expect(c.receivedAt).toBe(t.clock.now().toISOString());
    expect(new Date(c.firstResponseDueAt).getTime() - new Date(c.receivedAt).getTime()).toBe(
      24 * 3600 * 1000,
    );
    expect(new Date(c.resolutionDueAt).getTime()).toBeGreaterThan(new Date(c.firstResponseDueAt).getTime());
  });

  it('lets a category or severity given by a person win over triage', async () => {
    const c = await open({ ...phoneComplaint, category: 'policy', severity: 'severe' });
    expect(c.triage.category).toMatchObject({ label: 'policy', source: 'person', confidence: 1 });
    expect(c.triage.severity).toBe('severe');
    expect(c.triage.urgent).toBe(true);
  });

  it('links complaints with the same email or phone to one customer', async () => {
    const a = await open({ ...phoneComplaint, customer: { name: '王女士', phone: '13900139000' } });
    const b = await open({ ...phoneComplaint, customer: { name: '王女士', phone: '+86 139-0013-9000' } });
    const c = await open({
      ...phoneComplaint,
      customer: { name: 'W', email: 'WANG@Example.com', phone: '13900139000' },
    });
    expect(b.customer.id).toBe(a.customer.id);
    expect(c.customer.id).toBe(a.customer.id);
  });

  it('answers 404 problem+json for an unknown or malformed id', async () => {
    for (const id of ['999999999', '00000000-0000-7000-8000-000000000000']) {
      const res = await t.request({ method: 'GET', url: `/api/v1/complaints/${id}`, token: agent.token });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().code).toBe('complaint.not_found');
    }
  });

  it('finds 2-character Chinese words and English words, combined with filters', async () => {
    const zh = await open();
    const en = await open({
      channel: 'email',
      customer: { name: 'Ann', email: 'ann@example.com' },
      description: 'The parcel arrived crushed and the glass inside was broken.',
    });
    const search = async (q: string, extra = '') => {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/complaints?q=${encodeURIComponent(q)}${extra}`,
        token: agent.token,
      });
      expect(res.statusCode).toBe(200);
      return res.json().items.map((i: { id: string }) => i.id) as string[];
    };
    expect(await search('空调')).toContain(zh.id);
    expect(await search('噪音')).toContain(zh.id);
    expect(await search('空调噪音')).toContain(zh.id);
    expect(await search('空调')).not.toContain(en.id);
    expect(await search('CRUSHED parcel')).toContain(en.id);
    expect(await search('parcel', '&channel=phone')).not.toContain(en.id);
    expect(await search('parcel', '&channel=email')).toContain(en.id);
    expect(await search('H-20261101-77')).toContain(zh.id);
    expect(await search('冰箱')).not.toContain(zh.id);
  });

  it('pages through every complaint once with keyset cursors', async () => {
    for (let i = 0; i < 5; i++) {
      t.clock.advance(1000);
      await open();
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/complaints?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        token: agent.token,
      });
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    const [row] = await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM complaints`,
    );
    const n = row!.n;
    expect(seen.length).toBe(n);
    expect(new Set(seen).size).toBe(n);
  });

  it('pages through every search match once, newest first', async () => {
    const word = '蓝牙耳机';
    const expected: string[] = [];
    for (let i = 0; i < 8; i++) {
      t.clock.advance(1000);
      const c = await open({
        ...phoneComplaint,
        description: i % 2 ? `${word}左耳没声音 ${i}` : `没有关系的投诉 ${i}`,
      });
      if (i % 2) expected.unshift(c.id);
      t.clock.advance(1000);
      await open({ ...phoneComplaint, description: `${word}充电盒坏了 ${i}` }).then((x) =>
        expected.unshift(x.id),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await t.request({
        method: 'GET',
        url: `/api/v1/complaints?q=${encodeURIComponent(word)}&limit=5${cursor ? `&cursor=${cursor}` : ''}`,
        token: agent.token,
      });
      seen.push(...res.json().items.map((i: { id: string }) => i.id));
      cursor = res.json().nextCursor;
    } while (cursor);
    expect(seen).toEqual(expected);
  });

  it('rejects a cursor it did not give out', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/complaints?cursor=garbage',
      token: agent.token,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('cursor');
  });

  it('enforces the six steps with 409 codes and records each transition', async () => {
    const c = await open();
    const move = (body: object, token = agent.token) =>
      t.request({ method: 'POST', url: `/api/v1/complaints/${c.id}/transitions`, token, body });

    const illegal = await move({ to: 'closed' });
    expect(illegal.statusCode).toBe(409);
    expect(illegal.json().code).toBe('complaint.transition_not_allowed');

    const triaged = await move({ to: 'triaged' });
    expect(triaged.statusCode).toBe(200);
    expect(triaged.json().ownerId).toBe(agent.userId);

    expect((await move({ to: 'investigating' })).statusCode).toBe(200);

    const noResponsibility = await move({ to: 'remedy_proposed' });
    expect(noResponsibility.statusCode).toBe(409);
    expect(noResponsibility.json().code).toBe('complaint.precondition_failed');
    expect(noResponsibility.json().detail).toMatch(/responsibility/);

    const noRemedy = await move({ to: 'remedy_proposed', responsibility: 'internal_process' });
    expect(noRemedy.json().detail).toMatch(/remedy/);

    const big = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${c.id}/remedies`,
      token: agent.token,
      body: { kind: 'refund', amount: 800, description: '退还一晚房费 800 元,三个工作日内到账' },
    });
    expect(big.statusCode).toBe(201);
    expect(big.json().status).toBe('pending_approval');

    expect((await move({ to: 'remedy_proposed', responsibility: 'internal_process' })).statusCode).toBe(200);
    const unapproved = await move({ to: 'in_progress' });
    expect(unapproved.statusCode).toBe(409);
    expect(unapproved.json().detail).toMatch(/approved/);

    const agentApproves = await t.request({
      method: 'POST',
      url: `/api/v1/remedies/${big.json().id}/approve`,
      token: agent.token,
    });
    expect(agentApproves.statusCode).toBe(403);
    const approved = await t.request({
      method: 'POST',
      url: `/api/v1/remedies/${big.json().id}/approve`,
      token: supervisor.token,
    });
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('approved');

    expect((await move({ to: 'in_progress' })).statusCode).toBe(200);
    const noResolution = await move({ to: 'resolved' });
    expect(noResolution.json().code).toBe('complaint.precondition_failed');
    const resolved = await move({ to: 'resolved', resolution: '已退款 800 元并更换安静房型' });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().resolvedAt).not.toBeNull();

    const history = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${c.id}/history`,
      token: agent.token,
    });
    const actions = history.json().items.map((i: { action: string }) => i.action);
    expect(actions).toEqual([
      'complaint.opened',
      'complaint.status_changed',
      'complaint.status_changed',
      'remedy.proposed',
      'complaint.status_changed',
      'remedy.approved',
      'complaint.status_changed',
      'complaint.status_changed',
    ]);
    expect(history.json().items[1]).toMatchObject({
      actor: { type: 'user', id: agent.userId },
      changes: { status: ['new', 'triaged'], ownerId: [null, agent.userId] },
    });
  });

  it('refuses remedies that are not concrete', async () => {
    const c = await open();
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${c.id}/remedies`,
      token: agent.token,
      body: { kind: 'refund', description: 'ok' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['amount', 'description']);
  });

  it('keeps the history append-only in the database itself', async () => {
    const c = await open();
    const refusal = async (statement: ReturnType<typeof sql>) => {
      const error = await t.database.db.execute(statement).then(
        () => null,
        (e: Error & { cause?: Error }) => e,
      );
      return error?.cause?.message ?? error?.message ?? 'no error';
    };
    expect(
      await refusal(sql`UPDATE complaint_history SET action = 'forged' WHERE complaint_id = ${c.id}`),
    ).toMatch(/append-only/);
    expect(await refusal(sql`DELETE FROM complaint_history WHERE complaint_id = ${c.id}`)).toMatch(
      /append-only/,
    );
    expect(await refusal(sql`TRUNCATE complaint_history CASCADE`)).toMatch(/append-only/);
    const history = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${c.id}/history`,
      token: agent.token,
    });
    expect(history.json().items[0].action).toBe('complaint.opened');
  });

  it('counts a reply as the first response but not an internal note', async () => {
    const c = await open();
    const note = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${c.id}/messages`,
      token: agent.token,
      body: { kind: 'note', body: '已联系前台核实' },
    });
    expect(note.statusCode).toBe(201);
    let current = (
      await t.request({ method: 'GET', url: `/api/v1/complaints/${c.id}`, token: agent.token })
    ).json();
    expect(current.firstRespondedAt).toBeNull();
    t.clock.advance(60_000);
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${c.id}/messages`,
      token: agent.token,
      body: { kind: 'reply', body: '李先生您好,非常抱歉影响您休息,我们今天 18:00 前给您答复。' },
    });
    current = (
      await t.request({ method: 'GET', url: `/api/v1/complaints/${c.id}`, token: agent.token })
    ).json();
    expect(current.firstRespondedAt).toBe(t.clock.now().toISOString());
  });

  it('masks contact data for roles that do not need it', async () => {
    const c = await open();
    const handler = await t.login('handler');
    const res = await t.request({ method: 'GET', url: `/api/v1/complaints/${c.id}`, token: handler.token });
    expect(res.statusCode).toBe(200);
    expect(res.json().customer.email).toBe('l***@example.com');
    expect(res.json().customer.phone).toMatch(/^\*{5,}8000$/);
    expect(res.body).not.toContain('li.lei@');
  });

  it('lets only staff with the right role act', async () => {
    const handler = await t.login('handler');
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/complaints',
      token: handler.token,
      body: phoneComplaint,
    });
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
