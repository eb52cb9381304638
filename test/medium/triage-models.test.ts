import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TriageModelSource } from '../../src/commands/triage-model-source.js';
import { readCorpus } from '../../src/triage-model/corpus.js';
import { loadTriage } from '../../src/triage-model/load-triage-model.js';
import { committedCorpusDirectory } from '../../src/triage-model/retrain.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

// The business decides that complaints about its car parks go to the logistics team: a
// consistent relabelling the shipped model does not know (it says other, timeliness…).
const places = ['商场停车场', '地下停车场', '停车场', '地下车库'];
const problems = [
  '收费太贵了',
  '排队一个小时才出去',
  '根本找不到车位',
  '缴费机坏了扫码付不了',
  '出口的抬杆一直不起来',
  '免费停车时长没给我算',
  '指示牌乱七八糟绕了半天',
];
const lots = ['The parking garage', 'Your car park', 'The mall parking lot', 'The underground parking'];
const faults = [
  'charged me 40 dollars for two hours',
  'had a queue of an hour to get out',
  'had no free spaces at all',
  'payment machine was broken',
  'exit barrier would not open',
  'did not give me the free parking hours',
  'signs made me drive in circles',
];
const parkingTexts = [
  ...Array.from(
    { length: 26 },
    (_, i) => `${places[i % 4]}${problems[i % 7]}，${i % 2 ? '请给个说法' : '太让人生气了'}。`,
  ),
  ...Array.from(
    { length: 26 },
    (_, i) => `${lots[i % 4]} ${faults[i % 7]}${i % 2 ? ', please sort this out.' : '. Unacceptable.'}`,
  ),
];
// Texts no correction contains. No queue in them: by the corpus's own rules a queue is
// timeliness, whatever the place, and a few corrections should not (and do not) overturn that.
const unseenZh = '周末去停车场停车，转了三圈没车位，缴费机还坏了，太离谱了';
const unseenEn = 'The parking lot was full and the payment machine ate my ticket.';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const shipped = loadTriage(silent);
// A quarter of the corpus keeps each retrain to a few seconds; the split rules are the same.
const corpus = readCorpus(committedCorpusDirectory).filter((_, index) => index % 4 === 0);

let t: TestApp;
let admin: { token: string; userId: string };
let agent: { token: string };
let supervisor: { token: string };
beforeAll(async () => {
  t = await createTestApp({}, { shipped, corpus: () => corpus });
  admin = await t.login('admin');
  agent = await t.login('agent');
  supervisor = await t.login('supervisor');
});
afterAll(async () => t.close());

const triageText = async (text: string) => {
  const res = await t.request({ method: 'POST', url: '/api/v1/triage', token: agent.token, body: { text } });
  expect(res.statusCode).toBe(200);
  return res.json<{ category: { label: string }; modelVersion: string }>();
};
const openComplaint = async (description: string) => {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: { channel: 'phone', customer: { name: '王女士' }, description },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; triage: { category: { label: string }; modelVersion: string } }>();
};
const activate = (version: string, token = admin.token) =>
  t.request({ method: 'POST', url: `/api/v1/triage/models/${encodeURIComponent(version)}/activate`, token });
const listModels = async () => {
  const res = await t.request({ method: 'GET', url: '/api/v1/triage/models', token: admin.token });
  expect(res.statusCode).toBe(200);
  return res.json<{
    activeVersion: string;
    items: {
      version: string;
      origin: string;
      active: boolean;
      createdBy: { id: string } | null;
      metrics: { before: { version: string }; after: { version: string } } | null;
      switches: { action: string; byId: string | null; replacedBy?: string }[];
    }[];
  }>();
};

interface Axis {
  count: number;
  accuracy: number;
  macroF1: number;
}
interface Scores {
  category: Axis;
  emotion: Axis;
  negative: Axis;
  safetyRecall: number;
  corrections: { category: Axis; emotion: Axis };
}

