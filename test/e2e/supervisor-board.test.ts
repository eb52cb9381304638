/**
 * A supervisor watches deadlines and approvals (PRODUCT.md R6, R4, R10): on the deadline board
 * an overdue complaint shows under its owner, the count leads to the queue of those complaints,
 * a new overdue complaint appears without a reload (live events), and a remedy above the
 * agent's authority is approved from the approvals inbox; then the same pages in English,
 * where a second remedy is rejected with a reason.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageErrors } from '../support/e2e-browser.js';
import { startServer, type E2EServer } from '../support/e2e-server.js';
import {
  adminToken,
  button,
  callApi,
  createAccount,
  moveThrough,
  openComplaint,
  signIn,
  snap,
  staffContext,
  switchLanguage,
  unexpected,
  type Account,
  type ComplaintSummary,
} from './staff.js';

let server: E2EServer;
let browser: Browser;
let agent: Account;
let supervisor: Account;
let overdue: ComplaintSummary;
let refunds: ComplaintSummary;
let followedUp: ComplaintSummary;

const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000).toISOString();

/** A complaint logged today from a letter received `days` ago: its deadlines have passed. */
async function lateLetter(subject: string, days: number): Promise<ComplaintSummary> {
  const complaint = await openComplaint(server, agent.token, {
    channel: 'letter',
    receivedAt: daysAgo(days),
    customer: { name: '孙丽', phone: '138 0013 8000' },
    subject,
    description: `${subject}。信件寄到后一直没有人联系我。`,
  });
  await moveThrough(server, agent.token, complaint.id, [{ to: 'triaged' }]);
  return complaint;
}

/**
 * A minor complaint resolved under a policy whose follow-up is due 3.6 seconds after the
 * resolution (the policy is put back at once: the complaint keeps the version it was opened under).
 */
