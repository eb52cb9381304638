import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/accounts/users.js';
import { createJobRunner } from '../../src/jobs/runner.js';
import { openDatabase, queryRows } from '../../src/store/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: Awaited<ReturnType<TestApp['login']>>;
let supervisor: Awaited<ReturnType<TestApp['login']>>;
const quiet = { info: () => undefined, error: () => undefined };
const hour = 3600 * 1000;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T02:00:00.000Z'); // Monday 10:00 in Shanghai
  // API tokens do not expire: these tests move the clock by days.
  const withApiToken = async (user: Awaited<ReturnType<TestApp['login']>>) => ({
    ...user,
    token: (await createApiToken(t.ctx, { userId: user.userId, name: 'sla test' })).token,
  });
  agent = await withApiToken(await t.login('agent'));
  supervisor = await withApiToken(await t.login('supervisor'));
});
afterAll(async () => t.close());

interface ClockView {
  kind: string;
  state: string;
  cycle: number;
  dueAt: string;
  metAt: string | null;
}
const clocksOf = async (id: string): Promise<Record<string, ClockView>> => {
  const res = await t.request({ method: 'GET', url: `/api/v1/complaints/${id}`, token: agent.token });
  return Object.fromEntries((res.json().clocks as ClockView[]).map((c) => [c.kind, c]));
};
const open = async (extra: object = {}) => {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: {
      channel: 'phone',
      customer: { name: '周先生', phone: '13700137000' },
      description: '宽带断网两天了。',
      ...extra,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{
    id: string;
    clocks: ClockView[];
    resolutionDueAt: string;
    firstResponseDueAt: string;
  }>();
};
const move = (id: string, body: object) =>
  t.request({ method: 'POST', url: `/api/v1/complaints/${id}/transitions`, token: agent.token, body });
const say = (id: string, kind: 'reply' | 'note', body = '您好,我们正在处理,今天 18:00 前回复您。') =>
  t.request({
    method: 'POST',
    url: `/api/v1/complaints/${id}/messages`,
    token: agent.token,
    body: { kind, body },
  });
const historyActions = async (id: string) =>
  (await t.request({ method: 'GET', url: `/api/v1/complaints/${id}/history`, token: agent.token }))
    .json()
    .items.map((i: { action: string }) => i.action) as string[];

async function toInProgress(id: string) {
  await move(id, { to: 'triaged' });
  await move(id, { to: 'investigating' });
  await t.request({
    method: 'POST',
    url: `/api/v1/complaints/${id}/remedies`,
    token: agent.token,
    body: { kind: 'apology', description: '书面致歉并上门检修' },
  });
  await move(id, { to: 'remedy_proposed', responsibility: 'internal_process' });
  await move(id, { to: 'in_progress' });
}

describe(`SLA clocks on ${testEngine()}`, () => {
  it('starts first-response and resolution clocks at intake, and a daily update clock when complex', async () => {
    const ordinary = await open();
    expect(ordinary.clocks.map((c) => [c.kind, c.state])).toEqual([
      ['first_response', 'on_track'],
      ['resolution', 'on_track'],
    ]);
    expect(ordinary.clocks[0]!.dueAt).toBe(ordinary.firstResponseDueAt);
    expect(ordinary.clocks[1]!.dueAt).toBe('2026-03-05T02:00:00.000Z'); // 3 business days
    const complex = await open({ complexity: 'complex' });
    expect(complex.clocks.map((c) => c.kind)).toEqual(['first_response', 'resolution', 'progress_update']);
    expect(complex.clocks[2]!.dueAt).toBe('2026-03-03T02:00:00.000Z');
  });

  it('meets the first response with a reply, never with an internal note', async () => {
    const c = await open({ complexity: 'complex' });
    t.clock.advance(hour);
    await say(c.id, 'note', '内部:已联系运维');
    expect((await clocksOf(c.id)).first_response!.state).toBe('on_track');
    await say(c.id, 'reply');
    const clocks = await clocksOf(c.id);
    expect(clocks.first_response!.state).toBe('met');
    // The progress-update clock starts its next 24 h from the customer update.
    expect(clocks.progress_update).toMatchObject({
      cycle: 2,
      state: 'on_track',
      dueAt: new Date(t.clock.now().getTime() + 24 * hour).toISOString(),
    });
  });

  it('meets the resolution, starts the follow-up (and post-mortem when moderate or severe), and restarts on reopening', async () => {
    const c = await open({ severity: 'moderate' });
    await toInProgress(c.id);
    t.clock.advance(2 * hour);
    expect((await move(c.id, { to: 'resolved', resolution: '已上门修复并致歉' })).statusCode).toBe(200);
    let clocks = await clocksOf(c.id);
    expect(clocks.resolution!.state).toBe('met');
    expect(clocks.follow_up!.dueAt).toBe(new Date(t.clock.now().getTime() + 24 * hour).toISOString());
    expect(clocks.post_mortem!.dueAt).toBe(new Date(t.clock.now().getTime() + 48 * hour).toISOString());

    const minor = await open({ severity: 'minor' });
    await toInProgress(minor.id);
    await move(minor.id, { to: 'resolved', resolution: '已补发' });
    expect((await clocksOf(minor.id)).post_mortem).toBeUndefined();

    t.clock.advance(hour);
    expect((await move(c.id, { to: 'in_progress', reason: '客户反馈仍然断网' })).statusCode).toBe(200);
    clocks = await clocksOf(c.id);
    expect(clocks.resolution).toMatchObject({ state: 'on_track', cycle: 2, metAt: null });
    expect(clocks.follow_up!.state).toBe('stopped');
  });

  it('recomputes the resolution deadline and the daily updates when the complexity changes', async () => {
    t.clock.set('2026-03-16T02:00:00.000Z'); // Monday 10:00 in Shanghai
    const c = await open();
    expect(c.resolutionDueAt).toBe('2026-03-19T02:00:00.000Z');
    t.clock.advance(hour);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${c.id}/complexity`,
      token: agent.token,
      body: { complexity: 'complex', reason: '需要工程部上门排查' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().resolutionDueAt).toBe('2026-03-23T02:00:00.000Z'); // 5 business days from receipt
    let clocks = await clocksOf(c.id);
    expect(clocks.resolution).toMatchObject({ dueAt: '2026-03-23T02:00:00.000Z', state: 'on_track' });
    expect(clocks.progress_update!.dueAt).toBe(new Date(t.clock.now().getTime() + 24 * hour).toISOString());
    const history = (
      await t.request({ method: 'GET', url: `/api/v1/complaints/${c.id}/history`, token: agent.token })
    ).json();
    expect(history.items.at(-1)).toMatchObject({
      action: 'complaint.complexity_changed',
      changes: {
        complexity: ['ordinary', 'complex'],
        resolutionDueAt: ['2026-03-19T02:00:00.000Z', '2026-03-23T02:00:00.000Z'],
      },
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${c.id}/complexity`,
      token: agent.token,
      body: { complexity: 'ordinary', reason: '已远程解决主要问题' },
    });
    clocks = await clocksOf(c.id);
    expect(clocks.resolution!.dueAt).toBe('2026-03-19T02:00:00.000Z');
    expect(clocks.progress_update!.state).toBe('stopped');
  });

  it('stops every clock of a dismissed complaint', async () => {
    const c = await open();
    await move(c.id, { to: 'dismissed', reason: '重复提交' });
    const states = Object.values(await clocksOf(c.id)).map((x) => x.state);
    expect(states).toEqual(['stopped', 'stopped']);
  });

  it('warns, breaches and escalates once each, and filters the lists by clock state', async () => {
    const c = await open();
    await move(c.id, { to: 'triaged' });
    const runner = createJobRunner(t.ctx, { log: quiet });
    // 75 % of the first 24 h: at risk, and the owner is warned.
    t.clock.advance(19 * hour);
    await runner.drain();
    const atRisk = await t.request({
      method: 'GET',
      url: '/api/v1/complaints?sla=at_risk&limit=200',
      token: agent.token,
    });
    expect(atRisk.json().items.map((i: { id: string }) => i.id)).toContain(c.id);
    t.clock.advance(6 * hour);
    await runner.drain();
    await runner.drain();
    const breached = await t.request({
      method: 'GET',
      url: '/api/v1/complaints?sla=breached&limit=200',
      token: agent.token,
    });
    expect(breached.json().items.map((i: { id: string }) => i.id)).toContain(c.id);
    expect((await clocksOf(c.id)).first_response!.state).toBe('breached');
    let actions = await historyActions(c.id);
    expect(actions.filter((a) => a === 'sla.warned')).toHaveLength(1);
    expect(actions.filter((a) => a === 'sla.breached')).toHaveLength(1);
    expect(actions).not.toContain('sla.escalated');
    // An hour after the breach, still unanswered: the supervisors are told.
    t.clock.advance(hour + 60_000);
    await runner.drain();
    await runner.drain();
    actions = await historyActions(c.id);
    expect(actions.filter((a) => a === 'sla.escalated')).toHaveLength(1);
    const notes = await queryRows<{ user_id: string; kind: string }>(
      t.database.db,
      sql`SELECT user_id, kind FROM notifications WHERE complaint_id = ${c.id} AND payload->>'clock' = 'first_response' ORDER BY created_at`,
    );
    expect(notes.filter((n) => n.user_id === agent.userId).map((n) => n.kind)).toEqual([
      'sla.warned',
      'sla.breached',
    ]);
    expect(notes.filter((n) => n.user_id === supervisor.userId).map((n) => n.kind)).toEqual([
      'sla.escalated',
    ]);
  });

  it('escalates a severe complaint to the supervisors at the breach itself', async () => {
    const c = await open({ severity: 'severe' });
    await move(c.id, { to: 'triaged' });
    const runner = createJobRunner(t.ctx, { log: quiet });
    t.clock.advance(25 * hour);
    await runner.drain();
    await runner.drain();
    const actions = await historyActions(c.id);
    expect(actions.indexOf('sla.escalated')).toBeGreaterThan(actions.indexOf('sla.breached'));
  });

  it.runIf(testEngine() === 'postgres')(
    'gives each breach exactly once with two workers sweeping the same clocks',
    async () => {
      const ids: string[] = [];
      for (let i = 0; i < 40; i++) ids.push((await open()).id);
      t.clock.advance(7 * 24 * hour); // past both deadlines
      const url = (t.database as { url?: string }).url!;
      const second = await openDatabase({ databaseUrl: url, poolSize: 4, migrate: false });
      try {
        const workers = [
          createJobRunner(t.ctx, { log: quiet }),
          createJobRunner({ ...t.ctx, database: second }, { log: quiet }),
        ];
        for (let round = 0; round < 3; round++) await Promise.all(workers.map((w) => w.drain()));
        const [row] = await queryRows<{ breaches: number; distinct: number }>(
          t.database.db,
          sql`SELECT count(*)::int AS breaches, count(DISTINCT (complaint_id, changes->>'clock'))::int AS distinct
            FROM complaint_history WHERE action = 'sla.breached' AND complaint_id = ANY(${`{${ids.join(',')}}`}::uuid[])`,
        );
        expect(row).toEqual({ breaches: 80, distinct: 80 }); // first response + resolution, 40 complaints
      } finally {
        await second.close();
      }
    },
  );
});