describe(`learning from corrections on ${testEngine()}`, () => {
  let retrained: string;
  let corrected = 0;

  it('stores a retrained model with before and after scores, inactive until asked', async () => {
    expect(shipped.modelVersion).toMatch(/^linear-/);
    for (const text of parkingTexts) {
      const complaint = await openComplaint(text);
      expect(complaint.triage.modelVersion).toBe(shipped.modelVersion);
      if (complaint.triage.category.label === 'logistics') continue;
      const res = await t.request({
        method: 'POST',
        url: `/api/v1/complaints/${complaint.id}/triage`,
        token: agent.token,
        body: { category: 'logistics' },
      });
      expect(res.statusCode).toBe(200);
      corrected++;
    }
    // The shipped model gets most of them wrong: that is what there is to learn.
    expect(corrected).toBeGreaterThan(parkingTexts.length * 0.8);
    expect((await triageText(unseenZh)).category.label).not.toBe('logistics');

    const started = performance.now();
    // No body at all: the same as {} (store, do not activate).
    const res = await t.request({ method: 'POST', url: '/api/v1/triage/models/retrain', token: admin.token });
    const seconds = (performance.now() - started) / 1000;
    expect(res.statusCode).toBe(201);
    const body = res.json<{
      version: string;
      created: boolean;
      active: boolean;
      metrics: {
        trainingRows: number;
        corrections: { total: number; training: number; heldOut: number; weight: number };
        heldOut: { corpusRows: number; correctionRows: number };
        before: { version: string; scores: Scores };
        after: { version: string; scores: Scores };
        beatsActive: boolean;
      };
    }>();
    retrained = body.version;
    expect(body.version).toMatch(/^linear-20260302-[0-9a-f]{8}$/);
    expect(body.version).not.toBe(shipped.modelVersion);
    expect(body).toMatchObject({ created: true, active: false });
    const m = body.metrics;
    expect(m.corrections.total).toBe(corrected);
    expect(m.corrections.training + m.corrections.heldOut).toBe(corrected);
    expect(m.corrections.heldOut).toBeGreaterThan(0);
    expect(m.corrections.weight).toBe(3);
    expect(m.heldOut.correctionRows).toBe(m.corrections.heldOut);
    expect(m.before.version).toBe(shipped.modelVersion);
    expect(m.after.version).toBe(body.version);
    // The same held-out rows for both models.
    expect(m.after.scores.category.count).toBe(m.before.scores.category.count);
    expect(m.before.scores.corrections.category.count).toBe(m.corrections.heldOut);
    // On corrections it never trained on, the new model says what people said.
    expect(m.before.scores.corrections.category.accuracy).toBeLessThan(0.5);
    expect(m.after.scores.corrections.category.accuracy).toBeGreaterThanOrEqual(0.8);
    const mean = (s: Scores) => (s.category.macroF1 + s.emotion.macroF1) / 2;
    expect(m.beatsActive).toBe(
      mean(m.after.scores) > mean(m.before.scores) &&
        m.after.scores.safetyRecall >= m.before.scores.safetyRecall,
    );
    console.info(
      `retrain (${testEngine()}, ${corpus.length} corpus rows, ${corrected} corrections): ${seconds.toFixed(1)} s; ` +
        `category macro-F1 ${m.before.scores.category.macroF1.toFixed(3)} → ${m.after.scores.category.macroF1.toFixed(3)}, ` +
        `emotion ${m.before.scores.emotion.macroF1.toFixed(3)} → ${m.after.scores.emotion.macroF1.toFixed(3)}, ` +
        `held-out corrections ${m.before.scores.corrections.category.accuracy.toFixed(2)} → ${m.after.scores.corrections.category.accuracy.toFixed(2)}; beats active: ${m.beatsActive}`,
    );

    // Stored, not active: triage still runs the shipped model.
    expect((await triageText(unseenZh)).modelVersion).toBe(shipped.modelVersion);
    const list = await listModels();
    expect(list.activeVersion).toBe(shipped.modelVersion);
    expect(list.items[0]).toMatchObject({ version: shipped.modelVersion, origin: 'shipped', active: true });
    expect(list.items.find((item) => item.version === body.version)).toMatchObject({
      origin: 'retrained',
      active: false,
      createdBy: { id: admin.userId },
      metrics: { before: { version: shipped.modelVersion }, after: { version: body.version } },
    });
  });

  it('switches every process to the activated model, and the pattern is learned', async () => {
    // Another process on the same database: it follows the NOTIFY, not a direct reload.
    const other = await TriageModelSource.start(t.database, { shipped });
    try {
      const res = await activate(retrained);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ version: retrained, origin: 'retrained', previous: shipped.modelVersion });

      for (const text of [unseenZh, unseenEn]) {
        const result = await triageText(text);
        expect(result.modelVersion).toBe(retrained);
        expect(result.category.label).toBe('logistics');
      }
      // Only the car parks moved: the rest still reads as before.
      expect((await triageText('服务员态度恶劣，还冲我们翻白眼')).category.label).toBe('service_attitude');
      expect((await triageText('The blender stopped working after two days')).category.label).toBe(
        'product_quality',
      );
      const complaint = await openComplaint('地下停车场的出口抬杆半天不起来，缴费机也不能用');
      expect(complaint.triage).toMatchObject({ modelVersion: retrained, category: { label: 'logistics' } });

      for (let wait = 0; wait < 100 && other.active.version !== retrained; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(other.active).toMatchObject({ version: retrained, origin: 'retrained' });
      expect(other.triage({ text: unseenEn }).modelVersion).toBe(retrained);

      const list = await listModels();
      expect(list.activeVersion).toBe(retrained);
      expect(list.items.filter((item) => item.active).map((item) => item.version)).toEqual([retrained]);
      expect(list.items.find((item) => item.version === retrained)?.switches).toEqual([
        expect.objectContaining({ action: 'activated', byId: admin.userId }),
      ]);

      // Switching back to the shipped model, by its name or its version.
      const back = await activate('shipped');
      expect(back.statusCode).toBe(200);
      expect(back.json()).toEqual({ version: shipped.modelVersion, origin: 'shipped', previous: retrained });
      expect(await triageText(unseenZh)).toMatchObject({ modelVersion: shipped.modelVersion });
      expect((await triageText(unseenZh)).category.label).not.toBe('logistics');
      for (let wait = 0; wait < 100 && other.active.version !== shipped.modelVersion; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(other.active.origin).toBe('shipped');
      const after = await listModels();
      expect(after.items[0]).toMatchObject({ origin: 'shipped', active: true });
      expect(after.items.find((item) => item.version === retrained)?.switches.at(-1)).toMatchObject({
        action: 'deactivated',
        byId: admin.userId,
        replacedBy: 'shipped',
      });
      expect((await activate(shipped.modelVersion)).statusCode).toBe(200);
    } finally {
      await other.stop();
    }
  });

  it('retrains and activates in one step; the same data gives the same model', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/triage/models/retrain',
      token: admin.token,
      body: { activate: true },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ version: retrained, created: false, active: true });
    expect((await triageText(unseenEn)).modelVersion).toBe(retrained);
    expect((await activate('shipped')).statusCode).toBe(200);
  });

  it('keeps answering other requests while a model trains (training runs on a worker thread)', async () => {
    const started = performance.now();
    let trainedAt = 0;
    const training = t
      .request({ method: 'POST', url: '/api/v1/triage/models/retrain', token: admin.token })
      .then((res) => {
        trainedAt = performance.now();
        return res;
      });
    // Let the request reach the handler, then ask something else while it trains.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const asked = performance.now();
    const health = await t.request({ method: 'GET', url: '/healthz' });
    const waited = performance.now() - asked;
    expect(health.statusCode).toBe(200);
    expect((await training).statusCode).toBe(201);
    // Trained on this thread, the health check would wait for the whole training; here it
    // answers while the training is under way.
    expect(trainedAt).toBeGreaterThan(asked + waited);
    expect(waited).toBeLessThan((trainedAt - started) / 2);
  });

  it('answers 403 to anyone but an admin, 404 for an unknown model, 400 for bad input', async () => {
    for (const token of [agent.token, supervisor.token]) {
      const list = await t.request({ method: 'GET', url: '/api/v1/triage/models', token });
      expect(list.statusCode).toBe(403);
      expect(list.headers['content-type']).toContain('application/problem+json');
      const retrain = await t.request({
        method: 'POST',
        url: '/api/v1/triage/models/retrain',
        token,
        body: {},
      });
      expect(retrain.statusCode).toBe(403);
      expect((await activate(retrained, token)).statusCode).toBe(403);
    }
    expect((await t.request({ method: 'GET', url: '/api/v1/triage/models' })).statusCode).toBe(401);

    const unknown = await activate('linear-20990101-deadbeef');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: 'triage_model.not_found' });

    const bad = await t.request({
      method: 'POST',
      url: '/api/v1/triage/models/retrain',
      token: admin.token,
      body: { activate: 'yes', extra: 1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(bad.json().code).toBe('input.invalid');
    // Nothing switched on the way.
    expect((await listModels()).activeVersion).toBe(shipped.modelVersion);
  });
});
