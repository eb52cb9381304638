/**
 * POST /api/v1/sla/preview (CONTRACT.md §8) through the real app: the configured calendar
 * (mainland China, with its make-up working days), calendars sent with the request, receipts on
 * days off, complex complaints, follow-up and post-mortem, and 400s that list every problem.
 * Expected instants are worked out by hand in the comments beside them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCalendars } from '../../src/domain/sla/index.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let agent: Awaited<ReturnType<TestApp['login']>>;

beforeAll(async () => {
  t = await createTestApp();
  agent = await t.login('agent');
});
afterAll(async () => t.close());

/** `token` null: no Authorization header. */
async function preview(body: unknown, token: string | null = agent.token) {
  return t.request({ method: 'POST', url: '/api/v1/sla/preview', token: token ?? undefined, body });
}

async function deadlines(body: unknown) {
  const res = await preview(body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** The errors[] of a 400 problem+json answer. */
async function problems(body: unknown): Promise<{ path: string; message: string }[]> {
  const res = await preview(body);
  expect(res.statusCode, res.body).toBe(400);
  expect(res.headers['content-type']).toContain('application/problem+json');
  const answer = res.json();
  expect(answer).toMatchObject({ status: 400, code: 'input.invalid', title: expect.any(String) });
  for (const problem of answer.errors) {
    expect(problem).toEqual({ path: expect.any(String), message: expect.any(String) });
    expect(problem.message.length).toBeGreaterThan(0);
  }
  return answer.errors;
}

const pathsOf = async (body: unknown) => (await problems(body)).map((problem) => problem.path).sort();

const newYork = { timeZone: 'America/New_York', weekend: [0, 6], holidays: [], workdays: [] };

describe(`SLA preview on ${testEngine()}`, () => {
  describe('with the configured calendar (mainland China)', () => {
    it('counts a make-up working day on a Sunday as a business day', async () => {
      // Friday 2025-09-26 10:00 Shanghai, a business day. Business days after it: Sunday 9/28 (调休),
      // Monday 9/29, Tuesday 9/30 → Tuesday 10:00 Shanghai.
      expect(await deadlines({ receivedAt: '2025-09-26T02:00:00.000Z', complexity: 'ordinary' })).toEqual({
        firstResponseDueAt: '2025-09-27T02:00:00.000Z',
        resolutionDueAt: '2025-09-30T02:00:00.000Z',
        progressUpdateEveryHours: null,
        policyVersion: 1,
      });
    });

    it('answers the same as when the configured calendar is sent', async () => {
      const body = { receivedAt: '2025-09-26T02:00:00.000Z', complexity: 'ordinary' };
      expect(await deadlines({ ...body, calendar: defaultCalendars.cn })).toEqual(await deadlines(body));
    });

    it('takes the local day of receipt, not the UTC one', async () => {
      // 2025-09-25T16:30Z is Friday 9/26 00:30 in Shanghai (still Thursday in UTC): a business day,
      // so Tuesday 9/30 00:30 Shanghai.
      const answer = await deadlines({ receivedAt: '2025-09-25T16:30:00.000Z', complexity: 'ordinary' });
      expect(answer.resolutionDueAt).toBe('2025-09-29T16:30:00.000Z');
    });

    it('ends at 24:00 local on the Nth business day after a Saturday receipt', async () => {
      // Saturday 2025-10-18 11:00 Shanghai (no 调休 that day). Monday 10/20, Tuesday 10/21,
      // Wednesday 10/22 → the end of Wednesday: Thursday 00:00 Shanghai = Wednesday 16:00Z.
      expect(await deadlines({ receivedAt: '2025-10-18T03:00:00.000Z', complexity: 'ordinary' })).toEqual({
        firstResponseDueAt: '2025-10-19T03:00:00.000Z',
        resolutionDueAt: '2025-10-22T16:00:00.000Z',
        progressUpdateEveryHours: null,
        policyVersion: 1,
      });
    });

    it('gives a complex complaint 5 business days and progress updates every 24 hours', async () => {
      // Monday 2025-09-22 09:30 Shanghai. Tuesday 23, Wednesday 24, Thursday 25, Friday 26, then
      // Sunday 28 (调休; Saturday 27 is off) → Sunday 9/28 09:30 Shanghai.
      expect(await deadlines({ receivedAt: '2025-09-22T01:30:00.000Z', complexity: 'complex' })).toEqual({
        firstResponseDueAt: '2025-09-23T01:30:00.000Z',
        resolutionDueAt: '2025-09-28T01:30:00.000Z',
        progressUpdateEveryHours: 24,
        policyVersion: 1,
      });
    });

    it('counts from the end of a public holiday for a complaint received during it', async () => {
      // Friday 2025-10-03, National Day (10/1–10/8 off). Thursday 10/9, Friday 10/10, Saturday
      // 10/11 (调休), Monday 10/13, Tuesday 10/14 → the end of Tuesday 10/14 Shanghai.
      const answer = await deadlines({ receivedAt: '2025-10-03T04:00:00.000Z', complexity: 'complex' });
      expect(answer.resolutionDueAt).toBe('2025-10-14T16:00:00.000Z');
    });
  });

  describe('with a calendar sent in the request', () => {
    it('skips its holiday and counts its make-up working day', async () => {
      // Wednesday 2025-11-26 09:30 New York (EST). Thanksgiving Thursday 11/27 is a holiday; Friday
      // 11/28, Saturday 11/29 (a workday here), Monday 12/1 → Monday 09:30 EST = 14:30Z.
      const calendar = { ...newYork, holidays: ['2025-11-27'], workdays: ['2025-11-29'] };
      const answer = await deadlines({
        receivedAt: '2025-11-26T14:30:00.000Z',
        complexity: 'ordinary',
        calendar,
      });
      expect(answer.resolutionDueAt).toBe('2025-12-01T14:30:00.000Z');
      // The same receipt without the holiday and the workday: Thursday, Friday, Monday.
      const plain = await deadlines({
        receivedAt: '2025-11-26T14:30:00.000Z',
        complexity: 'ordinary',
        calendar: newYork,
      });
      expect(plain.resolutionDueAt).toBe('2025-12-01T14:30:00.000Z');
      const onlyHoliday = await deadlines({
        receivedAt: '2025-11-26T14:30:00.000Z',
        complexity: 'ordinary',
        calendar: { ...newYork, holidays: ['2025-11-27'] },
      });
      // Friday 11/28, Monday 12/1, Tuesday 12/2.
      expect(onlyHoliday.resolutionDueAt).toBe('2025-12-02T14:30:00.000Z');
    });

    it('keeps the local time of day across a daylight saving change', async () => {
      // Friday 2025-10-31 09:00 EDT (13:00Z); clocks fall back on Sunday 11/2. Monday 11/3,
      // Tuesday 11/4, Wednesday 11/5 09:00 EST = 14:00Z.
      const answer = await deadlines({
        receivedAt: '2025-10-31T13:00:00.000Z',
        complexity: 'ordinary',
        calendar: newYork,
      });
      expect(answer.resolutionDueAt).toBe('2025-11-05T14:00:00.000Z');
      expect(answer.firstResponseDueAt).toBe('2025-11-01T13:00:00.000Z');
    });

    it('accepts a receipt written with a UTC offset', async () => {
      // The contract's example: Tuesday 2026-06-02 09:00 +08:00 → Friday 6/5 09:00 Shanghai.
      const answer = await deadlines({
        receivedAt: '2026-06-02T09:00:00+08:00',
        complexity: 'ordinary',
        calendar: { timeZone: 'Asia/Shanghai', weekend: [6, 0], holidays: [], workdays: [] },
      });
      expect(answer).toMatchObject({
        firstResponseDueAt: '2026-06-03T01:00:00.000Z',
        resolutionDueAt: '2026-06-05T01:00:00.000Z',
      });
    });
  });

  it('adds follow-up (+24 h) and post-mortem (+48 h) once resolved, and only then', async () => {
    const answer = await deadlines({
      receivedAt: '2025-09-22T01:30:00.000Z',
      complexity: 'complex',
      resolvedAt: '2025-09-25T07:15:30.250Z',
    });
    expect(answer).toEqual({
      firstResponseDueAt: '2025-09-23T01:30:00.000Z',
      resolutionDueAt: '2025-09-28T01:30:00.000Z',
      progressUpdateEveryHours: 24,
      followUpDueAt: '2025-09-26T07:15:30.250Z',
      postMortemDueAt: '2025-09-27T07:15:30.250Z',
      policyVersion: 1,
    });
    const open = await deadlines({ receivedAt: '2025-09-22T01:30:00.000Z', complexity: 'complex' });
    expect(open).not.toHaveProperty('followUpDueAt');
    expect(open).not.toHaveProperty('postMortemDueAt');
  });

  it('answers any staff role, and 401 without a token', async () => {
    const handler = await t.login('handler');
    const body = { receivedAt: '2025-09-26T02:00:00.000Z', complexity: 'ordinary' };
    expect((await preview(body, handler.token)).statusCode).toBe(200);
    const anonymous = await preview(body, null);
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.headers['content-type']).toContain('application/problem+json');
  });

  it('is documented in the OpenAPI document under the sla tag', async () => {
    const res = await t.request({ method: 'GET', url: '/api/v1/openapi.json' });
    const operation = res.json().paths['/api/v1/sla/preview'].post;
    expect(operation.tags).toEqual(['sla']);
    expect(Object.keys(operation.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['receivedAt', 'complexity', 'resolvedAt', 'calendar']),
    );
  });

  describe('refuses input that makes no sense, listing every problem at once', () => {
    it('lists shape and calendar problems of one body together', async () => {
      // The contract check's example: a bad instant, an unknown zone, a day 9, lists missing.
      expect(
        await pathsOf({
          receivedAt: 'yesterday',
          complexity: 'ordinary',
          calendar: { timeZone: 'Mars/Olympus', weekend: [9] },
        }),
      ).toEqual([
        'calendar.holidays',
        'calendar.timeZone',
        'calendar.weekend.0',
        'calendar.workdays',
        'receivedAt',
      ]);
    });

    it('names each bad weekend day, date and contradiction with its own path', async () => {
      const errors = await problems({
        complexity: 'urgent',
        calendar: {
          timeZone: 'Europe/Atlantis',
          weekend: [0, 7, 0, 1.5],
          holidays: ['2025-02-29', '2025-13-01', '2025/10/01', '2025-10-01'],
          workdays: ['2025-09-28', '2025-10-01'],
        },
      });
      expect(errors.map((problem) => problem.path).sort()).toEqual([
        'calendar.holidays.0', // 2025 is not a leap year
        'calendar.holidays.1', // no month 13
        'calendar.holidays.2', // slashes
        'calendar.holidays.3', // also a make-up working day
        'calendar.timeZone',
        'calendar.weekend.1', // 7
        'calendar.weekend.2', // Sunday twice
        'calendar.weekend.3', // not a whole day
        'complexity',
        'receivedAt', // missing
      ]);
      const contradiction = errors.find((problem) => problem.path === 'calendar.holidays.3');
      expect(contradiction?.message).toContain('calendar.workdays.1');
      expect(contradiction?.message).not.toContain('[');
    });

    it('names a value of the wrong type once, not once per check', async () => {
      expect(
        await pathsOf({
          receivedAt: '2025-09-26T02:00:00.000Z',
          complexity: 'ordinary',
          calendar: { timeZone: 8, weekend: ['Sunday', 6], holidays: '2025-10-01', workdays: [20251011] },
        }),
      ).toEqual(['calendar.holidays', 'calendar.timeZone', 'calendar.weekend.0', 'calendar.workdays.0']);
    });

    it('refuses a weekend that leaves no business day', async () => {
      expect(
        await problems({
          receivedAt: '2025-09-26T02:00:00.000Z',
          complexity: 'ordinary',
          calendar: { ...newYork, weekend: [0, 1, 2, 3, 4, 5, 6] },
        }),
      ).toEqual([{ path: 'calendar.weekend', message: expect.stringContaining('no business day') }]);
    });

    it('refuses impossible instants, instants out of range and a resolution before receipt', async () => {
      expect(await pathsOf({ receivedAt: '2025-02-29T10:00:00Z', complexity: 'ordinary' })).toEqual([
        'receivedAt',
      ]);
      expect(
        await pathsOf({
          receivedAt: '0001-01-01T00:00:00Z',
          complexity: 'ordinary',
          resolvedAt: '9999-12-31T00:00:00Z',
        }),
      ).toEqual(['receivedAt', 'resolvedAt']);
      expect(
        await problems({
          receivedAt: '2025-09-26T02:00:00.000Z',
          complexity: 'ordinary',
          resolvedAt: '2025-09-25T02:00:00.000Z',
        }),
      ).toEqual([{ path: 'resolvedAt', message: 'must not be before receivedAt' }]);
    });

    it('refuses a calendar that is not an object and a body that is not one', async () => {
      expect(
        await pathsOf({ receivedAt: '2025-09-26T02:00:00.000Z', complexity: 'ordinary', calendar: 'cn' }),
      ).toEqual(['calendar']);
      expect(await pathsOf([])).toEqual(['body']);
    });
  });
});
