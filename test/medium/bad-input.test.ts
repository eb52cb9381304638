/**
 * Hostile and broken requests, each with the answer CONTRACT.md §2, §3, §5, §6 promises:
 * malformed JSON, wrong types, missing fields (every one listed), unknown enum values,
 * oversized bodies and uploads (413), wrong media types (415), unknown ids and tracking
 * tokens (404), NUL and control characters (400, never 500), expired and revoked tokens.
 *
 * One table drives the requests; every error answer must be a complete problem+json
 * document. Separate tests prove that nasty but valid text (4-byte emoji, 20,000 Chinese
 * characters, SQL and HTML injection strings) is stored and read back byte for byte.
 */
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/store/database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';
import { multipart, png, testBoundary } from '../support/multipart.js';

// ---------------------------------------------------------------------------------------
// Fixtures

type Login = Awaited<ReturnType<TestApp['login']>>;

let t: TestApp;
let agent: Login;
let supervisor: Login;
let admin: Login;
let handler: Login;
let revokedToken: string;

interface Fixtures {
  /** A `new` complaint opened by the agent. */
  complaint: string;
  /** A complaint in `investigating`, owned by the agent. */
  investigating: string;
  /** A publicly filed complaint, with its tracking number and access token. */
  tracking: string;
  access: string;
  /** The admin's email (to provoke user.email_taken). */
  adminEmail: string;
}
const fx = {} as Fixtures;

type TokenKind = 'none' | 'agent' | 'supervisor' | 'admin' | 'handler' | 'revoked' | 'unknown' | 'malformed';

function bearer(kind: TokenKind): string | undefined {
  switch (kind) {
    case 'none':
      return undefined;
    case 'agent':
      return agent.token;
    case 'supervisor':
      return supervisor.token;
    case 'admin':
      return admin.token;
    case 'handler':
      return handler.token;
    case 'revoked':
      return revokedToken;
    case 'unknown':
      // Well-formed, never issued.
      return `cls_${'A'.repeat(43)}`;
    case 'malformed':
      return "'; DROP TABLE api_tokens; --";
  }
}

/**
 * `{complaint}`, `{tracking}`… in urls, header values and JSON bodies become the fixture
 * values (percent-encoded in urls).
 */
function fill<T>(value: T, encode: (s: string) => string = (s) => s): T {
  if (typeof value === 'string') {
    return value.replace(/\{(\w+)\}/g, (whole, key: string) =>
      key in fx ? encode(String(fx[key as keyof Fixtures])) : whole,
    ) as T;
  }
  if (Array.isArray(value)) return value.map((v) => fill(v, encode)) as T;
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, encode)])) as T;
  }
  return value;
}

const boundary = testBoundary;

// ---------------------------------------------------------------------------------------
// The table

interface Case {
  name: string;
  request: {
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
    url: string;
    token: TokenKind;
    /** Sent as JSON with Content-Type application/json. */
    body?: unknown;
    /** Sent as is (a function when it is big, so it is built only when the case runs). */
    payload?: string | Buffer | (() => string | Buffer);
    headers?: Record<string, string>;
  };
  expected: {
    status: number;
    code?: string;
    /** The exact, sorted list of errors[].path. */
    errorPaths?: string[];
  };
}

const json = { 'content-type': 'application/json' };
const validIntake = { channel: 'phone', customer: { name: '李雷' }, description: '空调坏了,师傅三天没来。' };
const validFiling = {
  customer: { name: 'Amy', email: 'amy@example.com' },
  description: 'The sofa leg snapped.',
};
const unknownUuid = '00000000-0000-7000-8000-000000000000';
const MB = 1024 * 1024;
const overOneMegabyte = () => JSON.stringify({ ...validIntake, description: 'x'.repeat(MB + 10) });
const sqlInjection = "'; DROP TABLE complaints; --";
const orTrue = "' OR '1'='1";

