/**
 * Closing the loop through the API (CONTRACT.md §6, PRODUCT.md R4, R5, R8): the customer
 * answers the offer and the survey from the tracking page, a low rating reopens the
 * complaint, and the owner records the follow-up that meets its deadline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/accounts/users.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

type User = Awaited<ReturnType<TestApp['login']>>;

let t: TestApp;
let owner: User;
let otherAgent: User;
let supervisor: User;
let handler: User;
const hour = 3600 * 1000;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T02:00:00.000Z'); // Monday 10:00 in Shanghai
  // API tokens do not expire: some tests move the clock by days.
  const withApiToken = async (user: User): Promise<User> => ({
    ...user,
    token: (await createApiToken(t.ctx, { userId: user.userId, name: 'closing test' })).token,
  });
  owner = await withApiToken(await t.login('agent'));
  otherAgent = await withApiToken(await t.login('agent'));
  supervisor = await withApiToken(await t.login('supervisor'));
  handler = await withApiToken(await t.login('handler'));
});
afterAll(async () => t.close());

interface Filed {
  id: string;
  trackingNumber: string;
  accessToken: string;
}

interface ClockView {
  kind: string;
  state: string;
  cycle: number;
  metAt: string | null;
}

/** A complaint filed on the web form, found by the owner, triaged to them and investigated. */
async function file(expectation = '退还运费并补发一套新餐具'): Promise<Filed> {
  const filed = await t.request({
    method: 'POST',
    url: '/api/v1/public/complaints',
    body: {
      customer: { name: '林女士', email: 'lin@example.com' },
      description: '订购的餐具到货时碎了三个盘子,包装只有一层薄膜。',
      expectation,
    },
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const receipt = filed.json<{ trackingNumber: string; accessToken: string }>();
  const found = await t.request({
    method: 'GET',
    url: `/api/v1/complaints?trackingNumber=${receipt.trackingNumber}`,
    token: owner.token,
  });
  const id = found.json<{ items: { id: string }[] }>().items[0]!.id;
  await move(id, { to: 'triaged' });
  await move(id, { to: 'investigating' });
  return { id, ...receipt };
}

async function move(id: string, body: object, token = owner.token) {
  const res = await t.request({ method: 'POST', url: `/api/v1/complaints/${id}/transitions`, token, body });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function propose(id: string, body: object) {
  const res = await t.request({
    method: 'POST',
    url: `/api/v1/complaints/${id}/remedies`,
    token: owner.token,
    body,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; status: string }>();
}

/** Filed, with an apology and a coupon proposed and the responsibility settled. */
async function withOffer(): Promise<Filed> {
  const c = await file();
  await propose(c.id, { kind: 'apology', description: '店长书面致歉' });
  await propose(c.id, { kind: 'coupon', amount: 50, description: '50 元无门槛优惠券' });
  await move(c.id, { to: 'remedy_proposed', responsibility: 'internal_process' });
  return c;
}

async function resolved(): Promise<Filed> {
  const c = await withOffer();
  await move(c.id, { to: 'in_progress' });
  t.clock.advance(hour);
  await move(c.id, { to: 'resolved', resolution: '已补发整套餐具并退还运费' });
  return c;
}

const track = (c: Filed, token = c.accessToken) =>
  t.request({
    method: 'GET',
    url: `/api/v1/public/complaints/${c.trackingNumber}`,
    headers: { 'x-access-token': token },
  });

const survey = (c: Filed, body: unknown, token = c.accessToken) =>
  t.request({
    method: 'POST',
    url: `/api/v1/public/complaints/${c.trackingNumber}/survey`,
    headers: { 'x-access-token': token },
    body,
  });

const answer = (c: Filed, body: unknown) =>
  t.request({
    method: 'POST',
    url: `/api/v1/public/complaints/${c.trackingNumber}/offer`,
    headers: { 'x-access-token': c.accessToken },
    body,
  });

const followUp = (c: Filed, body: unknown, token = owner.token) =>
  t.request({ method: 'POST', url: `/api/v1/complaints/${c.id}/follow-ups`, token, body });

const staffView = async (c: Filed) =>
  (await t.request({ method: 'GET', url: `/api/v1/complaints/${c.id}`, token: owner.token })).json();

const clocksOf = async (c: Filed): Promise<Record<string, ClockView>> =>
  Object.fromEntries(((await staffView(c)).clocks as ClockView[]).map((k) => [k.kind, k]));

const notificationsOf = async (user: User, complaintId: string) =>
  (await t.request({ method: 'GET', url: '/api/v1/notifications?limit=200', token: user.token }))
    .json<{ items: { kind: string; complaintId: string; payload: Record<string, unknown> }[] }>()
    .items.filter((n) => n.complaintId === complaintId);

const historyOf = async (c: Filed) =>
  (await t.request({ method: 'GET', url: `/api/v1/complaints/${c.id}/history`, token: owner.token })).json<{
    items: { action: string; actor: { type: string }; changes: Record<string, unknown> }[];
  }>().items;

const messagesOf = async (c: Filed) =>
  (await t.request({ method: 'GET', url: `/api/v1/complaints/${c.id}/messages`, token: owner.token })).json<{
    items: { kind: string; body: string }[];
  }>().items;

describe(`the customer's survey on ${testEngine()}`, () => {
  it('answers 404 for an unknown number or a wrong token, the same as tracking', async () => {
    const c = await resolved();
    const answers = [
      await survey(c, { rating: 5 }, 'wrong-token'),
      await survey(c, { rating: 5 }, ''),
      await survey({ ...c, trackingNumber: 'CL-2222-2222' }, { rating: 5 }),
    ];
    const tracked = await track(c, 'wrong-token');
    for (const a of answers) {
      expect(a.statusCode).toBe(404);
      expect(a.json()).toMatchObject({ code: 'complaint.not_found', detail: tracked.json().detail });
    }
  });

  it('answers 409 survey.not_open before the complaint is resolved', async () => {
    const c = await withOffer();
    const res = await survey(c, { rating: 4 });
    expect(res.statusCode).toBe(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('survey.not_open');
    expect((await track(c)).json().survey).toEqual({ open: false, submitted: null });
  });

  it('answers 400 listing every invalid field', async () => {
    const c = await resolved();
    const res = await survey(c, { rating: 6.5, comment: 'bad\u0000text' });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['comment', 'rating']);
    expect((await survey(c, { comment: '还行' })).json().errors).toEqual([
      expect.objectContaining({ path: 'rating' }),
    ]);
    expect((await survey(c, { rating: '5' })).statusCode).toBe(400);
  });

  it('records a good rating on the complaint without reopening it, once per resolution', async () => {
    const c = await resolved();
    expect((await track(c)).json().survey).toEqual({ open: true, submitted: null });
    const res = await survey(c, { rating: 5, comment: '  处理很快,谢谢!  ' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      rating: 5,
      comment: '处理很快,谢谢!',
      submittedAt: t.clock.now().toISOString(),
    });

    const complaint = await staffView(c);
    expect(complaint).toMatchObject({
      status: 'resolved',
      resolutionCount: 1,
      reopenCount: 0,
      satisfactionRating: 5,
    });
    const history = await historyOf(c);
    expect(history.at(-1)).toMatchObject({
      action: 'survey.submitted',
      actor: { type: 'customer' },
      changes: { rating: 5, round: 1, reopens: false },
    });
    expect(await notificationsOf(owner, c.id)).toEqual([]);
    expect((await messagesOf(c)).filter((m) => m.kind === 'inbound')).toEqual([]);

    const tracked = (await track(c)).json();
    expect(tracked.survey).toMatchObject({ open: false, submitted: { rating: 5 } });
    expect(tracked.timeline.at(-1)).toMatchObject({
      kind: 'survey',
      text: '您的满意度评价：5/5（处理很快,谢谢!）',
    });

    const again = await survey(c, { rating: 4 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('survey.already_submitted');
    const listed = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${c.id}/surveys`,
      token: owner.token,
    });
    expect(listed.json().items).toEqual([expect.objectContaining({ round: 1, rating: 5 })]);
  });

  it('reopens on a rating of 1 as a staff reopen does, tells the owner and escalates to the supervisors', async () => {
    // A staff reopen, to compare the clocks with.
    const byStaff = await resolved();
    t.clock.advance(hour);
    await move(byStaff.id, { to: 'in_progress', reason: '客户来电仍不满意' });
    const staffClocks = await clocksOf(byStaff);

    const c = await resolved();
    t.clock.advance(hour);
    const res = await survey(c, { rating: 1, comment: '补发的盘子又是碎的。' });
    expect(res.statusCode, res.body).toBe(201);

    const complaint = await staffView(c);
    expect(complaint).toMatchObject({
      status: 'in_progress',
      resolutionCount: 1,
      reopenCount: 1,
      satisfactionRating: 1,
      resolvedAt: null,
    });
    const clocks = await clocksOf(c);
    expect(clocks.resolution).toMatchObject({ state: 'on_track', cycle: 2, metAt: null });
    expect(clocks.follow_up!.state).toBe('stopped');
    const shape = (all: Record<string, ClockView>) =>
      Object.values(all).map((k) => [k.kind, k.state, k.cycle]);
    expect(shape(clocks)).toEqual(shape(staffClocks));

    const history = await historyOf(c);
    expect(history.slice(-3).map((h) => [h.action, h.actor.type])).toEqual([
      ['survey.submitted', 'customer'],
      ['message.added', 'customer'],
      ['complaint.reopened', 'customer'],
    ]);
    expect(history.at(-1)!.changes).toMatchObject({
      status: ['resolved', 'in_progress'],
      reason: '客户在满意度调查中评分 1/5',
    });
    expect(await messagesOf(c)).toContainEqual(
      expect.objectContaining({ kind: 'inbound', body: '补发的盘子又是碎的。' }),
    );
    expect(await notificationsOf(owner, c.id)).toEqual([
      expect.objectContaining({
        kind: 'survey.low_rating',
        payload: expect.objectContaining({ rating: 1, comment: '补发的盘子又是碎的。' }),
      }),
    ]);
    expect((await notificationsOf(supervisor, c.id)).map((n) => n.kind)).toEqual(['survey.escalated']);

    const tracked = (await track(c)).json();
    expect(tracked.status).toBe('in_progress');
    // Same instant: the timeline puts what happened before what was said.
    expect(tracked.timeline.slice(-3).map((i: { kind: string }) => i.kind)).toEqual([
      'survey',
      'reopened',
      'customer_message',
    ]);
    // The comment is shown once, as the customer's message.
    expect(tracked.timeline.at(-3).text).toBe('您的满意度评价：1/5');
    // The remedies carried out before the resolution are no offer to answer after the reopen.
    expect(tracked.offer.awaitingAnswer).toBe(false);
    expect((await answer(c, { decision: 'accept' })).json().code).toBe('offer.not_open');

    // Resolved again: the new resolution can be rated again.
    t.clock.advance(hour);
    await move(c.id, { to: 'resolved', resolution: '上门更换并当面致歉' });
    expect((await staffView(c)).resolutionCount).toBe(2);
    expect((await track(c)).json().survey).toEqual({ open: true, submitted: null });
    expect((await survey(c, { rating: 4 })).statusCode).toBe(201);
    expect(await staffView(c)).toMatchObject({ status: 'resolved', reopenCount: 1, satisfactionRating: 4 });
  });

  it('reopens a closed complaint on a rating of 2, but not on a rating of 3', async () => {
    const low = await resolved();
    await move(low.id, { to: 'closed' });
    expect((await survey(low, { rating: 2 })).statusCode).toBe(201);
    expect(await staffView(low)).toMatchObject({ status: 'in_progress', reopenCount: 1, closedAt: null });
    // No comment: no message.
    expect((await messagesOf(low)).filter((m) => m.kind === 'inbound')).toEqual([]);

    const fine = await resolved();
    expect((await survey(fine, { rating: 3 })).statusCode).toBe(201);
    expect(await staffView(fine)).toMatchObject({ status: 'resolved', reopenCount: 0 });
  });
});

describe(`the customer's answer to the offer on ${testEngine()}`, () => {
  it('shows approved remedies beside the expectation, and nothing internal', async () => {
    const c = await file('希望全额退款');
    await propose(c.id, { kind: 'apology', description: '书面致歉' });
    const pending = await propose(c.id, { kind: 'refund', amount: 5_000, description: '全额退款 5000 元' });
    expect(pending.status).toBe('pending_approval');
    let tracked = (await track(c)).json();
    expect(tracked.expectation).toBe('希望全额退款');
    // Still investigating: shown, but nothing waits for an answer yet.
    expect(tracked.offer).toEqual({
      awaitingAnswer: false,
      remedies: [
        {
          kind: 'apology',
          amount: null,
          currency: 'CNY',
          description: '书面致歉',
          customerResponse: null,
          respondedAt: null,
        },
      ],
    });
    await move(c.id, { to: 'remedy_proposed', responsibility: 'internal_process' });
    tracked = await track(c);
    expect(tracked.json().offer.awaitingAnswer).toBe(true);
    expect(tracked.body).not.toContain(owner.userId);
    expect(tracked.body).not.toContain('5000');
    expect(tracked.body).not.toContain('proposedById');
  });

  it('answers 409 offer.not_open while no offer waits for an answer', async () => {
    const c = await file();
    await propose(c.id, { kind: 'apology', description: '书面致歉' });
    const early = await answer(c, { decision: 'accept' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('offer.not_open');

    const done = await resolved();
    expect((await answer(done, { decision: 'reject', reason: '太晚了' })).json().code).toBe('offer.not_open');
  });

  it('answers 400 for a rejection without a reason, listing every problem', async () => {
    const c = await withOffer();
    const res = await answer(c, { decision: 'reject', reason: '   ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    const both = await answer(c, { decision: 'maybe', reason: 'x'.repeat(2_001) });
    expect(
      both
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['decision', 'reason']);
    expect((await staffView(c)).status).toBe('remedy_proposed');
  });

  it('sends a rejected offer back to the owner with the reason', async () => {
    const c = await withOffer();
    t.clock.advance(hour);
    const res = await answer(c, { decision: 'reject', reason: '优惠券我用不上,希望退运费。' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      response: 'rejected',
      status: 'investigating',
      respondedAt: t.clock.now().toISOString(),
    });

    expect((await staffView(c)).status).toBe('investigating');
    const remedies = (
      await t.request({ method: 'GET', url: `/api/v1/complaints/${c.id}/remedies`, token: owner.token })
    ).json().items;
    for (const r of remedies) {
      expect(r).toMatchObject({
        customerResponse: 'rejected',
        customerReason: '优惠券我用不上,希望退运费。',
        customerRespondedAt: t.clock.now().toISOString(),
      });
    }
    expect(await notificationsOf(owner, c.id)).toEqual([
      expect.objectContaining({
        kind: 'offer.rejected',
        payload: expect.objectContaining({ reason: '优惠券我用不上,希望退运费。' }),
      }),
    ]);
    expect(await messagesOf(c)).toContainEqual(
      expect.objectContaining({ kind: 'inbound', body: '优惠券我用不上,希望退运费。' }),
    );
    const history = await historyOf(c);
    expect(history.slice(-3).map((h) => [h.action, h.actor.type])).toEqual([
      ['offer.rejected', 'customer'],
      ['message.added', 'customer'],
      ['complaint.status_changed', 'customer'],
    ]);
    const tracked = (await track(c)).json();
    expect(tracked.offer.awaitingAnswer).toBe(false);
    expect(tracked.offer.remedies.map((r: { customerResponse: string }) => r.customerResponse)).toEqual([
      'rejected',
      'rejected',
    ]);
    expect(tracked.timeline.map((i: { kind: string }) => i.kind)).toContain('offer_rejected');
    expect((await answer(c, { decision: 'accept' })).statusCode).toBe(409);

    // The rejected offer no longer counts: the owner proposes something else first.
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${c.id}/transitions`,
      token: owner.token,
      body: { to: 'remedy_proposed' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('complaint.precondition_failed');
    await propose(c.id, { kind: 'refund', amount: 30, description: '退还运费 30 元' });
    await move(c.id, { to: 'remedy_proposed' });

    // The new offer is accepted: recorded, the owner told, no move.
    const accepted = await answer(c, { decision: 'accept' });
    expect(accepted.json()).toMatchObject({ response: 'accepted', status: 'remedy_proposed' });
    expect((await notificationsOf(owner, c.id)).map((n) => n.kind).sort()).toEqual([
      'offer.accepted',
      'offer.rejected',
    ]);
    const offered = (await track(c)).json().offer;
    expect(offered.awaitingAnswer).toBe(false);
    expect(offered.remedies.map((r: { customerResponse: string }) => r.customerResponse)).toEqual([
      'rejected',
      'rejected',
      'accepted',
    ]);
    expect((await historyOf(c)).at(-1)).toMatchObject({
      action: 'offer.accepted',
      actor: { type: 'customer' },
    });
    expect((await answer(c, { decision: 'accept' })).json().code).toBe('offer.not_open');
    await move(c.id, { to: 'in_progress' });
  });
});

describe(`the follow-up on ${testEngine()}`, () => {
  it('is refused before resolution, to a handler and to an agent who does not own the complaint', async () => {
    const open = await withOffer();
    const early = await followUp(open, { outcome: 'satisfied' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('follow_up.not_open');

    const c = await resolved();
    for (const user of [handler, otherAgent]) {
      const res = await followUp(c, { outcome: 'satisfied' }, user.token);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('auth.forbidden');
    }
    expect((await followUp(c, { outcome: 'satisfied' }, '')).statusCode).toBe(401);
    const missing = await t.request({
      method: 'POST',
      url: '/api/v1/complaints/00000000-0000-7000-8000-000000000000/follow-ups',
      token: owner.token,
      body: { outcome: 'satisfied' },
    });
    expect(missing.statusCode).toBe(404);
    const bad = await followUp(c, { outcome: 'happy', notes: 7 });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['notes', 'outcome']);
    expect((await clocksOf(c)).follow_up!.state).toBe('on_track');
  });

  it('meets the follow-up deadline, and escalates an unsatisfied customer to the supervisors', async () => {
    const c = await resolved();
    t.clock.advance(20 * hour);
    const first = await followUp(c, { outcome: 'unreachable', notes: '电话无人接听' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({
      complaintId: c.id,
      round: 1,
      outcome: 'unreachable',
      notes: '电话无人接听',
      recordedById: owner.userId,
      recordedAt: t.clock.now().toISOString(),
    });
    const clock = (await clocksOf(c)).follow_up!;
    expect(clock).toMatchObject({ state: 'met', metAt: t.clock.now().toISOString() });

    t.clock.advance(2 * hour);
    const second = await followUp(c, { outcome: 'unsatisfied', notes: '客户认为补发太慢' }, supervisor.token);
    expect(second.statusCode).toBe(201);
    // Met once, at the first follow-up.
    expect((await clocksOf(c)).follow_up!.metAt).toBe(clock.metAt);
    expect(await notificationsOf(supervisor, c.id)).toEqual([]); // recorded it: no notice to themselves
    const otherSupervisor = await t.login('supervisor');

    const third = await followUp(c, { outcome: 'unsatisfied' });
    expect(third.statusCode).toBe(201);
    expect(await notificationsOf(supervisor, c.id)).toEqual([
      expect.objectContaining({
        kind: 'follow_up.unsatisfied',
        payload: expect.objectContaining({ outcome: 'unsatisfied' }),
      }),
    ]);
    expect((await notificationsOf(otherSupervisor, c.id)).map((n) => n.kind)).toEqual([
      'follow_up.unsatisfied',
    ]);

    const listed = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${c.id}/follow-ups`,
      token: handler.token,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json().items.map((f: { outcome: string }) => f.outcome)).toEqual([
      'unreachable',
      'unsatisfied',
      'unsatisfied',
    ]);
    const history = await historyOf(c);
    expect(history.filter((h) => h.action === 'follow_up.recorded')[0]!.changes).toMatchObject({
      outcome: 'unreachable',
      clocks: { met: ['follow_up'] },
    });
  });
});

describe(`the closing routes' contract on ${testEngine()}`, () => {
  it('documents the survey, offer, follow-up and survey-list routes in the OpenAPI document', async () => {
    const paths = Object.keys(
      (await t.request({ method: 'GET', url: '/api/v1/openapi.json' })).json<{ paths: object }>().paths,
    );
    for (const p of [
      '/api/v1/public/complaints/{trackingNumber}/survey',
      '/api/v1/public/complaints/{trackingNumber}/offer',
      '/api/v1/complaints/{id}/follow-ups',
      '/api/v1/complaints/{id}/surveys',
    ]) {
      expect(paths).toContain(p);
    }
  });

  it('rate-limits the survey and the offer answer like the other public lookups (per route)', async () => {
    const limited = await createTestApp({ rateLimits: { publicLookupPerMinute: 2 } });
    try {
      for (const [route, body] of [
        ['survey', { rating: 5 }],
        ['offer', { decision: 'accept' }],
      ] as const) {
        const statuses: number[] = [];
        for (let i = 0; i < 3; i++) {
          const res = await limited.request({
            method: 'POST',
            url: `/api/v1/public/complaints/CL-2222-2222/${route}`,
            headers: { 'x-access-token': 'unknown' },
            body,
          });
          statuses.push(res.statusCode);
        }
        expect(statuses).toEqual([404, 404, 429]);
      }
    } finally {
      await limited.close();
    }
  });
});
