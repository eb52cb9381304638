/**
 * Chromium for browser tests: Debian's /usr/bin/chromium driven by playwright-core, never
 * a downloaded browser (STACK.md). Playwright gives every launch a fresh temporary
 * user-data-dir (`--user-data-dir` may not be passed to `launch`) and removes it on close.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const chromiumPath = '/usr/bin/chromium';
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** test-results/e2e/ (git-ignored): the screenshots of the browser tests. */
export const screenshotDir = fileURLToPath(new URL('../../test-results/e2e/', import.meta.url));

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
    timeout: 60_000,
  });
}

/** A phone: 390 × 844 CSS pixels, touch, at 2× like most phones. */
export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/** Saves a full-page screenshot as test-results/e2e/<name>.png; answers its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = join(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: 'disabled' });
  return path;
}

/** Collects the page's console errors and uncaught exceptions (a test can assert none). */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** The page's <html lang>: what the app says its language is. */
export function documentLanguage(page: Page): Promise<string> {
  return page.evaluate<string>('document.documentElement.lang');
}