const cases: Case[] = [
  // --- POST /api/v1/complaints (agent intake): framing --------------------------------
  {
    name: 'intake: malformed JSON',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      headers: json,
      payload: '{"channel": "phone",',
    },
    expected: { status: 400, code: 'request.malformed_json' },
  },
  {
    name: 'intake: empty body with Content-Type application/json',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'agent', headers: json, payload: '' },
    expected: { status: 400, code: 'request.empty_body' },
  },
  {
    name: 'intake: a JSON array instead of an object',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'agent', body: [validIntake] },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['body'] },
  },
  {
    name: 'intake: JSON null',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'agent', headers: json, payload: 'null' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['body'] },
  },
  {
    name: 'intake: a bare JSON string',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'agent', body: 'please help' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['body'] },
  },
  {
    name: 'intake: __proto__ key (prototype poisoning)',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      headers: json,
      payload: '{"channel":"phone","customer":{"name":"x"},"description":"x","__proto__":{"role":"admin"}}',
    },
    expected: { status: 400 },
  },
  {
    name: 'intake: body over 1 MB',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      headers: json,
      payload: overOneMegabyte,
    },
    expected: { status: 413, code: 'request.too_large' },
  },
  {
    name: 'intake: Content-Type text/plain',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify(validIntake),
    },
    expected: { status: 415, code: 'request.unsupported_media_type' },
  },
  {
    name: 'intake: Content-Type application/xml',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      headers: { 'content-type': 'application/xml' },
      payload: '<complaint><description>x</description></complaint>',
    },
    expected: { status: 415, code: 'request.unsupported_media_type' },
  },
  {
    name: 'intake: Content-Type application/x-www-form-urlencoded',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'channel=phone&description=x',
    },
    expected: { status: 415, code: 'request.unsupported_media_type' },
  },
  // --- POST /api/v1/complaints: fields ------------------------------------------------
  {
    name: 'intake: empty object lists every required field',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'agent', body: {} },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['channel', 'customer', 'description'] },
  },
  {
    name: 'intake: empty customer lists the nested required field too',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'agent', body: { customer: {} } },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['channel', 'customer.name', 'description'] },
  },
  {
    name: 'intake: wrong types everywhere',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      body: {
        channel: 1,
        customer: 'Li Lei',
        description: 42,
        subject: true,
        occurredAt: 1760000000000,
        orderRef: ['A'],
      },
    },
    expected: {
      status: 400,
      code: 'input.invalid',
      errorPaths: ['channel', 'customer', 'description', 'occurredAt', 'orderRef', 'subject'],
    },
  },
  {
    name: 'intake: unknown enum values',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      body: {
        ...validIntake,
        channel: 'fax',
        customer: { name: 'Li', tier: 'gold' },
        category: 'rudeness',
        severity: 'catastrophic',
        complexity: 'hard',
        locale: 'fr-FR',
      },
    },
    expected: {
      status: 400,
      code: 'input.invalid',
      errorPaths: ['category', 'channel', 'complexity', 'customer.tier', 'locale', 'severity'],
    },
  },
  {
    name: 'intake: bad email, phone and instants',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      body: {
        ...validIntake,
        customer: { name: 'Li', email: 'not-an-email', phone: 'call me maybe' },
        occurredAt: 'yesterday',
        receivedAt: '2025-13-45T25:61:00Z',
      },
    },
    expected: {
      status: 400,
      code: 'input.invalid',
      errorPaths: ['customer.email', 'customer.phone', 'occurredAt', 'receivedAt'],
    },
  },
  {
    name: 'intake: NUL byte in the description',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      body: { ...validIntake, description: 'broken\u0000heater' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['description'] },
  },
  {
    name: 'intake: NUL and control characters in every text field are all listed',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      body: {
        channel: 'phone',
        customer: { name: 'Li\u001b[31m' },
        subject: 'bell\u0007',
        description: '\u0000',
        expectation: 'refund\u0000',
        orderRef: 'A\u0008B',
        productRef: 'P\u007f',
      },
    },
    expected: {
      status: 400,
      code: 'input.invalid',
      errorPaths: ['customer.name', 'description', 'expectation', 'orderRef', 'productRef', 'subject'],
    },
  },
  {
    name: 'intake: blank description and multi-line customer name',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      body: { channel: 'phone', customer: { name: 'Li\nLei' }, description: ' \n\t ' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['customer.name', 'description'] },
  },
  {
    name: 'intake: description over 50,000 characters (body under 1 MB)',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      body: { ...validIntake, description: '太'.repeat(50_001) },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['description'] },
  },
  {
    name: 'intake: no token',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'none', body: validIntake },
    expected: { status: 401, code: 'auth.unauthenticated' },
  },
  {
    name: 'intake: a well-formed token never issued',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'unknown', body: validIntake },
    expected: { status: 401, code: 'auth.unauthenticated' },
  },
  {
    name: 'intake: SQL injection as the bearer token',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'malformed', body: validIntake },
    expected: { status: 401, code: 'auth.unauthenticated' },
  },
  {
    name: 'intake: Basic instead of Bearer',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'none',
      body: validIntake,
      headers: { authorization: `Basic ${Buffer.from('admin:admin').toString('base64')}` },
    },
    expected: { status: 401, code: 'auth.unauthenticated' },
  },
  {
    name: 'intake: a revoked (logged out) session',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'revoked', body: validIntake },
    expected: { status: 401, code: 'auth.unauthenticated' },
  },
  {
    name: 'intake: a handler may not open complaints',
    request: { method: 'POST', url: '/api/v1/complaints', token: 'handler', body: validIntake },
    expected: { status: 403, code: 'auth.forbidden' },
  },

  // --- POST /api/v1/public/complaints ---------------------------------------------------
  {
    name: 'public intake: malformed JSON',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints',
      token: 'none',
      headers: json,
      payload: "{customer: 'x'}",
    },
    expected: { status: 400, code: 'request.malformed_json' },
  },
  {
    name: 'public intake: empty object lists every required field',
    request: { method: 'POST', url: '/api/v1/public/complaints', token: 'none', body: {} },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['customer', 'description'] },
  },
  {
    name: 'public intake: neither email nor phone',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints',
      token: 'none',
      body: { customer: { name: 'Amy' }, description: 'Broken.' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['customer.email'] },
  },
  {
    name: 'public intake: neither email nor phone AND a blank description: both listed',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints',
      token: 'none',
      body: { customer: { name: 'Amy' }, description: '   ' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['customer.email', 'description'] },
  },
  {
    name: 'public intake: wrong types and unknown locale',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints',
      token: 'none',
      body: {
        customer: { name: 7, email: 'amy@example.com' },
        description: ['x'],
        locale: 'klingon',
        orderRef: 5,
      },
    },
    expected: {
      status: 400,
      code: 'input.invalid',
      errorPaths: ['customer.name', 'description', 'locale', 'orderRef'],
    },
  },
  {
    name: 'public intake: NUL byte in the description',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints',
      token: 'none',
      body: { ...validFiling, description: '\u0000\u0000\u0000' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['description'] },
  },
  {
    name: 'public intake: body over 1 MB',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints',
      token: 'none',
      headers: json,
      payload: () => JSON.stringify({ ...validFiling, description: '长'.repeat(400_000) }),
    },
    expected: { status: 413, code: 'request.too_large' },
  },
  {
    name: 'public intake: Content-Type text/plain',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints',
      token: 'none',
      headers: { 'content-type': 'text/plain' },
      payload: JSON.stringify(validFiling),
    },
    expected: { status: 415, code: 'request.unsupported_media_type' },
  },

  // --- GET /api/v1/complaints (list) ------------------------------------------------------
  {
    name: 'list: limit=0',
    request: { method: 'GET', url: '/api/v1/complaints?limit=0', token: 'agent' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.limit'] },
  },
  {
    name: 'list: limit=201',
    request: { method: 'GET', url: '/api/v1/complaints?limit=201', token: 'agent' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.limit'] },
  },
  {
    name: 'list: limit=abc',
    request: { method: 'GET', url: '/api/v1/complaints?limit=abc', token: 'agent' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.limit'] },
  },
  {
    name: 'list: limit=1.5',
    request: { method: 'GET', url: '/api/v1/complaints?limit=1.5', token: 'agent' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.limit'] },
  },
  {
    name: 'list: unknown status=foo',
    request: { method: 'GET', url: '/api/v1/complaints?status=foo', token: 'agent' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.status.0'] },
  },
  {
    name: 'list: several bad query fields are all listed',
    request: {
      method: 'GET',
      url: '/api/v1/complaints?status=new,foo&category=bar&owner=bob&receivedFrom=yesterday&urgent=maybe&limit=-1',
      token: 'agent',
    },
    expected: {
      status: 400,
      code: 'input.invalid',
      errorPaths: [
        'query.category.0',
        'query.limit',
        'query.owner',
        'query.receivedFrom',
        'query.status.1',
        'query.urgent',
      ],
    },
  },
  {
    name: 'list: NUL byte in the search text',
    request: { method: 'GET', url: '/api/v1/complaints?q=%00', token: 'agent' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.q'] },
  },
  {
    name: 'list: a cursor it never gave out',
    request: {
      method: 'GET',
      url: `/api/v1/complaints?cursor=${encodeURIComponent(sqlInjection)}`,
      token: 'agent',
    },
    expected: { status: 400, code: 'input.invalid' },
  },
  {
    name: 'list: SQL injection in the search text is just text',
    request: { method: 'GET', url: `/api/v1/complaints?q=${encodeURIComponent(orTrue)}`, token: 'agent' },
    expected: { status: 200 },
  },
  {
    name: 'list: SQL injection as a tracking number is just an unknown number',
    request: {
      method: 'GET',
      url: `/api/v1/complaints?trackingNumber=${encodeURIComponent(sqlInjection)}`,
      token: 'agent',
    },
    expected: { status: 200 },
  },
  {
    name: 'list: no token',
    request: { method: 'GET', url: '/api/v1/complaints', token: 'none' },
    expected: { status: 401, code: 'auth.unauthenticated' },
  },

  // --- GET /api/v1/complaints/:id and its sub-resources --------------------------------
  {
    name: 'read: unknown uuid',
    request: { method: 'GET', url: `/api/v1/complaints/${unknownUuid}`, token: 'agent' },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'read: a number for an id',
    request: { method: 'GET', url: '/api/v1/complaints/42', token: 'agent' },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'read: SQL injection for an id',
    request: { method: 'GET', url: `/api/v1/complaints/${encodeURIComponent(orTrue)}`, token: 'agent' },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'read: NUL byte for an id',
    request: { method: 'GET', url: '/api/v1/complaints/%00', token: 'agent' },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'history: unknown complaint',
    request: { method: 'GET', url: `/api/v1/complaints/${unknownUuid}/history`, token: 'agent' },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'history: limit=0',
    request: { method: 'GET', url: '/api/v1/complaints/{complaint}/history?limit=0', token: 'agent' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.limit'] },
  },
  {
    name: 'messages list: unknown complaint',
    request: { method: 'GET', url: `/api/v1/complaints/${unknownUuid}/messages`, token: 'agent' },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'remedies list: unknown complaint',
    request: { method: 'GET', url: `/api/v1/complaints/${unknownUuid}/remedies`, token: 'agent' },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'message: unknown kind and empty body',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/messages',
      token: 'agent',
      body: { kind: 'shout', body: '' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['body', 'kind'] },
  },
  {
    name: 'message: NUL byte in the body',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/messages',
      token: 'agent',
      body: { kind: 'note', body: 'a\u0000b' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['body'] },
  },
  {
    name: 'message: unknown complaint',
    request: {
      method: 'POST',
      url: `/api/v1/complaints/${unknownUuid}/messages`,
      token: 'agent',
      body: { kind: 'note', body: 'x' },
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },

  // --- transitions --------------------------------------------------------------------------
  {
    name: 'transition: empty body',
    request: { method: 'POST', url: '/api/v1/complaints/{complaint}/transitions', token: 'agent', body: {} },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['to'] },
  },
  {
    name: 'transition: unknown status, owner, responsibility and a NUL in the reason',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/transitions',
      token: 'agent',
      body: { to: 'done', ownerId: 'bob', responsibility: 'nobody', reason: '\u0000', resolution: 17 },
    },
    expected: {
      status: 400,
      code: 'input.invalid',
      errorPaths: ['ownerId', 'reason', 'resolution', 'responsibility', 'to'],
    },
  },
  {
    name: 'transition: new → closed is not allowed',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/transitions',
      token: 'agent',
      body: { to: 'closed' },
    },
    expected: { status: 409, code: 'complaint.transition_not_allowed' },
  },
  {
    name: 'transition: → remedy_proposed without responsibility',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{investigating}/transitions',
      token: 'agent',
      body: { to: 'remedy_proposed' },
    },
    expected: { status: 409, code: 'complaint.precondition_failed' },
  },
  {
    name: 'transition: unknown complaint',
    request: {
      method: 'POST',
      url: `/api/v1/complaints/${unknownUuid}/transitions`,
      token: 'agent',
      body: { to: 'triaged' },
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'transition: malformed JSON',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/transitions',
      token: 'agent',
      headers: json,
      payload: "{'to': 'triaged'}",
    },
    expected: { status: 400, code: 'request.malformed_json' },
  },

  // --- remedies ---------------------------------------------------------------------------------
  {
    name: 'remedy: every field wrong',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/remedies',
      token: 'agent',
      body: { kind: 'cash', amount: '100', currency: 'cny', description: '' },
    },
    expected: {
      status: 400,
      code: 'input.invalid',
      errorPaths: ['amount', 'currency', 'description', 'kind'],
    },
  },
  {
    name: 'remedy: missing fields',
    request: { method: 'POST', url: '/api/v1/complaints/{complaint}/remedies', token: 'agent', body: {} },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['description', 'kind'] },
  },
  {
    name: 'remedy: negative amount',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/remedies',
      token: 'agent',
      body: { kind: 'refund', amount: -5, description: 'Refund the night.' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['amount'] },
  },
  {
    name: 'remedy: amount with fractions of a cent',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/remedies',
      token: 'agent',
      body: { kind: 'refund', amount: 1.001, description: 'Refund the night.' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['amount'] },
  },
  {
    name: 'remedy: a refund without an amount is not concrete',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/remedies',
      token: 'agent',
      body: { kind: 'refund', description: 'Refund the night.' },
    },
    expected: { status: 400, code: 'remedy.not_concrete', errorPaths: ['amount'] },
  },
  {
    name: 'remedy: unknown complaint',
    request: {
      method: 'POST',
      url: `/api/v1/complaints/${unknownUuid}/remedies`,
      token: 'agent',
      body: { kind: 'apology', description: 'We are sorry for the noise.' },
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'remedy approve: unknown remedy',
    request: { method: 'POST', url: `/api/v1/remedies/${unknownUuid}/approve`, token: 'supervisor' },
    expected: { status: 404, code: 'remedy.not_found' },
  },
  {
    name: 'remedy approve: an agent may not approve',
    request: { method: 'POST', url: `/api/v1/remedies/${unknownUuid}/approve`, token: 'agent' },
    expected: { status: 403, code: 'auth.forbidden' },
  },

  // --- login ----------------------------------------------------------------------------------------
  {
    name: 'login: empty object',
    request: { method: 'POST', url: '/api/v1/auth/login', token: 'none', body: {} },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['email', 'password'] },
  },
  {
    name: 'login: wrong types',
    request: {
      method: 'POST',
      url: '/api/v1/auth/login',
      token: 'none',
      body: { email: 123, password: null },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['email', 'password'] },
  },
  {
    name: 'login: malformed JSON',
    request: {
      method: 'POST',
      url: '/api/v1/auth/login',
      token: 'none',
      headers: json,
      payload: '{"email":',
    },
    expected: { status: 400, code: 'request.malformed_json' },
  },
  {
    name: 'login: wrong password',
    request: {
      method: 'POST',
      url: '/api/v1/auth/login',
      token: 'none',
      body: { email: '{adminEmail}', password: 'wrong' },
    },
    expected: { status: 401, code: 'auth.invalid_credentials' },
  },
  {
    name: 'login: SQL injection as the email',
    request: {
      method: 'POST',
      url: '/api/v1/auth/login',
      token: 'none',
      body: { email: `${orTrue} --`, password: orTrue },
    },
    expected: { status: 401, code: 'auth.invalid_credentials' },
  },
  {
    name: 'login: NUL byte in the email',
    request: {
      method: 'POST',
      url: '/api/v1/auth/login',
      token: 'none',
      body: { email: 'admin\u0000@example.com', password: 'whatever' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['email'] },
  },

  // --- users ------------------------------------------------------------------------------------------
  {
    name: 'users: empty object lists every field',
    request: { method: 'POST', url: '/api/v1/users', token: 'admin', body: {} },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['email', 'name', 'password', 'role'] },
  },
  {
    name: 'users: unknown role, bad email, NUL in the name, empty password',
    request: {
      method: 'POST',
      url: '/api/v1/users',
      token: 'admin',
      body: { email: 'x', name: 'Eve\u0000', role: 'god', password: '' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['email', 'name', 'password', 'role'] },
  },
  {
    name: 'users: an email already taken',
    request: {
      method: 'POST',
      url: '/api/v1/users',
      token: 'admin',
      body: { email: '{adminEmail}', name: 'Twin', role: 'agent', password: 'Long-enough-2026' },
    },
    expected: { status: 409, code: 'user.email_taken' },
  },
  {
    name: 'users: an agent may not create accounts',
    request: {
      method: 'POST',
      url: '/api/v1/users',
      token: 'agent',
      body: { email: 'new-agent@example.com', name: 'New', role: 'admin', password: 'Long-enough-2026' },
    },
    expected: { status: 403, code: 'auth.forbidden' },
  },
  {
    name: 'users: change an unknown user',
    request: {
      method: 'PATCH',
      url: `/api/v1/users/${unknownUuid}`,
      token: 'admin',
      body: { name: 'Ghost' },
    },
    expected: { status: 404, code: 'user.not_found' },
  },
  {
    name: 'users: list with limit=abc',
    request: { method: 'GET', url: '/api/v1/users?limit=abc', token: 'admin' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.limit'] },
  },

  // --- public tracking -----------------------------------------------------------------------------
  {
    name: 'tracking: wrong access token',
    request: {
      method: 'GET',
      url: '/api/v1/public/complaints/{tracking}',
      token: 'none',
      headers: { 'x-access-token': 'wrong-token' },
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'tracking: missing access token',
    request: { method: 'GET', url: '/api/v1/public/complaints/{tracking}', token: 'none' },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'tracking: empty access token',
    request: {
      method: 'GET',
      url: '/api/v1/public/complaints/{tracking}',
      token: 'none',
      headers: { 'x-access-token': '' },
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'tracking: an over-long wrong access token answers like any wrong token',
    request: {
      method: 'GET',
      url: '/api/v1/public/complaints/{tracking}',
      token: 'none',
      headers: { 'x-access-token': 'x'.repeat(300) },
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'tracking: unknown number with a real access token',
    request: {
      method: 'GET',
      url: '/api/v1/public/complaints/CL-2222-2222',
      token: 'none',
      headers: { 'x-access-token': '{access}' },
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'tracking: SQL injection as the tracking number',
    request: {
      method: 'GET',
      url: `/api/v1/public/complaints/${encodeURIComponent(orTrue)}`,
      token: 'none',
      headers: { 'x-access-token': '{access}' },
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'tracking: a staff token is not an access token',
    request: { method: 'GET', url: '/api/v1/public/complaints/{tracking}', token: 'admin' },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'tracking message: wrong access token',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints/{tracking}/messages',
      token: 'none',
      headers: { 'x-access-token': 'wrong-token' },
      body: { body: 'Any news?' },
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'tracking message: NUL byte in the body',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints/{tracking}/messages',
      token: 'none',
      headers: { 'x-access-token': '{access}' },
      body: { body: '\u0000' },
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['body'] },
  },

  // --- attachments (multipart) ----------------------------------------------------------------
  {
    name: 'upload: a file over 10 MB',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      ...lazyMultipart(() => [
        { name: 'big.png', type: 'image/png', data: Buffer.concat([png, Buffer.alloc(10 * MB + 10)]) },
      ]),
    },
    expected: { status: 413, code: 'request.too_large' },
  },
  {
    name: 'upload: 11 files in one request',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      ...lazyMultipart(() =>
        Array.from({ length: 11 }, (_, i) => ({ name: `p${i}.png`, type: 'image/png', data: png })),
      ),
    },
    expected: { status: 413, code: 'request.too_many_files' },
  },
  {
    name: 'upload: multipart without a file',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      ...lazyMultipart(() => [], { note: 'no file here' }),
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['file'] },
  },
  {
    name: 'upload: truncated multipart (no closing boundary)',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: () =>
        Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.png"\r\nContent-Type: image/png\r\n\r\n`,
          ),
          png,
        ]),
    },
    expected: { status: 400 },
  },
  {
    name: 'upload: multipart/form-data without a boundary',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      headers: { 'content-type': 'multipart/form-data' },
      payload: () => multipart([{ name: 'p.png', type: 'image/png', data: png }]).payload,
    },
    expected: { status: 400 },
  },
  {
    name: 'upload: garbage after the boundary line',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: `--${boundary}\r\nthis is not a header block at all\r\n--${boundary}--\r\n`,
    },
    expected: { status: 400 },
  },
  {
    name: 'upload: JSON instead of multipart',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      body: { file: png.toString('base64') },
    },
    expected: { status: 415, code: 'request.unsupported_media_type' },
  },
  {
    name: 'upload: Content-Type text/plain',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      headers: { 'content-type': 'text/plain' },
      payload: 'just text',
    },
    expected: { status: 415, code: 'request.unsupported_media_type' },
  },
  {
    name: 'upload: a program is not evidence',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      ...lazyMultipart(() => [
        { name: 'x.exe', type: 'application/x-msdownload', data: Buffer.from('MZ\u0090\u0000') },
      ]),
    },
    expected: { status: 415, code: 'attachment.type_not_allowed' },
  },
  {
    name: 'upload: a script posing as a PNG',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'agent',
      ...lazyMultipart(() => [
        { name: 'x.png', type: 'image/png', data: Buffer.from('<script>alert(1)</script>') },
      ]),
    },
    expected: { status: 415, code: 'attachment.type_not_allowed' },
  },
  {
    name: 'upload: unknown complaint',
    request: {
      method: 'POST',
      url: `/api/v1/complaints/${unknownUuid}/attachments`,
      token: 'agent',
      ...lazyMultipart(() => [{ name: 'p.png', type: 'image/png', data: png }]),
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'upload: no token',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/attachments',
      token: 'none',
      ...lazyMultipart(() => [{ name: 'p.png', type: 'image/png', data: png }]),
    },
    expected: { status: 401, code: 'auth.unauthenticated' },
  },
  {
    name: 'public upload: wrong access token',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints/{tracking}/attachments',
      token: 'none',
      ...lazyMultipart(
        () => [{ name: 'p.png', type: 'image/png', data: png }],
        {},
        { 'x-access-token': 'wrong-token' },
      ),
    },
    expected: { status: 404, code: 'complaint.not_found' },
  },
  {
    name: 'public upload: a file over 10 MB',
    request: {
      method: 'POST',
      url: '/api/v1/public/complaints/{tracking}/attachments',
      token: 'none',
      ...lazyMultipart(
        () => [
          { name: 'big.png', type: 'image/png', data: Buffer.concat([png, Buffer.alloc(10 * MB + 10)]) },
        ],
        {},
        { 'x-access-token': '{access}' },
      ),
    },
    expected: { status: 413, code: 'request.too_large' },
  },
  {
    name: 'download: unknown attachment',
    request: { method: 'GET', url: `/api/v1/attachments/${unknownUuid}`, token: 'agent' },
    expected: { status: 404, code: 'attachment.not_found' },
  },

  // --- anything else ----------------------------------------------------------------------------
  {
    name: 'intake: a lone UTF-16 surrogate (not Unicode text)',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      headers: json,
      payload: JSON.stringify({ ...validIntake, description: 'x' }).replace('"x"', '"broken \\ud800 half"'),
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['description'] },
  },
  {
    name: 'intake: JSON nested 100,000 levels deep',
    request: {
      method: 'POST',
      url: '/api/v1/complaints',
      token: 'agent',
      headers: json,
      payload: () => `{"channel":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
    },
    expected: { status: 400 },
  },
  {
    name: 'remedy: an amount of 1e400 (Infinity after parsing)',
    request: {
      method: 'POST',
      url: '/api/v1/complaints/{complaint}/remedies',
      token: 'agent',
      headers: json,
      payload: '{"kind":"refund","amount":1e400,"description":"Refund the night."}',
    },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['amount'] },
  },
  {
    name: 'list: search text over 200 characters',
    request: { method: 'GET', url: `/api/v1/complaints?q=${'a'.repeat(201)}`, token: 'agent' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.q'] },
  },
  {
    name: 'list: limit given twice',
    request: { method: 'GET', url: '/api/v1/complaints?limit=1&limit=2', token: 'agent' },
    expected: { status: 400, code: 'input.invalid', errorPaths: ['query.limit'] },
  },
  {
    name: 'unknown route',
    request: { method: 'GET', url: '/api/v1/complaint', token: 'agent' },
    expected: { status: 404, code: 'route.not_found' },
  },
];

/** A multipart body built only when the case runs (some are over 10 MB). */
function lazyMultipart(
  files: () => { name: string; type: string; data: Buffer }[],
  fields: Record<string, string> = {},
  extraHeaders: Record<string, string> = {},
): { payload: () => Buffer; headers: Record<string, string> } {
  return {
    payload: () => multipart(files(), fields).payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, ...extraHeaders },
  };
}

// ---------------------------------------------------------------------------------------
// Checks every error answer must pass

function expectProblem(res: LightMyRequestResponse, status: number): Record<string, unknown> {
  expect(res.statusCode, res.body).not.toBe(500);
  expect(res.statusCode, res.body).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = res.json<Record<string, unknown>>();
  expect(body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status: expect.any(Number),
    detail: expect.any(String),
    code: expect.any(String),
  });
  expect(body.status).toBe(res.statusCode);
  if (body.errors !== undefined) {
    expect(Array.isArray(body.errors)).toBe(true);
    for (const e of body.errors as unknown[]) {
      expect(e).toMatchObject({ path: expect.any(String), message: expect.any(String) });
    }
  }
  return body;
}

async function send(c: Case): Promise<LightMyRequestResponse> {
  const { method, url, token, body, payload, headers } = c.request;
  return t.request({
    method,
    url: fill(url, encodeURIComponent),
    token: bearer(token),
    ...(body !== undefined ? { body: fill(body) } : {}),
    ...(payload !== undefined ? { payload: typeof payload === 'function' ? payload() : payload } : {}),
    ...(headers ? { headers: fill(headers) } : {}),
  });
}

// ---------------------------------------------------------------------------------------

beforeAll(async () => {
  t = await createTestApp();
  [agent, supervisor, admin, handler] = await Promise.all([
    t.login('agent'),
    t.login('supervisor'),
    t.login('admin'),
    t.login('handler'),
  ]);
  const leaver = await t.login('agent');
  const logout = await t.request({ method: 'POST', url: '/api/v1/auth/logout', token: leaver.token });
  expect(logout.statusCode, logout.body).toBe(204);
  revokedToken = leaver.token;

  const open = async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/complaints',
      token: agent.token,
      body: validIntake,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string }>().id;
  };
  fx.complaint = await open();
  fx.investigating = await open();
  for (const to of ['triaged', 'investigating']) {
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${fx.investigating}/transitions`,
      token: agent.token,
      body: { to },
    });
    expect(res.statusCode, res.body).toBe(200);
  }
  const filed = await t.request({ method: 'POST', url: '/api/v1/public/complaints', body: validFiling });
  expect(filed.statusCode, filed.body).toBe(201);
  fx.tracking = filed.json<{ trackingNumber: string }>().trackingNumber;
  fx.access = filed.json<{ accessToken: string }>().accessToken;
  fx.adminEmail = admin.email;
});
afterAll(async () => t?.close());

