import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listCorrectedExamples, countCorrections } from '../../src/store/triage-correction-repository.js';
import { queryRows } from '../../src/store/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: { token: string; userId: string };
beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('agent');
});
afterAll(async () => t.close());

const open = async (description: string) => {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: { channel: 'phone', customer: { name: '陈先生' }, description },
  });
  expect(res.statusCode).toBe(201);
  return res.json();
};

const correct = (id: string, body: unknown, token = agent.token) =>
  t.request({ method: 'POST', url: `/api/v1/complaints/${id}/triage`, token, body });

describe(`triage corrections on ${testEngine()}`, () => {
  it('takes the agent’s values, records each changed field and takes the complaint off review', async () => {
    const complaint = await open('你们的客服在电话里对我大吼大叫,还直接挂了我的电话。');
    await t.database.db.execute(sql`UPDATE complaints SET needs_review = true WHERE id = ${complaint.id}`);
    const from = complaint.triage;
    const category = from.category.label === 'policy' ? 'service_attitude' : 'policy';
    const emotion = from.emotion.label === 'calm' ? 'angry' : 'calm';

    const res = await correct(complaint.id, { category, emotion, reason: '客户实际是对退款规则不满' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.triage.category).toMatchObject({ label: category, confidence: 1 });
    expect(body.triage.emotion.label).toBe(emotion);
    expect(body.triage.needsReview).toBe(false);

    const history = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${complaint.id}/history`,
      token: agent.token,
    });
    const entry = history.json().items.at(-1);
    expect(entry.action).toBe('triage.corrected');
    expect(entry.changes).toMatchObject({
      category: [from.category.label, category],
      emotion: [from.emotion.label, emotion],
      needsReview: [true, false],
      reason: '客户实际是对退款规则不满',
    });

    const examples = await listCorrectedExamples(t.database.db);
    expect(examples).toContainEqual(
      expect.objectContaining({
        complaintId: complaint.id,
        category,
        emotion,
        text: expect.stringContaining('大吼大叫'),
      }),
    );
    expect(await countCorrections(t.database.db)).toMatchObject({ category: 1, emotion: 1 });
  });

  it('makes a complaint raised to severe urgent, and keeps risks as a set', async () => {
    const complaint = await open('The delivery was two days late and nobody told me.');
    const res = await correct(complaint.id, { severity: 'severe', risks: ['media', 'legal', 'media'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().triage).toMatchObject({ severity: 'severe', urgent: true, risks: ['legal', 'media'] });
    // The corrected risks are training data for the risk heads; severity is policy, not learned.
    const examples = await listCorrectedExamples(t.database.db);
    expect(examples.find((example) => example.complaintId === complaint.id)).toMatchObject({
      risks: ['legal', 'media'],
      correctedFields: ['risks'],
    });
  });

  it('confirms a suggestion without a change: off the review list, nothing to learn', async () => {
    const complaint = await open('我的包裹显示已签收,但我根本没有收到。');
    await t.database.db.execute(sql`UPDATE complaints SET needs_review = true WHERE id = ${complaint.id}`);
    const before = await countCorrections(t.database.db);
    const res = await correct(complaint.id, { category: complaint.triage.category.label });
    expect(res.json().triage.needsReview).toBe(false);
    expect(await countCorrections(t.database.db)).toEqual(before);
    const history = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${complaint.id}/history`,
      token: agent.token,
    });
    expect(history.json().items.at(-1).action).toBe('triage.confirmed');
  });

  it('lists every problem, refuses roles that may not correct, and 404s unknown complaints', async () => {
    const complaint = await open('房间里有蟑螂。');
    const bad = await correct(complaint.id, {
      category: 'weather',
      risks: ['fire'],
      urgent: 'yes',
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(expect.arrayContaining(['category', 'risks.0', 'urgent']));
    const handler = await t.login('handler');
    expect((await correct(complaint.id, { category: 'other' }, handler.token)).statusCode).toBe(403);
    expect((await correct('00000000-0000-7000-8000-000000000000', { category: 'other' })).statusCode).toBe(
      404,
    );
  });

  it('records what an agent set at intake against the suggestion as corrections by that agent', async () => {
    const description = '外卖送到的时候汤全洒了,包装也破了,骑手态度还很差。';
    const suggested = (
      await t.request({
        method: 'POST',
        url: '/api/v1/triage',
        token: agent.token,
        body: { text: description },
      })
    ).json();
    const category = suggested.category.label === 'logistics' ? 'product_quality' : 'logistics';
    const emotion = suggested.emotion.label === 'angry' ? 'disappointed' : 'angry';
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/complaints',
      token: agent.token,
      // The severity the agent picked is the suggestion's own: nothing to learn there.
      body: {
        channel: 'phone',
        customer: { name: '刘女士' },
        description,
        category,
        emotion,
        severity: suggested.severity,
      },
    });
    expect(res.statusCode).toBe(201);
    const complaint = res.json();
    const rows = await queryRows(
      t.database.db,
      sql`SELECT field, from_value, to_value, corrected_by_id, model_version FROM triage_corrections
          WHERE complaint_id = ${complaint.id} ORDER BY field`,
    );
    expect(rows).toEqual([
      {
        field: 'category',
        from_value: suggested.category.label,
        to_value: category,
        corrected_by_id: agent.userId,
        model_version: complaint.triage.modelVersion,
      },
      {
        field: 'emotion',
        from_value: suggested.emotion.label,
        to_value: emotion,
        corrected_by_id: agent.userId,
        model_version: complaint.triage.modelVersion,
      },
    ]);
    const examples = await listCorrectedExamples(t.database.db);
    expect(examples).toContainEqual(
      expect.objectContaining({ complaintId: complaint.id, category, emotion }),
    );

    // A customer's own complaint (no person triaging) records none.
    const publicRes = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: { channel: 'web', customer: { name: '赵先生', email: 'zhao@example.cn' }, description },
    });
    expect(publicRes.statusCode).toBe(201);
    const none = await queryRows(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM triage_corrections
          WHERE complaint_id = (SELECT id FROM complaints WHERE tracking_number = ${publicRes.json().trackingNumber})`,
    );
    expect(none).toEqual([{ n: 0 }]);
  });
});
