/**
 * The language follows the browser at first; the switch changes it, and the choice is
 * remembered in this browser (zh-CN / en-US).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentLanguage, launchBrowser, pageErrors, screenshot } from '../support/e2e-browser.js';
import { startServer, type E2EServer } from '../support/e2e-server.js';

let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('language switch', () => {
  it('starts in English for an English browser, switches to Chinese and remembers it', async () => {
    const context = await browser.newContext({ locale: 'en-US', baseURL: server.url });
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await page.goto('/');
      await page.waitForURL(/\/login$/);
      await page.getByRole('heading', { name: 'Sign in to Closeloop' }).waitFor();
      await page.getByLabel('Email').waitFor();
      await page.getByLabel('Password').waitFor();
      expect(await documentLanguage(page)).toBe('en-US');
      await screenshot(page, '10-login-en');

      await page.getByText('简体中文').click();
      await page.getByRole('heading', { name: '登录 Closeloop' }).waitFor();
      await page.getByLabel('邮箱').waitFor();
      await page.getByLabel('密码').waitFor();
      expect(await page.getByText('Sign in to Closeloop').count()).toBe(0);
      expect(await documentLanguage(page)).toBe('zh-CN');

      await page.reload();
      await page.getByRole('heading', { name: '登录 Closeloop' }).waitFor();
      expect(await documentLanguage(page)).toBe('zh-CN');
      expect(await page.evaluate<string | null>("localStorage.getItem('closeloop.language')")).toBe('zh-CN');
      await screenshot(page, '11-login-zh-after-reload');

      // Only uncaught exceptions fail this test: the login page is the staff console's.
      expect(errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