describe(`hostile and broken requests on ${testEngine()}`, () => {
  it('has a big enough table', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const res = await send(c);
    if (c.expected.status < 400) {
      expect(res.statusCode, res.body).toBe(c.expected.status);
      return;
    }
    const body = expectProblem(res, c.expected.status);
    if (c.expected.code) expect(body.code, res.body).toBe(c.expected.code);
    if (c.expected.errorPaths) {
      const errors = (body.errors ?? []) as { path: string }[];
      expect(errors.map((e) => e.path).sort(), res.body).toEqual([...c.expected.errorPaths].sort());
    }
  });
});

// ---------------------------------------------------------------------------------------
// Nasty but valid text: accepted, stored verbatim, answered as JSON text, never executed

const emoji = '气死了😡🤬!𠮷野家的牛肉饭里有头发 👨‍👩‍👧 🇨🇳';
const html = '<script>alert(1)</script><img src=x onerror=alert(1)>';
const htmlAttribute = `"><svg onload=alert('x')>\\</textarea>`;
const dropCustomers = "Robert'); DROP TABLE customers;--";
const longChinese = (() => {
  const sentence = '我在贵店购买的洗衣机第三次出现故障,维修人员多次上门均未解决问题,要求退货并赔偿损失。';
  const text = sentence.repeat(Math.ceil(20_000 / sentence.length)).slice(0, 20_000);
  return text;
})();

