import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/accounts/users.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let admin: string;
let agent: string;
let agentId: string;
beforeAll(async () => {
  t = await createTestApp();
  // API tokens: this file moves the clock by days, past any session's life.
  const apiToken = async (role: 'admin' | 'agent') => {
    const user = await t.login(role);
    return { token: (await createApiToken(t.ctx, { userId: user.userId, name: 'policy test' })).token, user };
  };
  admin = (await apiToken('admin')).token;
  const a = await apiToken('agent');
  agent = a.token;
  agentId = a.user.userId;
});
afterAll(async () => t.close());

const base = {
  firstResponseHours: 24,
  resolutionBusinessDays: { ordinary: 3, complex: 5 },
  progressUpdateEveryHours: { ordinary: null, complex: 24 },
  followUpHours: 24,
  postMortemHours: 48,
};

const open = async (tier: 'standard' | 'vip', extra: Record<string, unknown> = {}) => {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent,
    body: {
      channel: 'phone',
      customer: { name: '林女士', tier },
      description: '房间空调坏了,一晚没睡好',
      ...extra,
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
};

describe(`deadline policies on ${testEngine()}`, () => {
  it('starts with version 1, the CONTRACT.md §8 defaults', async () => {
    const current = await t.request({
      method: 'GET',
      url: '/api/v1/deadline-policies/current',
      token: agent,
    });
    expect(current.statusCode).toBe(200);
    expect(current.json()).toMatchObject({ version: 1, current: true, policy: { base, rules: [] } });
  });

  it('opens new complaints under a new version; earlier complaints keep theirs', async () => {
    // Monday 2026-03-09 10:00 in Shanghai.
    t.clock.set('2026-03-09T02:00:00.000Z');
    const before = await open('vip');
    expect(before.deadlinePolicyVersion).toBe(1);
    expect(before.firstResponseDueAt).toBe('2026-03-10T02:00:00.000Z');

    const saved = await t.request({
      method: 'POST',
      url: '/api/v1/deadline-policies',
      token: admin,
      body: {
        note: 'VIP guests first',
        policy: {
          base,
          rules: [
            {
              when: { tier: 'vip' },
              set: { firstResponseHours: 4, resolutionBusinessDays: { ordinary: 2 } },
            },
            { when: { tier: 'vip', severity: 'severe' }, set: { firstResponseHours: 1 } },
          ],
        },
      },
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json()).toMatchObject({ version: 2, current: true, note: 'VIP guests first' });

    const vip = await open('vip');
    expect(vip.deadlinePolicyVersion).toBe(2);
    expect(vip.firstResponseDueAt).toBe('2026-03-09T06:00:00.000Z');
    expect(vip.resolutionDueAt).toBe('2026-03-11T02:00:00.000Z');
    const severeVip = await open('vip', { severity: 'severe' });
    expect(severeVip.firstResponseDueAt).toBe('2026-03-09T03:00:00.000Z');
    const standard = await open('standard');
    expect(standard.deadlinePolicyVersion).toBe(2);
    expect(standard.firstResponseDueAt).toBe('2026-03-10T02:00:00.000Z');

    // The history says which policy a complaint was opened under.
    const history = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${vip.id}/history`,
      token: agent,
    });
    expect(history.json().items[0].changes).toMatchObject({ deadlinePolicyVersion: 2 });

    // Reopening the complaint opened under version 1 counts 3 business days again, not 2.
    const move = (id: string, to: string, extra: Record<string, unknown> = {}) =>
      t.request({
        method: 'POST',
        url: `/api/v1/complaints/${id}/transitions`,
        token: agent,
        body: { to, ...extra },
      });
    expect((await move(before.id, 'triaged', { ownerId: agentId })).statusCode).toBe(200);
    expect((await move(before.id, 'investigating')).statusCode).toBe(200);
    const remedy = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${before.id}/remedies`,
      token: agent,
      body: { kind: 'redo_service', description: '换到同价位的安静房间' },
    });
    expect(remedy.statusCode).toBe(201);
    expect(
      (await move(before.id, 'remedy_proposed', { responsibility: 'internal_process' })).statusCode,
    ).toBe(200);
    expect((await move(before.id, 'in_progress')).statusCode).toBe(200);
    expect((await move(before.id, 'resolved', { resolution: '已更换房间并退还当晚房费' })).statusCode).toBe(
      200,
    );
    const reopened = await move(before.id, 'in_progress', { reason: '客人说空调还是坏的' });
    expect(reopened.statusCode).toBe(200);
    const resolution = reopened.json().clocks.find((c: { kind: string }) => c.kind === 'resolution');
    expect(resolution.dueAt).toBe('2026-03-12T02:00:00.000Z');
  });

  it('previews the targets of the current version for a tier', async () => {
    const preview = await t.request({
      method: 'POST',
      url: '/api/v1/sla/preview',
      token: agent,
      body: { receivedAt: '2026-03-09T02:00:00.000Z', complexity: 'ordinary', tier: 'vip' },
    });
    expect(preview.json()).toMatchObject({
      firstResponseDueAt: '2026-03-09T06:00:00.000Z',
      policyVersion: 2,
    });
  });

  it('warns at the share of the time the policy sets', async () => {
    t.clock.set('2026-03-09T02:00:00.000Z');
    const saved = await t.request({
      method: 'POST',
      url: '/api/v1/deadline-policies',
      token: admin,
      body: {
        policy: {
          base: { ...base, warnAtShare: 0.5 },
          rules: [{ when: { severity: 'severe' }, set: { warnAtShare: 0.25 } }],
        },
      },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const warnOf = (complaint: { clocks: { kind: string; warnAt: string }[] }) =>
      complaint.clocks.find((c) => c.kind === 'first_response')!.warnAt;
    // 24 h to the first response: a warning after 12 h, or after 6 h when severe.
    expect(warnOf(await open('standard'))).toBe('2026-03-09T14:00:00.000Z');
    expect(warnOf(await open('standard', { severity: 'severe' }))).toBe('2026-03-09T08:00:00.000Z');
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/deadline-policies',
      token: admin,
      body: { policy: { base: { ...base, warnAtShare: 1.5 }, rules: [] } },
    });
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(['policy.base.warnAtShare']);
  });

  it('lists every version, newest first', async () => {
    const list = await t.request({ method: 'GET', url: '/api/v1/deadline-policies', token: agent });
    expect(
      list.json().items.map((p: { version: number; current: boolean }) => [p.version, p.current]),
    ).toEqual([
      [3, true],
      [2, false],
      [1, false],
    ]);
  });

  it('lets only admins save, and lists every problem of a bad policy', async () => {
    const forbidden = await t.request({
      method: 'POST',
      url: '/api/v1/deadline-policies',
      token: agent,
      body: { policy: { base, rules: [] } },
    });
    expect(forbidden.statusCode).toBe(403);

    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/deadline-policies',
      token: admin,
      body: {
        policy: {
          base: { ...base, firstResponseHours: 0, followUpHours: 'soon' },
          rules: [{ when: { tier: 'gold' }, set: { firstResponseHours: -2, typo: 1 } }],
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    const fields = bad.json().errors.map((e: { path: string }) => e.path);
    expect(fields).toEqual(
      expect.arrayContaining([
        'policy.base.firstResponseHours',
        'policy.base.followUpHours',
        'policy.rules.0.when.tier',
        'policy.rules.0.set.firstResponseHours',
      ]),
    );
    expect(fields.length).toBeGreaterThanOrEqual(5); // and the unknown key

    const meaningless = await t.request({
      method: 'POST',
      url: '/api/v1/deadline-policies',
      token: admin,
      body: {
        policy: {
          base: { ...base, resolutionBusinessDays: { ordinary: 5, complex: 3 } },
          rules: [
            { when: {}, set: { firstResponseHours: 2 } },
            { when: { tier: 'vip' }, set: {} },
          ],
        },
      },
    });
    expect(meaningless.statusCode).toBe(400);
    expect(meaningless.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'policy.base.resolutionBusinessDays.complex',
      'policy.rules.0.when',
      'policy.rules.1.set',
    ]);
    const current = await t.request({
      method: 'GET',
      url: '/api/v1/deadline-policies/current',
      token: agent,
    });
    expect(current.json().version).toBe(3);
  });
});
