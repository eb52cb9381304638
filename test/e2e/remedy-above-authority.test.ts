/**
 * Nobody promises beyond their authority (PRODUCT.md R4, CONTRACT.md §5): an agent (limit
 * 200 CNY) proposes an 800 CNY refund, which waits for approval and holds the complaint
 * back from "in progress"; a supervisor (limit 2,000), signed in on another browser,
 * finds it in the queue's "Awaiting approval" view and approves it; the agent then sees it
 * approved and carries the remedy out.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageErrors } from '../support/e2e-browser.js';
import { startServer, type E2EServer } from '../support/e2e-server.js';
import {
  adminToken,
  button,
  card,
  choose,
  createAccount,
  expectStatus,
  moveThrough,
  openComplaint,
  openStep,
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
let supervisor: Account;
let complaint: ComplaintSummary;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await adminToken(server);
  [agent, supervisor] = await Promise.all([
    createAccount(server, admin, { email: 'wang.lei@e2e.closeloop.test', name: '王磊', role: 'agent' }),
    createAccount(server, admin, {
      email: 'grace.chen@e2e.closeloop.test',
      name: 'Grace Chen',
      role: 'supervisor',
    }),
  ]);
  complaint = await openComplaint(server, agent.token, {
    customer: { name: '赵敏', phone: '139 1234 5678' },
    subject: '会员年卡被重复扣费800元',
    description: '我的健身会员年卡上个月已经续费，这个月又被自动扣了800元，客服电话一直打不通。',
    expectation: '把多扣的800元退回来。',
    orderRef: 'VIP-2026-04417',
  });
  // The agent took it already (new → triaged, owner: the agent).
  await moveThrough(server, agent.token, complaint.id, [{ to: 'triaged' }]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a remedy above the agent’s authority', () => {
  it('waits for a supervisor’s approval before the agent can carry it out', async () => {
    const agentContext = await staffContext(browser, server, 'zh-CN');
    const supervisorContext = await staffContext(browser, server, 'en-US');
    try {
      // The agent investigates and proposes an 800 CNY refund.
      const page = await agentContext.newPage();
      const errors = pageErrors(page);
      await signIn(page, agent, 'zh-CN');
      await page.goto(`/complaints/${complaint.id}`);
      await page.getByRole('heading', { name: '会员年卡被重复扣费800元', level: 2 }).waitFor();
      let dialog = await openStep(page, '开始核实');
      await button(dialog, '确认').click();
      await dialog.waitFor({ state: 'detached' });
      await expectStatus(page, '下一步', '核实中');

      const remedies = card(page, '补救方案');
      await button(remedies, '提出补救方案').click();
      const form = remedies.getByRole('form', { name: '提出补救方案' });
      await choose(form, '方式', '退款');
      await form.getByLabel('金额（元）').fill('800');
      await form.getByLabel('具体给客户什么').fill('退还重复扣除的年卡费用800元，3个工作日内原路退回。');
      await snap(page, '30-agent-proposes-refund-zh');
      await button(form, '提出补救方案').click();
      await page.getByText('金额超出您的权限额度，方案需等待主管审批。').waitFor();

      const refund = remedies.getByRole('listitem').filter({ hasText: '退款' });
      await refund.getByText('待审批').waitFor();
      expect(await refund.textContent()).toMatch(/退款 · ¥800\.00/);
      // An agent cannot approve it, not even their own.
      expect(await button(refund, '审批通过').count()).toBe(0);

      // Responsibility settled: remedy_proposed needs a remedy, pending or not.
      dialog = await openStep(page, '界定责任');
      await choose(dialog, '责任界定', '内部流程');
      await button(dialog, '确认').click();
      await dialog.waitFor({ state: 'detached' });
      await expectStatus(page, '下一步', '已提方案');
      await page.getByText('责任界定：内部流程', { exact: false }).first().waitFor();

      // Carrying it out is refused while the refund waits: the server says why.
      dialog = await openStep(page, '执行方案');
      await button(dialog, '确认').click();
      const refusal = dialog.getByRole('alert');
      await refusal.getByText('还不能进行这一步').waitFor();
      // In the agent's language, not the server's English.
      await refusal.getByText('所有补救方案获批后才能开始执行：还有方案在等待审批。').waitFor();
      await snap(page, '31-agent-in-progress-refused-zh', { viewport: true });
      await button(dialog, '取消').click();
      await dialog.waitFor({ state: 'detached' });
      await snap(page, '32-agent-waits-for-approval-zh');

      // The supervisor, in English on another browser, opens it from the queue and approves.
      const boss = await supervisorContext.newPage();
      const bossErrors = pageErrors(boss);
      await signIn(boss, supervisor, 'en-US');
      // The bell tells them first: one item, a button that opens the complaint.
      await boss.getByRole('button', { name: /^Notifications: \d+ unread$/ }).click();
      const inbox = boss.getByRole('list', { name: 'Notifications' });
      const asked = inbox.getByRole('listitem').filter({ hasText: 'Remedy awaiting your approval' });
      await asked.waitFor();
      expect(await asked.textContent()).toContain(complaint.trackingNumber);
      expect(await asked.getByRole('button').count()).toBe(1);
      await snap(boss, '33b-supervisor-notifications-en', { viewport: true });
      await boss.getByRole('button', { name: /^Notifications: \d+ unread$/ }).click();
      await inbox.waitFor({ state: 'hidden' });
      // The queue's "Awaiting approval" view holds what they may approve, and nothing else.
      await boss
        .getByRole('radiogroup', { name: 'Queue' })
        .getByText('Awaiting approval', { exact: true })
        .click();
      await boss.waitForURL(/view=awaitingApproval/);
      const awaiting = boss.locator('tbody').getByRole('row').filter({ hasText: complaint.trackingNumber });
      await awaiting.waitFor();
      expect(await boss.locator('tbody').getByRole('row').count()).toBe(1);
      await snap(boss, '33a-supervisor-awaiting-approval-en');
      await awaiting.click();
      await boss.getByRole('heading', { name: '会员年卡被重复扣费800元', level: 2 }).waitFor();
      const pending = card(boss, 'Remedies').getByRole('listitem').filter({ hasText: 'Refund' });
      await pending.getByText('Waiting for approval').waitFor();
      expect(await pending.textContent()).toMatch(/Refund · ¥800\.00/);
      await pending.getByText('proposed by 王磊').waitFor();
      await snap(boss, '33-supervisor-sees-pending-en');
      await button(pending, 'Approve').click();
      await boss.getByText('Remedy approved.').waitFor();
      await pending.getByText('Approved', { exact: true }).waitFor();
      await pending.getByText('approved by Grace Chen', { exact: false }).waitFor();
      expect(await button(pending, 'Approve').count()).toBe(0);
      await snap(boss, '34-supervisor-approved-en');
      expect(unexpected(bossErrors)).toEqual([]);

      // Back to the agent: the refund is approved, and the work can start.
      await page.reload();
      await refund.getByText('已批准').waitFor();
      await refund.getByText('Grace Chen 批准', { exact: false }).waitFor();
      dialog = await openStep(page, '执行方案');
      await button(dialog, '确认').click();
      await dialog.waitFor({ state: 'detached' });
      await expectStatus(page, '下一步', '处理中');
      const timeline = card(page, '处理记录');
      const approval = timeline.getByRole('listitem').filter({ hasText: '批准补救方案' });
      await approval.getByText('退款 · ¥800.00').waitFor();
      await timeline.getByText('已提方案 → 处理中').waitFor();
      await snap(page, '35-agent-in-progress-zh');

      expect(unexpected(errors)).toEqual([]);
    } finally {
      await agentContext.close();
      await supervisorContext.close();
    }
  });
});
