/**
 * Work queues and what notifications say: the needs-review list holds only complaints still
 * being handled; each notification names what happened in the reader's language, and runs of
 * the same complaint and kind read as one entry.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/accounts/users.js';
import { createJobRunner } from '../../src/jobs/runner.js';
import { notify } from '../../src/store/notification-repository.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

type User = Awaited<ReturnType<TestApp['login']>>;
let t: TestApp;
let agent: User;
const hour = 3_600_000;
const quiet = { info: () => undefined, error: () => undefined };

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T02:00:00.000Z')); // Monday 10:00 in Shanghai
  const login = await t.login('agent');
  // API tokens do not expire: these tests move the clock by hours.
  agent = {
    ...login,
    token: (await createApiToken(t.ctx, { userId: login.userId, name: 'queues test' })).token,
  };
});
afterAll(async () => t.close());

async function open(
  description = '宽带断网两天了，客服一直说在处理。',
): Promise<{ id: string; trackingNumber: string }> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: { channel: 'phone', customer: { name: '周先生', phone: '13700137000' }, description },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const listIds = async (query: string) =>
  (await t.request({ method: 'GET', url: `/api/v1/complaints?${query}&limit=200`, token: agent.token }))
    .json<{ items: { id: string }[] }>()
    .items.map((i) => i.id);

interface Entry {
  id: string;
  ids: string[];
  count: number;
  kind: string;
  complaintId: string | null;
  title: string;
  detail: string | null;
  about: string | null;
  readAt: string | null;
}
const inbox = async (user: User, language: string) =>
  (
    await t.request({
      method: 'GET',
      url: '/api/v1/notifications?limit=200',
      token: user.token,
      headers: { 'accept-language': language },
    })
  ).json<{ items: Entry[]; unreadCount: number }>();

describe(`work queues and notifications on ${testEngine()}`, () => {
  it('lists under needs review only complaints still being handled', async () => {
    const handled = await open();
    const statuses = ['resolved', 'closed', 'dismissed'] as const;
    const done = await Promise.all(statuses.map(() => open()));
    for (const c of [handled, ...done]) {
      await t.database.db.execute(sql`UPDATE complaints SET needs_review = true WHERE id = ${c.id}`);
    }
    for (const [i, status] of statuses.entries()) {
      await t.database.db.execute(sql`UPDATE complaints SET status = ${status} WHERE id = ${done[i]!.id}`);
    }
    const review = await listIds('needsReview=true');
    expect(review).toContain(handled.id);
    for (const c of done) expect(review).not.toContain(c.id);
    // An explicit status filter narrows it, but never to a finished complaint.
    expect(await listIds('needsReview=true&status=closed')).toEqual([]);
    expect(await listIds('needsReview=true&status=new')).toContain(handled.id);
    // The other lists still find them when asked.
    expect(await listIds('status=closed')).toContain(done[1]!.id);
  });

  it('names the deadline a notification is about, in the reader’s language', async () => {
    const c = await open('订购的餐具到货时碎了三个盘子，包装只有一层薄膜。');
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${c.id}/transitions`,
      token: agent.token,
      body: { to: 'triaged', ownerId: agent.userId },
    });
    const runner = createJobRunner(t.ctx, { log: quiet });
    t.clock.advance(19 * hour); // 75 % of the first response's 24 h
    await runner.drain();
    t.clock.advance(6 * hour); // past it
    await runner.drain();
    await runner.drain();
    const zh = (await inbox(agent, 'zh-CN')).items.filter((n) => n.complaintId === c.id);
    const en = (await inbox(agent, 'en-US')).items.filter((n) => n.complaintId === c.id);
    expect(zh.map((n) => n.title)).toEqual(['已超时：首次响应', '时限即将到期：首次响应']);
    expect(en.map((n) => n.title)).toEqual(['Overdue: first response', 'Deadline at risk: first response']);
    expect(zh[0]!.about).toContain(c.trackingNumber);
    for (const n of [...zh, ...en]) expect(n.title).not.toMatch(/新进展|News on/);
  });

  it('says what happened for every kind, and shows a run of one complaint and kind as one entry', async () => {
    const c = await open();
    const other = await open();
    const now = t.clock.now();
    const base = { userId: agent.userId, complaintId: c.id };
    const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
    const about = { trackingNumber: c.trackingNumber, subject: '宽带断网' };
    await notify(t.database.db, [
      {
        ...base,
        id: `t:1`,
        kind: 'sla.breached',
        payload: { ...about, clock: 'first_response' },
        createdAt: at(1),
      },
      {
        ...base,
        id: `t:2`,
        kind: 'sla.breached',
        payload: { ...about, clock: 'resolution' },
        createdAt: at(2),
      },
      {
        ...base,
        id: `t:3`,
        kind: 'remedy.approval_requested',
        payload: { ...about, kind: 'refund', amount: 200, currency: 'CNY', by: '陈静' },
        createdAt: at(3),
      },
      {
        ...base,
        id: `t:4`,
        kind: 'remedy.rejected',
        payload: { ...about, kind: 'refund', amount: 200, currency: 'CNY', by: '王磊', reason: '超出标准' },
        createdAt: at(4),
      },
      {
        ...base,
        id: `t:5`,
        kind: 'task.assigned',
        payload: { ...about, department: 'engineering', by: '陈静' },
        createdAt: at(5),
      },
      { ...base, id: `t:6`, kind: 'task.overdue', payload: about, createdAt: at(6) },
      { ...base, id: `t:7`, kind: 'action.overdue', payload: about, createdAt: at(7) },
      {
        ...base,
        id: `t:8`,
        kind: 'survey.low_rating',
        payload: { ...about, rating: 1, comment: '没人理我' },
        createdAt: at(8),
      },
      {
        ...base,
        id: `t:9`,
        kind: 'offer.rejected',
        payload: { ...about, remedies: [{ kind: 'coupon', amount: 50, currency: 'CNY' }], reason: '太少' },
        createdAt: at(9),
      },
      {
        ...base,
        id: `t:10`,
        kind: 'sla.escalated',
        payload: { ...about, clock: 'follow_up' },
        createdAt: at(10),
      },
      {
        ...base,
        id: `t:11`,
        kind: 'sla.warned',
        payload: { ...about, clock: 'post_mortem' },
        createdAt: at(11),
      },
      {
        ...base,
        complaintId: other.id,
        id: `t:12`,
        kind: 'sla.warned',
        payload: { clock: 'resolution' },
        createdAt: at(12),
      },
    ]);
    const mine = (entries: Entry[]) => entries.filter((n) => n.id.startsWith('t:'));
    const zh = mine((await inbox(agent, 'zh-CN')).items);
    expect(zh.map((n) => n.title)).toEqual([
      '时限即将到期：解决',
      '时限即将到期：复盘',
      '超时升级：回访',
      '客户拒绝了补救方案：优惠券 ¥50.00',
      '客户评分 1 分（满分 5 分），投诉已重新打开',
      '纠正或预防措施已逾期',
      '协办任务已逾期',
      '新的协办任务：工程部',
      '补救方案被驳回：退款 ¥200.00',
      '补救方案待您审批：退款 ¥200.00',
      '已超时：解决、首次响应',
    ]);
    const breaches = zh.at(-1)!;
    expect(breaches).toMatchObject({ id: 't:2', ids: ['t:2', 't:1'], count: 2, readAt: null });
    expect(zh.find((n) => n.id === 't:4')!.detail).toBe('驳回人：王磊，理由：超出标准');
    expect(zh.find((n) => n.id === 't:8')!.detail).toBe('客户说：没人理我');
    const en = mine((await inbox(agent, 'en-US')).items);
    expect(en.map((n) => n.title)).toEqual([
      'Deadline at risk: resolution',
      'Deadline at risk: post-mortem',
      'Escalated: follow-up overdue',
      'The customer turned down the offer: coupon CN¥50.00',
      'Customer rated 1 out of 5; the complaint is reopened',
      'Corrective or preventive action overdue',
      'Department task overdue',
      'New department task: engineering',
      'Remedy rejected: refund CN¥200.00',
      'Remedy awaiting your approval: refund CN¥200.00',
      'Overdue: resolution, first response',
    ]);
    // Marking the entry read marks its whole run.
    const read = await t.request({
      method: 'POST',
      url: '/api/v1/notifications/read',
      token: agent.token,
      body: { ids: breaches.ids },
    });
    expect(read.statusCode).toBe(204);
    const after = mine((await inbox(agent, 'zh-CN')).items).find((n) => n.id === 't:2')!;
    expect(after.readAt).not.toBeNull();
  });
});
