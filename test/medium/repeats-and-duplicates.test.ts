import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/accounts/users.js';
import { sweepDuplicates } from '../../src/jobs/duplicates-sweep.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: string;
beforeAll(async () => {
  t = await createTestApp();
  // An API token: this file moves the clock by weeks, past any session's life.
  agent = (await createApiToken(t.ctx, { userId: (await t.login('agent')).userId, name: 'links test' }))
    .token;
});
afterAll(async () => t.close());

const cake =
  '我在贵店订购的生日蛋糕送到时已经完全变形,奶油化了一大半,孩子的生日会被毁了。订单号 A12345,希望全额退款并道歉。';

const open = async (customer: Record<string, unknown>, description: string) => {
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent,
    body: { channel: 'web', customer, description },
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: string; trackingNumber: string; repeatOfId: string | null }>();
};

const links = async (id: string) =>
  (await t.request({ method: 'GET', url: `/api/v1/complaints/${id}/links`, token: agent })).json();

describe(`repeat and near-duplicate complaints on ${testEngine()}`, () => {
  it('links the same customer complaining again within 30 days, in both directions', async () => {
    t.clock.set('2026-05-04T02:00:00.000Z');
    const first = await open(
      { name: '周先生', email: 'zhou@example.com' },
      '外卖少送了一份米饭,打电话给店家也没人接。',
    );
    expect(first.repeatOfId).toBeNull();
    t.clock.advance(10 * 24 * 3600_000);
    // The same customer by phone-less email with other capitals: the same customer.
    const again = await open(
      { name: '周先生', email: 'ZHOU@example.com' },
      '这次的外卖又晚了一个小时,汤全洒了。',
    );
    expect(again.repeatOfId).toBe(first.id);

    const fromAgain = await links(again.id);
    expect(fromAgain.counts).toEqual({ repeat: 1, duplicate: 0 });
    expect(fromAgain.items[0]).toMatchObject({
      kind: 'repeat',
      direction: 'earlier',
      complaint: { id: first.id, trackingNumber: first.trackingNumber },
    });
    const fromFirst = await links(first.id);
    expect(fromFirst.items[0]).toMatchObject({
      kind: 'repeat',
      direction: 'later',
      complaint: { id: again.id },
    });

    const history = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${again.id}/history`,
      token: agent,
    });
    expect(history.json().items[0].changes).toMatchObject({ repeatOf: first.id });
  });

  it('does not call a complaint more than 30 days later a repeat', async () => {
    t.clock.set('2026-06-01T02:00:00.000Z');
    const first = await open(
      { name: 'Ms Reed', phone: '+1 415 555 0100' },
      'The hotel charged my card twice.',
    );
    t.clock.advance(31 * 24 * 3600_000);
    const later = await open(
      { name: 'Ms Reed', phone: '+1 (415) 555-0100' },
      'My room was not cleaned for two days.',
    );
    expect(later.repeatOfId).toBeNull();
    expect((await links(first.id)).counts.repeat).toBe(0);
  });

  it('links a near-identical text from another customer as a possible duplicate', async () => {
    t.clock.set('2026-07-01T02:00:00.000Z');
    const original = await open({ name: '李女士', email: 'li@example.com' }, cake);
    t.clock.advance(60_000);
    const copy = await open(
      { name: '王先生', phone: '13800001111' },
      cake.replace('A12345', 'B99881').replace('毁了。', '毁了!'),
    );
    const other = await open(
      { name: '赵女士', email: 'zhao@example.com' },
      '酒店房间的空调一整晚都在漏水,前台说没有空房可以换,服务态度非常差,我要投诉值班经理。',
    );
    // Near duplicates are linked by the sweep, after intake.
    expect((await links(copy.id)).counts.duplicate).toBe(0);
    expect(await sweepDuplicates(t.ctx)).toMatchObject({ linked: 1 });
    const found = await links(copy.id);
    expect(found.counts).toEqual({ repeat: 0, duplicate: 1 });
    expect(found.items[0]).toMatchObject({
      kind: 'duplicate',
      direction: 'earlier',
      complaint: { id: original.id },
    });
    expect(found.items[0].score).toBeGreaterThanOrEqual(0.6);
    expect((await links(other.id)).counts).toEqual({ repeat: 0, duplicate: 0 });
    expect(
      (await links(original.id)).items.map((l: { complaint: { id: string } }) => l.complaint.id),
    ).toEqual([copy.id]);
    const history = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${copy.id}/history`,
      token: agent,
    });
    expect(history.json().items.at(-1)).toMatchObject({
      action: 'complaint.duplicate_linked',
      changes: { duplicateOf: original.id },
    });
    // Checked once: a second sweep finds nothing new.
    expect(await sweepDuplicates(t.ctx)).toEqual({ checked: 0, linked: 0 });
  });

  it('links a burst of identical complaints, each to an earlier one', async () => {
    t.clock.set('2026-08-01T02:00:00.000Z');
    const burst = [];
    for (let n = 0; n < 30; n++) {
      burst.push(
        await open({ name: `顾客${n}`, email: `burst${n}@example.com` }, cake.replace('A12345', `X${n}`)),
      );
      t.clock.advance(1_000);
    }
    expect(await sweepDuplicates(t.ctx)).toMatchObject({ checked: 30, linked: 29 });
    const last = await links(burst[29]!.id);
    expect(last.items.filter((l: { kind: string }) => l.kind === 'duplicate')).toHaveLength(1);
  });

  it('calls no two short texts duplicates', async () => {
    const a = await open({ name: 'A', email: 'a@example.com' }, '快递丢了');
    const b = await open({ name: 'B', email: 'b@example.com' }, '快递丢了');
    await sweepDuplicates(t.ctx);
    expect((await links(b.id)).counts.duplicate).toBe(0);
    expect((await links(a.id)).counts.duplicate).toBe(0);
  });

  it('answers 404 for an unknown complaint', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/complaints/nope/links', token: agent });
    expect(res.statusCode).toBe(404);
  });
});
