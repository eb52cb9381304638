/**
 * An admin edits a reply template in the browser (PRODUCT.md R9): finds it by category and
 * severity, sees the reply coach flag blame-shifting words as they type, inserts a
 * placeholder, is told about an unknown one beside the section, saves, and an agent's draft
 * uses the new words; then, in English, brings the shipped templates back.
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
  admin = { ...server.admin, id: '', name: 'Admin', role: 'admin', token };
  agent = await createAccount(server, token, { email: 'tpl.agent@e2e.test', name: '许静', role: 'agent' });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

interface TemplateSet {
  source: 'shipped' | 'custom';
  items: {
    name: string;
    locale: string;
    category: string | null;
    severity: string | null;
    sections: Record<string, string>;
  }[];
}

describe('reply templates in the browser', () => {
  it('edits a template with the coach beside it, saves it, and brings the shipped ones back', async () => {
    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, admin, 'zh-CN');
      await page
        .getByRole('navigation', { name: 'main' })
        .getByRole('button', { name: /系统管理/ })
        .click();
      await page.getByRole('menu').getByRole('link', { name: '话术模板', exact: true }).click();
      await page.getByRole('heading', { name: /话术模板/, level: 2 }).waitFor();
      await page.getByText('系统自带模板', { exact: true }).waitFor();

      // Logistics × moderate, in Chinese.
      await page.getByRole('button', { name: /^物流配送·中度\s*（物流配送、中度）/ }).click();
      const editor = page.getByRole('region', { name: '正在编辑：物流配送·中度' });
      await editor.waitFor();
      const preview = editor.getByRole('region', { name: /用示例值预览/ });
      await preview.getByText('王女士', { exact: false }).first().waitFor();

      // Words that shift the blame: the coach marks them while the admin types.
      const opening = editor.getByLabel('开场：共情与致歉');
      await opening.fill('{{customerName}}您好，这不是我们的问题。');
      await preview.getByText('推卸责任').waitFor();
      await preview.locator('mark').first().waitFor();
      await snap(page, '80-admin-template-coach-zh');

      // A placeholder from the list goes where the cursor was; an unknown one is named beside the section.
      await opening.fill('{{customerName}}您好，包裹没能按时送到，给您添麻烦了，非常抱歉。{{orderNumber}}');
      await editor.getByText('{{orderNumber}} 不是可用的占位符，请从列表中选择。').waitFor();
      await opening.fill('{{customerName}}您好，包裹没能按时送到，给您添麻烦了，非常抱歉。单号 ');
      await opening.press('End');
      await editor.getByRole('button', { name: '插入 {{trackingNumber}}' }).click();
      expect(await opening.inputValue()).toBe(
        '{{customerName}}您好，包裹没能按时送到，给您添麻烦了，非常抱歉。单号 {{trackingNumber}}',
      );
      await preview.getByText('单号 CL-7KQ4-M9XT', { exact: false }).first().waitFor();
      expect(await preview.getByText('推卸责任').count()).toBe(0);
      await page.getByText('已修改').first().waitFor();
      await snap(page, '81-admin-template-edited-zh');

      await button(page, '保存模板').click();
      await page
        .getByText(/模板已保存/)
        .first()
        .waitFor();
      await page.getByText('自定义模板', { exact: true }).waitFor();
      const saved = await callApi<TemplateSet>(server, admin.token, 'GET', '/api/v1/reply-templates');
      expect(saved.source).toBe('custom');
      expect(saved.items).toHaveLength(42);
      const logistics = saved.items.find(
        (t) => t.locale === 'zh-CN' && t.category === 'logistics' && t.severity === 'moderate',
      );
      expect(logistics?.sections.opening).toBe(
        '{{customerName}}您好，包裹没能按时送到，给您添麻烦了，非常抱歉。单号 {{trackingNumber}}',
      );

      // An agent's draft for a logistics complaint starts with the new opening.
      const complaint = await openComplaint(server, agent.token, {
        customer: { name: '黄先生' },
        description: '快递显示已签收，但我根本没有收到包裹，快递员电话也打不通。',
        category: 'logistics',
        severity: 'moderate',
      });
      const draft = await callApi<{ text: string }>(
        server,
        agent.token,
        'GET',
        `/api/v1/complaints/${complaint.id}/reply-draft`,
      );
      expect(
        draft.text.startsWith(
          `黄先生您好，包裹没能按时送到，给您添麻烦了，非常抱歉。单号 ${complaint.trackingNumber}`,
        ),
      ).toBe(true);

      // In English: an English template, then the shipped set back.
      await switchLanguage(page, 'en-US');
      await page.getByRole('heading', { name: /Reply templates/, level: 2 }).waitFor();
      await page
        .getByRole('radiogroup', { name: 'Templates written in' })
        .getByText('English', { exact: true })
        .click();
      await page.getByRole('button', { name: /^Policy · severe\s*\(Policy, Severe\)/ }).click();
      const english = page.getByRole('region', { name: 'Editing: Policy · severe' });
      await english
        .getByRole('region', { name: /Preview with sample values/ })
        .getByText('Ms Carter', { exact: false })
        .first()
        .waitFor();
      await english
        .getByText(/Reply coach/)
        .first()
        .waitFor();
      await snap(page, '82-admin-template-en');

      await button(page, 'Restore shipped templates').click();
      await button(page.locator('.ant-popconfirm'), 'Yes').click();
      await page.getByText('The shipped templates are back.').waitFor();
      await page.getByText('Shipped templates', { exact: true }).waitFor();
      const restored = await callApi<TemplateSet>(server, admin.token, 'GET', '/api/v1/reply-templates');
      expect(restored.source).toBe('shipped');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
