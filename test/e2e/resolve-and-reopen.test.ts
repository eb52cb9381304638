/**
 * Closing the loop, and opening it again (PRODUCT.md R5, R6; CONTRACT.md §8): the agent
 * resolves a complaint with what was done; the deadlines card then shows the follow-up
 * clock, and for a moderate complaint the post-mortem too. The customer is not satisfied,
 * so the agent reopens it with a reason: the resolution clock starts a new cycle and the
 * follow-up and post-mortem stop.
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
  clock,
  createAccount,
  expectStatus,
  moveThrough,
  openComplaint,
  openStep,
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
let moderate: ComplaintSummary;
let minor: ComplaintSummary;

/** Opens a complaint and takes it as far as "in progress", with an apology as the remedy. */
async function inProgress(body: Record<string, unknown>): Promise<ComplaintSummary> {
  const complaint = await openComplaint(server, agent.token, body);
  await moveThrough(server, agent.token, complaint.id, [{ to: 'triaged' }, { to: 'investigating' }]);
  await callApi(server, agent.token, 'POST', `/api/v1/complaints/${complaint.id}/remedies`, {
    kind: 'apology',
    description: '店长当面致歉，并赠送一次免费洗护。',
  });
  await moveThrough(server, agent.token, complaint.id, [
    { to: 'remedy_proposed', responsibility: 'internal_process' },
    { to: 'in_progress' },
  ]);
  return complaint;
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  agent = await createAccount(server, await adminToken(server), {
    email: 'chen.jing@e2e.closeloop.test',
    name: '陈静',
    role: 'agent',
  });
  moderate = await inProgress({
    customer: { name: '孙丽', phone: '137 0000 1234' },
    subject: '干洗后羊绒大衣缩水变形',
    description: '送洗的羊绒大衣取回来明显缩水，袖子短了一截，店员说是面料问题不肯负责。',
    expectation: '照价赔偿大衣。',
    severity: 'moderate',
  });
  minor = await inProgress({
    customer: { name: '周杰', phone: '136 0000 5678' },
    subject: '取衣时多等了二十分钟',
    description: '约好的取衣时间到了，衣服还没熨好，多等了二十分钟。',
    severity: 'minor',
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('an agent resolves a complaint and reopens it', () => {
  it('shows the follow-up and post-mortem after resolving, and a new resolution cycle after reopening', async () => {
    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, agent, 'zh-CN');
      await page.goto(`/complaints/${moderate.id}`);
      await page.getByRole('heading', { name: '干洗后羊绒大衣缩水变形', level: 2 }).waitFor();
      await expectStatus(page, '下一步', '处理中');
      const deadlines = card(page, '时限');
      await clock(deadlines, '解决').getByText('正常').waitFor();
      expect(await clock(deadlines, '回访').count()).toBe(0);

      // Resolve, saying what was done.
      let dialog = await openStep(page, '解决');
      await dialog
        .getByLabel('处理结果')
        .fill('已按原价 1,280 元赔偿大衣，店长当面致歉，并加强员工的面料识别培训。');
      await snap(page, '40-agent-resolve-dialog-zh', { viewport: true });
      await button(dialog, '确认').click();
      await dialog.waitFor({ state: 'detached' });
      await expectStatus(page, '下一步', '已解决');

      // Resolution met; the follow-up (24 h) and the post-mortem (48 h, moderate) run.
      await clock(deadlines, '解决').getByText('已达成').waitFor();
      await clock(deadlines, '首次响应').getByText('已达成').waitFor();
      const followUp = clock(deadlines, '回访');
      const postMortem = clock(deadlines, '复盘');
      await followUp.getByText('正常').waitFor();
      await postMortem.getByText('正常').waitFor();
      expect(await followUp.textContent()).toContain('1 天内');
      expect(await postMortem.textContent()).toContain('2 天内');
      await card(page, '处理记录')
        .getByText('处理结果：已按原价 1,280 元赔偿大衣', { exact: false })
        .waitFor();
      await snap(page, '41-agent-resolved-zh');

      // The same in English; the reopening happens there.
      await switchLanguage(page, 'en-US');
      const deadlinesEn = card(page, 'Deadlines');
      await clock(deadlinesEn, 'Follow-up').getByText('on track').waitFor();
      await clock(deadlinesEn, 'Post-mortem').getByText('on track').waitFor();
      await clock(deadlinesEn, 'Resolution').getByText('met', { exact: true }).waitFor();
      await snap(page, '42-agent-resolved-en');

      dialog = await openStep(page, 'Reopen');
      await dialog.getByText('The customer is not satisfied: say why the loop starts again.').waitFor();
      await dialog
        .getByLabel('Reason')
        .fill('The customer called back: the compensation does not cover the lining she had replaced.');
      await button(dialog, 'Confirm').click();
      await dialog.waitFor({ state: 'detached' });
      await expectStatus(page, 'Next step', 'In progress');

      // A new resolution cycle runs; the follow-up and the post-mortem stopped.
      const resolutionEn = clock(deadlinesEn, 'Resolution');
      await resolutionEn.getByText('cycle 2').waitFor();
      await resolutionEn.getByText('on track').waitFor();
      expect(await resolutionEn.textContent()).toMatch(/in \d+ days/);
      await clock(deadlinesEn, 'Follow-up').getByText('stopped').waitFor();
      await clock(deadlinesEn, 'Post-mortem').getByText('stopped').waitFor();
      await clock(deadlinesEn, 'First response').getByText('met', { exact: true }).waitFor();
      const reopened = card(page, 'Timeline').getByRole('listitem').filter({ hasText: 'Reopened' });
      await reopened.getByText('Resolved → In progress').waitFor();
      await reopened.getByText('Reason: The customer called back', { exact: false }).waitFor();
      await snap(page, '43-agent-reopened-en');

      await switchLanguage(page, 'zh-CN');
      await clock(deadlines, '解决').getByText('第 2 轮').waitFor();
      await clock(deadlines, '回访').getByText('已停止').waitFor();
      await clock(deadlines, '复盘').getByText('已停止').waitFor();
      await snap(page, '44-agent-reopened-zh');

      // A minor complaint is followed up, but needs no post-mortem.
      await callApi(server, agent.token, 'POST', `/api/v1/complaints/${minor.id}/transitions`, {
        to: 'resolved',
        resolution: '已向客户致歉，并赠送一次免费洗护。',
      });
      await page.goto(`/complaints/${minor.id}`);
      await page.getByRole('heading', { name: '取衣时多等了二十分钟', level: 2 }).waitFor();
      await clock(deadlines, '回访').getByText('正常').waitFor();
      expect(await clock(deadlines, '复盘').count()).toBe(0);

      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
