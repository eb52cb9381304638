import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: string;
beforeAll(async () => {
  t = await createTestApp();
  agent = (await t.login('agent')).token;
});
afterAll(async () => t.close());

/** `token` null: no Authorization header. */
const review = (body: unknown, token: string | null = agent) =>
  t.request({ method: 'POST', url: '/api/v1/coach/review', token: token ?? undefined, body });

describe(`reply coach API on ${testEngine()}`, () => {
  it('answers 401 problem+json without a login', async () => {
    const res = await review({ text: '我们会改进的，请您理解。' }, null);
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 401, code: 'auth.unauthenticated' });
  });

  it('lets every staff role ask', async () => {
    for (const role of ['admin', 'supervisor', 'quality_manager', 'handler'] as const) {
      const { token } = await t.login(role);
      const res = await review({ text: '我们会改进的，请您理解。' }, token);
      expect({ role, status: res.statusCode }).toEqual({ role, status: 200 });
    }
  });

  it('answers 400 listing every problem of the body', async () => {
    const res = await review({ text: '   ', locale: 'fr-FR' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['locale', 'text']);
    expect(body.errors).toContainEqual({ path: 'text', message: 'must not be empty' });

    const tooLong = await review({ text: '好'.repeat(10_001) });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors).toEqual([{ path: 'text', message: 'must be at most 10000 characters' }]);

    const missing = await review({});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['text']);
  });

  it('accepts a draft of exactly 10,000 characters', async () => {
    const res = await review({ text: '好'.repeat(10_000) });
    expect(res.statusCode).toBe(200);
  });

  it('answers the findings with the offending words, a message and a suggestion', async () => {
    const text = '😡 这不是我们的责任，是合作方的问题。';
    const res = await review({ text });
    expect(res.statusCode).toBe(200);
    const [finding, ...rest] = res.json().findings;
    expect(rest).toEqual([]);
    expect(finding.rule).toBe('blame_shifting');
    expect(text.slice(finding.start, finding.end)).toBe('不是我们的责任');
    expect(finding.message).toMatch(/推给/);
    expect(finding.suggestion).toMatch(/例如/);
  });

  it('answers no findings for a reply with empathy, an action and a time', async () => {
    const res = await review({
      text: '我理解您当时一定感到非常委屈。我已经为您提交了退款，今天下班前会到账，到账后我会短信通知您。',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ findings: [] });
  });

  it('answers in the requested locale, still reading the draft in its own language', async () => {
    const text = 'I see why you are upset, but the rules do not allow a refund.';
    const english = (await review({ text })).json().findings;
    const chinese = (await review({ text, locale: 'zh-CN' })).json().findings;
    expect(english.map((f: { rule: string }) => f.rule)).toEqual(['negating_but']);
    expect(chinese.map((f: { rule: string }) => f.rule)).toEqual(['negating_but']);
    expect(english[0].message).toMatch(/^“But” takes back/);
    expect(chinese[0].message).toMatch(/^“但是”收回了/);
    expect([chinese[0].start, chinese[0].end]).toEqual([english[0].start, english[0].end]);
  });

  it('is in the OpenAPI document', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/openapi.json' });
    const operation = res.json().paths['/api/v1/coach/review'].post;
    expect(operation.tags).toEqual(['coach']);
    expect(Object.keys(operation.responses)).toContain('200');
  });
});