async function resolvedWithFollowUpDue(admin: string): Promise<ComplaintSummary> {
  const current = await callApi<{ policy: { base: Record<string, unknown>; rules: unknown[] } }>(
    server,
    admin,
    'GET',
    '/api/v1/deadline-policies/current',
  );
  const save = (base: Record<string, unknown>) =>
    callApi(server, admin, 'POST', '/api/v1/deadline-policies', { policy: { ...current.policy, base } });
  await save({ ...current.policy.base, followUpHours: 0.001 });
  const complaint = await openComplaint(server, agent.token, {
    customer: { name: '钱峰', phone: '137 0000 1111' },
    subject: '宽带安装师傅迟到两小时',
    description: '约好上午九点安装宽带，师傅十一点才到，也没有提前打电话。',
    severity: 'minor',
  });
  await save(current.policy.base);
  await moveThrough(server, agent.token, complaint.id, [{ to: 'triaged' }, { to: 'investigating' }]);
  await callApi(server, agent.token, 'POST', `/api/v1/complaints/${complaint.id}/remedies`, {
    kind: 'apology',
    description: '电话致歉，说明迟到原因。',
  });
  await moveThrough(server, agent.token, complaint.id, [
    { to: 'remedy_proposed', responsibility: 'internal_process' },
    { to: 'in_progress' },
    { to: 'resolved', resolution: '已电话致歉，客户表示理解。' },
  ]);
  // Until the server's clock is past the follow-up's due time.
  for (let tries = 0; ; tries += 1) {
    const { clocks } = await callApi<{ clocks: { kind: string; state: string }[] }>(
      server,
      agent.token,
      'GET',
      `/api/v1/complaints/${complaint.id}`,
    );
    if (clocks.find((k) => k.kind === 'follow_up')?.state === 'breached') break;
    if (tries > 60) throw new Error('the follow-up never came due');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return complaint;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await adminToken(server);
  [agent, supervisor] = await Promise.all([
    createAccount(server, admin, { email: 'wang.lei@e2e.closeloop.test', name: '王磊', role: 'agent' }),
    createAccount(server, admin, { email: 'li.na@e2e.closeloop.test', name: '李娜', role: 'supervisor' }),
  ]);
  followedUp = await resolvedWithFollowUpDue(admin);
  overdue = await lateLetter('快递丢件三周无人处理', 6);
  // Two refunds above the agent's limit (200 CNY) wait for a supervisor (limit 2,000).
  refunds = await openComplaint(server, agent.token, {
    customer: { name: '赵敏', phone: '139 1234 5678' },
    subject: '会员年卡被重复扣费800元',
    description: '我的健身会员年卡上个月已经续费,这个月又被自动扣了800元。',
  });
  await moveThrough(server, agent.token, refunds.id, [{ to: 'triaged' }, { to: 'investigating' }]);
  for (const [amount, description] of [
    [800, '退还重复扣除的年卡费用800元,3个工作日内原路退回。'],
    [1500, '另赔偿1500元作为补偿。'],
  ] as const) {
    await callApi(server, agent.token, 'POST', `/api/v1/complaints/${refunds.id}/remedies`, {
      kind: amount === 800 ? 'refund' : 'compensation',
      amount,
      description,
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the supervisor’s board and approvals inbox', () => {
  it('shows an overdue complaint under its owner, updates live, and approves from the inbox', async () => {
    const context = await staffContext(browser, server, 'zh-CN');
    try {
      const page = await context.newPage();
      const errors = pageErrors(page);
      await signIn(page, supervisor, 'zh-CN');
      await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: '监督' }).click();
      await page.getByRole('heading', { name: '监督', level: 2 }).waitFor();

      // The overdue letter, under 王磊.
      const breached = page.getByRole('link', { name: '王磊 的 1 件已超时投诉：查看' });
      await breached.waitFor();
      const row = page.getByRole('row').filter({ hasText: '王磊' });
      expect(await row.getByRole('link', { name: '王磊 的 2 件未结投诉：查看' }).count()).toBe(1);
      await page
        .getByRole('img', { name: /柱状图$/ })
        .locator('canvas')
        .waitFor();

      // Another late letter arrives: the board counts it without a reload.
      const second = await lateLetter('发票开错三次仍未更正', 5);
      await page.getByRole('link', { name: '王磊 的 2 件已超时投诉：查看' }).waitFor({ timeout: 15_000 });
      // The headline adds up: the resolved complaint is not an open one overdue, but a follow-up overdue.
      await page
        .getByText('3 件未结投诉中，2 件已超时，0 件即将超时，1 件进展正常', { exact: false })
        .waitFor();
      await page.getByText('另有已解决投诉的回访超时 1 件、复盘超时 0 件。', { exact: false }).waitFor();
      const followUps = page.getByRole('link', { name: '王磊 的 1 件回访超时投诉：查看' });
      await followUps.waitFor();
      await snap(page, '60-supervisor-board-zh');
      // The bell says what happened: which remedy waits, which deadline was missed.
      const bell = page.getByRole('button', { name: /^通知/ });
      await bell.click();
      const popover = page.locator('.ant-popover');
      // Two remedies of one complaint: one entry naming both.
      await popover.getByText('补救方案待您审批：退款 ¥800.00、补偿 ¥1,500.00').waitFor();
      expect(await popover.getByText('投诉有新进展').count()).toBe(0);
      await snap(page, '60c-notifications-zh');
      await bell.click();
      await popover.waitFor({ state: 'hidden' });
      await followUps.click();
      await page.waitForURL(/\/complaints\?view=breached&clock=follow_up&owner=/);
      await page.getByText('时限：回访').waitFor();
      const followUpRow = page
        .locator('tbody')
        .getByRole('row')
        .filter({ hasText: followedUp.trackingNumber });
      await followUpRow.getByText('超时：回访').waitFor();
      expect(await page.locator('tbody').getByRole('row').count()).toBe(1);
      await snap(page, '60b-queue-follow-up-overdue-zh');
      await page.goBack();

      // The count opens the queue of exactly those complaints.
      await page.getByRole('link', { name: '王磊 的 2 件已超时投诉：查看' }).click();
      await page.waitForURL(/\/complaints\?view=breached&owner=/);
      await page.getByText('负责人：王磊').waitFor();
      const queue = page.locator('tbody').getByRole('row');
      await queue.filter({ hasText: overdue.trackingNumber }).waitFor();
      await queue.filter({ hasText: second.trackingNumber }).waitFor();
      expect(await queue.filter({ hasText: refunds.trackingNumber }).count()).toBe(0);
      expect(await queue.filter({ hasText: followedUp.trackingNumber }).count()).toBe(0);
      await queue.filter({ hasText: overdue.trackingNumber }).getByText('超时：首次响应').waitFor();
      await snap(page, '61-queue-overdue-of-owner-zh');
      await page.goBack();

      // The inbox: both refunds are within 李娜's limit; approve the 800 one.
      await page.getByRole('tab', { name: '审批' }).click();
      await page.waitForURL(/\/supervision\/approvals$/);
      await page.getByText('您的审批额度：¥2,000.00').waitFor();
      const items = page.locator('.cl-sv-approvals').getByRole('listitem');
      await items.filter({ hasText: '¥800.00' }).waitFor();
      expect(await items.count()).toBe(2);
      expect(await items.first().textContent()).toContain(refunds.trackingNumber);
      await items.first().getByText('提出人：王磊').waitFor();
      await snap(page, '62-approvals-inbox-zh');
      await page
        .getByRole('button', { name: `批准 ${refunds.trackingNumber} 的补救方案` })
        .first()
        .click();
      await page.getByText(`已批准 ${refunds.trackingNumber}。已通知提出人和负责人。`).waitFor();
      await items.filter({ hasText: '¥800.00' }).waitFor({ state: 'detached' });
      expect(await items.count()).toBe(1);
      const remedies = await callApi<{ items: { amount: number; status: string }[] }>(
        server,
        agent.token,
        'GET',
        `/api/v1/complaints/${refunds.id}/remedies`,
      );
      expect(remedies.items.map((r) => [r.amount, r.status])).toEqual([
        [800, 'approved'],
        [1500, 'pending_approval'],
      ]);

      // The same pages in English; the 1,500 compensation is rejected with a reason.
      await switchLanguage(page, 'en-US');
      await page.getByText('You may approve up to ¥2,000.00').waitFor();
      await page.getByRole('button', { name: `Reject the remedy of ${refunds.trackingNumber}` }).click();
      const form = page.getByRole('form', { name: 'Reject' });
      await button(form, 'Reject the remedy').click();
      await form.getByText('Say why.').waitFor();
      await form
        .getByLabel('Why it is rejected (the proposer reads this)')
        .fill('The refund covers the loss; offer a coupon instead.');
      await form.getByText('Say why.').waitFor({ state: 'detached' });
      await snap(page, '63-approvals-reject-en');
      await button(form, 'Reject the remedy').click();
      await page.getByText('Rejected. The proposer is told why.').waitFor();
      await page.getByText('Nothing waits for your approval.').waitFor();

      await page.getByRole('tab', { name: 'Deadline board' }).click();
      await page.getByRole('link', { name: '2 overdue complaints of 王磊: show them' }).waitFor();
      await page
        .getByRole('link', { name: '1 complaint of 王磊 with the follow-up overdue: show it' })
        .waitFor();
      await page
        .getByText('Of 3 open complaints, 2 are overdue, 0 at risk and 1 on track', { exact: false })
        .waitFor();
      await snap(page, '64-supervisor-board-en');
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page
        .locator('.ant-popover')
        .getByText(/^Remedy awaiting your approval: /)
        .first()
        .waitFor();
      await snap(page, '64b-notifications-en');
      await page.getByRole('button', { name: /^Notifications/ }).click();
      await page.locator('.ant-popover').waitFor({ state: 'hidden' });
      await page.getByRole('tab', { name: 'Workload' }).click();
      const person = page.getByRole('row').filter({ hasText: '王磊' });
      await person.getByText('Agent').waitFor();
      await page
        .getByRole('img', { name: /^Bar chart of open complaints by severity/ })
        .locator('canvas')
        .waitFor();
      await snap(page, '65-workload-en');
      await page.getByRole('tab', { name: 'Escalations' }).click();
      await page.locator('.ant-card-head-title').getByText('Escalations', { exact: true }).waitFor();
      await snap(page, '66-escalations-en');

      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
