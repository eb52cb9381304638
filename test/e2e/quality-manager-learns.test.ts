/**
 * Learning from a complaint (seed 000 step 6, seed 003's four needs; PRODUCT.md R9): the
 * quality manager opens a resolved complaint, tries to complete the post-mortem too early
 * and is told what is missing, adds a corrective action, completes it (the post-mortem
 * deadline is met), adds the complaint to the case library with a tag, and finds the
 * anonymised case by searching the library.
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
  choose,
  clock,
  createAccount,
  moveThrough,
  openComplaint,
  signIn,
  snap,
  staffContext,
  unexpected,
  type Account,
  type ComplaintSummary,
} from './staff.js';

let server: E2EServer;
let browser: Browser;
let quality: Account;
let complaint: ComplaintSummary;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await adminToken(server);
  const agent = await createAccount(server, admin, {
    email: 'wang.lei@e2e.closeloop.test',
    name: '王磊',
    role: 'agent',
  });
  quality = await createAccount(server, admin, {
    email: 'zhou.min@e2e.closeloop.test',
    name: '周敏',
    role: 'quality_manager',
  });
  complaint = await openComplaint(server, agent.token, {
    customer: { name: '孙丽', phone: '137 0000 1234', email: 'sun.li@example.com' },
    subject: '干洗后羊绒大衣缩水变形',
    description:
      '孙丽女士送洗的羊绒大衣取回来明显缩水，店员王磊说是面料问题不肯负责。联系电话 137-0000-1234。',
    expectation: '照价赔偿大衣。',
    severity: 'moderate',
  });
  await moveThrough(server, agent.token, complaint.id, [{ to: 'triaged' }, { to: 'investigating' }]);
  await callApi(server, agent.token, 'POST', `/api/v1/complaints/${complaint.id}/remedies`, {
    kind: 'apology',
    description: '店长当面致歉，并照价赔偿大衣。',
  });
  await moveThrough(server, agent.token, complaint.id, [
    { to: 'remedy_proposed', responsibility: 'internal_process' },
    { to: 'in_progress' },
    { to: 'resolved', resolution: '已照价赔偿 1,280 元，店长当面致歉。' },
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a quality manager learns from a resolved complaint', () => {
  it('writes the post-mortem with an action, adds the case to the library and finds it', async () => {
    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, quality, 'zh-CN');
      // The post-mortem list leads to the resolved complaint: due within 48 hours, not started.
      const nav = page.getByRole('navigation', { name: 'main' });
      await nav.getByRole('link', { name: '复盘', exact: true }).click();
      await page.getByRole('heading', { name: '投诉复盘', level: 2 }).waitFor();
      const due = page.getByRole('region', { name: '干洗后羊绒大衣缩水变形', exact: false });
      await due.getByText('未开始', { exact: true }).waitFor();
      await due.getByText('前完成', { exact: false }).waitFor();
      await snap(page, '69-quality-post-mortems-due-zh');
      await due.getByRole('link', { name: '去复盘' }).click();
      await page.getByRole('heading', { name: '干洗后羊绒大衣缩水变形', level: 2 }).waitFor();
      const postMortem = card(page, '复盘');
      await postMortem.getByText('未开始', { exact: true }).waitFor();

      // Root cause, lessons and the final answer along the customer's four needs.
      await choose(postMortem, '问题根源', '人员技能');
      await postMortem.getByLabel('处理不足').fill('首次答复把责任推给面料。');
      await postMortem.getByLabel('可复制的经验').fill('先承担责任再核查；面料问题由门店兜底。');
      await postMortem.getByLabel('1. 何时解决').fill('3 月 4 日前完成赔付');
      await postMortem.getByLabel('2. 怎样解决').fill('照价赔偿并当面致歉');
      await postMortem.getByLabel('3. 根本原因').fill('新员工未按面料标签选择洗涤程序');
      await postMortem.getByLabel('4. 如何杜绝再发生').fill('上岗前面料识别考核');

      // Too early: no action yet. The card says what is missing.
      await button(postMortem, '完成复盘').click();
      const refusal = postMortem.getByRole('alert').filter({ hasText: '复盘还不能完成' });
      await refusal.getByText('至少一项纠正或预防措施').waitFor();
      await snap(page, '70-quality-post-mortem-missing-zh');

      await button(postMortem, '添加措施').click();
      const actionForm = postMortem.getByRole('form', { name: '添加措施' });
      await actionForm.getByLabel('具体做什么').fill('全体门店员工月底前完成面料识别培训与考核。');
      await button(actionForm, '添加措施').click();
      const actions = postMortem.getByRole('list', { name: '纠正与预防措施' });
      await actions.getByText('全体门店员工月底前完成面料识别培训与考核。').waitFor();
      await actions.getByText('进行中', { exact: true }).waitFor();

      await button(postMortem, '完成复盘').click();
      await postMortem.getByText('已完成', { exact: true }).waitFor();
      await postMortem.getByText('按时完成', { exact: true }).waitFor();
      await clock(card(page, '时限'), '复盘').getByText('已达成').waitFor();
      await card(page, '处理记录').getByText('完成复盘', { exact: true }).first().waitFor();
      await snap(page, '71-quality-post-mortem-completed-zh');

      // Done: the list shows it under 已完成, with its root cause.
      await nav.getByRole('link', { name: '复盘', exact: true }).click();
      await page.getByRole('heading', { name: '投诉复盘', level: 2 }).waitFor();
      await page
        .getByRole('radiogroup', { name: '查看哪些复盘' })
        .getByText('已完成', { exact: true })
        .click();
      const done = page.getByRole('region', { name: '干洗后羊绒大衣缩水变形', exact: false });
      await done.getByText('问题根源：人员技能').waitFor();
      await done.getByText('已完成', { exact: true }).waitFor();
      await snap(page, '71b-quality-post-mortems-done-zh');
      await done.getByRole('link', { name: '查看' }).click();
      await page.getByRole('heading', { name: '干洗后羊绒大衣缩水变形', level: 2 }).waitFor();
      const postMortemAgain = card(page, '复盘');

      // Into the case library, with a tag.
      await button(postMortemAgain, '加入案例库').click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await dialog.getByText('姓名替换为角色', { exact: false }).waitFor();
      const tags = dialog.getByLabel('标签');
      await tags.fill('面料');
      await tags.press('Enter');
      await button(dialog, '加入案例库').click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText('已加入案例库。').waitFor();

      // Found by searching the library, anonymised.
      await page.getByRole('navigation', { name: 'main' }).getByRole('link', { name: '案例库' }).click();
      await page.getByRole('heading', { name: '案例库', level: 2 }).waitFor();
      await page.getByLabel('搜索案例库').fill('缩水');
      const results = page.getByRole('list', { name: '案例库' });
      const link = results.getByRole('link', { name: '干洗后羊绒大衣缩水变形' });
      await link.waitFor();
      await results.getByText('#面料').waitFor();
      await snap(page, '72-quality-case-search-zh');
      await link.click();
      const article = page.getByRole('article', { name: '干洗后羊绒大衣缩水变形' });
      await article.getByText('顾客A送洗的羊绒大衣取回来明显缩水', { exact: false }).waitFor();
      await article.getByText('先承担责任再核查；面料问题由门店兜底。').waitFor();
      const text = (await article.textContent()) ?? '';
      expect(text).not.toContain('孙丽');
      expect(text).not.toContain('1234');
      expect(text).not.toContain('王磊');
      expect(text).toContain('[电话]');
      await snap(page, '73-quality-case-zh');

      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
