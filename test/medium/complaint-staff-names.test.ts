/**
 * A complaint names the staff it refers to (GET /api/v1/complaints/{id} `staff`): a handler,
 * who may not list staff accounts and has no task on it, still sees who owns it and who did
 * what, by name, and learns nothing else about them (no e-mail, no role).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../src/domain/vocabulary.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

interface Member {
  id: string;
  name: string;
  email: string;
  token: string;
}

interface StaffName {
  id: string;
  name: string;
}

let t: TestApp;
let adminToken: string;
let created = 0;
const hour = 3_600_000;

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-03-02T02:00:00.000Z'); // Monday 10:00 in Shanghai
  adminToken = (await t.login('admin')).token;
});
afterAll(async () => t.close());

/** A staff account with a name of its own (CONTRACT.md §3), logged in. */
async function member(role: Role, name: string): Promise<Member> {
  created++;
  const email = `staff-${created}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const password = `Pass-${role}-2026-long`;
  const made = await t.request({
    method: 'POST',
    url: '/api/v1/users',
    token: adminToken,
    body: { email, name, role, password },
  });
  expect(made.statusCode, made.body).toBe(201);
  const login = await t.request({ method: 'POST', url: '/api/v1/auth/login', body: { email, password } });
  expect(login.statusCode, login.body).toBe(200);
  return { id: made.json<{ id: string }>().id, name, email, token: login.json<{ token: string }>().token };
}

async function call(who: Member, method: 'POST' | 'PUT' | 'PATCH', url: string, body: unknown) {
  const res = await t.request({ method, url, token: who.token, body });
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(300);
  return res.json<Record<string, unknown>>();
}

const byId = (list: readonly StaffName[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
const named = (...people: Member[]) => byId(people.map(({ id, name }) => ({ id, name })));

describe(`the staff a complaint names, on ${testEngine()}`, () => {
  it('gives a handler with no task the names of the owner and of everyone who acted', async () => {
    const [opener, formerOwner, owner, supervisor, closer, qualityManager, actionOwner, bystander, handler] =
      await Promise.all([
        member('agent', '王芳'),
        member('agent', '陈静'),
        member('agent', 'Emily Carter'),
        member('supervisor', '刘强'),
        member('supervisor', '赵敏'),
        member('quality_manager', '孙丽'),
        member('agent', '周杰'),
        member('agent', '局外人'),
        member('handler', '周工'),
      ]);

    // Step 1: the opener takes it in and triages it to a colleague; a supervisor hands it over.
    const complaint = await call(opener, 'POST', '/api/v1/complaints', {
      channel: 'phone',
      customer: { name: '林女士', email: 'lin@example.com', phone: '+86 138 0013 8000' },
      description: '订购的餐具到货时碎了三个盘子,包装只有一层薄膜。',
      expectation: '补发一套新餐具',
    });
    const id = complaint.id as string;
    const base = `/api/v1/complaints/${id}`;
    await call(opener, 'POST', `${base}/transitions`, { to: 'triaged', ownerId: formerOwner.id });
    await call(supervisor, 'POST', `${base}/owner`, { ownerId: owner.id, reason: '陈静休假' });
    // Steps 2–4: the owner offers more than an agent may; the supervisor approves; resolved.
    await call(owner, 'POST', `${base}/transitions`, { to: 'investigating' });
    const remedy = await call(owner, 'POST', `${base}/remedies`, {
      kind: 'compensation',
      amount: 500,
      description: '补偿 500 元',
    });
    expect(remedy.status).toBe('pending_approval');
    await call(supervisor, 'POST', `/api/v1/remedies/${remedy.id as string}/approve`, {});
    await call(owner, 'POST', `${base}/transitions`, {
      to: 'remedy_proposed',
      responsibility: 'third_party',
    });
    await call(owner, 'POST', `${base}/transitions`, { to: 'in_progress' });
    t.clock.advance(hour);
    await call(owner, 'POST', `${base}/transitions`, { to: 'resolved', resolution: '已补发整套餐具' });
    // Steps 5 and 6: another supervisor follows up; the quality manager writes the post-mortem
    // and gives an action to someone who did nothing else on this complaint.
    await call(closer, 'POST', `${base}/follow-ups`, { outcome: 'satisfied' });
    await call(qualityManager, 'PUT', `${base}/post-mortem`, { rootCause: 'third_party' });
    await call(qualityManager, 'POST', `${base}/actions`, {
      kind: 'preventive',
      description: '与物流商约定易碎品双层包装',
      ownerId: actionOwner.id,
      dueAt: new Date(t.clock.now().getTime() + 72 * hour).toISOString(),
    });
    // A former owner who has left since is still named.
    const left = await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${formerOwner.id}`,
      token: adminToken,
      body: { active: false },
    });
    expect(left.statusCode, left.body).toBe(200);

    // The handler may not list staff accounts and has no task on this complaint.
    expect((await t.request({ method: 'GET', url: '/api/v1/users', token: handler.token })).statusCode).toBe(
      403,
    );
    const tasks = await t.request({
      method: 'GET',
      url: `/api/v1/tasks?complaintId=${id}`,
      token: handler.token,
    });
    expect(tasks.json<{ items: unknown[] }>().items).toEqual([]);

    const res = await t.request({ method: 'GET', url: base, token: handler.token });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json<{ ownerId: string; staff: StaffName[] }>();
    expect(view.ownerId).toBe(owner.id);
    expect(byId(view.staff)).toEqual(
      named(opener, formerOwner, owner, supervisor, closer, qualityManager, actionOwner),
    );
    expect(view.staff.find((s) => s.id === view.ownerId)?.name).toBe('Emily Carter');
    // Who they are, and nothing more.
    for (const person of view.staff) expect(Object.keys(person).sort()).toEqual(['id', 'name']);
    for (const person of [opener, formerOwner, owner, supervisor, closer, qualityManager, actionOwner]) {
      expect(res.body).not.toContain(person.email);
    }
    expect(view.staff.map((s) => s.id)).not.toContain(bystander.id);
    expect(view.staff.map((s) => s.id)).not.toContain(handler.id);
  });

  it('names nobody on a complaint from the web form that nobody has handled yet', async () => {
    const filed = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: {
        customer: { name: 'Oliver Grant', email: 'oliver@example.com' },
        description: 'My parcel is lost.',
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const handler = await member('handler', '吴工');
    const found = await t.request({
      method: 'GET',
      url: `/api/v1/complaints?trackingNumber=${filed.json<{ trackingNumber: string }>().trackingNumber}`,
      token: handler.token,
    });
    const id = found.json<{ items: { id: string }[] }>().items[0]!.id;
    const res = await t.request({ method: 'GET', url: `/api/v1/complaints/${id}`, token: handler.token });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<{ ownerId: string | null; staff: StaffName[] }>()).toMatchObject({
      ownerId: null,
      staff: [],
    });
  });
});
