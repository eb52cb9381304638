/**
 * An agent logs a complaint while the customer is on the phone (PRODUCT.md R1, R2, R3):
 * from the queue's "登记投诉" button, what happened first (it has the focus), the triage
 * suggestion following the words as they come (a safety risk once food poisoning is
 * mentioned), the agent's own severity, the emotion they hear and a subcategory of the
 * category (cleared when the category changes), Enter that never sends a
 * half-taken complaint (nor while an input method composes), Ctrl+Enter that does, and the
 * new complaint's page with its tracking number. In English, the server's errors[] show
 * beside their fields.
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
  createAccount,
  signIn,
  snap,
  staffContext,
  unexpected,
  type Account,
} from './staff.js';

let server: E2EServer;
let browser: Browser;
let agent: Account;
let foodSafety: { id: string };

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  const admin = await adminToken(server);
  agent = await createAccount(server, admin, {
    email: 'zhou.min@e2e.closeloop.test',
    name: '周敏',
    role: 'agent',
  });
  const productQuality = await callApi<{ subcategories: { id: string }[] }>(
    server,
    admin,
    'PUT',
    '/api/v1/categories/product_quality',
    {
      names: { 'zh-CN': '产品质量', 'en-US': 'Product quality' },
      subcategories: [
        { names: { 'zh-CN': '食品安全', 'en-US': 'Food safety' } },
        { names: { 'zh-CN': '包装破损', 'en-US': 'Damaged packaging' } },
      ],
    },
  );
  foodSafety = productQuality.subcategories[0]!;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Counts the page's calls to an API path (POST only). */
function countPosts(page: Page, path: string): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === path) count++;
  });
  return () => count;
}

const focusedId = (page: Page) => page.evaluate<string | undefined>('document.activeElement?.id');

interface Logged {
  status: string;
  ownerId: string | null;
  subcategoryId: string | null;
  channel: string;
  trackingNumber: string;
  customer: { name: string; tier: string };
  expectation: string | null;
  orderRef: string | null;
  triage: {
    category: { label: string; source: string };
    emotion: { label: string };
    risks: string[];
    severity: string;
    urgent: boolean;
  };
}

