/**
 * The customer closes the loop from the tracking page (PRODUCT.md R4, R5, R8; CONTRACT.md
 * §6): on a phone they see the offer beside what they asked for and reject it with a
 * reason; later, once it is resolved, they give it one star. The agent then finds the
 * complaint reopened, the rating and the customer's answer on the complaint page, and,
 * once it is resolved again, records the follow-up call that meets its deadline.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageErrors, phone, screenshot } from '../support/e2e-browser.js';
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
  signIn,
  snap,
  staffContext,
  unexpected,
  type Account,
} from './staff.js';

let server: E2EServer;
let browser: Browser;
let agent: Account;
let filed: { id: string; trackingNumber: string; accessToken: string };

const propose = (kind: string, description: string) =>
  callApi(server, agent.token, 'POST', `/api/v1/complaints/${filed.id}/remedies`, { kind, description });

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  agent = await createAccount(server, await adminToken(server), {
    email: 'wang.lei@e2e.closeloop.test',
    name: '王磊',
    role: 'agent',
  });
  const receipt = await callApi<{ trackingNumber: string; accessToken: string }>(
    server,
    null,
    'POST',
    '/api/v1/public/complaints',
    {
      customer: { name: '赵女士', phone: '135 0000 2468' },
      description: '网购的电水壶用了两天就不加热了，客服让我自己寄回检测。',
      expectation: '直接换一台新的。',
      locale: 'zh-CN',
    },
  );
  const found = await callApi<{ items: { id: string }[] }>(
    server,
    agent.token,
    'GET',
    `/api/v1/complaints?trackingNumber=${receipt.trackingNumber}`,
  );
  filed = { id: found.items[0]!.id, ...receipt };
  await moveThrough(server, agent.token, filed.id, [{ to: 'triaged' }, { to: 'investigating' }]);
  await propose('redo_service', '寄回检测后为您维修，并书面致歉。');
  await moveThrough(server, agent.token, filed.id, [
    { to: 'remedy_proposed', responsibility: 'internal_process' },
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a customer answers the offer and the survey on the tracking page', () => {
  it('rejects the offer with a reason, rates the resolution one star, and the agent sees it reopened', async () => {
    const customer = await browser.newContext({
      ...phone,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      baseURL: server.url,
    });
    const page = await customer.newPage();
    const errors = pageErrors(page);
    try {
      await page.goto(`/track?n=${filed.trackingNumber}&t=${encodeURIComponent(filed.accessToken)}`);
      const offer = page.getByTestId('track-offer');
      await offer.getByText('直接换一台新的。').waitFor();
      await offer.getByText('寄回检测后为您维修，并书面致歉。').waitFor();
      await button(offer, '拒绝方案').click();
      await button(offer, '提交我的答复').click();
      await offer.getByText('请告诉我们原因，以便我们改进方案。').waitFor(); // required, checked before sending
      await offer.getByLabel('哪里不合适？').fill('寄回检测太麻烦，希望直接换新。');
      await button(offer, '提交我的答复').click();
      await offer.getByText('您的答复已提交，负责人会重新处理您的投诉。').waitFor();
      await offer.getByText('您已拒绝').waitFor();
      await page.getByTestId('track-result').getByText('核实中').waitFor();
      expect(await button(offer, '接受方案').count()).toBe(0);
      await screenshot(page, '60-customer-rejected-offer-zh');

      // The agent offers a replacement, carries it out and resolves the complaint.
      await propose('replacement', '为您直接换新一台，并承担运费。');
      await moveThrough(server, agent.token, filed.id, [
        { to: 'remedy_proposed' },
        { to: 'in_progress' },
        { to: 'resolved', resolution: '已为客户换新一台电水壶。' },
      ]);

      await page.reload();
      const survey = page.getByTestId('track-survey');
      await survey.getByText('您的投诉已处理完毕，请为我们的处理打分。').waitFor();
      await button(survey, '提交评价').click();
      await survey.getByText('请选择 1 到 5 星。').waitFor();
      await survey.locator('.ant-rate-star').first().click();
      await survey.getByLabel('还有什么想告诉我们的吗？（选填）').fill('换新等了一周，太慢了。');
      await button(survey, '提交评价').click();
      await survey.getByText('很抱歉没能让您满意。', { exact: false }).waitFor();
      await survey.getByText('您的评分：1 / 5').waitFor();
      await page.getByTestId('track-result').getByText('处理中').waitFor();
      // What was carried out before the resolution is no offer to answer after the reopen.
      expect(await button(page.getByTestId('track-offer'), '接受方案').count()).toBe(0);
      await screenshot(page, '61-customer-rated-one-star-zh');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await customer.close();
    }

    const staff = await staffContext(browser, server, 'en-US');
    const desk = await staff.newPage();
    const staffErrors = pageErrors(desk);
    try {
      await signIn(desk, agent, 'en-US');
      await desk.goto(`/complaints/${filed.id}`);
      await expectStatus(desk, 'Next step', 'In progress');
      const closing = card(desk, 'Satisfaction and follow-up');
      await closing.getByText('1 / 5').first().waitFor();
      await closing.getByText('换新等了一周，太慢了。').waitFor();
      const remedies = card(desk, 'Remedies');
      await remedies.getByText('Customer rejected').waitFor();
      await remedies.getByText('Customer’s reason: 寄回检测太麻烦，希望直接换新。').waitFor();
      const timeline = card(desk, 'Timeline');
      await timeline.getByText('Customer rejected the offer').waitFor();
      await timeline
        .getByRole('listitem')
        .filter({ hasText: 'Satisfaction survey' })
        .getByText('Rating: 1 / 5')
        .waitFor();
      const reopened = timeline.getByRole('listitem').filter({ hasText: 'Reopened' });
      await reopened.getByText('Resolved → In progress').waitFor();
      await snap(desk, '62-agent-sees-survey-reopened-en');

      // Resolved again, the owner records the follow-up call: the follow-up deadline is met.
      await moveThrough(server, agent.token, filed.id, [
        { to: 'resolved', resolution: '已上门更换并当面致歉。' },
      ]);
      await desk.reload();
      await expectStatus(desk, 'Next step', 'Resolved');
      await button(closing, 'Record a follow-up').click();
      await closing.getByText('Satisfied', { exact: true }).click();
      await closing.getByLabel('Notes').fill('Called her: the new kettle works.');
      await button(closing, 'Save follow-up').click();
      await closing.getByText('Called her: the new kettle works.').waitFor();
      await clock(card(desk, 'Deadlines'), 'Follow-up').getByText('met', { exact: true }).waitFor();
      expect(unexpected(staffErrors)).toEqual([]);
    } finally {
      await staff.close();
    }
  });
});
