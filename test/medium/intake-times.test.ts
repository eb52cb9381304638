import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set('2026-04-10T08:00:00.000Z');
  agent = (await t.login('agent')).token;
});
afterAll(async () => t.close());

const open = (times: Record<string, string>) =>
  t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent,
    body: { channel: 'letter', customer: { name: '郑女士' }, description: '信用卡被重复扣款两次', ...times },
  });

describe(`complaint times on ${testEngine()}`, () => {
  it('takes a complaint received earlier (a letter read today) with its own deadlines', async () => {
    const res = await open({
      receivedAt: '2026-04-07T01:00:00.000Z',
      occurredAt: '2026-04-05T12:00:00.000Z',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().firstResponseDueAt).toBe('2026-04-08T01:00:00.000Z');
  });

  it('allows a few minutes of clock difference between systems', async () => {
    expect((await open({ receivedAt: '2026-04-10T08:04:00.000Z' })).statusCode).toBe(201);
  });

  it('refuses a receipt in the future and an event after the receipt, naming both', async () => {
    const res = await open({
      receivedAt: '2026-04-11T08:00:00.000Z',
      occurredAt: '2026-04-12T08:00:00.000Z',
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([
      { path: 'receivedAt', message: 'must not be in the future' },
      { path: 'occurredAt', message: 'must not be after the complaint was received' },
    ]);
  });

  it('takes the emotion the agent heard over the suggestion, and refuses an unknown one', async () => {
    const heard = await open({ emotion: 'anxious' });
    expect(heard.statusCode).toBe(201);
    expect(heard.json().triage.emotion.label).toBe('anxious');
    const unknown = await open({ emotion: 'furious' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors.map((e: { path: string }) => e.path)).toEqual(['emotion']);
  });
});
