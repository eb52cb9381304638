/**
 * An admin adds a make-up working day (调休) to the default calendar in the browser's calendar
 * grid (and a holiday through the date list, which the grid shows), and the resolution
 * deadline of a complaint received before that weekend moves a day earlier. An
 * agent's open queue shows a new complaint as it arrives (live updates, no reload).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageErrors } from '../support/e2e-browser.js';
import { startServer, type E2EServer } from '../support/e2e-server.js';
import {
  adminToken,
  button,
  callApi,
  card,
  createAccount,
  openComplaint,
  signIn,
  snap,
  staffContext,
  switchLanguage,
  unexpected,
  type Account,
} from './staff.js';

let server: E2EServer;
let browser: Browser;
let admin: Account;
let agent: Account;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const token = await adminToken(server);
  admin = { ...server.admin, id: '', name: 'Admin', role: 'admin', token };
  agent = await createAccount(server, token, { email: 'lin.agent@e2e.test', name: '林晓', role: 'agent' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// Friday 2026-11-20 10:00 in Shanghai (a complaint taken down late): 3 business days end on
// Wednesday 11-25 10:00, or on Tuesday 11-24 10:00 once Saturday 11-21 is a working day.
const friday = '2026-11-20T02:00:00.000Z';
const dueBefore = '2026-11-25T02:00:00.000Z';
const dueAfter = '2026-11-24T02:00:00.000Z';

describe('deadlines in the browser', () => {
  it('moves a deadline when an admin adds a make-up working day', async () => {
    const before = await callApi<{ resolutionDueAt: string }>(
      server,
      agent.token,
      'POST',
      '/api/v1/complaints',
      {
        channel: 'phone',
        customer: { name: '黄先生' },
        description: '快递员把包裹放在了错误的地址,现在找不到了。',
        receivedAt: friday,
      },
    );
    expect(before.resolutionDueAt).toBe(dueBefore);

    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, admin, 'zh-CN');
      await page
        .getByRole('navigation', { name: 'main' })
        .getByRole('button', { name: /系统管理/ })
        .click();
      await page.getByRole('menu').getByRole('link', { name: '时限', exact: true }).click();
      await page.getByRole('heading', { name: '时限设置' }).waitFor();
      await page.getByRole('tab', { name: '工作日历' }).click();
      // In the calendar grid: November 2026, where Saturday the 21st becomes a make-up working day.
      const grid = page.getByRole('region', { name: '日历', exact: true });
      const month = grid.getByLabel('跳转到月份');
      await month.click();
      await month.fill('2026-11');
      await month.press('Enter');
      await grid.getByRole('table', { name: '2026年11月' }).waitFor();
      const saturday = grid.locator('[data-date="2026-11-21"]');
      expect(await saturday.getAttribute('aria-label')).toBe(
        '21 周末，2026年11月21日星期六，点击设为调休上班日',
      );
      await saturday.click();
      expect(await saturday.getAttribute('data-kind')).toBe('workday');
      await saturday.getByText('调休上班日').waitFor();
      await grid.getByText('有未保存的修改', { exact: false }).waitFor();
      // The date lists below follow the grid, and the grid follows them.
      await page.getByText('11-21', { exact: false }).first().waitFor();
      const picker = page.getByPlaceholder('添加到节假日（休息）');
      await picker.click();
      await picker.fill('2026-11-27');
      await picker.press('Enter');
      await grid.locator('[data-date="2026-11-27"][data-kind="holiday"]').getByText('节假日').waitFor();
      await button(page, '保存日历').click();
      await page.getByText('日历已保存').waitFor();
      expect(await grid.getByText('有未保存的修改', { exact: false }).count()).toBe(0);
      await snap(page, '70-admin-calendar-zh');

      // In English, the same days, and the whole year.
      await switchLanguage(page, 'en-US');
      const english = page.getByRole('region', { name: 'Calendar', exact: true });
      await english.getByRole('table', { name: 'November 2026' }).waitFor();
      expect(await english.locator('[data-date="2026-11-21"]').getAttribute('aria-label')).toBe(
        '21 Make-up working day, Saturday, November 21, 2026, click to make it a normal day again',
      );
      await snap(page, '72-admin-calendar-grid-en');
      await english.getByRole('radiogroup', { name: 'Show' }).getByText('Year', { exact: true }).click();
      await english.getByRole('table', { name: 'December 2026' }).waitFor();
      await snap(page, '73-admin-calendar-year-en');

      const after = await callApi<{ id: string; resolutionDueAt: string }>(
        server,
        agent.token,
        'POST',
        '/api/v1/complaints',
        {
          channel: 'phone',
          customer: { name: '黄先生' },
          description: '包裹又丢了一次,请尽快处理。',
          receivedAt: friday,
        },
      );
      expect(after.resolutionDueAt).toBe(dueAfter);
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows a new complaint in an open queue without a reload', async () => {
    const context = await staffContext(browser, server, 'en-US');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, agent, 'en-US');
      const created = await openComplaint(server, admin.token, {
        customer: { name: 'Grace Park' },
        description: 'The hotel charged my card twice for the same night and nobody answers my emails.',
      });
      await page.getByText(created.trackingNumber).waitFor({ timeout: 10_000 });
      await snap(page, '71-queue-live-en');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('moves a deadline from on track to at risk to overdue while the page stays open', async () => {
    const complaint = await openComplaint(server, agent.token, {
      customer: { name: '马女士' },
      description: '酒店把我的预订取消了，到了前台才知道没有房间。',
    });
    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      // The browser's clock, not the server's: the page must move on by itself.
      await page.clock.install({ time: new Date() });
      await signIn(page, agent, 'zh-CN');
      await page.goto(`/complaints/${complaint.id}`);
      const firstResponse = card(page, '时限').locator('li[data-clock="first_response"]');
      await firstResponse.getByText('正常', { exact: true }).waitFor();
      // 24 h to the first response: at risk after 75 % (18 h), overdue after 24 h.
      await page.clock.fastForward('19:00:00');
      await firstResponse.getByText('即将超时', { exact: true }).waitFor();
      await page.clock.fastForward('06:00:00');
      await firstResponse.getByText('已超时', { exact: true }).waitFor();
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
