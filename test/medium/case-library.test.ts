/**
 * The case library through the API: an anonymised copy of a resolved complaint, stored
 * once, searchable in Chinese and English, readable by every staff role, with no contact
 * data anywhere in the stored row.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createUser } from '../../src/commands/accounts/users.js';
import { queryRows } from '../../src/store/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: { token: string; userId: string };
let quality: { token: string; userId: string };
let supervisor: { token: string; userId: string };
let handler: { token: string; userId: string };
let resolvedId: string;
let openId: string;

const contact = {
  name: '孙丽',
  email: 'sun.li@example.com',
  phone: '137 0000 1234',
  orderRef: 'TB-2026-88231',
  idNumber: '11010519491231002X',
};

async function person(role: 'agent' | 'quality_manager' | 'supervisor' | 'handler', name: string) {
  const user = await createUser(t.ctx, {
    email: `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`,
    name,
    role,
    password: 'a-long-password-2026',
  });
  return {
    userId: user.id,
    token: (await createApiToken(t.ctx, { userId: user.id, name: 'case test' })).token,
  };
}

const call = (method: 'GET' | 'POST' | 'PUT', url: string, token: string, body?: unknown) =>
  t.request({ method, url, token, body });

async function open(description: string) {
  const res = await call('POST', '/api/v1/complaints', agent.token, {
    channel: 'phone',
    customer: { name: contact.name, email: contact.email, phone: contact.phone },
    subject: '孙丽的羊绒大衣干洗后缩水',
    description,
    expectation: `照价赔偿，请打 ${contact.phone} 找我`,
    orderRef: contact.orderRef,
    severity: 'moderate',
    category: 'product_quality',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

async function resolve(id: string) {
  const move = async (body: object) =>
    expect((await call('POST', `/api/v1/complaints/${id}/transitions`, agent.token, body)).statusCode).toBe(
      200,
    );
  await move({ to: 'triaged' });
  await move({ to: 'investigating' });
  await call('POST', `/api/v1/complaints/${id}/remedies`, agent.token, {
    kind: 'refund',
    amount: 150,
    description: '退还干洗费并由店长陈静当面致歉',
  });
  await move({ to: 'remedy_proposed', responsibility: 'internal_process' });
  await move({ to: 'in_progress' });
  await move({ to: 'resolved', resolution: '陈静已致电孙女士（+86 137-0000-1234），照价赔偿 1,280 元。' });
}

beforeAll(async () => {
  t = await createTestApp();
  agent = await person('agent', '陈静');
  quality = await person('quality_manager', 'Emily Carter');
  supervisor = await person('supervisor', '王强');
  handler = await person('handler', '李师傅');
  resolvedId = await open(
    `孙丽女士投诉：羊绒大衣干洗后缩水，订单 ${contact.orderRef}。她的邮箱 ${contact.email}，身份证 ${contact.idNumber}，电话 137-0000-1234。王强主管已知悉。`,
  );
  await resolve(resolvedId);
  await call('POST', `/api/v1/complaints/${resolvedId}/actions`, quality.token, {
    kind: 'corrective',
    description: '面料识别培训',
    ownerId: handler.userId,
    dueAt: new Date(t.clock.now().getTime() + 86_400_000).toISOString(),
  });
  const pm = await call('PUT', `/api/v1/complaints/${resolvedId}/post-mortem`, quality.token, {
    rootCause: 'staff_skill',
    lessons: '孙女士的案例说明：先兜底再核查，Emily Carter 将在周会分享。',
    customerAnswer: {
      whenSolved: '3 月 4 日前',
      howSolved: '照价赔偿',
      rootCause: '新员工未按标签洗涤',
      prevention: '上岗考核',
    },
    complete: true,
  });
  expect(pm.statusCode, pm.body).toBe(200);
  openId = await open('另一件大衣也缩水了。');
});
afterAll(async () => t.close());

describe(`the case library on ${testEngine()}`, () => {
  it('refuses agents, open complaints and bad tags, listing every problem', async () => {
    expect(
      (await call('POST', `/api/v1/complaints/${resolvedId}/case`, agent.token, { tags: [] })).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', `/api/v1/complaints/${resolvedId}/case`, handler.token, { tags: [] })).statusCode,
    ).toBe(403);
    const early = await call('POST', `/api/v1/complaints/${openId}/case`, quality.token, { tags: ['干洗'] });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ code: 'complaint.precondition_failed' });
    const bad = await call('POST', `/api/v1/complaints/${resolvedId}/case`, quality.token, {
      title: 'two\nlines',
      tags: ['ok', 'x'.repeat(41), 7],
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<{ errors: { path: string }[] }>()
        .errors.map((e) => e.path)
        .sort(),
    ).toEqual(['tags.1', 'tags.2', 'title']);
    const missing = await call('POST', `/api/v1/complaints/${resolvedId}/case`, quality.token, {});
    expect(missing.json<{ errors: { path: string }[] }>().errors.map((e) => e.path)).toEqual(['tags']);
    expect(
      (
        await call('POST', '/api/v1/complaints/00000000-0000-7000-8000-000000000000/case', quality.token, {
          tags: [],
        })
      ).statusCode,
    ).toBe(404);
  });

  it('stores an anonymised copy once, with the story, the remedies, the lessons and the key steps', async () => {
    const res = await call('POST', `/api/v1/complaints/${resolvedId}/case`, quality.token, {
      tags: ['干洗', ' 面料 ', '干洗'],
    });
    expect(res.statusCode, res.body).toBe(201);
    const stored = res.json();
    expect(stored).toMatchObject({
      title: '顾客A的羊绒大衣干洗后缩水',
      category: 'product_quality',
      severity: 'moderate',
      tags: ['干洗', '面料'],
      body: {
        expectation: '照价赔偿，请打 [电话] 找我',
        resolution: '客服已致电顾客A（[电话]），照价赔偿 1,280 元。',
        responsibility: 'internal_process',
        remedies: [{ kind: 'refund', amount: 150, currency: 'CNY' }],
        rootCause: 'staff_skill',
        lessons: '顾客A的案例说明：先兜底再核查，质量经理 将在周会分享。',
        customerAnswer: { howSolved: '照价赔偿' },
      },
    });
    expect(stored.body.summary).toBe(
      '顾客A投诉：羊绒大衣干洗后缩水，订单 [订单号]。她的邮箱 [邮箱]，身份证 [身份证号]，电话 [电话]。主管主管已知悉。',
    );
    expect(stored.body.timeline.map((s: { step: string }) => s.step)).toEqual([
      'received',
      'triaged',
      'investigating',
      'remedy_offered',
      'remedy_proposed',
      'in_progress',
      'resolved',
      'post_mortem_completed',
    ]);

    // Nothing in the stored row leads back to the customer or names the staff.
    const [row] = await queryRows<Record<string, unknown>>(
      t.database.db,
      sql`SELECT title, body::text AS body, tags::text AS tags, search_tokens FROM case_library WHERE complaint_id = ${resolvedId}`,
    );
    const everything = JSON.stringify(row);
    for (const secret of [
      contact.name,
      '孙女士',
      contact.email,
      '1234',
      '88231',
      contact.idNumber,
      '陈静',
      '王强',
      'Emily',
      'Carter',
      'CL-',
    ]) {
      expect(everything).not.toContain(secret);
    }

    const again = await call('POST', `/api/v1/complaints/${resolvedId}/case`, supervisor.token, { tags: [] });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'case.already_in_library' });
    const history = (await call('GET', `/api/v1/complaints/${resolvedId}/history`, agent.token)).json<{
      items: { action: string; changes: Record<string, unknown> }[];
    }>().items;
    expect(history.filter((h) => h.action === 'case.added_to_library')).toEqual([
      expect.objectContaining({
        changes: { caseId: stored.id, title: stored.title, tags: ['干洗', '面料'] },
      }),
    ]);
  });

  it('finds cases by Chinese and English words, category, severity and tag, for every staff role', async () => {
    const [{ id }] = (await call('GET', '/api/v1/cases', handler.token)).json<{ items: { id: string }[] }>()
      .items as [{ id: string }];
    const ids = async (query: string, token = agent.token) => {
      const res = await call('GET', `/api/v1/cases?${query}`, token);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: { id: string; excerpt: string }[] }>().items.map((c) => c.id);
    };
    expect(await ids(`q=${encodeURIComponent('缩水')}`)).toEqual([id]);
    expect(await ids(`q=${encodeURIComponent('面料 兜底')}`, supervisor.token)).toEqual([id]);
    expect(await ids(`q=${encodeURIComponent('孙丽')}`)).toEqual([]);
    expect(await ids(`q=${encodeURIComponent('carter')}`)).toEqual([]);
    expect(await ids(`q=${encodeURIComponent('快递')}`)).toEqual([]);
    expect(await ids('category=product_quality&severity=moderate')).toEqual([id]);
    expect(await ids('category=logistics')).toEqual([]);
    expect(await ids(`tag=${encodeURIComponent('面料')}`, quality.token)).toEqual([id]);
    expect(await ids(`tag=${encodeURIComponent('快递')}`)).toEqual([]);

    const one = await call('GET', `/api/v1/cases/${id}`, handler.token);
    expect(one.statusCode).toBe(200);
    expect(one.json().body.lessons).toContain('先兜底再核查');
    expect(
      (await call('GET', '/api/v1/cases/00000000-0000-7000-8000-000000000000', agent.token)).statusCode,
    ).toBe(404);
    expect((await call('GET', '/api/v1/cases/nope', agent.token)).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/v1/cases' })).statusCode).toBe(401);
    const bad = await call('GET', '/api/v1/cases?severity=huge&category=weird&limit=500', agent.token);
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: unknown[] }>().errors).toHaveLength(3);
  });
});
