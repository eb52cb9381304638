/**
 * Teams and category administration through the API: teams and a user's team, the categories'
 * names, guidance, default team and subcategories (every problem in one 400), a complaint's
 * subcategory and its history, the "my team" queue, escalations to the owner's team supervisors
 * (or all of them), and the deadline board by team.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escalateClockJob } from '../../src/jobs/sla-clock-events.js';
import { queryRows } from '../../src/store/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Login = Awaited<ReturnType<TestApp['login']>>;

let t: TestApp;
let admin: Login;
let agent: Login;
let otherAgent: Login;
let supervisor: Login;

beforeAll(async () => {
  t = await createTestApp();
  [admin, agent, otherAgent, supervisor] = await Promise.all([
    t.login('admin'),
    t.login('agent'),
    t.login('agent'),
    t.login('supervisor'),
  ]);
});
afterAll(async () => t.close());

const newTeam = async (name: string) => {
  const res = await t.request({ method: 'POST', url: '/api/v1/teams', token: admin.token, body: { name } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string; name: string }>();
};
const setTeam = (userId: string, teamId: string | null) =>
  t.request({ method: 'PATCH', url: `/api/v1/users/${userId}`, token: admin.token, body: { teamId } });
const putCategory = (key: string, body: unknown, token = admin.token) =>
  t.request({ method: 'PUT', url: `/api/v1/categories/${key}`, token, body });
const categoryOf = async (key: string) =>
  (await t.request({ method: 'GET', url: '/api/v1/categories', token: agent.token }))
    .json<{ items: { key: string; subcategories: { id: string; names: Record<string, string> }[] }[] }>()
    .items.find((c) => c.key === key)!;

async function openComplaint(category: string, ownerId?: string) {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: {
      channel: 'phone',
      customer: { name: '王芳', phone: '+86 138 0000 1111' },
      description: '快递送错了地址，包裹至今没有收到。',
      category,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json<{ id: string }>().id;
  if (ownerId) {
    const owned = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/owner`,
      token: admin.token,
      body: { ownerId, reason: '按团队分派' },
    });
    expect(owned.statusCode, owned.body).toBe(200);
  }
  return id;
}

const listIds = async (query: string, token = agent.token) => {
  const res = await t.request({ method: 'GET', url: `/api/v1/complaints?limit=200&${query}`, token });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ items: { id: string }[] }>().items.map((i) => i.id);
};

describe('teams', () => {
  it('creates, renames and deactivates teams, with names unique in any case', async () => {
    const team = await newTeam('Logistics desk');
    const clash = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: admin.token,
      body: { name: 'LOGISTICS DESK' },
    });
    expect(clash.statusCode).toBe(409);
    expect(clash.json()).toMatchObject({ code: 'team.name_taken' });
    const other = await newTeam('Front desk');
    const renameClash = await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${other.id}`,
      token: admin.token,
      body: { name: 'logistics desk' },
    });
    expect(renameClash.statusCode).toBe(409);
    const renamed = await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${other.id}`,
      token: admin.token,
      body: { name: 'Front office' },
    });
    expect(renamed.json()).toMatchObject({ name: 'Front office', active: true });
    const off = await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${other.id}`,
      token: admin.token,
      body: { active: false },
    });
    expect(off.json()).toMatchObject({ active: false });
    const list = await t.request({ method: 'GET', url: '/api/v1/teams', token: agent.token });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((x: { name: string }) => x.name)).toEqual(
      expect.arrayContaining(['Logistics desk', 'Front office']),
    );
    expect(list.json().items[0].active).toBe(true); // active teams first
    expect(
      (await t.request({ method: 'PATCH', url: `/api/v1/teams/${team.id}`, token: admin.token, body: {} }))
        .statusCode,
    ).toBe(400);
  });

  it('answers 403 to non-admins and problem+json for bad input and unknown teams', async () => {
    const forbidden = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: supervisor.token,
      body: { name: 'X' },
    });
    expect(forbidden.statusCode).toBe(403);
    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/teams',
      token: admin.token,
      body: { name: ' \n', extra: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().errors.length).toBeGreaterThanOrEqual(2);
    const missing = await t.request({
      method: 'PATCH',
      url: '/api/v1/teams/00000000-0000-7000-8000-000000000000',
      token: admin.token,
      body: { name: 'Nobody' },
    });
    expect(missing.statusCode).toBe(404);
    expect(
      (
        await t.request({
          method: 'PATCH',
          url: '/api/v1/teams/nope',
          token: admin.token,
          body: { active: true },
        })
      ).statusCode,
    ).toBe(404);
  });

  it("sets a user's team through the user route and shows it in the user list", async () => {
    const team = await newTeam('Service recovery');
    const res = await setTeam(otherAgent.userId, team.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ teamId: team.id });
    const users = await t.request({ method: 'GET', url: '/api/v1/users?limit=200', token: admin.token });
    expect(users.json().items.find((u: { id: string }) => u.id === otherAgent.userId)).toMatchObject({
      teamId: team.id,
      teamName: 'Service recovery',
    });
    const inactive = await newTeam('Closed team');
    await t.request({
      method: 'PATCH',
      url: `/api/v1/teams/${inactive.id}`,
      token: admin.token,
      body: { active: false },
    });
    const refused = await setTeam(otherAgent.userId, inactive.id);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors).toEqual([{ path: 'teamId', message: 'is a deactivated team' }]);
    const unknown = await setTeam(otherAgent.userId, '00000000-0000-7000-8000-000000000000');
    expect(unknown.json().errors).toEqual([{ path: 'teamId', message: 'no team with this id' }]);
    expect((await setTeam(otherAgent.userId, null)).json()).toMatchObject({ teamId: null });
  });
});

describe('categories', () => {
  it('answers the seven categories with the shipped names until an admin edits one', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/categories', token: agent.token });
    expect(res.statusCode).toBe(200);
    const items = res.json().items;
    expect(items.map((c: { key: string }) => c.key)).toEqual([
      'product_quality',
      'service_attitude',
      'timeliness',
      'information_accuracy',
      'policy',
      'logistics',
      'other',
    ]);
    expect(items[5]).toMatchObject({
      names: { 'zh-CN': '物流配送', 'en-US': 'Logistics' },
      guidance: { 'zh-CN': '', 'en-US': '' },
      defaultTeamId: null,
      subcategories: [],
      updatedBy: null,
    });
  });

  it('lists every problem of an edit in one problem+json 400', async () => {
    const res = await putCategory('policy', {
      names: { 'zh-CN': ' ', 'en-US': 'x'.repeat(61) },
      guidance: { 'en-US': 'Refund rules, membership terms' },
      defaultTeamId: '00000000-0000-7000-8000-000000000000',
      subcategories: [
        { names: { 'zh-CN': '退款规则', 'en-US': 'Refunds' } },
        { names: { 'zh-CN': '退款规则', 'en-US': '' } },
        { id: '00000000-0000-7000-8000-000000000001', names: { 'zh-CN': '会员', 'en-US': 'Membership' } },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'names.zh-CN',
      'names.en-US',
      'defaultTeamId',
      'subcategories.1.names.en-US',
      'subcategories.1.names.zh-CN',
      'subcategories.2.id',
    ]);
    const unknownKey = await putCategory('weather', { names: { 'zh-CN': '天气', 'en-US': 'Weather' } });
    expect(unknownKey.statusCode).toBe(400);
    expect(unknownKey.json().errors[0].path).toBe('params.key');
    expect(
      (await putCategory('policy', { names: { 'zh-CN': '政策', 'en-US': 'Policy' } }, agent.token))
        .statusCode,
    ).toBe(403);
  });

  it('sets a subcategory on a complaint with history, refuses others, and clears it when the category changes', async () => {
    const team = await newTeam('Couriers');
    const saved = await putCategory('logistics', {
      names: { 'zh-CN': '物流', 'en-US': 'Delivery' },
      guidance: {
        'zh-CN': '配送延误、送错地址、包裹破损',
        'en-US': 'Late, wrong-address or damaged deliveries',
      },
      defaultTeamId: team.id,
      subcategories: [
        { names: { 'zh-CN': '送错地址', 'en-US': 'Wrong address' } },
        { names: { 'zh-CN': '包裹破损', 'en-US': 'Damaged parcel' } },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({
      names: { 'en-US': 'Delivery' },
      defaultTeamId: team.id,
      updatedBy: { id: admin.userId },
    });
    const [wrongAddress, damaged] = saved.json().subcategories;
    expect(wrongAddress).toMatchObject({ position: 1, active: true, category: 'logistics' });
    await putCategory('policy', {
      names: { 'zh-CN': '政策执行', 'en-US': 'Policy' },
      subcategories: [{ names: { 'zh-CN': '退款规则', 'en-US': 'Refund rules' } }],
    });
    const refund = (await categoryOf('policy')).subcategories[0]!;

    const id = await openComplaint('logistics');
    const set = (subcategoryId: string | null, token = agent.token) =>
      t.request({
        method: 'POST',
        url: `/api/v1/complaints/${id}/subcategory`,
        token,
        body: { subcategoryId },
      });
    const ok = await set(wrongAddress.id);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().subcategoryId).toBe(wrongAddress.id);
    const foreign = await set(refund.id);
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0]).toMatchObject({ path: 'subcategoryId' });
    expect((await set(wrongAddress.id, (await t.login('handler')).token)).statusCode).toBe(403);
    expect(await listIds(`subcategory=${wrongAddress.id}`)).toEqual([id]);
    expect(await listIds(`subcategory=${damaged.id}`)).toEqual([]);
    expect(
      (await t.request({ method: 'GET', url: '/api/v1/complaints?subcategory=x', token: agent.token }))
        .statusCode,
    ).toBe(400);

    // In use: leaving it out is refused (deactivate instead); the unused one may go.
    const removeUsed = await putCategory('logistics', {
      names: { 'zh-CN': '物流', 'en-US': 'Delivery' },
      defaultTeamId: team.id,
      subcategories: [],
    });
    expect(removeUsed.statusCode).toBe(400);
    expect(removeUsed.json().errors).toHaveLength(1);
    expect(removeUsed.json().errors[0].message).toContain('deactivate it instead');
    const deactivate = await putCategory('logistics', {
      names: { 'zh-CN': '物流', 'en-US': 'Delivery' },
      defaultTeamId: team.id,
      subcategories: [{ id: wrongAddress.id, names: wrongAddress.names, active: false }],
    });
    expect(deactivate.statusCode, deactivate.body).toBe(200);
    expect(deactivate.json().subcategories).toEqual([{ ...wrongAddress, active: false }]);
    const reactivated = await putCategory('logistics', {
      names: { 'zh-CN': '物流', 'en-US': 'Delivery' },
      defaultTeamId: team.id,
      subcategories: [
        { names: { 'zh-CN': '延误', 'en-US': 'Late' } },
        { id: wrongAddress.id, names: wrongAddress.names, active: true },
      ],
    });
    expect(
      reactivated.json().subcategories.map((s: { names: { 'en-US': string } }) => s.names['en-US']),
    ).toEqual(['Late', 'Wrong address']);
    // A deactivated subcategory is not offered any more.
    const late = reactivated.json().subcategories[0];
    await putCategory('logistics', {
      names: { 'zh-CN': '物流', 'en-US': 'Delivery' },
      defaultTeamId: team.id,
      subcategories: [late, { ...wrongAddress, active: false }].map((s) => ({
        id: s.id,
        names: s.names,
        active: s.active,
      })),
    });
    const inactive = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${await openComplaint('logistics')}/subcategory`,
      token: agent.token,
      body: { subcategoryId: wrongAddress.id },
    });
    expect(inactive.json().errors[0]).toMatchObject({ path: 'subcategoryId', message: 'is deactivated' });

    // Correcting the category clears the subcategory, in the same history entry.
    const corrected = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/triage`,
      token: agent.token,
      body: { category: 'product_quality' },
    });
    expect(corrected.json()).toMatchObject({ subcategoryId: null });
    const history = (
      await t.request({ method: 'GET', url: `/api/v1/complaints/${id}/history`, token: agent.token })
    ).json().items;
    expect(history.find((h: { action: string }) => h.action === 'subcategory.set')).toMatchObject({
      changes: { subcategoryId: [null, wrongAddress.id] },
    });
    expect(history.at(-1)).toMatchObject({
      action: 'triage.corrected',
      changes: { category: ['logistics', 'product_quality'], subcategoryId: [wrongAddress.id, null] },
    });
  });
});

describe('routing by team', () => {
  it("lists my team's queue: its members' complaints and unassigned ones routed by category", async () => {
    const team = await newTeam('Quality desk');
    await setTeam(agent.userId, team.id);
    await putCategory('product_quality', {
      names: { 'zh-CN': '产品质量', 'en-US': 'Product quality' },
      defaultTeamId: team.id,
    });
    const mineOwned = await openComplaint('service_attitude', agent.userId);
    const routed = await openComplaint('product_quality');
    const elsewhere = await openComplaint('service_attitude');
    const ownedByOther = await openComplaint('product_quality', otherAgent.userId);
    const mine = await listIds('team=mine');
    expect(mine).toEqual(expect.arrayContaining([mineOwned, routed]));
    expect(mine).not.toContain(elsewhere);
    expect(mine).not.toContain(ownedByOther);
    expect(await listIds(`team=${team.id}`)).toContain(mineOwned);
    expect(await listIds(`team=${team.id}`)).not.toContain(routed);
    const none = await listIds('team=none');
    expect(none).toEqual(expect.arrayContaining([routed, elsewhere, ownedByOther]));
    expect(none).not.toContain(mineOwned);
    // Someone in no team has no team queue.
    expect(await listIds('team=mine', otherAgent.token)).toEqual([]);
    await setTeam(agent.userId, null);
  });

  it("escalates to the supervisors of the owner's team, else to every supervisor", async () => {
    const team = await newTeam('Escalation desk');
    const teamSupervisor = await t.login('supervisor');
    await setTeam(teamSupervisor.userId, team.id);
    await setTeam(otherAgent.userId, team.id);
    const escalatedTo = async (complaintId: string) => {
      await escalateClockJob.handle(t.ctx, { complaintId, kind: 'first_response', cycle: 1 });
      const rows = await queryRows<{ user_id: string }>(
        t.database.db,
        sql`SELECT user_id FROM notifications WHERE complaint_id = ${complaintId} AND kind = 'sla.escalated'`,
      );
      return rows.map((r) => r.user_id).sort();
    };
    const allSupervisors = async () =>
      (
        await queryRows<{ id: string }>(
          t.database.db,
          sql`SELECT id FROM users WHERE role = 'supervisor' AND active`,
        )
      )
        .map((r) => r.id)
        .sort();

    // The owner's team has an active supervisor: only they are told.
    expect(await escalatedTo(await openComplaint('timeliness', otherAgent.userId))).toEqual([
      teamSupervisor.userId,
    ]);
    // The owner is in no team: every supervisor.
    expect(await escalatedTo(await openComplaint('timeliness', agent.userId))).toEqual(
      await allSupervisors(),
    );
    // The team has no active supervisor any more: every supervisor.
    await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${teamSupervisor.userId}`,
      token: admin.token,
      body: { active: false },
    });
    expect(await escalatedTo(await openComplaint('timeliness', otherAgent.userId))).toEqual(
      await allSupervisors(),
    );
    expect(await allSupervisors()).not.toContain(teamSupervisor.userId);
    await setTeam(otherAgent.userId, null);
  });

  it('shows each owner with their team on the deadline board, and sums at risk and breached per team', async () => {
    const team = await newTeam('Board team');
    await setTeam(otherAgent.userId, team.id);
    const id = await openComplaint('timeliness', otherAgent.userId);
    t.clock.advance(30 * 3_600_000); // past the first response's 24 h
    const watcher = await t.login('quality_manager'); // sessions of before have expired
    const res = await t.request({ method: 'GET', url: '/api/v1/supervision/board', token: watcher.token });
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json();
    const row = board.owners.find((o: { ownerId: string }) => o.ownerId === otherAgent.userId);
    expect(row).toMatchObject({ teamId: team.id, teamName: 'Board team' });
    const summary = board.teams.find((s: { teamId: string | null }) => s.teamId === team.id);
    expect(summary).toMatchObject({ teamName: 'Board team', breached: row.breached, open: row.open });
    expect(summary.breached).toBeGreaterThanOrEqual(1);
    const noTeam = board.teams.find((s: { teamId: string | null }) => s.teamId === null);
    expect(noTeam.breached).toBeGreaterThanOrEqual(1);
    const sum = (k: 'open' | 'atRisk' | 'breached') =>
      board.teams.reduce((n: number, s: Record<string, number>) => n + s[k]!, 0);
    expect([sum('open'), sum('atRisk'), sum('breached')]).toEqual([
      board.totals.open,
      board.totals.atRisk,
      board.totals.breached,
    ]);
    // The team row's number is the list its queue link opens.
    expect((await listIds(`team=${team.id}&sla=breached`, watcher.token)).length).toBe(summary.breached);
    expect(await listIds(`team=${team.id}&sla=breached`, watcher.token)).toContain(id);
    expect((await listIds('team=none&sla=breached', watcher.token)).length).toBe(noTeam.breached);
  });
});
