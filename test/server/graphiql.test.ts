// GraphiQL with no internet: every asset comes from this origin, and in a real headless Chromium
// (pages can reach loopback only) the page renders, opens on the first tab's query, runs it and
// shows Arabic results; the dry-run tab runs with its variables. The run keeps a screenshot.
import fs from 'node:fs';
import { expect, it, vi } from 'vitest';
import { GRAPHIQL_TABS } from '../../src/server/graphiql.js';
import { describeBrowser, openOfflinePage, screenshotPath, useBrowser } from '../helpers/browser.js';
import { useFixtureServer } from '../helpers/server.js';

// A 5 MB script parsed by a browser on a loaded, shared machine.
vi.setConfig({ testTimeout: 120_000 });

const ARABIC = /[\u0621-\u064A]{3,}/;

const ctx = useFixtureServer({ graphiql: true });

/** Monaco draws spaces as no-break spaces. */
const editorText = async (locator: { innerText(): Promise<string> }) => (await locator.innerText()).replace(/\u00a0/g, ' ');

it('serves a page whose every script, style, icon and worker is on this origin', async () => {
  const html = await (await fetch(ctx.server.url, { headers: { accept: 'text/html' } })).text();
  expect(html).not.toMatch(/https?:\/\//);
  const urls = [...html.matchAll(/(?:src|href)="([^"]+)"|"(\/graphiql\/[^"]+)"/g)].map((m) => m[1] ?? m[2]);
  expect(urls.length).toBeGreaterThanOrEqual(6);
  for (const url of urls) {
    const response = await fetch(new URL(url, ctx.server.url), { headers: { 'accept-encoding': 'gzip' } });
    expect(response.status, url).toBe(200);
    expect(response.headers.get('content-type'), url).toMatch(/javascript|css|image/);
    expect((await response.arrayBuffer()).byteLength, url).toBeGreaterThan(100);
  }
  // The tabs ride in the page: the first one is the attribution query.
  expect(html).toContain('query WhoSaidWhat');
  expect(html).toContain('query DryRun');
  expect((await fetch(new URL('/graphiql/nope.js', ctx.server.url))).status).toBe(404);
});

describeBrowser('in headless Chromium', () => {
  const chrome = useBrowser();

  it('renders, opens on the first tab, runs it and shows Arabic results; the dry-run tab runs with its variables', async () => {
    const tab = await openOfflinePage(chrome.browser, { viewport: { width: 1400, height: 900 } });
    const { page } = tab;
    try {
      await page.goto(ctx.server.url);
      const queryEditor = page.locator('.graphiql-query-editor .view-lines').first();
      await queryEditor.waitFor({ timeout: 60_000 });
      await expect.poll(() => editorText(queryEditor), { timeout: 30_000 }).toContain('query WhoSaidWhat');
      // Four tabs, as src/server/graphiql.ts lists them.
      await expect.poll(() => page.locator('.graphiql-tab').count()).toBe(GRAPHIQL_TABS.length);

      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response .view-lines').first();
      await expect.poll(() => editorText(response), { timeout: 30_000 }).toMatch(/"totalCount": \d+/);
      const answer = await editorText(response);
      expect(answer).toMatch(ARABIC);
      expect(answer).toContain('"content"');
      const picture = screenshotPath('graphiql.png');
      await page.screenshot({ path: picture });
      expect(fs.statSync(picture).size).toBeGreaterThan(20_000);

      // The dry run: its query and its variables (an article with quotation marks and a line break).
      // The tab strip is drag-sortable, which swallows a pointer click: send the click event itself.
      await page.locator('.graphiql-tab-button').nth(1).dispatchEvent('click');
      await expect.poll(() => editorText(queryEditor), { timeout: 30_000 }).toContain('query DryRun');
      const variables = page.locator('.graphiql-editor-tool .view-lines').first();
      await expect.poll(() => editorText(variables), { timeout: 30_000 }).toContain('"text"');
      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => editorText(response), { timeout: 30_000 }).toContain('"statements"');
      const dryRun = await editorText(response);
      expect(dryRun).toContain('"kind": "direct"');
      expect(dryRun).toMatch(ARABIC);

      expect(tab.blocked).toEqual([]);
    } finally {
      await tab.close();
    }
  });
});
