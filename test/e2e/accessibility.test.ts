/**
 * Accessibility of the main pages (issue 7): axe-core, run inside the page, finds no serious or
 * critical WCAG 2 A/AA violation on the login page, the complaint form and tracking page (on a
 * phone), the queue, a complaint's page (with related complaints) and the admin pages (reply
 * templates with the editor open, the calendar grid), in Chinese and in English.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, phone } from '../support/e2e-browser.js';
import { startServer, type E2EServer } from '../support/e2e-server.js';
import { adminToken, callApi, createAccount, openComplaint, signIn, snap, type Account } from './staff.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let server: E2EServer;
let browser: Browser;
let agent: Account;
let admin: Account;
let complaintId: string;
let tracking: { trackingNumber: string; accessToken: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const token = await adminToken(server);
  admin = { ...server.admin, id: '', name: 'Admin', role: 'admin', token };
  agent = await createAccount(server, token, { email: 'a11y.agent@e2e.test', name: '周敏', role: 'agent' });
  complaintId = (
    await openComplaint(server, agent.token, {
      customer: { name: '孙先生', phone: '139 0000 1234' },
      subject: '酒店房间空调漏水',
      description: '入住第一晚空调一直漏水，地毯湿了一大片，前台说没有空房可以换。',
      expectation: '换一间房并退还第一晚的房费。',
    })
  ).id;
  // The same customer again: the first complaint's page lists it under related complaints.
  await openComplaint(server, agent.token, {
    customer: { name: '孙先生', phone: '139 0000 1234' },
    description: '换了房间以后空调还是漏水，前台一直没有回复我。',
  });
  tracking = await callApi(server, null, 'POST', '/api/v1/public/complaints', {
    customer: { name: 'Grace Lee', email: 'grace@example.com' },
    description: 'My parcel was marked delivered but never arrived, and the courier does not answer.',
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A desktop staff browser; axe is injected as a script, so this one bypasses the app's CSP. */
const staffPage = (locale: 'zh-CN' | 'en-US') =>
  browser.newContext({
    locale,
    viewport: { width: 1280, height: 900 },
    baseURL: server.url,
    bypassCSP: true,
  });

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe in the page; answers the serious and critical violations, readable. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run: (ctx: unknown, options: unknown) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run((globalThis as unknown as { document: unknown }).document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  });
  return (violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map(
            (n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`,
          )
          .join('; ')}`,
    );
}

describe('accessibility of the main pages', () => {
  it.each(['zh-CN', 'en-US'] as const)('staff pages in %s', async (locale) => {
    const context = await staffPage(locale);
    const page = await context.newPage();
    try {
      await page.goto('/login');
      await page.locator('form').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await signIn(page, agent, locale);
      await page.getByText('酒店房间空调漏水').first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(`/complaints/${complaintId}`);
      await page.getByRole('heading', { name: '酒店房间空调漏水', level: 2 }).waitFor();
      const related = page.getByRole('region', {
        name: locale === 'zh-CN' ? '相关投诉（1）' : 'Related complaints (1)',
      });
      await related.getByRole('list').getByRole('listitem').first().waitFor();
      await snap(page, `28-complaint-with-related-${locale === 'zh-CN' ? 'zh' : 'en'}`);
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('admin, supervision, intake and quality pages', async () => {
    const context = await staffPage('zh-CN');
    const page = await context.newPage();
    try {
      await signIn(page, admin, 'zh-CN');
      await page.goto('/admin/deadlines');
      await page.getByRole('heading', { name: '时限设置' }).waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      for (const [path, heading] of [
        ['/supervision', '监督'],
        ['/complaints/new', '登记投诉'],
        ['/cases', '案例库'],
        ['/actions', '纠正措施'],
        ['/admin/users', '用户与权限'],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { name: heading }).first().waitFor();
        expect(await seriousViolations(page), path).toEqual([]);
      }

      // Reply templates with one open in the editor (its preview and the coach beside it).
      await page.goto('/admin/reply-templates');
      await page.getByRole('heading', { name: /话术模板/, level: 2 }).waitFor();
      await page.getByRole('button', { name: /^物流配送·中度\s*（物流配送、中度）/ }).click();
      await page
        .getByRole('region', { name: /用示例值预览/ })
        .getByText('王女士', { exact: false })
        .first()
        .waitFor();
      expect(await seriousViolations(page), '/admin/reply-templates').toEqual([]);

      // The calendar grid, a month and a year (on the deadlines page's calendars tab).
      await page.goto('/admin/deadlines');
      await page.getByRole('tab', { name: '工作日历' }).click();
      const grid = page.getByRole('region', { name: '日历', exact: true });
      await grid.getByRole('table').first().waitFor();
      expect(await seriousViolations(page), 'calendar grid, month').toEqual([]);
      await grid.getByRole('radiogroup', { name: '显示' }).getByText('年', { exact: true }).click();
      await grid.getByRole('table').nth(11).waitFor();
      expect(await seriousViolations(page), 'calendar grid, year').toEqual([]);

      // The queue's "awaiting approval" view.
      await page.goto('/complaints?view=awaitingApproval');
      await page.getByRole('heading', { name: '投诉列表', level: 2 }).waitFor();
      expect(await seriousViolations(page), 'awaiting approval').toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(['zh-CN', 'en-US'] as const)('the customer portal on a phone in %s', async (locale) => {
    // axe is injected as a script: the test's own browser may bypass the app's CSP for it.
    const context = await browser.newContext({ ...phone, locale, baseURL: server.url, bypassCSP: true });
    const page = await context.newPage();
    try {
      await page.goto('/complain');
      await page.locator('form').waitFor();
      expect(await seriousViolations(page)).toEqual([]);

      await page.goto(`/track?n=${tracking.trackingNumber}&t=${tracking.accessToken}`);
      await page.getByText(tracking.trackingNumber).first().waitFor();
      expect(await seriousViolations(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
