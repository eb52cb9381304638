/**
 * Problems in the request's language: Accept-Language picks zh-CN or en-US (q-values
 * respected, English without it); title, detail and every errors[].message follow it,
 * while status, code and paths stay the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

interface Problem {
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { path: string; message: string }[];
}

type Login = Awaited<ReturnType<TestApp['login']>>;
let t: TestApp;
let agent: Login;
let supervisor: Login;

beforeAll(async () => {
  t = await createTestApp();
  [agent, supervisor] = await Promise.all([t.login('agent'), t.login('supervisor')]);
});
afterAll(async () => t.close());

const zh = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };
const chinese = /[\u4e00-\u9fff]/;
const byPath = (p: Problem) => Object.fromEntries((p.errors ?? []).map((e) => [e.path, e.message]));

const badComplaint = {
  channel: 'fax',
  customer: { name: '', email: 'not-an-address' },
  subject: 'x'.repeat(301),
};
const openBad = (headers: Record<string, string> = {}) =>
  t.request({ method: 'POST', url: '/api/v1/complaints', token: agent.token, body: badComplaint, headers });

async function openComplaint(): Promise<string> {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: {
      channel: 'phone',
      customer: { name: '王女士', phone: '+86 138 0000 1111' },
      description: '房间空调坏了，前台说修好了其实没修，晚上热得睡不着。',
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json<{ id: string }>().id;
}

const move = (id: string, body: Record<string, unknown>, headers = zh) =>
  t.request({
    method: 'POST',
    url: `/api/v1/complaints/${id}/transitions`,
    token: agent.token,
    body,
    headers,
  });

describe(`problems in the request's language on ${testEngine()}`, () => {
  it('answers a 400 with every invalid field in Chinese, with the same paths and code as in English', async () => {
    const [inChinese, inEnglish] = await Promise.all([openBad(zh), openBad({ 'accept-language': 'en-US' })]);
    expect(inChinese.statusCode).toBe(400);
    expect(inEnglish.statusCode).toBe(400);
    const [zhProblem, enProblem] = [inChinese.json<Problem>(), inEnglish.json<Problem>()];
    expect(zhProblem.code).toBe('input.invalid');
    expect(enProblem.code).toBe('input.invalid');
    expect(zhProblem.errors!.map((e) => e.path)).toEqual(enProblem.errors!.map((e) => e.path));
    expect(zhProblem.errors!.length).toBeGreaterThanOrEqual(5);

    expect(enProblem.title).toBe('Invalid request');
    expect(enProblem.detail).toBe(`The request has ${enProblem.errors!.length} invalid field(s).`);
    expect(byPath(enProblem)).toMatchObject({
      'customer.name': 'must not be empty',
      'customer.email': 'must be an email address',
      subject: 'must be at most 300 characters',
      description: 'Invalid input: expected string, received undefined',
    });

    expect(zhProblem.title).toBe('请求有误');
    expect(zhProblem.detail).toBe(`请求中有 ${zhProblem.errors!.length} 项填写有误。`);
    expect(byPath(zhProblem)).toMatchObject({
      'customer.name': '不能为空',
      'customer.email': '邮箱格式不正确。',
      subject: '最多 300 个字符',
      description: '必填',
    });
    expect(byPath(zhProblem).channel).toMatch(/^必须是以下之一：web, email, phone/);
    for (const { message } of zhProblem.errors!) expect(message).toMatch(chinese);
  });

  it('answers English without Accept-Language, and follows q-values', async () => {
    const [none, englishFirst, chineseFirst] = await Promise.all([
      openBad(),
      openBad({ 'accept-language': 'en;q=0.9, zh-CN;q=0.8' }),
      openBad({ 'accept-language': 'en;q=0.5, zh-CN;q=0.8' }),
    ]);
    expect(none.json<Problem>().title).toBe('Invalid request');
    expect(byPath(none.json<Problem>())['customer.name']).toBe('must not be empty');
    expect(englishFirst.json<Problem>().detail).toMatch(/^The request has \d+ invalid field\(s\)\.$/);
    expect(chineseFirst.json<Problem>().title).toBe('请求有误');
  });

  it('answers a 409 lifecycle refusal in Chinese, naming the statuses in the web app’s words', async () => {
    const id = await openComplaint();
    const jump = await move(id, { to: 'resolved', resolution: '已修好' });
    expect(jump.statusCode).toBe(409);
    expect(jump.json<Problem>()).toMatchObject({
      code: 'complaint.transition_not_allowed',
      title: '操作冲突',
      detail: '投诉不能从“新投诉”变为“已解决”。下一步只能是：“已研判”、“不予受理”。',
    });

    const dismissed = await move(id, { to: 'dismissed' });
    expect(dismissed.statusCode).toBe(409);
    expect(dismissed.json<Problem>()).toMatchObject({
      code: 'complaint.precondition_failed',
      detail: '请填写原因。',
    });
    const inEnglish = await move(id, { to: 'dismissed' }, { 'accept-language': 'en' });
    expect(inEnglish.json<Problem>().detail).toBe('A reason is required to dismiss a complaint.');
  });

  it('answers a 403 beyond authority in Chinese, keeping the amounts', async () => {
    const id = await openComplaint();
    for (const to of ['triaged', 'investigating']) expect((await move(id, { to })).statusCode).toBe(200);
    const proposed = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/remedies`,
      token: agent.token,
      body: { kind: 'compensation', amount: 5000, currency: 'CNY', description: '赔偿客户损失 5000 元' },
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const remedyId = proposed.json<{ id: string }>().id;
    const refused = await t.request({
      method: 'POST',
      url: `/api/v1/remedies/${remedyId}/approve`,
      token: supervisor.token,
      headers: zh,
    });
    expect(refused.statusCode).toBe(403);
    const p = refused.json<Problem>();
    expect(p.code).toBe('remedy.beyond_authority');
    expect(p.title).toBe('无权操作');
    expect(p.detail).toMatch(/^批准 5000 CNY 超出了您的权限额度（[\d.]+ CNY）。$/);
  });

  it('answers the public complaint form’s errors in Chinese', async () => {
    const file = (body: unknown) =>
      t.request({
        method: 'POST',
        url: '/api/v1/public/complaints',
        body,
        headers: { 'accept-language': 'zh-CN' },
      });
    const noContact = await file({
      customer: { name: '李先生' },
      description: '快递三天没到，客服电话一直打不通。',
    });
    expect(noContact.statusCode).toBe(400);
    expect(noContact.json<Problem>().errors).toEqual([
      { path: 'customer.email', message: '请填写邮箱或手机号（至少一项）。' },
    ]);

    const bad = await file({ customer: { name: '李先生', phone: 'abc' }, description: '   ' });
    expect(bad.statusCode).toBe(400);
    expect(byPath(bad.json<Problem>())).toEqual({
      'customer.phone': '手机号格式不正确（只能包含数字、空格、+、- 和括号）。',
      description: '不能为空',
    });
  });

  it('answers other problems in Chinese too: not signed in, not found, no such route', async () => {
    const anonymous = await t.request({ method: 'GET', url: '/api/v1/complaints', headers: zh });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json<Problem>()).toMatchObject({ title: '未登录', code: 'auth.unauthenticated' });
    expect(anonymous.json<Problem>().detail).toMatch(chinese);

    const missing = await t.request({
      method: 'GET',
      url: '/api/v1/complaints/00000000-0000-7000-8000-000000000000',
      token: agent.token,
      headers: zh,
    });
    expect(missing.json<Problem>()).toMatchObject({ status: 404, title: '未找到', detail: '找不到该投诉。' });

    const route = await t.request({ method: 'GET', url: '/api/v1/nowhere', headers: zh });
    expect(route.json<Problem>()).toMatchObject({
      code: 'route.not_found',
      detail: '没有 GET /api/v1/nowhere 这个接口。',
    });
  });
});
