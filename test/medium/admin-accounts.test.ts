/**
 * Admin pages through the API (PRODUCT.md R14, R4): staff accounts (who may list and
 * change them, never losing the last admin), API tokens (shown once, usable, revoked for
 * good), and the authority limits table whose change the next remedy follows at once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';
import { lockActiveAdminIds, updateUser } from '../../src/store/user-repository.js';

type Login = Awaited<ReturnType<TestApp['login']>>;
interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { path: string; message: string }[];
}
interface Limit {
  role: string;
  amount: number | null;
  currency: string;
}

let t: TestApp;
let admin: Login;
let agent: Login;
let supervisor: Login;

beforeAll(async () => {
  t = await createTestApp();
  // One admin only, so the last-admin rule can be seen.
  [admin, agent, supervisor] = await Promise.all([t.login('admin'), t.login('agent'), t.login('supervisor')]);
});
afterAll(async () => t.close());

const patchUser = (id: string, body: Record<string, unknown>, token = admin.token) =>
  t.request({ method: 'PATCH', url: `/api/v1/users/${id}`, token, body });
const me = (token: string) => t.request({ method: 'GET', url: '/api/v1/auth/me', token });
const getLimits = (token = agent.token) =>
  t.request({ method: 'GET', url: '/api/v1/authority-limits', token });
const putLimits = (limits: unknown[], token = admin.token) =>
  t.request({ method: 'PUT', url: '/api/v1/authority-limits', token, body: { limits } });

const defaultLimits: Limit[] = [
  { role: 'admin', amount: null, currency: 'CNY' },
  { role: 'supervisor', amount: 2000, currency: 'CNY' },
  { role: 'quality_manager', amount: 200, currency: 'CNY' },
  { role: 'agent', amount: 200, currency: 'CNY' },
  { role: 'handler', amount: 0, currency: 'CNY' },
];
const withLimit = (role: string, amount: number | null) =>
  defaultLimits.map((l) => (l.role === role ? { ...l, amount } : l));

async function openComplaint(): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: {
      channel: 'phone',
      customer: { name: '王芳', phone: '139 0000 1234' },
      description: '外卖送到时汤全洒了，袋子里都是汤。',
      severity: 'moderate',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const propose = (complaintId: string, amount: number, token = agent.token) =>
  t.request({
    method: 'POST',
    url: `/api/v1/complaints/${complaintId}/remedies`,
    token,
    body: { kind: 'compensation', amount, currency: 'CNY', description: '赔偿餐费并重新配送一份' },
  });

describe(`staff accounts on ${testEngine()}`, () => {
  it('lists users to staff, with last logins for admins only, and never a password hash', async () => {
    const asAdmin = await t.request({ method: 'GET', url: '/api/v1/users', token: admin.token });
    expect(asAdmin.statusCode).toBe(200);
    const items = asAdmin.json<{ items: Record<string, unknown>[] }>().items;
    const mine = items.find((u) => u.id === admin.userId);
    expect(mine?.lastLoginAt).toBe(t.clock.now().toISOString());
    expect(asAdmin.body).not.toMatch(/scrypt|passwordHash/i);

    const asAgent = await t.request({ method: 'GET', url: '/api/v1/users', token: agent.token });
    expect(asAgent.statusCode).toBe(200);
    expect(
      asAgent.json<{ items: Record<string, unknown>[] }>().items.every((u) => !('lastLoginAt' in u)),
    ).toBe(true);
  });

  it('lets only an admin create and change accounts', async () => {
    const body = {
      email: 'new.agent@example.com',
      name: '新客服',
      role: 'agent',
      password: 'a-long-password-2026',
    };
    for (const token of [agent.token, supervisor.token]) {
      const created = await t.request({ method: 'POST', url: '/api/v1/users', token, body });
      expect(created.statusCode).toBe(403);
      expect(created.headers['content-type']).toContain('application/problem+json');
      expect((await patchUser(agent.userId, { role: 'admin' }, token)).statusCode).toBe(403);
      expect((await t.request({ method: 'GET', url: '/api/v1/tokens', token })).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'POST', url: '/api/v1/users', body })).statusCode).toBe(401);
    const created = await t.request({ method: 'POST', url: '/api/v1/users', token: admin.token, body });
    expect(created.statusCode).toBe(201);
    expect(Object.keys(created.json()).sort()).toEqual(['email', 'id', 'name', 'role', 'teamId']);
    const again = await t.request({ method: 'POST', url: '/api/v1/users', token: admin.token, body });
    expect(again.statusCode).toBe(409);
    expect(again.json<Problem>().code).toBe('user.email_taken');
  });

  it('lists every problem of a new account and refuses a weak password on a change too', async () => {
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin.token,
      body: { email: 'not-an-email', name: '', role: 'boss', password: 'x' },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json<Problem>()
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(['email', 'name', 'role']);
    const weak = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin.token,
      body: { email: 'weak@example.com', name: 'Weak', role: 'agent', password: 'short' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json<Problem>().errors).toEqual([
      { path: 'password', message: 'Use at least 10 characters.' },
    ]);
    const weakChange = await patchUser(agent.userId, { password: 'short' });
    expect(weakChange.statusCode).toBe(400);
    expect(weakChange.json<Problem>().errors?.[0]?.path).toBe('password');
    expect((await me(agent.token)).statusCode).toBe(200); // nothing changed, the session lives
    expect((await patchUser('not-a-uuid', { active: false })).statusCode).toBe(404);
    expect((await patchUser('0190f1a2-0000-7000-8000-000000000000', { active: false })).statusCode).toBe(404);
  });

  it('refuses an admin deactivating themself or removing the last active admin (409)', async () => {
    const self = await patchUser(admin.userId, { active: false });
    expect(self.statusCode).toBe(409);
    expect(self.json<Problem>()).toMatchObject({
      code: 'user.self_lockout',
      detail: expect.stringMatching(/another admin/),
    });
    const demote = await patchUser(admin.userId, { role: 'supervisor' });
    expect(demote.statusCode).toBe(409);
    expect(demote.json<Problem>()).toMatchObject({
      code: 'user.last_admin',
      detail: expect.stringMatching(/last active admin/),
    });
    expect((await me(admin.token)).json<{ role: string }>().role).toBe('admin');
  });

  it('lets an admin give the role up while another admin is active', async () => {
    const second = await t.login('admin');
    const given = await patchUser(second.userId, { role: 'agent' }, second.token);
    expect(given.statusCode).toBe(200);
    // The new role applies at once to the session that asked.
    expect((await t.request({ method: 'GET', url: '/api/v1/tokens', token: second.token })).statusCode).toBe(
      403,
    );
    expect((await patchUser(admin.userId, { role: 'agent' })).statusCode).toBe(409);
  });

  it('waits for another admin’s change in progress, so two admins cannot both give the role up', async () => {
    const other = await t.login('admin');
    // The other admin's change, held open after it locked the active admins (as changeAccount does).
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const hasLocked = new Promise<void>((resolve) => (locked = resolve));
    const theirs = t.database.db.transaction(async (tx) => {
      expect(await lockActiveAdminIds(tx)).toContain(other.userId);
      locked();
      await held;
      await updateUser(tx, other.userId, { role: 'agent' }, t.clock.now());
    });
    await hasLocked;
    const mine = patchUser(admin.userId, { role: 'supervisor' });
    // Long enough for my change to read the admins, were it not made to wait for the lock.
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await theirs;
    const answer = await mine;
    expect(answer.statusCode).toBe(409);
    expect(answer.json<Problem>().code).toBe('user.last_admin');
    expect((await me(admin.token)).json<{ role: string }>().role).toBe('admin');
  });

  it('ends a deactivated user’s sessions at once, and reactivation needs a new login', async () => {
    const handler = await t.login('handler');
    expect((await me(handler.token)).statusCode).toBe(200);
    const off = await patchUser(handler.userId, { active: false });
    expect(off.statusCode).toBe(200);
    expect((await me(handler.token)).statusCode).toBe(401);
    const login = () =>
      t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: handler.email, password: handler.password },
      });
    expect((await login()).statusCode).toBe(401);
    expect((await patchUser(handler.userId, { active: true })).statusCode).toBe(200);
    expect((await me(handler.token)).statusCode).toBe(401);
    expect((await login()).statusCode).toBe(200);
  });
});

describe(`API tokens on ${testEngine()}`, () => {
  it('shows a new token once, accepts it as its user, and refuses it for good once revoked', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/tokens',
      token: admin.token,
      body: { name: 'CRM sync', userId: agent.userId },
    });
    expect(created.statusCode).toBe(201);
    const { token, record } = created.json<{
      token: string;
      record: { id: string; lastUsedAt: string | null };
    }>();
    expect(token).toMatch(/^cla_/);
    expect(record.lastUsedAt).toBeNull();

    const listed = await t.request({ method: 'GET', url: '/api/v1/tokens', token: admin.token });
    expect(listed.body).not.toContain(token);
    expect(listed.body).not.toContain(token.slice(4, 20));

    const asToken = await me(token);
    expect(asToken.statusCode).toBe(200);
    expect(asToken.json<{ id: string }>().id).toBe(agent.userId);
    const complaintId = await openComplaint();
    expect(complaintId).toBeTruthy();
    const used = (await t.request({ method: 'GET', url: '/api/v1/tokens', token: admin.token })).json<{
      items: { id: string; name: string; lastUsedAt: string | null }[];
    }>();
    expect(used.items.find((i) => i.id === record.id)).toMatchObject({
      name: 'CRM sync',
      lastUsedAt: expect.any(String),
    });

    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/tokens/${record.id}`, token: agent.token }))
        .statusCode,
    ).toBe(403);
    const revoked = await t.request({
      method: 'DELETE',
      url: `/api/v1/tokens/${record.id}`,
      token: admin.token,
    });
    expect(revoked.statusCode).toBe(204);
    const refused = await me(token);
    expect(refused.statusCode).toBe(401);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(
      (await t.request({ method: 'DELETE', url: `/api/v1/tokens/${record.id}`, token: admin.token }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses a token for an unknown user or with a bad expiry, listing both', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/tokens',
      token: admin.token,
      body: { name: '', userId: 'nobody', expiresAt: 'tomorrow' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json<Problem>()
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(['expiresAt', 'name', 'userId']);
  });
});

describe(`authority limits on ${testEngine()}`, () => {
  it('shows the limits to staff and lets only an admin replace them', async () => {
    const res = await getLimits();
    expect(res.statusCode).toBe(200);
    expect(res.json<{ limits: Limit[] }>().limits).toEqual(defaultLimits);
    expect((await t.request({ method: 'GET', url: '/api/v1/authority-limits' })).statusCode).toBe(401);
    for (const token of [agent.token, supervisor.token]) {
      const put = await putLimits(withLimit('agent', 5000), token);
      expect(put.statusCode).toBe(403);
    }
    expect((await getLimits()).json<{ limits: Limit[] }>().limits).toEqual(defaultLimits);
  });

  it('lists every problem of a bad table and keeps the table it had', async () => {
    const res = await putLimits([
      { role: 'admin', amount: 100, currency: 'CNY' },
      { role: 'supervisor', amount: -5, currency: 'CNY' },
      { role: 'agent', amount: 100, currency: 'USD' },
      { role: 'agent', amount: 100, currency: 'CNY' },
      { role: 'intern', amount: 1, currency: 'CNY' },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json<Problem>();
    expect(body.code).toBe('input.invalid');
    expect(body.errors?.map((e) => e.path)).toEqual([
      'limits.0.amount',
      'limits.1.amount',
      'limits.2.currency',
      'limits.3.role',
      'limits.4.role',
      'limits',
      'limits',
    ]);
    expect(body.errors?.slice(-2).map((e) => e.message)).toEqual([
      'needs a row for quality_manager',
      'needs a row for handler',
    ]);
    const shape = await putLimits([{ role: 'agent', amount: 'lots' }]);
    expect(shape.statusCode).toBe(400);
    expect(
      shape
        .json<Problem>()
        .errors?.map((e) => e.path)
        .sort(),
    ).toEqual(['limits.0.amount', 'limits.0.currency']);
    expect((await getLimits()).json<{ limits: Limit[] }>().limits).toEqual(defaultLimits);
  });

  it('applies a change to the very next remedy proposed and approved', async () => {
    const complaintId = await openComplaint();
    const before = await propose(complaintId, 300);
    expect(before.statusCode, before.body).toBe(201);
    expect(before.json<{ status: string }>().status).toBe('pending_approval');

    const raised = await putLimits(withLimit('agent', 500));
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json<{ limits: Limit[] }>().limits.find((l) => l.role === 'agent')?.amount).toBe(500);
    const after = await propose(complaintId, 300);
    expect(after.json<{ status: string }>().status).toBe('approved');

    // A supervisor whose limit drops below the waiting remedy may no longer approve it.
    const pendingId = before.json<{ id: string }>().id;
    expect(
      (
        await putLimits(
          withLimit('supervisor', 100).map((l) => (l.role === 'agent' ? { ...l, amount: 500 } : l)),
        )
      ).statusCode,
    ).toBe(200);
    const approve = () =>
      t.request({ method: 'POST', url: `/api/v1/remedies/${pendingId}/approve`, token: supervisor.token });
    const refused = await approve();
    expect(refused.statusCode).toBe(403);
    expect(refused.json<Problem>().code).toBe('remedy.beyond_authority');
    expect((await putLimits(defaultLimits)).statusCode).toBe(200);
    const approved = await approve();
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json<{ status: string }>().status).toBe('approved');
    expect((await propose(complaintId, 300)).json<{ status: string }>().status).toBe('pending_approval');
  });
});
