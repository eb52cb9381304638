/**
 * A customer on a phone, in Chinese, files a complaint without an account, keeps the
 * tracking number, follows the link, sees the timeline and adds a message (PRODUCT.md
 * R1, R7; CONTRACT.md §6). A wrong code gets the same answer as an unknown number.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentLanguage, launchBrowser, pageErrors, phone, screenshot } from '../support/e2e-browser.js';
import { startServer, type E2EServer } from '../support/e2e-server.js';

// A 1×1 PNG: the server checks that a file's first bytes match its declared type.
const photo = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

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

async function phoneContext(locale: 'zh-CN' | 'en-US'): Promise<BrowserContext> {
  return browser.newContext({
    ...phone,
    locale,
    timezoneId: locale === 'zh-CN' ? 'Asia/Shanghai' : 'America/New_York',
    baseURL: server.url,
  });
}

/** Nothing wider than the phone's screen (no sideways scrolling). */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate<number>('document.documentElement.scrollWidth');
  expect(width).toBeLessThanOrEqual(390);
}

/** Whether the page cancels an Enter keydown in this input (so the form is not submitted). */
function enterIsHeldBack(page: Page, selector: string, isComposing: boolean): Promise<boolean> {
  const event = `new KeyboardEvent('keydown', { key: 'Enter', isComposing: ${isComposing}, bubbles: true, cancelable: true })`;
  return page.evaluate<boolean>(
    `!document.querySelector(${JSON.stringify(selector)}).dispatchEvent(${event})`,
  );
}

/** Browser noise about HTTP errors the test causes on purpose (400, 404) is expected. */
const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('Failed to load resource'));

