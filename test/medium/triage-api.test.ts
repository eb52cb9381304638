import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let token: string;
beforeAll(async () => {
  t = await createTestApp();
  token = (await t.login('agent')).token;
});
afterAll(async () => t.close());

describe(`triage API on ${testEngine()}`, () => {
  it('weighs the customer tier as intake does: a VIP complaint is at least moderate', async () => {
    const triage = (tier?: 'standard' | 'vip') =>
      t.request({
        method: 'POST',
        url: '/api/v1/triage',
        token,
        body: { text: 'The delivery was a day late.', ...(tier ? { tier } : {}) },
      });
    const [plain, vip] = await Promise.all([triage(), triage('vip')]);
    expect(plain.json().severity).toBe('minor');
    expect(vip.json().severity).toBe('moderate');
  });

  it('answers the contract shape with the cues that decided it', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/triage',
      token,
      body: { text: '外卖里吃出了头发,孩子吃完拉肚子,我要找媒体曝光!' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.language).toBe('zh');
    expect(body.risks).toEqual(expect.arrayContaining(['safety', 'media']));
    expect(body.urgent).toBe(true);
    expect(body.severity).toBe('severe');
    expect(body.explanation.some((e: { field: string }) => e.field === 'risk:safety')).toBe(true);
  });

  it('answers a batch in the same order', async () => {
    const texts = [
      'The courier left my parcel in the rain and it was soaked.',
      '服务员态度很差',
      '顧客投訴食品包裝破損',
    ];
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/triage/batch',
      token,
      body: { items: texts.map((text) => ({ text })) },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().results.map((r: { language: string }) => r.language)).toEqual(['en', 'zh', 'zh']);
  });

  it('refuses blank text and batches over 1,000 with every problem listed', async () => {
    const blank = await t.request({ method: 'POST', url: '/api/v1/triage', token, body: { text: '   ' } });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().errors).toEqual([{ path: 'text', message: 'must not be empty' }]);
    const tooMany = await t.request({
      method: 'POST',
      url: '/api/v1/triage/batch',
      token,
      body: { items: Array.from({ length: 1001 }, () => ({ text: 'x' })) },
    });
    expect(tooMany.statusCode).toBe(400);
  });
});
