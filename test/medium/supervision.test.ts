/**
 * The supervision API (PRODUCT.md R6, R10): the deadline board agrees with the queue's
 * at-risk and breached lists per owner, workload counts per person, the approvals inbox shows
 * only what the caller may approve, escalations come from escalated clocks and low ratings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/accounts/users.js';
import { createJobRunner } from '../../src/jobs/runner.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

type User = Awaited<ReturnType<TestApp['login']>>;

let t: TestApp;
let agentA: User;
let agentB: User;
let agentC: User;
let supervisor: User;
let admin: User;
let qualityManager: User;
let handler: User;
const hour = 3600 * 1000;
const minute = 60 * 1000;
const t0 = new Date('2026-03-02T02:00:00.000Z'); // Monday 10:00 in Shanghai
const at = (ms: number) => new Date(t0.getTime() + ms);
const quiet = { info: () => undefined, error: () => undefined };

interface Filed {
  id: string;
  trackingNumber: string;
  accessToken: string;
}
const complaints: Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5', string> = {
  c1: '',
  c2: '',
  c3: '',
  c4: '',
  c5: '',
};

const get = (url: string, user?: User) => t.request({ method: 'GET', url, token: user?.token });
const post = async (url: string, user: User, body: object, status = 200) => {
  const res = await t.request({ method: 'POST', url, token: user.token, body });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

/** Opened by `by` on the phone; triaged to `owner` unless null. */
async function open(by: User, owner: User | null, severity: 'minor' | 'moderate' | 'severe' = 'minor') {
  const created = await post(
    '/api/v1/complaints',
    by,
    {
      channel: 'phone',
      customer: { name: '周先生', phone: '13700137000' },
      description: '宽带断网两天了,客服一直说在处理。',
      severity,
    },
    201,
  );
  if (owner) {
    await post(`/api/v1/complaints/${created.id}/transitions`, by, { to: 'triaged', ownerId: owner.userId });
  }
  return created.id as string;
}

/** Filed on the web form (so the customer can answer the survey), triaged to `owner`. */
async function filed(owner: User): Promise<Filed> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/public/complaints',
    body: {
      customer: { name: '林女士', email: 'lin@example.com' },
      description: '订购的餐具到货时碎了三个盘子,包装只有一层薄膜。',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const receipt = res.json<{ trackingNumber: string; accessToken: string }>();
  const found = await get(`/api/v1/complaints?trackingNumber=${receipt.trackingNumber}`, owner);
  const id = found.json<{ items: { id: string }[] }>().items[0]!.id;
  await post(`/api/v1/complaints/${id}/transitions`, owner, { to: 'triaged' });
  return { id, ...receipt };
}

const reply = (id: string, user: User) =>
  post(
    `/api/v1/complaints/${id}/messages`,
    user,
    { kind: 'reply', body: '您好,我们正在处理,今天 18:00 前回复您。' },
    201,
  );

async function resolve(id: string, owner: User) {
  const move = (body: object) => post(`/api/v1/complaints/${id}/transitions`, owner, body);
  await move({ to: 'investigating' });
  await post(
    `/api/v1/complaints/${id}/remedies`,
    owner,
    { kind: 'apology', description: '书面致歉并补发整套餐具' },
    201,
  );
  await move({ to: 'remedy_proposed', responsibility: 'internal_process' });
  await move({ to: 'in_progress' });
  await move({ to: 'resolved', resolution: '已补发整套餐具并致歉' });
}

interface BoardRow {
  ownerId: string | null;
  ownerName: string | null;
  open: number;
  atRisk: number;
  breached: number;
  oldestBreachDueAt: string | null;
  followUpsOverdue: number;
  postMortemsOverdue: number;
}
const board = async (user = supervisor) => {
  const res = await get('/api/v1/supervision/board', user);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ owners: BoardRow[]; totals: Omit<BoardRow, 'ownerId' | 'ownerName'> }>();
};
const rowOf = (rows: BoardRow[], owner: User | null) =>
  rows.find((r) => r.ownerId === (owner?.userId ?? null));
