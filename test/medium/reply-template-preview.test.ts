/**
 * The template editor's preview: POST /api/v1/reply-templates/preview fills the template being
 * edited with the same sample values saving coaches it with, and answers the coach's findings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let admin: string;
let agent: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = (await t.login('admin')).token;
  agent = (await t.login('agent')).token;
});
afterAll(async () => t.close());

const preview = (body: object, token = admin) =>
  t.request({ method: 'POST', url: '/api/v1/reply-templates/preview', token, body });

describe(`reply template preview on ${testEngine()}`, () => {
  it('fills the sections with sample values in the four needs’ order and coaches the result', async () => {
    const res = await preview({
      locale: 'zh-CN',
      sections: {
        closing: '我是{{agentName}}，会一直跟进到底。',
        opening: '{{customerName}}，非常抱歉给您带来不便。',
        whenSolved: '我们会在{{dueDate}}前给您答复。',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.sample.customerName).toBe('王女士');
    expect(body.text).toBe(
      `王女士，非常抱歉给您带来不便。我们会在${body.sample.dueDate}前给您答复。我是${body.sample.agentName}，会一直跟进到底。`,
    );
    expect(body.omitted).toEqual([]);
    // The reply coach's own findings for that text.
    const coached = await t.request({
      method: 'POST',
      url: '/api/v1/coach/review',
      token: agent,
      body: { text: body.text, locale: 'zh-CN' },
    });
    expect(body.findings).toEqual(coached.json().findings);
  });

  it('leaves out a section with an unknown variable, and answers findings in the language asked', async () => {
    const res = await preview({
      locale: 'zh-CN',
      messageLocale: 'en-US',
      sections: {
        opening: '{{customerName}}，这不是我们的问题。',
        rootCause: '原因是{{reason}}。',
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.omitted).toEqual(['rootCause']);
    expect(body.missing).toEqual(['reason']);
    const blame = body.findings.find((f: { start: number; end: number }) => f.end > f.start);
    expect(blame).toBeDefined();
    expect(body.text.slice(blame.start, blame.end)).toMatch(/不是我们的问题|不是我们/);
    expect(blame.message).toMatch(/[A-Za-z]/); // English, for an English-speaking admin
  });

  it('answers an empty preview without findings, and only to admins', async () => {
    const empty = await preview({ locale: 'en-US', sections: {} });
    expect(empty.json()).toMatchObject({ text: '', findings: [] });
    expect((await preview({ locale: 'en-US', sections: {} }, agent)).statusCode).toBe(403);
    const bad = await preview({ locale: 'en-US', sections: { middle: 'x' } });
    expect(bad.statusCode).toBe(400);
  });
});
