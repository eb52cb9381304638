/**
 * The queue's "awaiting approval" view: GET /api/v1/complaints?remedy=pending_approval lists
 * complaints with a remedy waiting for approval; remedy=approvable_by_me only those whose
 * pending remedy the caller may approve (within their authority limit, open complaints).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

type User = Awaited<ReturnType<TestApp['login']>>;

let t: TestApp;
let agent: User;
let supervisor: User;
let admin: User;
let qualityManager: User;

beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('agent');
  supervisor = await t.login('supervisor');
  admin = await t.login('admin');
  qualityManager = await t.login('quality_manager');
});
afterAll(async () => t.close());

const post = async (url: string, user: User, body: object, status = 200) => {
  const res = await t.request({ method: 'POST', url, token: user.token, body });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};

/** The tracking numbers of a list query, newest first. */
async function listed(query: string, user: User): Promise<string[]> {
  const res = await t.request({ method: 'GET', url: `/api/v1/complaints?${query}`, token: user.token });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { id: string }[] }>().items.map((c) => c.id);
}

/** A complaint owned by the agent, under investigation, with refunds of these amounts proposed. */
async function withRefunds(...amounts: number[]): Promise<{ id: string; remedyIds: string[] }> {
  const created = await post(
    '/api/v1/complaints',
    agent,
    {
      channel: 'phone',
      customer: { name: '周先生', phone: '13700137000' },
      description: '宽带断网两天了,客服一直说在处理。',
    },
    201,
  );
  const id = created.id as string;
  await post(`/api/v1/complaints/${id}/transitions`, agent, { to: 'triaged', ownerId: agent.userId });
  await post(`/api/v1/complaints/${id}/transitions`, agent, { to: 'investigating' });
  const remedyIds: string[] = [];
  for (const amount of amounts) {
    t.clock.advance(1000);
    const remedy = await post(
      `/api/v1/complaints/${id}/remedies`,
      agent,
      { kind: 'refund', amount, description: `退款 ${amount} 元,三个工作日内到账` },
      201,
    );
    remedyIds.push(remedy.id as string);
  }
  t.clock.advance(1000);
  return { id, remedyIds };
}

describe(`awaiting approval list on ${testEngine()}`, () => {
  it('lists complaints with a pending remedy, and for approvers only those within their limit', async () => {
    const none = await withRefunds(); // no remedy
    const approvedAtOnce = await withRefunds(150); // within the agent's own limit (200)
    const medium = await withRefunds(500); // the supervisor (2,000) may approve it
    const large = await withRefunds(5000, 100); // only the admin (unlimited) may
    const all = await listed('remedy=pending_approval', agent);
    expect(all).toEqual([large.id, medium.id]);
    expect(all).not.toContain(none.id);
    expect(all).not.toContain(approvedAtOnce.id);

    expect(await listed('remedy=approvable_by_me', supervisor)).toEqual([medium.id]);
    expect(await listed('remedy=approvable_by_me', admin)).toEqual([large.id, medium.id]);
    // A role that approves nothing has nothing to approve.
    expect(await listed('remedy=approvable_by_me', agent)).toEqual([]);
    expect(await listed('remedy=approvable_by_me', qualityManager)).toEqual([]);

    // Combined with the other filters, and paged by cursor.
    expect(await listed('remedy=pending_approval&status=new', agent)).toEqual([]);
    expect(await listed('remedy=approvable_by_me&status=closed', admin)).toEqual([]);
    const firstPage = await t.request({
      method: 'GET',
      url: '/api/v1/complaints?remedy=pending_approval&limit=1',
      token: agent.token,
    });
    const first = firstPage.json<{ items: { id: string }[]; nextCursor: string }>();
    expect(first.items.map((c) => c.id)).toEqual([large.id]);
    expect(await listed(`remedy=pending_approval&limit=1&cursor=${first.nextCursor}`, agent)).toEqual([
      medium.id,
    ]);

    // Approved: it leaves both lists.
    await post(`/api/v1/remedies/${medium.remedyIds[0]}/approve`, supervisor, {});
    expect(await listed('remedy=pending_approval', agent)).toEqual([large.id]);
    expect(await listed('remedy=approvable_by_me', supervisor)).toEqual([]);
  });

  it('refuses an unknown remedy filter with a 400 naming the field', async () => {
    const res = await t.request({
      method: 'GET',
      url: '/api/v1/complaints?remedy=maybe',
      token: agent.token,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'query.remedy', message: expect.any(String) }]);
  });
});
