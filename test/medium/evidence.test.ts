import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';
import { multipart, png } from '../support/multipart.js';

let t: TestApp;
let agent: Awaited<ReturnType<TestApp['login']>>;
let complaintId: string;

beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('agent');
  const res = await t.request({
    method: 'POST',
    url: '/api/v1/complaints',
    token: agent.token,
    body: { channel: 'letter', customer: { name: 'Zhao' }, description: '来信投诉:收到的羽绒服有破洞。' },
  });
  complaintId = res.json().id;
});
afterAll(async () => t.close());

describe(`evidence on ${testEngine()}`, () => {
  it('stores an uploaded picture and streams it back with its type', async () => {
    const upload = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${complaintId}/attachments`,
      token: agent.token,
      ...multipart([{ name: '../../破洞 photo.png', type: 'image/png', data: png }]),
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const [item] = upload.json().items;
    expect(item).toMatchObject({
      filename: '破洞 photo.png',
      contentType: 'image/png',
      sizeBytes: png.length,
    });
    const download = await t.request({ method: 'GET', url: item.url, token: agent.token });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.rawPayload.equals(png)).toBe(true);
    const history = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${complaintId}/history`,
      token: agent.token,
    });
    expect(history.json().items.at(-1)).toMatchObject({
      action: 'evidence.added',
      changes: { sha256: item.sha256 },
    });
  });

  it('refuses a file whose content is not its declared type with 415', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${complaintId}/attachments`,
      token: agent.token,
      ...multipart([{ name: 'x.png', type: 'image/png', data: Buffer.from('<script>alert(1)</script>') }]),
    });
    expect(res.statusCode).toBe(415);
  });

  it('refuses a type that is not evidence with 415', async () => {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${complaintId}/attachments`,
      token: agent.token,
      ...multipart([{ name: 'x.exe', type: 'application/x-msdownload', data: Buffer.from('MZ') }]),
    });
    expect(res.statusCode).toBe(415);
  });

  it('refuses a file over 10 MB with 413', async () => {
    const big = Buffer.concat([png, Buffer.alloc(10 * 1024 * 1024 + 10)]);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${complaintId}/attachments`,
      token: agent.token,
      ...multipart([{ name: 'big.png', type: 'image/png', data: big }]),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('lets the customer add evidence with the access token only', async () => {
    const filed = (
      await t.request({
        method: 'POST',
        url: '/api/v1/public/complaints',
        body: {
          customer: { name: 'Amy', email: 'amy@example.com' },
          description: 'The sofa leg snapped on day one.',
        },
      })
    ).json();
    const url = `/api/v1/public/complaints/${filed.trackingNumber}/attachments`;
    const body = multipart([{ name: 'leg.png', type: 'image/png', data: png }]);
    const wrong = await t.request({
      method: 'POST',
      url,
      ...body,
      headers: { ...body.headers, 'x-access-token': 'nope' },
    });
    expect(wrong.statusCode).toBe(404);
    const ok = await t.request({
      method: 'POST',
      url,
      ...body,
      headers: { ...body.headers, 'x-access-token': filed.accessToken },
    });
    expect(ok.statusCode, ok.body).toBe(201);
  });
});
