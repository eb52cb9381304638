/**
 * A subcategory chosen at intake (POST /api/v1/complaints `subcategoryId`): stored on the
 * complaint and in its first history entry; without a category, its own category is the
 * agent's (source person, a correction when triage suggested another); an unknown, inactive
 * or other category's subcategory is a 400 naming `subcategoryId`, with every other problem.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows } from '../../src/store/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

// A subcategory an admin deletes between intake's check and its insert: the check still sees it.
const vanished = vi.hoisted(() => ({ id: '0190a000-0000-7000-8000-00000000dead' }));
vi.mock(import('../../src/store/category-repository.js'), async (importOriginal) => {
  const actual = await importOriginal();
  return {
    ...actual,
    findSubcategory: async (db, id) =>
      id === vanished.id
        ? {
            id,
            category: 'logistics',
            names: { 'zh-CN': '已删除', 'en-US': 'Deleted' },
            active: true,
            position: 9,
          }
        : actual.findSubcategory(db, id),
  };
});

type Login = Awaited<ReturnType<TestApp['login']>>;
interface Sub {
  id: string;
  category: string;
  active: boolean;
  names: Record<string, string>;
}

let t: TestApp;
let admin: Login;
let agent: Login;
let wrongAddress: Sub;
let late: Sub;
let retired: Sub;
let refundRules: Sub;

const putCategory = async (
  key: string,
  subcategories: { id?: string; names: object; active?: boolean }[],
) => {
  const res = await t.request({
    method: 'PUT',
    url: `/api/v1/categories/${key}`,
    token: admin.token,
    body: { names: { 'zh-CN': key, 'en-US': key }, subcategories },
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<{ subcategories: Sub[] }>().subcategories;
};

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-04-10T08:00:00.000Z');
  [admin, agent] = await Promise.all([t.login('admin'), t.login('agent')]);
  [wrongAddress, late, retired] = (await putCategory('logistics', [
    { names: { 'zh-CN': '送错地址', 'en-US': 'Wrong address' } },
    { names: { 'zh-CN': '延误', 'en-US': 'Late' } },
    { names: { 'zh-CN': '旧分类', 'en-US': 'Old' }, active: false },
  ])) as [Sub, Sub, Sub];
  [refundRules] = (await putCategory('policy', [
    { names: { 'zh-CN': '退款规则', 'en-US': 'Refund rules' } },
  ])) as [Sub];
});
afterAll(async () => t.close());

// Triage reads a delivery to the wrong address as logistics.
const description = '快递送错了地址，包裹至今没有收到，打客服电话也没人处理。';
const open = (fields: Record<string, unknown>, headers?: Record<string, string>) =>
  t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: {
      channel: 'phone',
      customer: { name: '王芳', phone: '+86 138 0000 1111' },
      description,
      ...fields,
    },
    ...(headers ? { headers } : {}),
  });
const get = (url: string) => t.request({ method: 'GET', url, token: agent.token });
const complaintCount = async () =>
  (await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM complaints`))[0]!.n;

describe(`a subcategory at intake on ${testEngine()}`, () => {
  it('stores the chosen subcategory on the complaint and in its first history entry', async () => {
    const res = await open({ category: 'logistics', subcategoryId: wrongAddress.id });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ subcategoryId: wrongAddress.id });
    const id = res.json<{ id: string }>().id;

    const read = await get(`/api/v1/complaints/${id}`);
    expect(read.json()).toMatchObject({
      subcategoryId: wrongAddress.id,
      triage: { category: { label: 'logistics', source: 'person' } },
    });
    const history = (await get(`/api/v1/complaints/${id}/history`)).json().items;
    expect(history[0]).toMatchObject({
      action: 'complaint.opened',
      changes: { category: 'logistics', subcategoryId: wrongAddress.id },
    });
    const listed = (await get(`/api/v1/complaints?subcategory=${wrongAddress.id}`)).json();
    expect(listed.items.map((c: { id: string }) => c.id)).toContain(id);

    // Without one, nothing changes: no subcategory, none in the history.
    const plain = await open({ category: 'logistics' });
    expect(plain.json()).toMatchObject({ subcategoryId: null });
    const plainHistory = (await get(`/api/v1/complaints/${plain.json().id}/history`)).json().items;
    expect(plainHistory[0].changes).not.toHaveProperty('subcategoryId');
  });

  it("takes the subcategory's category when none is given, as the agent's choice over triage", async () => {
    const suggested = (
      await t.request({
        method: 'POST',
        url: '/api/v1/triage',
        token: agent.token,
        body: { text: description },
      })
    ).json();
    expect(suggested.category.label).not.toBe('policy');

    const res = await open({ subcategoryId: refundRules.id });
    expect(res.statusCode, res.body).toBe(201);
    const complaint = res.json();
    expect(complaint).toMatchObject({
      subcategoryId: refundRules.id,
      triage: { category: { label: 'policy', source: 'person', confidence: 1 }, needsReview: false },
    });
    const history = (await get(`/api/v1/complaints/${complaint.id}/history`)).json().items;
    expect(history[0].changes).toMatchObject({ category: 'policy', subcategoryId: refundRules.id });
    // Recorded as a given category is: a correction of the suggestion by the agent.
    const corrections = await queryRows(
      t.database.db,
      sql`SELECT field, from_value, to_value, corrected_by_id FROM triage_corrections
          WHERE complaint_id = ${complaint.id}`,
    );
    expect(corrections).toEqual([
      {
        field: 'category',
        from_value: suggested.category.label,
        to_value: 'policy',
        corrected_by_id: agent.userId,
      },
    ]);

    // The suggestion's own category: the agent confirmed it, nothing to learn.
    const same = await open({ subcategoryId: late.id });
    expect(same.json()).toMatchObject({
      subcategoryId: late.id,
      triage: { category: { label: 'logistics', source: 'person' } },
    });
  });

  it('answers 400 naming subcategoryId for a subcategory of another category, and records nothing', async () => {
    const before = await complaintCount();
    const res = await open({ category: 'logistics', subcategoryId: refundRules.id });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json()).toMatchObject({ code: 'input.invalid' });
    expect(res.json().errors).toEqual([
      { path: 'subcategoryId', message: "is not a subcategory of the complaint's category (logistics)" },
    ]);
    expect(await complaintCount()).toBe(before);
  });

  it('answers 400 for an unknown, a deactivated or a malformed subcategory id', async () => {
    const unknown = await open({ subcategoryId: '0190a000-0000-7000-8000-000000000000' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors).toEqual([
      { path: 'subcategoryId', message: 'no subcategory with this id' },
    ]);

    const inactive = await open({ category: 'logistics', subcategoryId: retired.id });
    expect(inactive.statusCode).toBe(400);
    expect(inactive.json().errors).toEqual([{ path: 'subcategoryId', message: 'is deactivated' }]);

    const malformed = await open({ subcategoryId: 'wrong-address' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().errors).toEqual([{ path: 'subcategoryId', message: 'must be a subcategory id' }]);
  });

  it('lists every problem at once, in the reader’s language', async () => {
    const res = await open(
      { receivedAt: '2026-04-11T08:00:00.000Z', category: 'timeliness', subcategoryId: wrongAddress.id },
      { 'accept-language': 'zh-CN' },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'receivedAt', message: expect.stringMatching(/[\u4e00-\u9fff]/) },
      { path: 'subcategoryId', message: expect.stringMatching(/^不是该投诉的投诉类型（.+）下的子类型$/) },
    ]);
  });

  it('refuses a subcategory deleted between the check and the insert with a 400, not a 500', async () => {
    const before = await complaintCount();
    const res = await open({ subcategoryId: vanished.id });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors).toEqual([{ path: 'subcategoryId', message: 'no subcategory with this id' }]);
    expect(await complaintCount()).toBe(before);
  });
});
