/**
 * What the staff-console journeys share: accounts and complaints made through the API
 * (CONTRACT.md §3, §5) as the admin and the agent would, a desktop browser context per
 * person, signing in through the login page, and finding a card on the complaint page
 * by its visible title.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { screenshot, screenshotDir } from '../support/e2e-browser.js';
import type { E2EServer } from '../support/e2e-server.js';

export type Locale = 'zh-CN' | 'en-US';
export type Role = 'admin' | 'supervisor' | 'quality_manager' | 'agent' | 'handler';

export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
  token: string;
}

/** A JSON call to the API; fails the test on any answer but 2xx. */
export async function callApi<T = Record<string, unknown>>(
  server: E2EServer,
  token: string | null,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

async function login(server: E2EServer, email: string, password: string): Promise<string> {
  const session = await callApi<{ token: string }>(server, null, 'POST', '/api/v1/auth/login', {
    email,
    password,
  });
  return session.token;
}

export function adminToken(server: E2EServer): Promise<string> {
  return login(server, server.admin.email, server.admin.password);
}

/** POST /api/v1/users as the admin, then a login so the test can act as them too. */
export async function createAccount(
  server: E2EServer,
  admin: string,
  user: { email: string; name: string; role: Role },
): Promise<Account> {
  const password = `e2e-${user.role}-password-2026`;
  const created = await callApi<{ id: string }>(server, admin, 'POST', '/api/v1/users', {
    ...user,
    password,
  });
  return { ...user, id: created.id, password, token: await login(server, user.email, password) };
}

export interface ComplaintSummary {
  id: string;
  trackingNumber: string;
  status: string;
}

/** POST /api/v1/complaints with a staff token (a complaint taken on the phone). */
export function openComplaint(
  server: E2EServer,
  token: string,
  body: Record<string, unknown>,
): Promise<ComplaintSummary> {
  return callApi<ComplaintSummary>(server, token, 'POST', '/api/v1/complaints', {
    channel: 'phone',
    ...body,
  });
}

/** Moves a complaint through the lifecycle, one transition per step. */
export async function moveThrough(
  server: E2EServer,
  token: string,
  complaintId: string,
  steps: Record<string, unknown>[],
): Promise<void> {
  for (const step of steps) {
    await callApi(server, token, 'POST', `/api/v1/complaints/${complaintId}/transitions`, step);
  }
}

/** A desktop browser for one person: their language, their time zone, their session. */
export function staffContext(browser: Browser, server: E2EServer, locale: Locale): Promise<BrowserContext> {
  return browser.newContext({
    locale,
    timezoneId: locale === 'zh-CN' ? 'Asia/Shanghai' : 'America/New_York',
    viewport: { width: 1280, height: 900 },
    baseURL: server.url,
  });
}

const signInWords: Record<
  Locale,
  { email: string; password: string; submit: string; queue: string; tasks: string }
> = {
  'zh-CN': { email: '邮箱', password: '密码', submit: '登录', queue: '投诉列表', tasks: '我的协办任务' },
  'en-US': {
    email: 'Email',
    password: 'Password',
    submit: 'Sign in',
    queue: 'Complaints',
    tasks: 'My tasks',
  },
};

/**
 * A button's accessible name. antd puts a space between the two characters of a
 * two-character Chinese label ("确 认"), so "确认" matches either way.
 */
export function buttonName(text: string): string | RegExp {
  return /^\p{Script=Han}{2}$/u.test(text) ? new RegExp(`^${text[0]} ?${text[1]}$`) : text;
}

/** A button by its visible label (exact). */
export function button(scope: Locator | Page, text: string): Locator {
  const name = buttonName(text);
  return scope.getByRole('button', { name, exact: typeof name === 'string' });
}

/** Signs in through the login page and waits for the queue (a handler: their tasks). */
export async function signIn(page: Page, account: Account, locale: Locale): Promise<void> {
  const words = signInWords[locale];
  await page.goto('/login');
  await page.getByLabel(words.email).fill(account.email);
  await page.getByLabel(words.password).fill(account.password);
  await button(page, words.submit).click();
  const handler = account.role === 'handler';
  await page.waitForURL(handler ? /\/tasks$/ : /\/complaints$/);
  await page.getByRole('heading', { name: handler ? words.tasks : words.queue, level: 2 }).waitFor();
}

/** A card of the complaint page, by its title ("时限", "Remedies", …). */
export function card(page: Page, title: string): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** One clock of the deadlines card, by its translated name. */
export function clock(deadlines: Locator, name: string): Locator {
  return deadlines.getByRole('listitem').filter({
    has: deadlines.page().getByText(name, { exact: true }),
  });
}

/** Clicks a lifecycle button ("解决", "Reopen") and answers the dialog it opens. */
export async function openStep(page: Page, label: string): Promise<Locator> {
  await button(page, label).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

/** Waits until the status tag in the "next step" card reads `status`. */
export async function expectStatus(page: Page, actionsTitle: string, status: string): Promise<void> {
  await card(page, actionsTitle).getByText(status, { exact: true }).waitFor();
  expect(await card(page, actionsTitle).getByText(status, { exact: true }).count()).toBe(1);
}

/**
 * Chooses an option of an antd Select found by its label. The open list's options carry
 * their label as a title; antd's own role="option" copies are hidden (screen readers only).
 */
export async function choose(scope: Locator, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  const list = scope.page().locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await list.getByTitle(option, { exact: true }).click();
  await list.waitFor({ state: 'hidden' });
}

/** The motions of antd dialogs, dropdowns and messages (zoom, fade, slide, move-up). */
const motion = /^ant-(zoom|fade|slide-up|slide-down|move-up|message-move-up)-(enter|appear|leave)/;

/**
 * Waits until no dialog, dropdown or message is still moving in or out. Smaller motions,
 * such as a button's click wave, do not matter for a screenshot.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction((pattern: string) => {
    // The tests are type-checked without the DOM library: what this needs of it.
    const { document } = globalThis as unknown as {
      document: { querySelectorAll: (selector: string) => ArrayLike<{ classList: ArrayLike<string> }> };
    };
    const moving = new RegExp(pattern);
    const candidates = document.querySelectorAll('[class*="-enter"], [class*="-appear"], [class*="-leave"]');
    return !Array.from(candidates).some((el) => Array.from(el.classList).some((c) => moving.test(c)));
  }, motion.source);
}

/**
 * A screenshot once the page has settled: the whole page, or with `viewport` only what
 * is on screen (a dialog's mask covers only the screen, so the full page would show it
 * cut off).
 */
export async function snap(page: Page, name: string, options: { viewport?: boolean } = {}): Promise<void> {
  await settled(page);
  if (!options.viewport) {
    await screenshot(page, name);
    return;
  }
  mkdirSync(screenshotDir, { recursive: true });
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), animations: 'disabled' });
}

/**
 * Switches the language with the switch in the header, once the last action's messages
 * have gone (a message keeps the language it was shown in).
 */
export async function switchLanguage(page: Page, to: Locale): Promise<void> {
  await page.locator('.ant-message-notice').last().waitFor({ state: 'detached', timeout: 10_000 });
  await page
    .getByRole('radiogroup', { name: to === 'en-US' ? '语言' : 'Language' })
    .getByText(to === 'en-US' ? 'English' : '简体中文', { exact: true })
    .click();
  await page.waitForFunction(
    (lang: string) =>
      (globalThis as unknown as { document: { documentElement: { lang: string } } }).document.documentElement
        .lang === lang,
    to,
  );
}

/** Switches the composer (or any antd Segmented) to the option with this label. */
export async function pick(scope: Locator, group: string, option: string): Promise<void> {
  const radios = scope.getByRole('radiogroup', { name: group });
  // The radio input itself is hidden; its visible label takes the click.
  await radios.getByText(option, { exact: true }).click();
  expect(await radios.getByRole('radio', { name: option }).isChecked()).toBe(true);
}

/** Browser noise about HTTP errors the test causes on purpose (409) is expected. */
export const unexpected = (errors: string[]) => errors.filter((e) => !e.includes('Failed to load resource'));
