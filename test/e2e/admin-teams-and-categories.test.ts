/**
 * An admin organises the staff and the categories: adds a team and puts an agent in it, gives
 * the logistics category guidance, a default team and a subcategory; then the agent sets that
 * subcategory on a complaint from the triage card. In Chinese, then the same pages in English.
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
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const token = await adminToken(server);
  const me = await callApi<{ id: string; name: string }>(server, token, 'GET', '/api/v1/auth/me');
  admin = { ...server.admin, id: me.id, name: me.name, role: 'admin', token };
  agent = await createAccount(server, token, {
    email: 'zhou.min@e2e.closeloop.test',
    name: '周敏',
    role: 'agent',
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('an admin sets up teams and categories, an agent uses a subcategory', () => {
  it('in Chinese, then in English', async () => {
    const complaint = await openComplaint(server, agent.token, {
      customer: { name: '刘洋', phone: '+86 139 0000 2222' },
      description: '快递把包裹送到了隔壁小区，打电话也没人处理。',
      category: 'logistics',
    });

    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, admin, 'zh-CN');
      // A team, then the agent in it.
      await page.goto('/admin/users?tab=teams');
      await page.getByLabel('新团队名称').fill('售后一组');
      await button(page, '添加团队').click();
      await page.getByText('已添加团队“售后一组”。').waitFor();
      const teamRow = page.locator('.ant-table-tbody').getByRole('row').filter({ hasText: '售后一组' });
      await teamRow.getByText('启用', { exact: true }).waitFor();
      await page.getByRole('tab', { name: '用户' }).click();
      const agentRow = page.locator('.ant-table-tbody').getByRole('row').filter({ hasText: agent.email });
      await choose(agentRow, '周敏 的团队', '售后一组');
      await page.getByText('周敏：售后一组。').waitFor();
      await snap(page, '90-admin-teams-users-zh');
      const users = await callApi<{ items: { id: string; teamName: string | null }[] }>(
        server,
        admin.token,
        'GET',
        '/api/v1/users?limit=200',
      );
      expect(users.items.find((u) => u.id === agent.id)?.teamName).toBe('售后一组');

      // The logistics category: guidance, default team, a subcategory.
      await page
        .getByRole('navigation', { name: 'main' })
        .getByRole('button', { name: /系统管理/ })
        .click();
      await page.getByRole('menu').getByRole('link', { name: '投诉类型' }).click();
      await page.getByRole('heading', { name: '投诉类型', level: 2 }).waitFor();
      await page.getByRole('tab', { name: /物流配送/ }).click();
      const editor = page.getByRole('tabpanel');
      await editor.getByLabel('说明（简体中文）').fill('配送延误、送错地址、包裹破损或丢失。');
      await editor.getByLabel('说明（English）').fill('Late, misdelivered, damaged or lost parcels.');
      await choose(editor, '默认团队', '售后一组');
      await button(editor, '添加子类型').click();
      await editor.getByLabel('名称（简体中文） 1').fill('送错地址');
      await editor.getByLabel('名称（English） 1').fill('Wrong address');
      await button(editor, '保存“物流配送”').click();
      await page.getByText('已保存“物流配送”。').waitFor();
      await snap(page, '91-admin-categories-zh');

      // The agent sets the subcategory from the triage card.
      const agentContext = await staffContext(browser, server, 'zh-CN');
      const agentPage = await agentContext.newPage();
      const agentErrors = pageErrors(agentPage);
      try {
        await signIn(agentPage, agent, 'zh-CN');
        await agentPage.goto(`/complaints/${complaint.id}`);
        const triage = card(agentPage, '分类研判');
        await triage.getByText('归类说明：配送延误、送错地址、包裹破损或丢失。').waitFor();
        await choose(triage, '选择子类型', '送错地址');
        await agentPage.getByText('已设置子类型。').waitFor();
        // The timeline names the subcategories, not their ids.
        await card(agentPage, '处理记录').getByText('子类型：无 → 送错地址').waitFor();
        await snap(agentPage, '92-complaint-subcategory-zh');
        const saved = await callApi<{ subcategoryId: string | null }>(
          server,
          agent.token,
          'GET',
          `/api/v1/complaints/${complaint.id}`,
        );
        expect(saved.subcategoryId).not.toBeNull();
        const history = await callApi<{ items: { action: string }[] }>(
          server,
          agent.token,
          'GET',
          `/api/v1/complaints/${complaint.id}/history`,
        );
        expect(history.items.map((h) => h.action)).toContain('subcategory.set');
        // The complaint is in the agent's team queue.
        await agentPage.goto('/complaints?view=myTeam');
        await agentPage.getByText(complaint.trackingNumber).first().waitFor();

        await switchLanguage(agentPage, 'en-US');
        await agentPage.goto(`/complaints/${complaint.id}`);
        const triageEn = card(agentPage, 'Triage');
        await triageEn.getByText('Wrong address', { exact: true }).waitFor();
        await triageEn.getByText('What belongs here: Late, misdelivered, damaged or lost parcels.').waitFor();
        await snap(agentPage, '93-complaint-subcategory-en');
        expect(unexpected(agentErrors)).toEqual([]);
      } finally {
        await agentContext.close();
      }

      await switchLanguage(page, 'en-US');
      await page.getByRole('heading', { name: 'Categories', level: 2 }).waitFor();
      await page.getByRole('tabpanel').getByLabel('Name (English) 1').waitFor();
      await snap(page, '94-admin-categories-en');
      await page.goto('/admin/users?tab=teams');
      await page.locator('.ant-table-tbody').getByRole('row').filter({ hasText: '售后一组' }).waitFor();
      await snap(page, '94b-admin-teams-en');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
