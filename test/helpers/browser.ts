// A real headless browser for tests: the system Chromium (Debian's `chromium` package, which
// .ci/run installs when missing) driven by playwright-core, which downloads no browser of its own.
// Pages may reach loopback only, so a test that passes proves the page works with no internet.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { projectRoot } from '../../src/config.js';

export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const browserAvailable = fs.existsSync(chromiumPath);

/**
 * `describe` for browser tests: skipped on a machine without Chromium, except in CI (CI=true),
 * where a missing browser fails the run instead of hiding the tests.
 */
export const describeBrowser: typeof describe =
  process.env.CI && process.env.CI !== 'false' ? describe : (describe.skipIf(!browserAvailable) as typeof describe);

export function launchBrowser(): Promise<Browser> {
  if (!browserAvailable) {
    throw new Error(`No Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    // Root (CI) cannot use Chromium's sandbox; /dev/shm is small in containers.
    args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  });
}

function isLoopback(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  try {
    const { hostname } = new URL(url);
    return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
  } catch {
    return false;
  }
}

export interface OfflinePage {
  page: Page;
  context: BrowserContext;
  /** Requests the page tried to send beyond loopback (all were aborted). */
  blocked: string[];
  /** Uncaught page errors and console errors, in order. */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh context and page that can reach loopback addresses only. */
export async function openOfflinePage(browser: Browser, options: { viewport?: { width: number; height: number } } = {}): Promise<OfflinePage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return { page, context, blocked, errors, close: () => context.close() };
}

/** Registers hooks launching one browser for a test file. */
export function useBrowser(): { browser: Browser } {
  const ctx = {} as { browser: Browser };
  beforeAll(async () => {
    ctx.browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await ctx.browser?.close();
  });
  return ctx;
}

/**
 * Where a test keeps a screenshot: `docs/NAME` (the README's pictures) when UPDATE_SCREENSHOTS=1,
 * otherwise `.data/screenshots/NAME` (git-ignored), so an ordinary run leaves the tree clean.
 */
export function screenshotPath(name: string): string {
  const file = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(projectRoot, 'docs', name) : path.join(projectRoot, '.data/screenshots', name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  return file;
}
