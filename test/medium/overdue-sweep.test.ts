/**
 * The overdue sweep: corrective and preventive actions and department tasks past their due
 * time are reported once (history entry, notifications to the assignee, the complaint's
 * owner and the supervisors), however often and on however many workers the sweep runs.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/accounts/users.js';
import { sweepOverdue } from '../../src/jobs/overdue-sweep.js';
import { createJobRunner } from '../../src/jobs/runner.js';
import { openDatabase, queryRows } from '../../src/store/database.js';
import { newId } from '../../src/store/ids.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

type Person = Awaited<ReturnType<TestApp['login']>>;
let t: TestApp;
let owner: Person;
let supervisor: Person;
let quality: Person;
let handler: Person;
const quiet = { info: () => undefined, error: () => undefined };
const hour = 3600 * 1000;
const day = 24 * hour;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T02:00:00.000Z');
  const withApiToken = async (p: Person) => ({
    ...p,
    token: (await createApiToken(t.ctx, { userId: p.userId, name: 'overdue test' })).token,
  });
  owner = await withApiToken(await t.login('agent'));
  supervisor = await withApiToken(await t.login('supervisor'));
  quality = await withApiToken(await t.login('quality_manager'));
  handler = await withApiToken(await t.login('handler'));
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST', url: string, token: string, body?: unknown) =>
  t.request({ method, url, token, body });

async function resolvedComplaint(): Promise<string> {
  const res = await call('POST', '/api/v1/complaints', owner.token, {
    channel: 'phone',
    customer: { name: '周先生', phone: '13700137000' },
    description: '宽带断网两天了。',
    severity: 'moderate',
  });
  const id = res.json<{ id: string }>().id;
  const move = (body: object) => call('POST', `/api/v1/complaints/${id}/transitions`, owner.token, body);
  await move({ to: 'triaged' });
  await move({ to: 'investigating' });
  await call('POST', `/api/v1/complaints/${id}/remedies`, owner.token, {
    kind: 'apology',
    description: '书面致歉并上门检修',
  });
  await move({ to: 'remedy_proposed', responsibility: 'internal_process' });
  await move({ to: 'in_progress' });
  expect((await move({ to: 'resolved', resolution: '已上门修复' })).statusCode).toBe(200);
  return id;
}

async function addAction(complaintId: string, dueInMs: number): Promise<string> {
  const res = await call('POST', `/api/v1/complaints/${complaintId}/actions`, quality.token, {
    kind: 'corrective',
    description: '修订上门检修流程',
    ownerId: handler.userId,
    dueAt: new Date(t.clock.now().getTime() + dueInMs).toISOString(),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

/** A department task as its own API writes it (only the columns the sweep reads matter). */
async function addTask(complaintId: string, dueInMs: number, status = 'open'): Promise<string> {
  const id = newId(t.clock.now().getTime());
  const dueAt = new Date(t.clock.now().getTime() + dueInMs);
  await t.database.db.execute(
    sql`INSERT INTO department_tasks (id, complaint_id, department, handler_id, request, due_at, status, created_by_id, created_at)
        VALUES (${id}, ${complaintId}, 'engineering', ${handler.userId}, '排查线路', ${dueAt}, ${status}, ${owner.userId}, ${t.clock.now()})`,
  );
  return id;
}

const notesAbout = (field: 'actionId' | 'taskId', id: string) =>
  queryRows<{ user_id: string; kind: string }>(
    t.database.db,
    sql`SELECT user_id, kind FROM notifications WHERE payload->>${field} = ${id} AND kind LIKE '%.overdue' ORDER BY user_id`,
  );