interface ComplaintJson {
  id: string;
  trackingNumber: string;
  subject: string;
  description: string;
  expectation: string | null;
  orderRef: string | null;
  customer: { name: string };
}

async function openAndReadBack(
  body: object,
): Promise<{ created: ComplaintJson; read: ComplaintJson; raw: string }> {
  const res = await t.request({ method: 'POST', url: '/api/v1/complaints', token: agent.token, body });
  expect(res.statusCode, res.body).toBe(201);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  const created = res.json<ComplaintJson>();
  const again = await t.request({
    method: 'GET',
    url: `/api/v1/complaints/${created.id}`,
    token: agent.token,
  });
  expect(again.statusCode, again.body).toBe(200);
  expect(again.headers['content-type']).toMatch(/^application\/json/);
  return { created, read: again.json<ComplaintJson>(), raw: again.body };
}

/** Same UTF-16 code units and the same UTF-8 bytes. */
function expectIdentical(actual: string | null | undefined, expected: string): void {
  expect(actual).toBe(expected);
  expect(Buffer.from(actual ?? '', 'utf8').equals(Buffer.from(expected, 'utf8'))).toBe(true);
}

async function tableExists(name: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    t.database.db,
    sql`SELECT to_regclass(${`public.${name}`}) IS NOT NULL AS found`,
  );
  return row?.found === true;
}

