/**
 * Step 2 across departments (S0 step 2 and 4): the owner asks engineering to check a noisy
 * air conditioner; the engineering handler, on their own "My tasks" page, sees the request
 * and the facts to act on but not the customer's contact data, and reports the outcome;
 * the owner, still the customer's one contact, sees it on the complaint. Another handler,
 * with no task on it, still sees who owns it.
 */
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageErrors } from '../support/e2e-browser.js';
import { startServer, type E2EServer } from '../support/e2e-server.js';
import {
  adminToken,
  button,
  card,
  createAccount,
  moveThrough,
  openComplaint,
  settled,
  signIn,
  snap,
  staffContext,
  unexpected,
  type Account,
  type ComplaintSummary,
} from './staff.js';

let server: E2EServer;
let browser: Browser;
let agent: Account;
let handler: Account;
let otherHandler: Account;
let complaint: ComplaintSummary;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await adminToken(server);
  [agent, handler, otherHandler] = await Promise.all([
    createAccount(server, admin, {
      email: 'emily.carter@e2e.closeloop.test',
      name: 'Emily Carter',
      role: 'agent',
    }),
    createAccount(server, admin, { email: 'zhou.gong@e2e.closeloop.test', name: '周工', role: 'handler' }),
    createAccount(server, admin, { email: 'wu.gong@e2e.closeloop.test', name: '吴工', role: 'handler' }),
  ]);
  complaint = await openComplaint(server, agent.token, {
    customer: { name: 'Oliver Grant', email: 'oliver.grant@example.com', phone: '+1 415 555 0188' },
    subject: 'Air conditioning rattled all night',
    description:
      'The air conditioning in room 1208 rattled all night and I could not sleep before my meeting.',
    expectation: 'A refund for the night.',
    orderRef: 'BK-2026-1208',
    locale: 'en-US',
  });
  await moveThrough(server, agent.token, complaint.id, [{ to: 'triaged' }, { to: 'investigating' }]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * Like staff.ts `choose`, but clicks the option only once the list has finished sliding
 * in: on a busy machine a click during the animation can miss it (the list stays open).
 */
async function choose(scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  const list = scope.page().locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await list.getByTitle(option, { exact: true }).waitFor();
  await settled(scope.page());
  await list.getByTitle(option, { exact: true }).click();
  await list.waitFor({ state: 'hidden' });
}

describe('a department task', () => {
  it('goes from the owner to the handler and back with the outcome', async () => {
    const agentContext = await staffContext(browser, server, 'en-US');
    const handlerContext = await staffContext(browser, server, 'zh-CN');
    try {
      // The owner asks engineering.
      const page = await agentContext.newPage();
      const errors = pageErrors(page);
      await signIn(page, agent, 'en-US');
      await page.goto(`/complaints/${complaint.id}`);
      await page.getByRole('heading', { name: 'Air conditioning rattled all night', level: 2 }).waitFor();
      const tasks = card(page, 'Department tasks');
      await tasks.getByText('No department was asked yet.').waitFor();
      await button(tasks, 'Ask a department').click();
      const form = tasks.getByRole('form', { name: 'Ask a department' });
      await choose(form, 'Department', 'Engineering');
      await choose(form, 'Handler', '周工 · Handler');
      await form
        .getByLabel('What to check or do')
        .fill('Check the air conditioner in room 1208 and tell me why it rattles.');
      await snap(page, '70-agent-asks-engineering-en');
      await button(form, 'Send the request').click();
      await page.getByText('Request sent to 周工.').waitFor();
      const task = tasks.getByRole('listitem').filter({ hasText: 'Engineering · 周工' });
      await task.getByText('Open', { exact: true }).waitFor();
      await card(page, 'Timeline').getByText('Department asked').waitFor();

      // The handler, in Chinese on another browser, finds it under "My tasks".
      const desk = await handlerContext.newPage();
      const deskErrors = pageErrors(desk);
      // A handler starts on their tasks, and the nav offers only what they can use.
      await signIn(desk, handler, 'zh-CN');
      const nav = desk.getByRole('navigation', { name: 'main' });
      await nav.getByRole('link', { name: '我的任务' }).waitFor();
      expect(await nav.getByRole('link', { name: '复盘' }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: '纠正措施' }).count()).toBe(0);
      const mine = desk.getByRole('region', {
        name: `${complaint.trackingNumber} · Air conditioning rattled all night`,
      });
      await mine.getByText('Check the air conditioner in room 1208 and tell me why it rattles.').waitFor();
      await mine.getByText('BK-2026-1208').waitFor();
      await mine.getByText('发起人：Emily Carter', { exact: false }).waitFor();
      // What the handler needs to act, and nothing to reach the customer with.
      const shown = (await desk.locator('main, body').first().textContent()) ?? '';
      expect(shown).not.toContain('oliver.grant');
      expect(shown).not.toContain('555 0188');
      expect(shown).not.toContain('Oliver Grant');
      await snap(desk, '71-handler-my-tasks-zh');
      // On the complaint itself the handler sees who owns it, as the task card says.
      await desk.goto(`/complaints/${complaint.id}`);
      await desk.getByText('负责人：Emily Carter', { exact: false }).waitFor();
      await desk.goto('/tasks');
      await button(mine, '填写处理结果').click();
      const outcome = mine.getByRole('form', { name: '填写处理结果' });
      await outcome.getByLabel('处理结果').fill('滤网三个月未清洁导致异响，已清洁并更换滤网，今晚起正常。');
      await button(outcome, '填写处理结果').click();
      await desk.getByText('结果已记录，已通知负责人。').waitFor();
      await desk.getByText('这里没有任务。').waitFor();
      expect(unexpected(deskErrors)).toEqual([]);

      // The owner sees the outcome on the complaint, and in its timeline.
      await page.reload();
      await task.getByText('Done', { exact: true }).waitFor();
      await task.getByText('滤网三个月未清洁导致异响', { exact: false }).waitFor();
      await card(page, 'Timeline').getByText('Department answered').waitFor();
      await snap(page, '72-agent-sees-outcome-en');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await agentContext.close();
      await handlerContext.close();
    }
  });

  it('names the owner to a handler who has no task on the complaint', async () => {
    // A handler lists no staff accounts: the names come with the complaint itself.
    const context = await staffContext(browser, server, 'zh-CN');
    try {
      const page = await context.newPage();
      const errors = pageErrors(page);
      await signIn(page, otherHandler, 'zh-CN');
      await page.getByText('这里没有任务。').waitFor();
      await page.goto(`/complaints/${complaint.id}`);
      await page.getByText('负责人：Emily Carter', { exact: false }).first().waitFor();
      const timeline = card(page, '处理记录');
      await timeline.getByText('负责人：未分配 → Emily Carter').waitFor();
      expect(await timeline.textContent()).not.toContain('同事');
      await snap(page, '73-handler-without-task-sees-owner-zh');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
