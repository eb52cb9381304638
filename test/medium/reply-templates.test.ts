import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: { token: string; userId: string };
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-05-11T02:00:00.000Z'); // Monday 10:00 in Shanghai
  agent = await t.login('agent');
  admin = (await t.login('admin')).token;
});
afterAll(async () => t.close());

const draftFor = (id: string, query = '') =>
  t.request({ method: 'GET', url: `/api/v1/complaints/${id}/reply-draft${query}`, token: agent.token });

async function logisticsComplaint() {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: {
      channel: 'phone',
      customer: { name: '林女士' },
      description: '快递显示已签收，但我根本没有收到包裹，快递员电话也打不通。',
      category: 'logistics',
      severity: 'moderate',
    },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; trackingNumber: string }>();
}

describe(`reply templates on ${testEngine()}`, () => {
  it('lists the shipped templates in both languages', async () => {
    const all = await t.request({ method: 'GET', url: '/api/v1/reply-templates', token: agent.token });
    expect(all.json().source).toBe('shipped');
    expect(all.json().items).toHaveLength(42);
    const zh = await t.request({
      method: 'GET',
      url: '/api/v1/reply-templates?locale=zh-CN',
      token: agent.token,
    });
    expect(zh.json().items.every((i: { locale: string }) => i.locale === 'zh-CN')).toBe(true);
  });

  it('drafts a first reply from the fitting template: filled, without the root cause yet, and coached', async () => {
    const complaint = await logisticsComplaint();
    const before = await draftFor(complaint.id);
    expect(before.statusCode).toBe(200);
    // No remedy offered yet: the "how" section waits, yet the first reply already says what was
    // done (logged, passed on) and by when the customer hears from us, so the coach is content.
    expect(before.json().omitted).toEqual(['howSolved', 'rootCause', 'prevention']);
    expect(before.json().text).toContain('转给负责的同事核实');
    expect(before.json().findings).toEqual([]);

    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${complaint.id}/remedies`,
      token: agent.token,
      body: { kind: 'replacement', description: '今天重新为您补发一件同款商品' },
    });
    const draft = (await draftFor(complaint.id)).json();
    expect(draft.template).toMatchObject({ locale: 'zh-CN', category: 'logistics', severity: 'moderate' });
    expect(draft.text).toContain('林女士');
    expect(draft.text).toContain(complaint.trackingNumber);
    expect(draft.text).toContain('今天重新为您补发一件同款商品');
    expect(draft.text).toContain('5月14日'); // the resolution deadline, Thursday, in Shanghai time
    expect(draft.omitted).toEqual(['rootCause', 'prevention']);
    expect(draft.findings).toEqual([]);

    const english = (await draftFor(complaint.id, '?locale=en-US')).json();
    expect(english.template.locale).toBe('en-US');
    expect(english.text).toContain('Dear 林女士');
  });

  it('lets admins replace the set, coaching each template, and bring back the shipped one', async () => {
    const bad = await t.request({
      method: 'PUT',
      url: '/api/v1/reply-templates',
      token: admin,
      body: {
        templates: [
          { name: 'x', locale: 'zh-CN', sections: { opening: '{{customer}}您好' } },
          { name: '', locale: 'fr-FR', sections: {} },
        ],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual(
      expect.arrayContaining(['templates.0.sections.opening', 'templates.1.locale', 'templates.1.name']),
    );

    const saved = await t.request({
      method: 'PUT',
      url: '/api/v1/reply-templates',
      token: admin,
      body: {
        templates: [
          {
            name: '通用',
            locale: 'zh-CN',
            sections: {
              opening: '{{customerName}}您好，非常抱歉给您添麻烦了，但是这是规定。',
              whenSolved: '我会在{{dueDate}}前给您答复。',
              howSolved: '我们已经为您安排：{{remedy}}。',
            },
          },
        ],
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().source).toBe('custom');
    expect(
      saved.json().findings.map((f: { rule: string; template: number }) => [f.rule, f.template]),
    ).toContainEqual(['negating_but', 0]);
    expect(
      (
        await t.request({
          method: 'PUT',
          url: '/api/v1/reply-templates',
          token: agent.token,
          body: { templates: [] },
        })
      ).statusCode,
    ).toBe(403);

    const reset = await t.request({
      method: 'PUT',
      url: '/api/v1/reply-templates',
      token: admin,
      body: { templates: [] },
    });
    expect(reset.json()).toMatchObject({ source: 'shipped' });
    expect(reset.json().items).toHaveLength(42);
  });

  it('answers 404 for an unknown template or complaint', async () => {
    const complaint = await logisticsComplaint();
    expect((await draftFor(complaint.id, '?templateId=nope')).statusCode).toBe(404);
    expect((await draftFor('00000000-0000-7000-8000-000000000000')).statusCode).toBe(404);
  });
});