async function countComplaints(): Promise<number> {
  const [row] = await queryRows<{ n: number }>(t.database.db, sql`SELECT count(*)::int AS n FROM complaints`);
  return row?.n ?? -1;
}

describe(`nasty but valid text round-trips on ${testEngine()}`, () => {
  it('keeps 4-byte emoji and CJK extension B characters (😡🤬, 𠮷) byte for byte', async () => {
    expect('𠮷'.length).toBe(2); // a surrogate pair: 4 bytes in UTF-8
    const { created, read } = await openAndReadBack({
      channel: 'chat',
      customer: { name: '𠮷田 😡' },
      subject: '😡🤬',
      description: emoji,
      expectation: '𠮷',
    });
    for (const c of [created, read]) {
      expectIdentical(c.description, emoji);
      expectIdentical(c.subject, '😡🤬');
      expectIdentical(c.customer.name, '𠮷田 😡');
      expectIdentical(c.expectation, '𠮷');
    }
  });

  it('keeps a 20,000-character Chinese description whole', async () => {
    expect(longChinese.length).toBe(20_000);
    expect([...longChinese].length).toBe(20_000);
    const { created, read } = await openAndReadBack({
      channel: 'letter',
      customer: { name: '张先生' },
      description: longChinese,
    });
    expectIdentical(created.description, longChinese);
    expectIdentical(read.description, longChinese);
  });

  it('stores SQL injection strings verbatim and never runs them', async () => {
    const before = await countComplaints();
    const body = {
      channel: 'email',
      customer: { name: dropCustomers, email: 'bobby@example.com' },
      subject: orTrue,
      description: sqlInjection,
      expectation: "\\'; SELECT pg_sleep(30); --",
      orderRef: '1; DELETE FROM complaints WHERE 1=1',
    };
    const { created, read } = await openAndReadBack(body);
    for (const c of [created, read]) {
      expectIdentical(c.description, sqlInjection);
      expectIdentical(c.subject, orTrue);
      expectIdentical(c.customer.name, dropCustomers);
      expectIdentical(c.expectation, body.expectation);
      expectIdentical(c.orderRef, body.orderRef);
    }
    const search = await t.request({
      method: 'GET',
      url: `/api/v1/complaints?q=${encodeURIComponent(orTrue)}&limit=200`,
      token: agent.token,
    });
    expect(search.statusCode, search.body).toBe(200);
    const everything = await t.request({
      method: 'GET',
      url: '/api/v1/complaints?limit=200',
      token: agent.token,
    });
    // `' OR '1'='1` did not turn the search into "everything".
    expect(search.json().items.length).toBeLessThan(everything.json().items.length);

    expect(await tableExists('complaints')).toBe(true);
    expect(await tableExists('customers')).toBe(true);
    expect(await countComplaints()).toBe(before + 1);
    const stored = await queryRows<{ description: string }>(
      t.database.db,
      sql`SELECT description FROM complaints WHERE id = ${created.id}`,
    );
    expect(stored.map((r) => r.description)).toEqual([sqlInjection]);
  });

  it('answers HTML as JSON text, escaped as JSON, never as markup', async () => {
    const { created, read, raw } = await openAndReadBack({
      channel: 'web',
      customer: { name: html },
      subject: htmlAttribute,
      description: html,
    });
    for (const c of [created, read]) {
      expectIdentical(c.description, html);
      expectIdentical(c.customer.name, html);
      expectIdentical(c.subject, htmlAttribute);
    }
    // The wire form is a JSON string literal: quotes and backslashes escaped, nothing
    // HTML-encoded (no &lt;), nothing stripped.
    expect(raw).toContain(`"description":${JSON.stringify(html)}`);
    expect(raw).toContain(`"subject":${JSON.stringify(htmlAttribute)}`);
    expect(JSON.stringify(htmlAttribute)).toContain('\\"');
    expect(raw).not.toContain('&lt;');
    const res = await t.request({ method: 'GET', url: `/api/v1/complaints/${read.id}`, token: agent.token });
    expect(res.headers['content-type']).not.toMatch(/html/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('round-trips messages with the same strings, for staff and in the public timeline', async () => {
    const bodies = [emoji, sqlInjection, `${html}${htmlAttribute}`, longChinese];
    for (const body of bodies) {
      const res = await t.request({
        method: 'POST',
        url: `/api/v1/complaints/${fx.complaint}/messages`,
        token: agent.token,
        body: { kind: 'note', body },
      });
      expect(res.statusCode, res.body).toBe(201);
      expectIdentical(res.json().body, body);
    }
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/complaints/${fx.complaint}/messages`,
      token: agent.token,
    });
    expect(list.statusCode).toBe(200);
    const stored = list.json<{ items: { body: string }[] }>().items.map((m) => m.body);
    for (const body of bodies) expect(stored).toContain(body);
  });

  it('round-trips through public intake and the tracking view', async () => {
    const subject = `${emoji} ${orTrue} ${html}`;
    const filed = await t.request({
      method: 'POST',
      url: '/api/v1/public/complaints',
      body: {
        customer: { name: '𠮷田 <b>', email: 'yoshida@example.com' },
        subject,
        description: `${sqlInjection}\n${html}\n${emoji}`,
      },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    const { trackingNumber, accessToken } = filed.json<{ trackingNumber: string; accessToken: string }>();
    const headers = { 'x-access-token': accessToken };
    const url = `/api/v1/public/complaints/${trackingNumber}`;

    const customerMessage = `${htmlAttribute} ${sqlInjection} 😡🤬𠮷`;
    const posted = await t.request({
      method: 'POST',
      url: `${url}/messages`,
      headers,
      body: { body: customerMessage },
    });
    expect(posted.statusCode, posted.body).toBe(201);

    const staff = await t.request({
      method: 'GET',
      url: `/api/v1/complaints?trackingNumber=${encodeURIComponent(trackingNumber)}`,
      token: agent.token,
    });
    const [complaint] = staff.json<{ items: ComplaintJson[] }>().items;
    expectIdentical(complaint?.description, `${sqlInjection}\n${html}\n${emoji}`);
    expectIdentical(complaint?.customer.name, '𠮷田 <b>');
    const reply = `${html} 您好😊`;
    const replied = await t.request({
      method: 'POST',
      url: `/api/v1/complaints/${complaint?.id}/messages`,
      token: agent.token,
      body: { kind: 'reply', body: reply },
    });
    expect(replied.statusCode, replied.body).toBe(201);

    const view = await t.request({ method: 'GET', url, headers });
    expect(view.statusCode, view.body).toBe(200);
    expect(view.headers['content-type']).toMatch(/^application\/json/);
    const body = view.json<{ subject: string; timeline: { kind: string; text: string }[] }>();
    expectIdentical(body.subject, subject);
    expectIdentical(body.timeline.find((i) => i.kind === 'customer_message')?.text, customerMessage);
    expectIdentical(body.timeline.find((i) => i.kind === 'reply')?.text, reply);
    expect(view.body).toContain(JSON.stringify(customerMessage));
    expect(await tableExists('complaints')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------
// Revoked and expired tokens. Last in the file: these move the shared fake clock.

describe(`revoked and expired tokens on ${testEngine()}`, () => {
  const me = (token: string) => t.request({ method: 'GET', url: '/api/v1/auth/me', token });

  it('refuses a session token after logout with 401', async () => {
    const session = await t.login('agent');
    expect((await me(session.token)).statusCode).toBe(200);
    const out = await t.request({ method: 'POST', url: '/api/v1/auth/logout', token: session.token });
    expect(out.statusCode, out.body).toBe(204);
    const again = await me(session.token);
    expect(expectProblem(again, 401).code).toBe('auth.unauthenticated');
    const write = await t.request({
      method: 'POST',
      url: '/api/v1/complaints',
      token: session.token,
      body: validIntake,
    });
    expect(expectProblem(write, 401).code).toBe('auth.unauthenticated');
  });

  it('refuses a revoked API token with 401', async () => {
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/tokens',
      token: admin.token,
      body: { name: 'crm sync' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { token, record } = created.json<{ token: string; record: { id: string } }>();
    expect((await me(token)).statusCode).toBe(200);
    const revoked = await t.request({
      method: 'DELETE',
      url: `/api/v1/tokens/${record.id}`,
      token: admin.token,
    });
    expect(revoked.statusCode, revoked.body).toBe(204);
    expect(expectProblem(await me(token), 401).code).toBe('auth.unauthenticated');
  });

  it('refuses an API token past its expiresAt with 401', async () => {
    const expiresAt = new Date(t.clock.now().getTime() + 60 * 60 * 1000).toISOString();
    const created = await t.request({
      method: 'POST',
      url: '/api/v1/tokens',
      token: admin.token,
      body: { name: 'short-lived', expiresAt },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { token } = created.json<{ token: string }>();
    expect((await me(token)).statusCode).toBe(200);
    t.clock.advance(60 * 60 * 1000 + 1000);
    expect(expectProblem(await me(token), 401).code).toBe('auth.unauthenticated');
  });

  it('refuses a session token after 12 hours with 401', async () => {
    const session = await t.login('supervisor');
    t.clock.advance(12 * 60 * 60 * 1000 - 60_000);
    expect((await me(session.token)).statusCode).toBe(200);
    t.clock.advance(2 * 60_000);
    const expired = await me(session.token);
    expect(expectProblem(expired, 401).code).toBe('auth.unauthenticated');
    const write = await t.request({
      method: 'POST',
      url: '/api/v1/complaints',
      token: session.token,
      body: validIntake,
    });
    expect(expectProblem(write, 401).code).toBe('auth.unauthenticated');
    // Logging in again works: the account is fine, only the token is stale.
    const fresh = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: session.email, password: session.password },
    });
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect((await me(fresh.json<{ token: string }>().token)).statusCode).toBe(200);
  });
});