const historyCount = async (complaintId: string, action: string) =>
  (
    await queryRows<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM complaint_history WHERE complaint_id = ${complaintId} AND action = ${action}`,
    )
  )[0]!.n;

describe(`the overdue sweep on ${testEngine()}`, () => {
  it('reports an overdue action and task once to the assignee, the owner and the supervisors', async () => {
    const complaint = await resolvedComplaint();
    const late = await addAction(complaint, day);
    const onTime = await addAction(complaint, 5 * day);
    const done = await addAction(complaint, day);
    const cancelled = await addAction(complaint, day);
    await call('POST', `/api/v1/actions/${done}/complete`, handler.token, { note: '已完成' });
    await call('POST', `/api/v1/actions/${cancelled}/cancel`, quality.token, { reason: '不再需要' });
    const lateTask = await addTask(complaint, 2 * hour);
    const closedTask = await addTask(complaint, 2 * hour, 'done');

    expect(await sweepOverdue(t.ctx)).toBe(0); // nothing is due yet
    t.clock.advance(2 * day);
    expect(await sweepOverdue(t.ctx)).toBe(2);
    expect(await sweepOverdue(t.ctx)).toBe(0);
    t.clock.advance(day);
    expect(await sweepOverdue(t.ctx)).toBe(0); // still overdue, already reported

    const everyone = [handler.userId, owner.userId, supervisor.userId].sort();
    expect((await notesAbout('actionId', late)).map((n) => n.user_id)).toEqual(everyone);
    expect((await notesAbout('actionId', late)).map((n) => n.kind)).toEqual([
      'action.overdue',
      'action.overdue',
      'action.overdue',
    ]);
    expect((await notesAbout('taskId', lateTask)).map((n) => [n.user_id, n.kind])).toEqual(
      everyone.map((u) => [u, 'task.overdue']),
    );
    expect(await notesAbout('taskId', closedTask)).toEqual([]);
    expect(await historyCount(complaint, 'action.overdue')).toBe(1);
    expect(await historyCount(complaint, 'task.overdue')).toBe(1);
    // The action on time is reported once it is late, and only then.
    const notified = await queryRows<{ id: string; overdue_notified_at: Date | null }>(
      t.database.db,
      sql`SELECT id, overdue_notified_at FROM corrective_actions WHERE complaint_id = ${complaint} `,
    );
    expect(Object.fromEntries(notified.map((r) => [r.id, r.overdue_notified_at !== null]))).toEqual({
      [late]: true,
      [onTime]: false,
      [done]: false,
      [cancelled]: false,
    });
    const overdue = (await call('GET', '/api/v1/actions?status=overdue&limit=200', quality.token)).json<{
      items: { id: string; overdueNotifiedAt: string | null }[];
    }>();
    expect(overdue.items.find((a) => a.id === late)?.overdueNotifiedAt).not.toBeNull();
    t.clock.advance(3 * day);
    expect(await sweepOverdue(t.ctx)).toBe(1);
    expect((await notesAbout('actionId', onTime)).map((n) => n.user_id)).toEqual(everyone);
  });

  it('runs every minute from the job runner, one sweep job per minute', async () => {
    const complaint = await resolvedComplaint();
    const action = await addAction(complaint, hour);
    t.clock.advance(2 * hour);
    const runner = createJobRunner(t.ctx, { log: quiet });
    await runner.drain();
    await runner.drain();
    expect(await historyCount(complaint, 'action.overdue')).toBe(1);
    expect((await notesAbout('actionId', action)).length).toBe(3);
    const minute = t.clock.now().toISOString().slice(0, 16);
    const jobs = await queryRows<{ id: string; status: string }>(
      t.database.db,
      sql`SELECT id, status FROM jobs WHERE kind = 'overdue.sweep' AND id = ${`overdue.sweep:${minute}`}`,
    );
    expect(jobs).toEqual([{ id: `overdue.sweep:${minute}`, status: 'done' }]);
  });

  it.runIf(testEngine() === 'postgres')(
    'reports each overdue item exactly once with two workers sweeping at the same time',
    async () => {
      const complaint = await resolvedComplaint();
      const actions: string[] = [];
      const tasks: string[] = [];
      for (let i = 0; i < 60; i++) actions.push(await addAction(complaint, hour + i * 1000));
      for (let i = 0; i < 30; i++) tasks.push(await addTask(complaint, hour + i * 1000));
      t.clock.advance(day);
      const url = (t.database as { url?: string }).url!;
      const second = await openDatabase({ databaseUrl: url, poolSize: 4, migrate: false });
      try {
        const contexts = [t.ctx, { ...t.ctx, database: second }];
        const counts = await Promise.all([0, 1, 2, 3].map((i) => sweepOverdue(contexts[i % 2]!)));
        expect(counts.reduce((a, b) => a + b, 0)).toBe(90);
        const [row] = await queryRows<{ reports: number; distinct: number }>(
          t.database.db,
          sql`SELECT count(*)::int AS reports,
                     count(DISTINCT coalesce(changes->>'actionId', changes->>'taskId'))::int AS distinct
              FROM complaint_history WHERE complaint_id = ${complaint} AND action IN ('action.overdue', 'task.overdue')`,
        );
        expect(row).toEqual({ reports: 90, distinct: 90 });
        const [told] = await queryRows<{ n: number }>(
          t.database.db,
          sql`SELECT count(*)::int AS n FROM notifications WHERE complaint_id = ${complaint}
              AND user_id = ${handler.userId} AND kind IN ('action.overdue', 'task.overdue')`,
        );
        expect(told!.n).toBe(90);
      } finally {
        await second.close();
      }
    },
  );

  it('tells the supervisors of the owner’s team, not every supervisor, when the owner has a team', async () => {
    const admin = await t.login('admin');
    const teamSupervisor = await t.login('supervisor');
    const team = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: admin.token,
      body: { name: '华东客服组' },
    });
    expect(team.statusCode, team.body).toBe(201);
    const teamId = team.json<{ id: string }>().id;
    for (const userId of [owner.userId, teamSupervisor.userId]) {
      const set = await t.request({
        method: 'PATCH',
        url: `/api/v1/users/${userId}`,
        token: admin.token,
        body: { teamId },
      });
      expect(set.statusCode, set.body).toBe(200);
    }
    try {
      const complaint = await resolvedComplaint();
      const late = await addAction(complaint, hour);
      t.clock.advance(2 * hour);
      expect(await sweepOverdue(t.ctx)).toBe(1);
      expect((await notesAbout('actionId', late)).map((n) => n.user_id)).toEqual(
        [handler.userId, owner.userId, teamSupervisor.userId].sort(),
      );
    } finally {
      await t.request({
        method: 'PATCH',
        url: `/api/v1/users/${owner.userId}`,
        token: admin.token,
        body: { teamId: null },
      });
    }
  });
});