const queueIds = async (sla: 'at_risk' | 'breached', owner: string, clock = '') =>
  (
    await get(
      `/api/v1/complaints?sla=${sla}&owner=${owner}&limit=200${clock && `&clock=${clock}`}`,
      supervisor,
    )
  )
    .json<{ items: { id: string }[] }>()
    .items.map((i) => i.id)
    .sort();

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(t0);
  // API tokens do not expire: these tests move the clock by days.
  const withApiToken = async (user: User): Promise<User> => ({
    ...user,
    token: (await createApiToken(t.ctx, { userId: user.userId, name: 'supervision test' })).token,
  });
  const staff = async (role: Parameters<TestApp['login']>[0]) => withApiToken(await t.login(role));
  agentA = await staff('agent');
  agentB = await staff('agent');
  agentC = await staff('agent');
  supervisor = await staff('supervisor');
  admin = await staff('admin');
  qualityManager = await staff('quality_manager');
  handler = await staff('handler');
  // A owns c1 (received now) and c2 (received 5 h later); B owns c3 (answered after an hour)
  // and c5 (answered after 30 minutes, resolved after 2 h); c4 has no owner.
  complaints.c1 = await open(agentA, agentA, 'minor');
  complaints.c3 = await open(agentB, agentB, 'moderate');
  complaints.c4 = await open(agentC, null);
  const c5 = await filed(agentB);
  complaints.c5 = c5.id;
  t.clock.set(at(30 * minute));
  await reply(complaints.c5, agentB);
  t.clock.set(at(hour));
  await reply(complaints.c3, agentB);
  t.clock.set(at(2 * hour));
  await resolve(complaints.c5, agentB);
  t.clock.set(at(5 * hour));
  complaints.c2 = await open(agentA, agentA, 'moderate');
  await post(
    `/api/v1/complaints/${complaints.c1}/tasks`,
    agentA,
    {
      department: 'engineering',
      handlerId: handler.userId,
      request: '请工程部上门检查线路',
      dueAt: at(48 * hour).toISOString(),
    },
    201,
  );
});
afterAll(async () => t.close());