describe('an agent logs a phone complaint', () => {
  it('in Chinese: live triage, the agent’s severity and emotion, Ctrl+Enter, and the new complaint’s page', async () => {
    const context = await staffContext(browser, server, 'zh-CN');
    const page = await context.newPage();
    const errors = pageErrors(page);
    const triageCalls = countPosts(page, '/api/v1/triage');
    const intakeCalls = countPosts(page, '/api/v1/complaints');
    let lastTriageBody: unknown = null;
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/v1/triage') {
        lastTriageBody = request.postDataJSON();
      }
    });
    const lastTriage = () => lastTriageBody;
    try {
      await signIn(page, agent, 'zh-CN');
      await page
        .locator('section[aria-labelledby="queue-title"]')
        .getByRole('link', { name: '登记投诉' })
        .click();
      await page.waitForURL(/\/complaints\/new$/);
      await page.getByRole('heading', { name: '登记投诉', level: 2 }).waitFor();

      // What happened has the focus; the phone is the channel unless the agent says otherwise.
      await expect.poll(() => focusedId(page)).toBe('intake_description');
      expect(await page.getByRole('radio', { name: '电话' }).isChecked()).toBe(true);

      // The customer's first words: a stale dish. One suggestion per pause, not per key.
      await page.keyboard.type('前天在你们店吃的凉拌菜不新鲜', { delay: 30 });
      const panel = page.getByRole('complementary', { name: '分类研判建议' });
      const suggestion = panel.getByTestId('triage-suggestion');
      await suggestion.getByText('轻微', { exact: true }).waitFor();
      await suggestion.getByText('未发现', { exact: false }).waitFor();
      expect(triageCalls()).toBeLessThanOrEqual(2);

      // Then food poisoning: the suggestion follows, with the safety risk and its cue words.
      await page.keyboard.type('，吃完以后拉肚子，怀疑是食物中毒。现在已经好了，没去医院，就是想反映一下。', {
        delay: 10,
      });
      await suggestion.getByText('安全', { exact: true }).waitFor();
      await suggestion.getByText('严重', { exact: true }).waitFor();
      await suggestion.getByText('紧急', { exact: true }).waitFor();
      await suggestion.getByText('食物中毒', { exact: true }).first().waitFor();
      expect(triageCalls()).toBeLessThanOrEqual(4);

      // The customer is fine now: the agent judges it moderate (the safety risk stays), and
      // hears disappointment rather than calm.
      await choose(panel, '严重程度', '中度');
      await choose(panel, '您听到的客户情绪', '失望');
      // A subcategory of the category the agent chose; another category clears it.
      await choose(panel, '投诉类型', '产品质量');
      await choose(panel, '子类型', '食品安全');
      await choose(panel, '投诉类型', '服务态度');
      expect(await panel.getByLabel('子类型', { exact: true }).count()).toBe(0);
      await choose(panel, '投诉类型', '产品质量');
      await panel.getByText('不选（可选）', { exact: true }).waitFor();
      await choose(panel, '子类型', '食品安全');

      await page.getByLabel('客户诉求').fill('退还这道菜的钱，门店查一下凉拌菜的进货和保存。');
      const name = page.getByLabel('姓名', { exact: true });
      await name.fill('陈女士');
      // Enter while an input method composes picks a candidate, even with Ctrl held; a plain
      // Enter in a one-line field sends nothing either.
      await name.dispatchEvent('keydown', {
        key: 'Enter',
        code: 'Enter',
        isComposing: true,
        ctrlKey: true,
        bubbles: true,
      });
      await name.press('Enter');
      await page.locator('#intake_customer_phone').fill('139 1234 5678');
      await page.getByLabel('VIP 客户').check();
      await page.getByLabel('订单号').fill('MT-20261123-0088');
      expect(page.url()).toMatch(/\/complaints\/new$/);
      expect(intakeCalls()).toBe(0);
      // The live suggestion reads what saving reads: the expectation too, and the VIP tier.
      await expect
        .poll(() => lastTriage())
        .toMatchObject({ text: expect.stringContaining('退还这道菜的钱'), tier: 'vip' });
      // The agent owns what they log, unless they say otherwise.
      expect(await page.getByLabel('由我负责这个投诉').isChecked()).toBe(true);
      await snap(page, '90-agent-intake-zh');

      // Ctrl+Enter from what happened logs it.
      await page.getByLabel('发生了什么').press('Control+Enter');
      await page.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
      const notice = page.getByText(/^投诉 CL-[0-9A-Z-]+ 已登记，由您负责。$/);
      await notice.waitFor();
      const trackingNumber = /CL-[0-9A-Z-]+/.exec((await notice.textContent()) ?? '')?.[0];
      const id = /\/complaints\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
      await page
        .getByText(trackingNumber ?? '—')
        .first()
        .waitFor();
      expect(intakeCalls()).toBe(1);

      const logged = await callApi<Logged>(server, agent.token, 'GET', `/api/v1/complaints/${id}`);
      expect(logged.trackingNumber).toBe(trackingNumber);
      expect(logged.channel).toBe('phone');
      expect(logged.customer).toMatchObject({ name: '陈女士', tier: 'vip' });
      expect(logged.orderRef).toBe('MT-20261123-0088');
      expect(logged.expectation).toContain('退还这道菜的钱');
      expect(logged.triage.severity).toBe('moderate');
      expect(logged.triage.risks).toContain('safety');
      expect(logged.triage.urgent).toBe(true);
      expect(logged.triage.category).toMatchObject({ label: 'product_quality', source: 'person' });
      expect(logged.subcategoryId).toBe(foodSafety.id);
      expect(logged.triage.emotion.label).toBe('disappointed');
      expect(logged).toMatchObject({ status: 'triaged', ownerId: agent.id });
      await snap(page, '91-agent-intake-logged-zh');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('in English: the server’s problems show beside their fields, then the complaint is logged', async () => {
    const context = await staffContext(browser, server, 'en-US');
    const page = await context.newPage();
    const errors = pageErrors(page);
    try {
      await signIn(page, agent, 'en-US');
      await page
        .getByRole('navigation', { name: 'main' })
        .getByRole('link', { name: 'Log a complaint' })
        .click();
      await page.getByRole('heading', { name: 'Log a complaint', level: 2 }).waitFor();
      await page.getByRole('radiogroup', { name: 'Channel' }).getByText('Letter', { exact: true }).click();
      await page
        .getByLabel('What happened')
        .fill(
          'The salad tasted off and I had an upset stomach afterwards, maybe food poisoning. I am fine now.',
        );
      const suggestion = page
        .getByRole('complementary', { name: 'Triage suggestion' })
        .getByTestId('triage-suggestion');
      await suggestion.getByText('Safety', { exact: true }).waitFor();
      await page.getByLabel('Name', { exact: true }).fill('Grace Miller');
      const emailInput = page.locator('#intake_customer_email');
      await emailInput.fill('grace.miller@');
      await button(page, 'Log complaint').click();

      // The server's errors[] beside the field, in English; nothing logged.
      const email = page.locator('.ant-form-item').filter({ has: emailInput });
      await email.getByText('This is not an email address.').waitFor();
      await page.getByRole('alert').getByText('Please correct the marked fields.').waitFor();
      expect(page.url()).toMatch(/\/complaints\/new$/);
      await snap(page, '92-agent-intake-errors-en');

      await emailInput.fill('grace.miller@example.com');
      // Logged for a colleague to take: it stays unassigned.
      await page.getByLabel('I own this complaint').uncheck();
      await button(page, 'Log complaint').click();
      await page.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
      await page.getByText(/^Complaint CL-[0-9A-Z-]+ logged\.$/).waitFor();
      const id = /\/complaints\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
      const logged = await callApi<Logged>(server, agent.token, 'GET', `/api/v1/complaints/${id}`);
      expect(logged.channel).toBe('letter');
      expect(logged).toMatchObject({ status: 'new', ownerId: null });
      expect(logged.triage.risks).toContain('safety');
      expect(logged.triage.category.source).toBe('triage');
      await snap(page, '93-agent-intake-logged-en');
      expect(unexpected(errors)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
