import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/commands/accounts/users.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
let admin: string;
let agent: string;
beforeAll(async () => {
  t = await createTestApp();
  // API tokens: this file moves the clock by days, past any session's life.
  const apiToken = async (role: 'admin' | 'agent') =>
    (await createApiToken(t.ctx, { userId: (await t.login(role)).userId, name: 'calendar test' })).token;
  admin = await apiToken('admin');
  agent = await apiToken('agent');
});
afterAll(async () => t.close());

const cn = async () => (await t.request({ method: 'GET', url: '/api/v1/calendars/cn', token: agent })).json();

describe(`business calendars on ${testEngine()}`, () => {
  it('ships the China calendar as the default and the US one beside it', async () => {
    const list = await t.request({ method: 'GET', url: '/api/v1/calendars', token: agent });
    expect(list.json().items.map((c: { id: string; isDefault: boolean }) => [c.id, c.isDefault])).toEqual([
      ['cn', true],
      ['us', false],
    ]);
    const china = await cn();
    expect(china.calendar.timeZone).toBe('Asia/Shanghai');
    expect(china.calendar.workdays).toContain('2026-02-14');
  });

  it("moves a new complaint's deadline when an admin adds a make-up working day", async () => {
    // Friday 2026-03-06 10:00 in Shanghai, ordinary: due Wednesday 03-11 10:00.
    t.clock.set('2026-03-06T02:00:00.000Z');
    const open = async () =>
      (
        await t.request({
          method: 'POST',
          url: '/api/v1/complaints',
          token: agent,
          body: { channel: 'phone', customer: { name: 'Lin' }, description: '快递丢件' },
        })
      ).json().resolutionDueAt;
    expect(await open()).toBe('2026-03-11T02:00:00.000Z');
    const china = await cn();
    const saved = await t.request({
      method: 'PUT',
      url: '/api/v1/calendars/cn',
      token: admin,
      body: {
        name: china.name,
        calendar: { ...china.calendar, workdays: [...china.calendar.workdays, '2026-03-07'] },
      },
    });
    expect(saved.statusCode).toBe(200);
    expect(await open()).toBe('2026-03-10T02:00:00.000Z');
  });

  it('lists every problem of a bad calendar and lets only admins edit', async () => {
    const bad = await t.request({
      method: 'PUT',
      url: '/api/v1/calendars/xx',
      token: admin,
      body: {
        name: 'x',
        calendar: { timeZone: 'Mars/Base', weekend: [7], holidays: ['2026-02-30'], workdays: [] },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['calendar.holidays.0', 'calendar.timeZone', 'calendar.weekend.0']);
    const forbidden = await t.request({
      method: 'PUT',
      url: '/api/v1/calendars/xx',
      token: agent,
      body: { name: 'x', calendar: (await cn()).calendar },
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('imports holidays and 补班 days from an iCalendar feed', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//test//closeloop//EN',
      'BEGIN:VEVENT',
      'UID:1',
      'SUMMARY:元旦',
      'DTSTART;VALUE=DATE:20270101',
      'DTEND;VALUE=DATE:20270104',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:2',
      'SUMMARY:元旦补班',
      'DTSTART;VALUE=DATE:20270109',
      'DTEND;VALUE=DATE:20270110',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/calendars/cn/import',
      token: admin,
      headers: { 'content-type': 'text/calendar' },
      payload: ics,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().imported).toEqual({ holidays: 3, workdays: 1, skipped: 0 });
    expect(res.json().calendar.holidays).toEqual(
      expect.arrayContaining(['2027-01-01', '2027-01-02', '2027-01-03']),
    );
    expect(res.json().calendar.workdays).toContain('2027-01-09');
    const junk = await t.request({
      method: 'POST',
      url: '/api/v1/calendars/cn/import',
      token: admin,
      headers: { 'content-type': 'text/calendar' },
      payload: 'not a calendar',
    });
    expect(junk.statusCode).toBe(400);
  });

  it('keeps opening hours with a calendar, and lists every problem of bad ones', async () => {
    const china = await cn();
    const openingHours = {
      '1': [
        { from: '09:00', to: '12:00' },
        { from: '13:00', to: '18:00' },
      ],
      '6': [{ from: '10:00', to: '16:00' }],
    };
    const saved = await t.request({
      method: 'PUT',
      url: '/api/v1/calendars/cn',
      token: admin,
      body: { name: china.name, calendar: { ...china.calendar, openingHours } },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await cn()).calendar.openingHours).toEqual(openingHours);

    const bad = await t.request({
      method: 'PUT',
      url: '/api/v1/calendars/cn',
      token: admin,
      body: {
        name: china.name,
        calendar: {
          ...china.calendar,
          openingHours: {
            '1': [
              { from: '09:00', to: '12:00' },
              { from: '11:00', to: '13:00' },
            ],
            '2': [{ from: '18:00', to: '09:00' }],
            '7': [{ from: '9am', to: '25:00' }],
          },
        },
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['calendar.openingHours.1.1', 'calendar.openingHours.2.0.to', 'calendar.openingHours.7']);
  });
});
