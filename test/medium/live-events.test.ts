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
  const reading = (async () => {
    if (!response.ok || !response.body) return;
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

  it('answers 401 without a session', async () => {
    const stream = await listen(null);
    expect(stream.response.status).toBe(401);
    await stream.close();
  });
});
