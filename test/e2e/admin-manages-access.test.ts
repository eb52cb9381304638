/**
 * An admin manages who may do what (PRODUCT.md R14, R4): adds a colleague (a weak
 * password is refused beside its field), changes their role, cannot deactivate themself,
 * deactivates the colleague; makes an API token that is shown once and works until it is
 * revoked; and raises the agents' authority limit. Then the same pages in English.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, pageErrors } from '../support/e2e-browser.js';
import { startServer, type E2EServer } from '../support/e2e-server.js';
import {
  adminToken,
  button,
  callApi,
  choose,
  signIn,
  snap,
  staffContext,
  switchLanguage,
  unexpected,
  settled,
  type Account,
} from './staff.js';

let server: E2EServer;
let browser: Browser;
let admin: Account;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const token = await adminToken(server);
  const me = await callApi<{ id: string; name: string }>(server, token, 'GET', '/api/v1/auth/me');
  admin = { ...server.admin, id: me.id, name: me.name, role: 'admin', token };
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/**
 * The confirmation bubble opened last (closed ones stay in the page, hidden; one that is
 * still fading out after a click elsewhere may be visible a moment longer).
 */
const openConfirm = (page: Page) => page.locator('.ant-popconfirm:not(.ant-popover-hidden)').last();

/** GET /api/v1/auth/me with a bearer token: its HTTP status. */
async function statusWith(token: string): Promise<number> {
  const response = await fetch(`${server.url}/api/v1/auth/me`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return response.status;
}

describe('an admin manages users, API tokens and authority limits', () => {
  it('in Chinese, then in English', async () => {
    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, admin, 'zh-CN');
      await page
        .getByRole('navigation', { name: 'main' })
        .getByRole('button', { name: /系统管理/ })
        .click();
      await page.getByRole('menu').getByRole('link', { name: '用户与权限' }).click();
      await page.getByRole('heading', { name: '用户与权限', level: 2 }).waitFor();
      const users = page.locator('.ant-table-tbody');
      await users
        .getByRole('row')
        .filter({ hasText: admin.email })
        .getByText('我', { exact: true })
        .waitFor();

      // A new colleague: the weak password is refused beside its field, in Chinese.
      await button(page, '添加用户').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('姓名').fill('林晓');
      await dialog.getByLabel('邮箱').fill('lin.xiao@e2e.closeloop.test');
      await dialog.getByLabel('初始密码').fill('short');
      await dialog.getByText('密码强度：弱').waitFor();
      await button(dialog, '创建').click();
      await dialog.getByText('至少需要 10 个字符。').waitFor();
      await dialog.getByLabel('初始密码').fill('Lin-Xiao-2026-strong!');
      await dialog.getByText('密码强度：强').waitFor();
      await button(dialog, '创建').click();
      await page.getByText('林晓 现在可以登录了。').waitFor();
      const lin = users.getByRole('row').filter({ hasText: 'lin.xiao@e2e.closeloop.test' });
      await lin.getByText('客服', { exact: true }).waitFor();

      // A new role, in place.
      await choose(lin, '林晓 的角色', '主管');
      await page.getByText('林晓 的角色已改为：主管。').waitFor();

      // Nobody deactivates their own account.
      await button(users.getByRole('row').filter({ hasText: admin.email }), '停用').click();
      await button(openConfirm(page), '停用').click();
      await page.getByText('不能停用自己的账号，请让另一位管理员操作。').waitFor();
      await settled(page);

      // The colleague is deactivated.
      await button(lin, '停用').click();
      await button(openConfirm(page), '停用').click();
      await page.getByText('林晓 已停用。').waitFor();
      await lin.getByText('已停用', { exact: true }).waitFor();
      await button(lin, '重新启用').waitFor();
      await snap(page, '95-admin-users-zh');

      // An API token: shown once, usable, then revoked.
      await page.getByRole('tab', { name: 'API 令牌' }).click();
      await button(page, '新建 API 令牌').click();
      const tokenDialog = page.getByRole('dialog');
      await tokenDialog.getByLabel('名称').fill('CRM 同步');
      await button(tokenDialog, '创建令牌').click();
      await tokenDialog.getByText('请立即复制令牌：它只显示这一次，之后无法再查看。').waitFor();
      const token = ((await tokenDialog.getByTestId('new-token').textContent()) ?? '').trim();
      expect(token).toMatch(/^cla_/);
      await snap(page, '96-admin-token-once-zh', { viewport: true });
      expect(await statusWith(token)).toBe(200);
      await button(tokenDialog, '完成').click();
      await tokenDialog.waitFor({ state: 'detached' });
      const row = page.locator('.ant-table-tbody').getByRole('row').filter({ hasText: 'CRM 同步' });
      await row.getByText('有效', { exact: true }).waitFor();
      expect(await page.content()).not.toContain(token);
      await button(row, '吊销').click();
      await settled(page);
      await button(openConfirm(page), '吊销').click();
      await row.getByText('已吊销', { exact: true }).waitFor();
      expect(await statusWith(token)).toBe(401);

      // The agents may offer up to 500 without approval from now on.
      await page.getByRole('tab', { name: '权限额度' }).click();
      const agentLimit = page.getByLabel('客服 额度');
      await expect.poll(() => agentLimit.inputValue()).toBe('200.00');
      await agentLimit.fill('500');
      await button(page, '保存额度').click();
      await page.getByText('权限额度已保存。').waitFor();
      const limits = await callApi<{ limits: { role: string; amount: number | null }[] }>(
        server,
        admin.token,
        'GET',
        '/api/v1/authority-limits',
      );
      expect(limits.limits.find((l) => l.role === 'agent')?.amount).toBe(500);
      expect(limits.limits.find((l) => l.role === 'admin')?.amount).toBeNull();
      expect(await page.getByLabel('管理员 不限').isDisabled()).toBe(true);
      await snap(page, '97-admin-limits-zh');

      await switchLanguage(page, 'en-US');
      await page.getByRole('heading', { name: 'Users and access', level: 2 }).waitFor();
      await page.getByLabel('Agent Limit').waitFor();
      await snap(page, '98-admin-limits-en');
      await page.getByRole('tab', { name: 'Users' }).click();
      await lin.getByText('Deactivated', { exact: true }).waitFor();
      await snap(page, '99-admin-users-en');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