describe(`the supervision API on ${testEngine()}`, () => {
  it('counts open, at-risk and breached complaints per owner as the queue finds them, swept or not', async () => {
    // 25 h in: c1's and c4's first responses (due at 24 h) are breached, c2's (due at 29 h,
    // warned at 23 h) is at risk. c5's follow-up (resolved at 2 h: due 26 h, warned at 20 h)
    // is at risk, but c5 is resolved: not an open complaint at risk. c3 is on track.
    t.clock.set(at(25 * hour));
    const check = async () => {
      const { owners, totals } = await board();
      expect(rowOf(owners, agentA)).toMatchObject({
        ownerName: expect.stringContaining('agent'),
        open: 2,
        atRisk: 1,
        breached: 1,
        oldestBreachDueAt: at(24 * hour).toISOString(),
      });
      expect(rowOf(owners, agentB)).toMatchObject({
        open: 1,
        atRisk: 0,
        breached: 0,
        oldestBreachDueAt: null,
        followUpsOverdue: 0,
      });
      expect(rowOf(owners, null)).toMatchObject({ ownerName: null, open: 1, atRisk: 0, breached: 1 });
      expect(rowOf(owners, agentC)).toBeUndefined();
      expect(totals).toEqual({
        open: 4,
        atRisk: 1,
        breached: 2,
        oldestBreachDueAt: at(24 * hour).toISOString(),
        followUpsOverdue: 0,
        postMortemsOverdue: 0,
      });
      // Most breached first.
      expect(owners.map((o) => o.breached)).toEqual([...owners.map((o) => o.breached)].sort((a, b) => b - a));
      // Each number is the length of the queue its link opens.
      for (const row of owners) {
        const owner = row.ownerId ?? 'none';
        expect((await queueIds('at_risk', owner)).length, `at risk of ${owner}`).toBe(row.atRisk);
        expect((await queueIds('breached', owner)).length, `breached of ${owner}`).toBe(row.breached);
      }
      expect(await queueIds('breached', agentA.userId)).toEqual([complaints.c1]);
      expect(await queueIds('at_risk', agentB.userId)).toEqual([]);
      expect(await queueIds('at_risk', agentB.userId, 'follow_up')).toEqual([complaints.c5]);
    };
    await check();
    // The sweep marks warnings and breaches: the counts stay the same.
    const runner = createJobRunner(t.ctx, { log: quiet });
    await runner.drain();
    await runner.drain();
    await check();
  });

  it('counts an overdue follow-up of a resolved complaint apart, and each open complaint once', async () => {
    // 27 h in: c5 (resolved at 2 h) is past its follow-up (due 26 h): a follow-up overdue,
    // not an open complaint overdue.
    t.clock.set(at(27 * hour));
    const { owners, totals } = await board();
    expect(rowOf(owners, agentB)).toMatchObject({ open: 1, atRisk: 0, breached: 0, followUpsOverdue: 1 });
    expect(totals).toMatchObject({
      open: 4,
      atRisk: 1,
      breached: 2,
      followUpsOverdue: 1,
      postMortemsOverdue: 0,
    });
    expect(totals.open).toBeGreaterThanOrEqual(totals.atRisk + totals.breached);
    expect(await queueIds('breached', agentB.userId)).toEqual([]);
    expect(await queueIds('breached', agentB.userId, 'follow_up')).toEqual([complaints.c5]);
    expect(await queueIds('breached', agentB.userId, 'post_mortem')).toEqual([]);
    for (const row of owners) {
      const owner = row.ownerId ?? 'none';
      expect((await queueIds('breached', owner, 'follow_up')).length).toBe(row.followUpsOverdue);
      expect((await queueIds('breached', owner, 'post_mortem')).length).toBe(row.postMortemsOverdue);
    }
    // 55 h in: c1's first response is breached and its resolution (due 72 h) at risk: counted
    // once, as breached; c2's first response (due 29 h) is breached too.
    t.clock.set(at(55 * hour));
    const later = await board();
    expect(rowOf(later.owners, agentA)).toMatchObject({ open: 2, atRisk: 0, breached: 2 });
    expect(await queueIds('at_risk', agentA.userId)).toEqual([]);
    expect(await queueIds('at_risk', agentA.userId, 'resolution')).toEqual([complaints.c1]);
    for (const row of later.owners) expect(row.open).toBeGreaterThanOrEqual(row.atRisk + row.breached);
    t.clock.set(at(25 * hour));
  });

  it('answers 403 to agents and handlers, 401 without a session, and serves quality managers', async () => {
    for (const path of ['board', 'workload', 'approvals', 'escalations']) {
      const url = `/api/v1/supervision/${path}`;
      for (const user of [agentA, handler]) {
        const res = await get(url, user);
        expect(res.statusCode, `${path} as ${user.email}`).toBe(403);
        expect(res.headers['content-type']).toContain('application/problem+json');
        expect(res.json().code).toBe('auth.forbidden');
      }
      expect((await get(url)).statusCode).toBe(401);
      expect((await get(url, qualityManager)).statusCode, path).toBe(200);
      expect((await get(url, admin)).statusCode, path).toBe(200);
    }
  });

  it('gives each agent and handler their open work, recent resolutions, first responses and compliance', async () => {
    // Thursday 10:00 + 1 h: c1's and c3's resolution deadlines (72 h) have passed unmet; c2's not yet.
    t.clock.set(at(73 * hour));
    // A letter to A received five days before t0, resolved now: its resolution was met late.
    const late = await post(
      '/api/v1/complaints',
      agentA,
      {
        channel: 'letter',
        receivedAt: at(-5 * 24 * hour).toISOString(),
        customer: { name: '孙丽', phone: '13800138000' },
        description: '信件寄到后一直没有人联系我,快递丢件三周。',
        severity: 'minor',
      },
      201,
    );
    await post(`/api/v1/complaints/${late.id}/transitions`, agentA, { to: 'triaged' });
    await resolve(late.id as string, agentA);
    const res = await get('/api/v1/supervision/workload', supervisor);
    expect(res.statusCode, res.body).toBe(200);
    const people = res.json<{ people: { userId: string }[] }>().people;
    const of = (user: User) => people.find((p) => p.userId === user.userId);
    expect(of(agentA)).toMatchObject({
      role: 'agent',
      open: 2,
      openBySeverity: { minor: 1, moderate: 1, severe: 0 },
      openTasks: 0,
      resolvedLast7Days: 1,
      medianFirstResponseMinutes: null,
      slaCompliance: 0, // c1 overdue, the letter resolved late
      resolutionClocks: { onTime: 0, total: 2 },
    });
    expect(of(agentB)).toMatchObject({
      open: 1,
      openBySeverity: { minor: 0, moderate: 1, severe: 0 },
      resolvedLast7Days: 1,
      medianFirstResponseMinutes: 45, // 30 and 60 minutes
      slaCompliance: 0.5, // c5 met on time, c3 overdue
      resolutionClocks: { onTime: 1, total: 2 },
    });
    // An agent with nothing yet, and a handler with a department task, are listed too.
    expect(of(agentC)).toMatchObject({
      open: 0,
      slaCompliance: null,
      resolutionClocks: { onTime: 0, total: 0 },
    });
    expect(of(handler)).toMatchObject({ role: 'handler', open: 0, openTasks: 1 });
    expect(of(supervisor)).toBeUndefined();
    expect(of(qualityManager)).toBeUndefined();

    // Eight days on, the resolution no longer counts as recent.
    t.clock.set(at(10 * 24 * hour));
    const later = (await get('/api/v1/supervision/workload', supervisor)).json<{
      people: { userId: string; resolvedLast7Days: number }[];
    }>();
    expect(later.people.find((p) => p.userId === agentB.userId)?.resolvedLast7Days).toBe(0);
    t.clock.set(at(73 * hour));
  });

  it('lists only remedies within the caller’s authority, oldest first, a page at a time', async () => {
    const id = await open(agentC, agentC);
    await post(`/api/v1/complaints/${id}/transitions`, agentC, { to: 'investigating' });
    const propose = (amount: number) =>
      post(
        `/api/v1/complaints/${id}/remedies`,
        agentC,
        { kind: 'refund', amount, description: `退款 ${amount} 元,三个工作日内到账` },
        201,
      );
    const small = await propose(150); // within the agent's own limit (200): approved at once
    expect(small.status).toBe('approved');
    const medium = await propose(500);
    t.clock.advance(minute);
    const large = await propose(5000);
    expect([medium.status, large.status]).toEqual(['pending_approval', 'pending_approval']);

    type Page = {
      canApprove: boolean;
      authorityLimit: number | null;
      items: {
        remedyId: string;
        trackingNumber: string;
        amount: number;
        proposedByName: string;
        waitingSince: string;
      }[];
      nextCursor: string | null;
    };
    const inbox = async (user: User, query = '') => {
      const res = await get(`/api/v1/supervision/approvals${query}`, user);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Page>();
    };
    const forSupervisor = await inbox(supervisor); // limit 2,000
    expect(forSupervisor).toMatchObject({ canApprove: true, authorityLimit: 2000, nextCursor: null });
    expect(forSupervisor.items.map((i) => i.remedyId)).toEqual([medium.id]);
    expect(forSupervisor.items[0]).toMatchObject({
      amount: 500,
      proposedByName: expect.stringContaining('agent'),
      waitingSince: medium.createdAt,
    });
    expect(forSupervisor.items[0]!.trackingNumber).toMatch(/^CL-/);

    const first = await inbox(admin, '?limit=1'); // unlimited
    expect(first.authorityLimit).toBeNull();
    expect(first.items.map((i) => i.remedyId)).toEqual([medium.id]);
    const second = await inbox(admin, `?limit=1&cursor=${first.nextCursor}`);
    expect(second.items.map((i) => i.remedyId)).toEqual([large.id]);
    expect(second.nextCursor).toBeNull();

    // A quality manager watches the board but approves nothing.
    expect(await inbox(qualityManager)).toMatchObject({ canApprove: false, items: [] });

    // Approved through the remedy route: it leaves the inbox.
    await post(`/api/v1/remedies/${medium.id}/approve`, supervisor, {});
    expect((await inbox(supervisor)).items).toEqual([]);
    expect((await inbox(admin)).items.map((i) => i.remedyId)).toEqual([large.id]);

    const bad = await get('/api/v1/supervision/approvals?cursor=bm90LWEtY3Vyc29y', admin);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([{ path: 'query.cursor', message: expect.any(String) }]);
  });

  it('lists escalated deadlines and low ratings in the window, newest first', async () => {
    // Escalations an hour after the breaches of c1 and c4 (first response due at 24 h).
    t.clock.set(at(27 * hour));
    const runner = createJobRunner(t.ctx, { log: quiet });
    await runner.drain();
    await runner.drain();
    // A customer rates the resolution 2 of 5.
    t.clock.set(at(80 * hour));
    const c6 = await filed(agentC);
    await resolve(c6.id, agentC);
    const survey = await t.request({
      method: 'POST',
      url: `/api/v1/public/complaints/${c6.trackingNumber}/survey`,
      headers: { 'x-access-token': c6.accessToken },
      body: { rating: 2, comment: '补发的盘子又是碎的。' },
    });
    expect(survey.statusCode, survey.body).toBe(201);
    t.clock.advance(minute); // the default window ends now, exclusive

    type Page = {
      from: string;
      to: string;
      items: {
        source: string;
        at: string;
        complaintId: string;
        clockKind: string | null;
        rating: number | null;
      }[];
      nextCursor: string | null;
    };
    const list = async (query: string) => {
      const res = await get(`/api/v1/supervision/escalations${query}`, supervisor);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Page>();
    };
    const all = await list(`?from=${t0.toISOString()}&to=${at(81 * hour).toISOString()}`);
    expect(all.items[0]).toMatchObject({
      source: 'low_rating',
      complaintId: c6.id,
      rating: 2,
      clockKind: null,
    });
    const deadlines = all.items.filter((i) => i.source === 'deadline');
    expect(deadlines.map((i) => [i.complaintId, i.clockKind])).toEqual(
      expect.arrayContaining([
        [complaints.c1, 'first_response'],
        [complaints.c4, 'first_response'],
      ]),
    );
    const times = all.items.map((i) => Date.parse(i.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const time of times) expect(time).toBeGreaterThanOrEqual(t0.getTime());

    // Page by page, the same items in the same order.
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await list(
        `?from=${t0.toISOString()}&to=${at(81 * hour).toISOString()}&limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((i) => `${i.source}:${i.complaintId}:${i.clockKind}`));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => `${i.source}:${i.complaintId}:${i.clockKind}`));

    // The default window is the 7 days before now; a window after the breaches has only the rating.
    expect((await list('')).items.length).toBe(all.items.length);
    const lateWindow = await list(`?from=${at(30 * hour).toISOString()}&to=${at(81 * hour).toISOString()}`);
    expect(lateWindow.items.map((i) => i.source)).toEqual(['low_rating']);
  });

  it('answers 400 problem+json listing every bad query parameter', async () => {
    const res = await get('/api/v1/supervision/escalations?from=yesterday&to=2026-13-40&limit=0', supervisor);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(
      res
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['query.from', 'query.limit', 'query.to']);

    const reversed = await get(
      `/api/v1/supervision/escalations?from=${at(2 * hour).toISOString()}&to=${at(hour).toISOString()}`,
      supervisor,
    );
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().errors).toEqual([{ path: 'query.from', message: 'must be before to' }]);

    const tooLong = await get(`/api/v1/supervision/escalations?from=2020-01-01T00:00:00Z`, supervisor);
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors[0].path).toBe('query.from');

    const limits = await get('/api/v1/supervision/approvals?limit=500', supervisor);
    expect(limits.statusCode).toBe(400);
    expect(limits.json().errors.map((e: { path: string }) => e.path)).toEqual(['query.limit']);
  });
});
