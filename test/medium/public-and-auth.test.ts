import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const filing = {
  customer: { name: '王女士', phone: '13800138000' },
  description: '快递包装破损,杯子碎了两个,客服电话一直打不通。',
  expectation: '补发或退款',
};

describe(`public intake and tracking on ${testEngine()}`, () => {
  it('files a complaint and tracks it with the token, hiding contact data and staff notes', async () => {
    const filed = await t.request({ method: 'POST', url: '/api/v1/public/complaints', body: filing });
    expect(filed.statusCode, filed.body).toBe(201);
    const receipt = filed.json();
    expect(receipt).toMatchObject({ status: 'new' });
    expect(receipt.accessToken.length).toBeGreaterThanOrEqual(20);

    const agent = await t.login('agent');
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/complaints?trackingNumber=${receipt.trackingNumber.toLowerCase().replaceAll('-', ' ')}`,
      token: agent.token,
    });
    const [complaint] = list.json().items;
    expect(complaint.channel).toBe('web');
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${complaint.id}/messages`,
      token: agent.token,
      body: { kind: 'note', body: 'INTERNAL: courier SF blamed' },
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${complaint.id}/messages`,
      token: agent.token,
      body: { kind: 'reply', body: '王女士您好,补发已安排,明天送达。' },
    });

    const view = await t.request({
      method: 'GET',
      url: `/api/v1/public/complaints/${receipt.trackingNumber}`,
      headers: { 'x-access-token': receipt.accessToken },
    });
    expect(view.statusCode).toBe(200);
    const body = view.json();
    expect(body.trackingNumber).toBe(receipt.trackingNumber);
    expect(body.timeline.map((i: { kind: string }) => i.kind)).toEqual(['received', 'reply']);
    expect(body.timeline[0].text).toBe('我们已收到您的投诉');
    expect(view.body).not.toContain('13800138000');
    expect(view.body).not.toContain('INTERNAL');
  });

  it('answers the same 404 for a wrong token, a missing token and an unknown number', async () => {
    const receipt = (
      await t.request({ method: 'POST', url: '/api/v1/public/complaints', body: filing })
    ).json();
    const answers = await Promise.all([
      t.request({
        method: 'GET',
        url: `/api/v1/public/complaints/${receipt.trackingNumber}`,
        headers: { 'x-access-token': 'wrong' },
      }),
      t.request({ method: 'GET', url: `/api/v1/public/complaints/${receipt.trackingNumber}` }),
      t.request({
        method: 'GET',
        url: '/api/v1/public/complaints/CL-2222-2222',
        headers: { 'x-access-token': receipt.accessToken },
      }),
    ]);
    for (const a of answers) {
      expect(a.statusCode).toBe(404);
      expect(a.json().detail).toBe(answers[0].json().detail);
    }
  });

  it('lists every invalid field of a bad filing', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: { customer: { name: '', email: 'not-an-email' }, description: '   ' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const paths = res
      .json()
      .errors.map((e: { path: string }) => e.path)
      .sort();
    expect(paths).toEqual(['customer.email', 'customer.name', 'description']);
  });

  it('requires an email or a phone from the public', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: { customer: { name: 'Ann' }, description: 'Broken glass' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { path: 'customer.email', message: 'give an email address or a phone number' },
    ]);
  });

  it('rate-limits public intake per address', async () => {
    const limited = await createTestApp({ rateLimits: { publicIntakePerMinute: 2 } });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) {
        statuses.push(
          (await limited.request({ method: 'POST', url: '/api/v1/public/complaints', body: filing }))
            .statusCode,
        );
      }
      expect(statuses).toEqual([201, 201, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe(`accounts on ${testEngine()}`, () => {
  it('answers a wrong password and an unknown email the same way', async () => {
    const user = await t.login('agent');
    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: user.email, password: 'nope-nope-nope' },
    });
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: 'ghost@example.com', password: 'nope-nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('refuses expired, revoked and logged-out tokens', async () => {
    const user = await t.login('agent');
    const me = () => t.request({ method: 'GET', url: '/api/v1/auth/me', token: user.token });
    expect((await me()).statusCode).toBe(200);
    t.clock.advance(13 * 3600 * 1000); // sessions last 12 h
    expect((await me()).statusCode).toBe(401);

    const again = await t.login('agent');
    expect(
      (await t.request({ method: 'POST', url: '/api/v1/auth/logout', token: again.token })).statusCode,
    ).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', token: again.token })).statusCode).toBe(
      401,
    );
  });

  it('lets an admin create users and API tokens, and revoke them', async () => {
    const admin = await t.login('admin');
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin.token,
      body: { email: 'new.agent@example.com', name: '新客服', role: 'agent', password: 'a-long-password-1' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ email: 'new.agent@example.com', role: 'agent' });
    const duplicate = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: admin.token,
      body: { email: 'NEW.agent@example.com', name: 'x', role: 'agent', password: 'a-long-password-1' },
    });
    expect(duplicate.statusCode).toBe(409);

    const tokenRes = await t.request({
      method: 'POST',
      url: '/api/v1/tokens',
      token: admin.token,
      body: { name: 'CRM sync' },
    });
    expect(tokenRes.statusCode).toBe(201);
    const apiToken = tokenRes.json().token;
    expect((await t.request({ method: 'GET', url: '/api/v1/complaints', token: apiToken })).statusCode).toBe(
      200,
    );
    await t.request({
      method: 'DELETE',
      url: `/api/v1/tokens/${tokenRes.json().record.id}`,
      token: admin.token,
    });
    expect((await t.request({ method: 'GET', url: '/api/v1/complaints', token: apiToken })).statusCode).toBe(
      401,
    );

    const agent = await t.login('agent');
    const forbidden = await t.request({
      method: 'POST',
      url: '/api/v1/users',
      token: agent.token,
      body: { email: 'x@example.com', name: 'x', role: 'admin', password: 'a-long-password-1' },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('ends the sessions of a deactivated user', async () => {
    const admin = await t.login('admin');
    const agent = await t.login('agent');
    await t.request({
      method: 'PATCH',
      url: `/api/v1/users/${agent.userId}`,
      token: admin.token,
      body: { active: false },
    });
    expect((await t.request({ method: 'GET', url: '/api/v1/auth/me', token: agent.token })).statusCode).toBe(
      401,
    );
  });

  it('serves the OpenAPI document with the contract paths', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    for (const p of [
      '/api/v1/complaints',
      '/api/v1/public/complaints',
      '/api/v1/auth/login',
      '/api/v1/remedies/{id}/approve',
    ]) {
      expect(paths).toContain(p);
    }
  });

  it('rate-limits logins per address', async () => {
    const limited = await createTestApp({ rateLimits: { loginPerMinute: 3 } });
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        const res = await limited.request({
          method: 'POST',
          url: '/api/v1/auth/login',
          body: { email: 'nobody@example.com', password: 'guess-guess-guess' },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses).toEqual([401, 401, 401, 429]);
    } finally {
      await limited.close();
    }
  });

  it('sends security headers and a request id with every answer', async () => {
    const res = await t.request({ method: 'GET', url: '/healthz', headers: { 'x-request-id': 'trace-123' } });
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBeDefined();
    const generated = await t.request({ method: 'GET', url: '/healthz' });
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('shows dead jobs to admins only, and retries them', async () => {
    const admin = await t.login('admin');
    const agent = await t.login('agent');
    const { enqueueJob, claimJobs, failJob } = await import('../../src/store/job-repository.js');
    const now = t.clock.now();
    await enqueueJob(
      t.database.db,
      { id: 'dead:demo', kind: 'db.maintain', payload: { day: 'x' }, runAt: now, maxAttempts: 1 },
      now,
    );
    const [job] = await claimJobs(t.database.db, 'w', 100, now, 60_000).then((jobs) =>
      jobs.filter((j) => j.id === 'dead:demo'),
    );
    await failJob(t.database.db, job!, 'w', 'Error: boom', now, null);
    expect((await t.request({ method: 'GET', url: '/api/v1/jobs', token: agent.token })).statusCode).toBe(
      403,
    );
    const dead = await t.request({ method: 'GET', url: '/api/v1/jobs?status=dead', token: admin.token });
    expect(dead.json().items).toContainEqual(
      expect.objectContaining({ id: 'dead:demo', lastError: 'Error: boom' }),
    );
    const retry = await t.request({
      method: 'POST',
      url: '/api/v1/jobs/dead:demo/retry',
      token: admin.token,
    });
    expect(retry.statusCode).toBe(202);
    const again = await t.request({
      method: 'POST',
      url: '/api/v1/jobs/dead:demo/retry',
      token: admin.token,
    });
    expect(again.statusCode).toBe(404);
  });
});
