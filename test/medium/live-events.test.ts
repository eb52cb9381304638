import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: { token: string; userId: string };
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('agent');
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const address = t.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => t.close());

/** Opens the stream and collects its events until `until` holds or time runs out. */
async function listen(token: string | null) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/v1/events`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    signal: controller.signal,
  });
  const events: { complaintId: string; action: string }[] = [];
  const notices: { kind: string; complaintId: string | null }[] = [];
  const reading = (async () => {
    if (!response.ok || !response.body) {
      await response.text().catch(() => undefined); // let the connection go back to the pool
      return;
    }
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((line) => line.startsWith('data: '));
          if (block.includes('event: complaint') && data) events.push(JSON.parse(data.slice(6)));
          if (block.includes('event: notification') && data) notices.push(JSON.parse(data.slice(6)));
        }
      }
    } catch {
      // aborted
    }
  })();
  const waitFor = async (until: () => boolean, ms = 5_000) => {
    const deadline = Date.now() + ms;
    while (!until() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return until();
  };
  return {
    response,
    events,
    notices,
    waitFor,
    close: async () => {
      controller.abort();
      await reading;
    },
  };
}

describe(`live events on ${testEngine()}`, () => {
  it('streams a new complaint and its changes to a signed-in page, as they commit', async () => {
    const stream = await listen(agent.token);
    expect(stream.response.status).toBe(200);
    expect(stream.response.headers.get('content-type')).toContain('text/event-stream');

    const opened = await t.request({
      method: 'POST',
      url: '/api/v1/complaints',
      token: agent.token,
      body: { channel: 'phone', customer: { name: '刘女士' }, description: '酒店前台把我的预订弄丢了' },
    });
    const id = opened.json().id as string;
    expect(await stream.waitFor(() => stream.events.some((e) => e.complaintId === id))).toBe(true);
    expect(stream.events.find((e) => e.complaintId === id)?.action).toBe('complaint.opened');

    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/transitions`,
      token: agent.token,
      body: { to: 'triaged' },
    });
    expect(
      await stream.waitFor(() =>
        stream.events.some((e) => e.complaintId === id && e.action === 'complaint.status_changed'),
      ),
    ).toBe(true);
    await stream.close();
  });

  it('tells only the person notified: a supervisor hears of a remedy awaiting approval', async () => {
    const supervisor = await t.login('supervisor');
    const otherAgent = await t.login('agent');
    const supervisorStream = await listen(supervisor.token);
    const agentStream = await listen(otherAgent.token);
    const opened = await t.request({
      method: 'POST',
      url: '/api/v1/complaints',
      token: agent.token,
      body: {
        channel: 'chat',
        customer: { name: 'Ms Ortiz' },
        description: 'The tour was cancelled and the deposit kept.',
      },
    });
    const id = opened.json().id as string;
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/transitions`,
      token: agent.token,
      body: { to: 'triaged' },
    });
    await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/transitions`,
      token: agent.token,
      body: { to: 'investigating' },
    });
    const remedy = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${id}/remedies`,
      token: agent.token,
      body: { kind: 'refund', amount: 900, currency: 'CNY', description: 'Refund the deposit in full' },
    });
    expect(remedy.json().status).toBe('pending_approval');
    expect(
      await supervisorStream.waitFor(() =>
        supervisorStream.notices.some((n) => n.kind === 'remedy.approval_requested' && n.complaintId === id),
      ),
    ).toBe(true);
    // The other agent's page heard the complaint change, but no notification meant for someone else.
    expect(await agentStream.waitFor(() => agentStream.events.some((e) => e.complaintId === id))).toBe(true);
    expect(agentStream.notices).toEqual([]);

    const inbox = await t.request({ method: 'GET', url: '/api/v1/notifications', token: supervisor.token });
    expect(inbox.json().unreadCount).toBeGreaterThanOrEqual(1);
    const read = await t.request({
      method: 'POST',
      url: '/api/v1/notifications/read',
      token: supervisor.token,
      body: { all: true },
    });
    expect(read.statusCode).toBe(204);
    const after = await t.request({ method: 'GET', url: '/api/v1/notifications', token: supervisor.token });
    expect(after.json().unreadCount).toBe(0);
    await supervisorStream.close();
    await agentStream.close();
  });

  it('answers 401 without a session', async () => {
    const stream = await listen(null);
    expect(stream.response.status).toBe(401);
    await stream.close();
  });
});