describe('a customer files a complaint on a phone and tracks it', () => {
  it('files in Chinese, sees the tracking number, follows it and adds a message', async () => {
    const context = await phoneContext('zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await page.goto('/complain');
      await page.getByRole('heading', { name: '请告诉我们发生了什么' }).waitFor();
      expect(await documentLanguage(page)).toBe('zh-CN');
      await expectNoSidewaysScroll(page);
      await screenshot(page, '01-complain-form-zh');

      // Enter picks a pinyin candidate while an IME composes: it must not submit the form.
      expect(await enterIsHeldBack(page, '#complain_customer_name', true), 'while composing').toBe(true);
      expect(await enterIsHeldBack(page, '#complain_customer_name', false), 'not composing').toBe(false);
      const name = page.getByLabel('您的称呼');

      await name.fill('王小明');
      await page.getByLabel('标题（选填）').fill('外卖送错了还洒了汤');
      await page
        .getByLabel('发生了什么？')
        .fill('昨天晚上八点点的外卖，送来的是别人的订单，汤也洒了一半。打客服电话一直没人接。');
      await page.getByLabel('您希望我们怎样解决？').fill('重新送一份，并退还配送费。');
      await page.getByLabel('订单号（选填）').fill('WM20260503-0815');

      // First try: neither email nor phone. The page says so beside the email field at once,
      // with the other required fields, without asking the server.
      let sent = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/public/complaints') sent++;
      });
      await page.getByRole('button', { name: '提交投诉' }).click();
      const email = page.getByLabel('邮箱', { exact: true });
      const emailItem = page.locator('.ant-form-item').filter({ has: email });
      await emailItem.getByText('请填写邮箱或手机号（至少一项）。').waitFor();
      expect(await email.getAttribute('aria-invalid')).toBe('true');
      expect(await page.evaluate<string>('document.activeElement.id'), 'the focus moves to it').toBe(
        'complain_customer_email',
      );
      await page.getByText('请检查标红的栏目。').waitFor();
      expect(sent, 'nothing sent while a required field is missing').toBe(0);
      await expectNoSidewaysScroll(page);
      await screenshot(page, '02-contact-missing-zh');

      // Second try: a phone number and a photo of the spilled soup.
      await page.getByLabel('手机号').fill('138 0013 8000');
      await page.getByTestId('complain_evidence-input').setInputFiles({
        name: '洒了的汤.png',
        mimeType: 'image/png',
        buffer: photo,
      });
      await page.getByText('洒了的汤.png').waitFor();
      // A phone number will do: the email field's message goes away.
      await emailItem.getByText('请填写邮箱或手机号（至少一项）。').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: '提交投诉' }).click();

      await page.getByRole('heading', { name: '您的投诉已受理' }).waitFor();
      const receipt = (await page.getByTestId('receipt').textContent()) ?? '';
      const trackingNumber = /CL-[0-9A-Z]{4}-[0-9A-Z]{4}/.exec(receipt)?.[0];
      expect(trackingNumber, receipt).toBeDefined();
      expect(receipt).toContain('投诉单号');
      expect(receipt).toContain('查询码');
      expect(receipt).toMatch(/首次答复不晚于.*\d{4}年\d{1,2}月\d{1,2}日/);
      expect(receipt).toMatch(/预计解决不晚于.*\d{4}年\d{1,2}月\d{1,2}日/);
      await page.getByText('已上传：洒了的汤.png').waitFor();
      await expectNoSidewaysScroll(page);
      await screenshot(page, '03-acknowledgement-zh');

      // Follow it: /track?n=…&t=… looks it up at once.
      await page.getByRole('link', { name: '立即查看进度' }).click();
      await page.waitForURL(/\/track\?n=CL-[^&]+&t=.+/);
      const link = new URL(page.url());
      expect(link.searchParams.get('n')).toBe(trackingNumber);
      const accessToken = link.searchParams.get('t')!;
      await page.getByRole('heading', { name: trackingNumber! }).waitFor();
      const result = page.getByTestId('track-result');
      await result.getByText('新投诉').waitFor();
      await result.getByText('外卖送错了还洒了汤').waitFor();
      const timeline = page.locator('section[aria-labelledby="track-timeline-heading"]');
      await timeline.getByText('我们已收到您的投诉').waitFor();
      await timeline.getByText('已收到补充材料').waitFor();
      // The lookup form folds away so the complaint comes first on a phone.
      await page.getByRole('button', { name: '查询其他投诉' }).waitFor();
      expect(await page.getByLabel('查询码').count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await screenshot(page, '04-track-zh');

      // Add a message; the timeline shows it after the refresh.
      await page.getByLabel('补充说明').fill('补充一下：骑手说是商家打包错了，麻烦一起核实。');
      await page.getByRole('button', { name: '发送' }).click();
      await page.getByText('您的补充说明已提交。').waitFor();
      await timeline.getByText('补充一下：骑手说是商家打包错了，麻烦一起核实。').waitFor();
      await timeline.getByText('您的留言').waitFor();
      await expectNoSidewaysScroll(page);
      await screenshot(page, '05-message-added-zh');

      // The same lookup with a wrong code: the friendly not-found message.
      await page.goto(`/track?n=${encodeURIComponent(trackingNumber!)}&t=${accessToken.slice(0, -2)}xx`);
      const notFound = '没有找到与该单号和查询码对应的投诉。';
      await page.getByTestId('track-not-found').getByText(notFound).waitFor();
      expect(await page.getByTestId('track-result').count()).toBe(0);
      await expectNoSidewaysScroll(page);
      await screenshot(page, '06-wrong-code-zh');

      // An unknown number with a real code: exactly the same answer.
      await page.getByLabel('投诉单号').fill('CL-2345-6789');
      await page.getByLabel('查询码').fill(accessToken);
      await page.getByRole('button', { name: '查询' }).click();
      await page.getByTestId('track-not-found').getByText(notFound).waitFor();

      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('shows the complaint form in English to an English phone', async () => {
    const context = await phoneContext('en-US');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await page.goto('/complain');
      await page.getByRole('heading', { name: 'Tell us what went wrong' }).waitFor();
      await page.getByLabel('Your name').waitFor();
      await page.getByRole('button', { name: 'Send complaint' }).waitFor();
      expect(await documentLanguage(page)).toBe('en-US');
      await expectNoSidewaysScroll(page);
      await screenshot(page, '07-complain-form-en');

      // Keyboard: Tab reaches the file button with a visible focus ring; Enter in a text
      // field submits, and the form's own checks name what is missing.
      await page.getByLabel('Order number (optional)').focus();
      await page.keyboard.press('Tab');
      expect(await page.evaluate<string>('document.activeElement.id')).toBe('complain_evidence');
      const outline = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
      expect(outline).toBe('solid');
      await screenshot(page, '08-keyboard-focus-en');
      await page.getByLabel('Your name').press('Enter');
      const required = page.getByText('Please fill this in.');
      await required.first().waitFor();
      expect(await required.count()).toBe(2); // name and description
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
