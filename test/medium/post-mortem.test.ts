/**
 * Step 6, learn, through the API: the post-mortem after resolution, its completion rules
 * and deadline, corrective and preventive actions and the quality manager's tracking list.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/accounts/users.js';
import { queryRows } from '../../src/store/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

type Person = Awaited<ReturnType<TestApp['login']>>;
let t: TestApp;
let owner: Person;
let otherAgent: Person;
let supervisor: Person;
let quality: Person;
let handler: Person;
const hour = 3600 * 1000;
const day = 24 * hour;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T02:00:00.000Z');
  // API tokens do not expire: these tests move the clock by days.
  const withApiToken = async (p: Person) => ({
    ...p,
    token: (await createApiToken(t.ctx, { userId: p.userId, name: 'post-mortem test' })).token,
  });
  owner = await withApiToken(await t.login('agent'));
  otherAgent = await withApiToken(await t.login('agent'));
  supervisor = await withApiToken(await t.login('supervisor'));
  quality = await withApiToken(await t.login('quality_manager'));
  handler = await withApiToken(await t.login('handler'));
});
afterAll(async () => t.close());

const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, body?: unknown) =>
  t.request({ method, url, token, body });

async function openAndResolve(severity: 'minor' | 'moderate' | 'severe', resolve = true) {
  const res = await call('POST', '/api/v1/complaints', owner.token, {
    channel: 'phone',
    customer: { name: '孙丽', phone: '13700001234' },
    description: '送洗的羊绒大衣取回来明显缩水。',
    severity,
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  const move = async (body: object) => {
    const r = await call('POST', `/api/v1/complaints/${id}/transitions`, owner.token, body);
    expect(r.statusCode, r.body).toBe(200);
  };
  await move({ to: 'triaged' });
  await move({ to: 'investigating' });
  await call('POST', `/api/v1/complaints/${id}/remedies`, owner.token, {
    kind: 'apology',
    description: '店长当面致歉并免费重洗',
  });
  await move({ to: 'remedy_proposed', responsibility: 'internal_process' });
  await move({ to: 'in_progress' });
  if (resolve) await move({ to: 'resolved', resolution: '已照价赔偿并致歉。' });
  return id;
}

const inTwoDays = () => new Date(t.clock.now().getTime() + 2 * day).toISOString();
const addAction = (id: string, token: string, extra: object = {}) =>
  call('POST', `/api/v1/complaints/${id}/actions`, token, {
    kind: 'corrective',
    description: '更新面料识别培训，所有门店员工月底前完成考核。',
    ownerId: handler.userId,
    dueAt: inTwoDays(),
    ...extra,
  });
const postMortem = (id: string, token: string, body: object) =>
  call('PUT', `/api/v1/complaints/${id}/post-mortem`, token, body);
const historyOf = async (id: string) =>
  (await call('GET', `/api/v1/complaints/${id}/history`, owner.token)).json<{
    items: { action: string; changes: Record<string, unknown> }[];
  }>().items;
const clockOf = async (id: string, kind: string) =>
  (await call('GET', `/api/v1/complaints/${id}`, owner.token))
    .json<{ clocks: { kind: string; state: string; metAt: string | null }[] }>()
    .clocks.find((c) => c.kind === kind);

describe(`post-mortems on ${testEngine()}`, () => {
  it('answers 409 before the complaint was ever resolved, and shows it has not started', async () => {
    const id = await openAndResolve('moderate', false);
    const view = await call('GET', `/api/v1/complaints/${id}/post-mortem`, quality.token);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({
      status: 'not_started',
      resolvedOnce: false,
      clock: null,
      rootCause: null,
    });
    const res = await postMortem(id, quality.token, { rootCause: 'process_gap' });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'complaint.precondition_failed' });
    expect(res.json().detail).toMatch(/not been resolved/);
    expect((await addAction(id, quality.token)).statusCode).toBe(409);
  });

  it('lets the owner, supervisors and quality managers write it, and nobody else', async () => {
    const id = await openAndResolve('moderate');
    expect((await postMortem(id, otherAgent.token, { rootCause: 'staff_skill' })).statusCode).toBe(403);
    expect((await postMortem(id, handler.token, { rootCause: 'staff_skill' })).statusCode).toBe(403);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: `/api/v1/complaints/${id}/post-mortem`,
          body: { rootCause: 'other' },
        })
      ).statusCode,
    ).toBe(401);
    for (const who of [owner, supervisor, quality]) {
      const res = await postMortem(id, who.token, {
        rootCause: 'staff_skill',
        wentWell: `${who.email} 复核`,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    // The first author stays the author; every save is in the history with what changed.
    const view = (await call('GET', `/api/v1/complaints/${id}/post-mortem`, handler.token)).json();
    expect(view).toMatchObject({ status: 'draft', authorId: owner.userId, rootCause: 'staff_skill' });
    const saves = (await historyOf(id)).filter((h) => h.action === 'post_mortem.saved');
    expect(saves).toHaveLength(3);
    expect(saves[0]!.changes).toMatchObject({ rootCause: [null, 'staff_skill'] });
    expect(saves[2]!.changes).toEqual({ wentWell: [`${supervisor.email} 复核`, `${quality.email} 复核`] });
  });

  it('lists every invalid field of a post-mortem or an action', async () => {
    const id = await openAndResolve('moderate');
    const res = await postMortem(id, quality.token, {
      rootCause: 'bad_luck',
      lessons: 42,
      customerAnswer: { whenSolved: 'x'.repeat(5_001), prevention: 'a\u0000b' },
      complete: 'yes',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['complete', 'customerAnswer.prevention', 'customerAnswer.whenSolved', 'lessons', 'rootCause']);
    const action = await call('POST', `/api/v1/complaints/${id}/actions`, quality.token, {
      kind: 'someday',
      description: ' ',
      ownerId: 'nobody',
      dueAt: 'tomorrow',
    });
    expect(action.statusCode).toBe(400);
    expect(
      action
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['description', 'dueAt', 'kind', 'ownerId']);
    const past = await addAction(id, quality.token, {
      dueAt: new Date(t.clock.now().getTime() - hour).toISOString(),
      ownerId: '00000000-0000-7000-8000-000000000000',
    });
    expect(past.statusCode).toBe(400);
    expect(past.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'ownerId',
      'dueAt',
    ]);
  });

  it('completes only with root cause, lessons and an action, naming what is missing, and meets the deadline', async () => {
    const id = await openAndResolve('moderate');
    expect(await clockOf(id, 'post_mortem')).toMatchObject({ state: 'on_track', metAt: null });
    const answer = {
      whenSolved: '3 月 4 日前完成赔付',
      howSolved: '照价赔偿并免费重洗',
      rootCause: '新员工未按面料标签选择洗涤程序',
      prevention: '上岗前面料识别考核',
    };
    const refused = await postMortem(id, quality.token, {
      rootCause: 'staff_skill',
      customerAnswer: answer,
      complete: true,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: 'complaint.precondition_failed',
      detail:
        'The post-mortem cannot be completed yet: add the lessons learned, at least one corrective or preventive action.',
    });
    expect(refused.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'lessons',
      'actions',
    ]);
    // A refused completion saves nothing.
    expect((await call('GET', `/api/v1/complaints/${id}/post-mortem`, quality.token)).json().status).toBe(
      'not_started',
    );

    const added = await addAction(id, quality.token);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ status: 'open', overdue: false, ownerId: handler.userId });
    const stillMissing = await postMortem(id, quality.token, { rootCause: 'staff_skill', complete: true });
    expect(stillMissing.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual([
      'lessons',
    ]);

    t.clock.advance(hour);
    const done = await postMortem(id, quality.token, {
      rootCause: 'staff_skill',
      wentWell: '当天上门取件',
      wentBadly: '首次答复推卸给面料',
      lessons: '先承担责任再核查；面料问题由门店兜底。',
      customerAnswer: answer,
      complete: true,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'completed',
      completedAt: t.clock.now().toISOString(),
      customerAnswer: answer,
      clock: { state: 'met', metAt: t.clock.now().toISOString() },
    });
    expect(await clockOf(id, 'post_mortem')).toMatchObject({ state: 'met' });
    const completed = (await historyOf(id)).find((h) => h.action === 'post_mortem.completed');
    expect(completed?.changes).toMatchObject({
      rootCause: [null, 'staff_skill'],
      lessons: [null, '先承担责任再核查；面料问题由门店兜底。'],
      clocks: { met: ['post_mortem'] },
    });
  });

  it('starts no post-mortem deadline for a minor complaint unless configured, yet lets one be written', async () => {
    const minor = await openAndResolve('minor');
    expect(await clockOf(minor, 'post_mortem')).toBeUndefined();
    await addAction(minor, owner.token);
    const res = await postMortem(minor, owner.token, {
      rootCause: 'resources',
      lessons: '高峰期加派人手',
      complete: true,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'completed', clock: null });

    t.ctx.postMortemSeverities = ['minor'];
    try {
      const configured = await openAndResolve('minor');
      expect(await clockOf(configured, 'post_mortem')).toMatchObject({ state: 'on_track' });
      const severe = await openAndResolve('severe');
      expect(await clockOf(severe, 'post_mortem')).toBeUndefined();
    } finally {
      t.ctx.postMortemSeverities = undefined;
    }
  });
});

describe(`corrective and preventive actions on ${testEngine()}`, () => {
  it('tells the owner, and lets only the owner, quality managers and admins mark it done', async () => {
    const id = await openAndResolve('severe');
    const action = (await addAction(id, owner.token, { kind: 'preventive' })).json<{ id: string }>();
    const told = await queryRows<{ user_id: string; kind: string }>(
      t.database.db,
      sql`SELECT user_id, kind FROM notifications WHERE payload->>'actionId' = ${action.id}`,
    );
    expect(told).toEqual([{ user_id: handler.userId, kind: 'action.assigned' }]);

    expect(
      (await call('POST', `/api/v1/actions/${action.id}/complete`, otherAgent.token, { note: '完成' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `/api/v1/actions/${action.id}/complete`, supervisor.token, { note: '完成' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `/api/v1/actions/${action.id}/complete`, handler.token, { note: ' ' })).statusCode,
    ).toBe(400);
    const done = await call('POST', `/api/v1/actions/${action.id}/complete`, handler.token, {
      note: '全员完成考核，记录已归档。',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'done',
      doneNote: '全员完成考核，记录已归档。',
      overdue: false,
    });
    const again = await call('POST', `/api/v1/actions/${action.id}/cancel`, quality.token, {
      reason: '重复',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'action.not_open' });
    expect(
      (await call('POST', '/api/v1/actions/not-an-id/complete', quality.token, { note: 'x' })).statusCode,
    ).toBe(404);
    expect(
      (
        await call('POST', '/api/v1/actions/00000000-0000-7000-8000-000000000000/complete', quality.token, {
          note: 'x',
        })
      ).statusCode,
    ).toBe(404);

    t.clock.advance(60_000);
    const second = (await addAction(id, owner.token)).json<{ id: string }>();
    expect(
      (await call('POST', `/api/v1/actions/${second.id}/cancel`, handler.token, { reason: '不需要' }))
        .statusCode,
    ).toBe(403);
    const cancelled = await call('POST', `/api/v1/actions/${second.id}/cancel`, owner.token, {
      reason: '与上一项重复',
    });
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', doneNote: '与上一项重复' });
    const actions = (await historyOf(id)).filter((h) => h.action.startsWith('action.')).map((h) => h.action);
    expect(actions).toEqual(['action.added', 'action.completed', 'action.added', 'action.cancelled']);
    const listed = (await call('GET', `/api/v1/complaints/${id}/actions`, handler.token)).json<{
      items: { id: string; status: string }[];
    }>();
    expect(listed.items.map((a) => [a.id, a.status])).toEqual([
      [action.id, 'done'],
      [second.id, 'cancelled'],
    ]);
  });

  it('tracks open, overdue and done actions for the quality manager, page by page', async () => {
    t.clock.set('2026-04-01T02:00:00.000Z');
    const id = await openAndResolve('moderate');
    const due = (days: number) => new Date(t.clock.now().getTime() + days * day).toISOString();
    const soon = (
      await addAction(id, quality.token, { dueAt: due(1), description: '一天内：复核洗涤程序' })
    ).json<{ id: string }>();
    const later = (
      await addAction(id, quality.token, { dueAt: due(5), description: '五天内：供应商标签核对' })
    ).json<{ id: string }>();
    const mine = (
      await addAction(id, quality.token, {
        dueAt: due(3),
        ownerId: otherAgent.userId,
        description: '三天内：回访话术更新',
      })
    ).json<{ id: string }>();
    t.clock.advance(2 * day);
    const list = async (query: string, token = quality.token) => {
      const res = await call('GET', `/api/v1/actions?${query}`, token);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{
        items: { id: string; overdue: boolean; complaint?: { subject: string } }[];
        nextCursor: string | null;
      }>();
    };
    const ours = (items: { id: string }[]) =>
      items.map((a) => a.id).filter((x) => [soon.id, later.id, mine.id].includes(x));
    const overdue = await list('status=overdue&limit=200');
    expect(ours(overdue.items)).toEqual([soon.id]);
    expect(overdue.items.every((a) => a.overdue)).toBe(true);
    const open = await list('status=open&limit=200');
    expect(ours(open.items)).toEqual([soon.id, mine.id, later.id]); // soonest due first
    expect(open.items.find((a) => a.id === mine.id)?.complaint?.subject).toBe(
      '送洗的羊绒大衣取回来明显缩水。',
    );
    expect(ours((await list(`status=open&ownerId=${handler.userId}&limit=200`)).items)).toEqual([
      soon.id,
      later.id,
    ]);

    // Keyset pages: every open action once, in order.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await list(`status=open&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      seen.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(open.items.map((a) => a.id));

    // Anyone else sees only their own actions, whatever they ask for.
    expect(ours((await list(`status=open&ownerId=${handler.userId}`, otherAgent.token)).items)).toEqual([
      mine.id,
    ]);

    await call('POST', `/api/v1/actions/${soon.id}/complete`, handler.token, { note: '已复核' });
    expect(ours((await list('status=done')).items)).toEqual([soon.id]);
    expect(ours((await list('status=overdue')).items)).toEqual([]);

    const bad = await call('GET', '/api/v1/actions?status=late&limit=0&cursor=zzz', quality.token);
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['query.limit', 'query.status']);
    const badCursor = await call('GET', '/api/v1/actions?cursor=zzz', quality.token);
    expect(badCursor.statusCode).toBe(400);
    expect(badCursor.json().errors[0].path).toBe('cursor');
  });

  it('lists post-mortems due, overdue and done for the quality manager, and an agent their own', async () => {
    // A fresh clock: the earlier tests' complaints are long past their deadlines.
    t.clock.set('2026-06-01T02:00:00.000Z');
    const resolvedFirst = await openAndResolve('severe');
    t.clock.advance(hour);
    const resolvedSecond = await openAndResolve('moderate');
    const list = async (state: string, token = quality.token, extra = '') => {
      const res = await call('GET', `/api/v1/post-mortems?state=${state}${extra}`, token);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{
        items: { complaintId: string; status: string; overdue: boolean; dueAt: string | null }[];
        nextCursor: string | null;
      }>();
    };
    const ours = (items: { complaintId: string }[]) =>
      items
        .filter((i) => i.complaintId === resolvedFirst || i.complaintId === resolvedSecond)
        .map((i) => i.complaintId);

    // Both are due (48 h after resolution); one has a draft. Soonest deadline first.
    const draft = await postMortem(resolvedSecond, owner.token, { rootCause: 'staff_skill' });
    expect(draft.statusCode, draft.body).toBe(200);
    const due = await list('due');
    expect(ours(due.items)).toEqual([resolvedFirst, resolvedSecond]);
    expect(due.items.find((i) => i.complaintId === resolvedSecond)).toMatchObject({
      status: 'draft',
      overdue: false,
    });
    expect(due.items.find((i) => i.complaintId === resolvedFirst)).toMatchObject({ status: 'not_started' });

    // Three days on, both deadlines have passed: overdue, and no longer due.
    t.clock.advance(3 * day);
    expect(ours((await list('due')).items)).toEqual([]);
    const overdue = await list('overdue');
    expect(overdue.items.filter((i) => ours([i]).length).every((i) => i.overdue)).toBe(true);
    expect(ours(overdue.items)).toHaveLength(2);

    // Completing one moves it to done (latest first) and out of overdue.
    const action = await addAction(resolvedSecond, quality.token);
    expect(action.statusCode, action.body).toBe(201);
    const completed = await postMortem(resolvedSecond, quality.token, {
      rootCause: 'staff_skill',
      lessons: '新员工面料识别培训不足。',
      complete: true,
    });
    expect(completed.statusCode, completed.body).toBe(200);
    expect(ours((await list('overdue')).items)).toEqual([resolvedFirst]);
    const done = await list('done');
    expect(done.items[0]).toMatchObject({ complaintId: resolvedSecond, status: 'completed', overdue: false });

    // Pages follow the cursor without repeating a line.
    const first = await list('overdue', quality.token, '&limit=1');
    expect(first.items).toHaveLength(1);
    expect(first.nextCursor).not.toBeNull();
    {
      const second = await list(
        'overdue',
        quality.token,
        `&limit=1&cursor=${encodeURIComponent(first.nextCursor!)}`,
      );
      expect(second.items[0]?.complaintId).not.toBe(first.items[0]?.complaintId);
    }

    // Another agent sees only the post-mortems of complaints they own: none of these.
    expect(ours((await list('overdue', otherAgent.token)).items)).toEqual([]);
    expect(ours((await list('overdue', owner.token)).items)).toEqual([resolvedFirst]);

    const bad = await call('GET', '/api/v1/post-mortems?state=late&limit=0&cursor=nope', quality.token);
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['query.limit', 'query.state']);
  });
});
