// The quote explorer in a real browser (the system Chromium via test/helpers/browser.ts, offline:
// loopback only) against a real Isnad serving a fresh build of web/ over a database with the seed.
// It also takes the README's screenshots (docs/), so they show what the code does today.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { projectRoot } from '../../src/config.js';
import { createPrismaClient } from '../../src/db/client.js';
import { seedDatabase } from '../../src/ingest/seed.js';
import { startServer, type RunningServer } from '../../src/server/http.js';
import { buildWeb } from '../../web/build.js';
import { describeBrowser, openOfflinePage, useBrowser, type OfflinePage } from '../helpers/browser.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

const KEY = 'web-test-key';
const DOCS = path.join(projectRoot, 'docs');
const LIVE_TEXT = 'وقال وزير الخارجية الفرنسي جان إيف لودريان للصحفيين إن "الحل في سوريا سياسي ولا بديل عن المفاوضات".';

describeBrowser('the quote explorer', () => {
  let db: TestDatabase;
  let tmp: string;
  let server: RunningServer;
  let origin: string;
  const chrome = useBrowser();

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDatabase(db.prisma);
    tmp = await mkdtemp(path.join(os.tmpdir(), 'isnad-web-'));
    const built = await buildWeb({ outDir: path.join(tmp, 'dist') });
    server = await startServer({
      prisma: createPrismaClient(db.url),
      port: 0,
      host: '127.0.0.1',
      logging: false,
      webDir: built.dir,
      config: { production: false, apiKeys: [KEY] },
    });
    origin = new URL(server.url).origin;
    seeded = await api<{ articles: { nodes: SeedArticle[] } }>(
      '{ articles(first: 10) { nodes { id title statements(first: 100) { totalCount nodes { id content speaker { ... on Person { id name } ... on Organization { id name } } } } } } }',
    ).then((d) => d.articles.nodes.sort((a, b) => b.statements.totalCount - a.statements.totalCount));
    await mkdir(DOCS, { recursive: true });
  });
  afterAll(async () => {
    await server?.close();
    await db?.drop();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  async function api<T>(query: string, variables: Record<string, unknown> = {}, key?: string): Promise<T> {
    const response = await fetch(server.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(key ? { authorization: `Bearer ${key}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data: T; errors?: unknown[] };
    expect(body.errors).toBeUndefined();
    return body.data;
  }

  interface SeedArticle {
    id: string;
    title: string;
    statements: { totalCount: number; nodes: { id: string; content: string; speaker: { id: string; name: string } | null }[] };
  }
  /** The two seed articles, read before any test ingests more; the one with more statements first. */
  let seeded: SeedArticle[];
  const seedArticles = async () => seeded;

  async function open(url: string, viewport?: { width: number; height: number }): Promise<OfflinePage> {
    const tab = await openOfflinePage(chrome.browser, { viewport });
    await tab.page.goto(`${origin}${url}`);
    return tab;
  }

  /** The page worked offline: nothing beyond loopback was asked for, nothing failed. */
  function expectClean(tab: OfflinePage) {
    expect(tab.blocked).toEqual([]);
    expect(tab.errors).toEqual([]);
  }

  const highlights = (page: Page) =>
    page.$$eval('mark.quote', (marks) => marks.map((m) => ({ id: (m as HTMLElement).dataset.statement!, text: m.textContent })));

  test('an article shows exactly one highlight per statement, each with the statement’s content, in the Arabic font', async () => {
    const articles = await seedArticles();
    expect(articles).toHaveLength(2);
    for (const article of articles) {
      const tab = await open(`/article/${article.id}`, { width: 1400, height: 1000 });
      try {
        await tab.page.waitForSelector('mark.quote');
        const shown = await highlights(tab.page);
        expect(shown).toHaveLength(article.statements.totalCount);
        expect(shown).toEqual(article.statements.nodes.map((s) => ({ id: s.id, text: s.content })));
        expect(await tab.page.locator('.statement-row').count()).toBe(article.statements.totalCount);
        // Each speaker has a numbered label beside the colour; the body reads right to left.
        expect(await tab.page.locator('.quote-wrap > .label').count()).toBe(article.statements.totalCount);
        expect(await tab.page.getAttribute('.article-text', 'dir')).toBe('rtl');
        // Every statement's cue is underlined (one cue may introduce several statements).
        const cueOwners = (await tab.page.$$eval('.article-text .cue', (els) => els.map((el) => (el as HTMLElement).dataset.of!.split(' ')))).flat();
        expect(new Set(cueOwners)).toEqual(new Set(article.statements.nodes.map((s) => s.id)));
        expect(await tab.page.locator('.article-text .mention').count()).toBeGreaterThan(0);
        const fontLoaded = await tab.page.evaluate(async () => {
          await document.fonts.ready;
          return document.fonts.check('20px "Noto Naskh Arabic"', 'قال');
        });
        expect(fontLoaded).toBe(true);
        expectClean(tab);
      } finally {
        await tab.close();
      }
    }
  });

  test('clicking a highlight selects its row, which opens its speaker; the keyboard does the same', async () => {
    const [article] = await seedArticles();
    const statement = article.statements.nodes.find((s) => s.speaker)!;
    const tab = await open(`/article/${article.id}`, { width: 1400, height: 1000 });
    try {
      const mark = tab.page.locator(`mark.quote[data-statement="${statement.id}"]`);
      await mark.click();
      const row = tab.page.locator(`.statement-row[data-statement="${statement.id}"]`);
      await expect.poll(() => row.getAttribute('class')).toContain('is-selected');
      expect(await mark.getAttribute('aria-pressed')).toBe('true');
      expect(new URL(tab.page.url()).searchParams.get('s')).toBe(statement.id);
      expect(await tab.page.locator('.statement-row.is-selected').count()).toBe(1);

      // The list selects the text too.
      const other = article.statements.nodes.find((s) => s.id !== statement.id)!;
      await tab.page.locator(`.statement-row[data-statement="${other.id}"] .row-select`).click();
      await expect.poll(() => tab.page.locator(`mark.quote[data-statement="${other.id}"]`).getAttribute('aria-pressed')).toBe('true');

      // Keyboard: focus the first highlight and press Enter.
      await tab.page.locator(`mark.quote[data-statement="${statement.id}"]`).focus();
      await tab.page.keyboard.press('Enter');
      await expect.poll(() => row.getAttribute('class')).toContain('is-selected');

      await row.locator('a.speaker-name').click();
      await tab.page.waitForURL(`**/speaker/${encodeURIComponent(statement.speaker!.id)}`);
      await expect.poll(() => tab.page.locator('h1').textContent()).toBe(statement.speaker!.name);
      expectClean(tab);
    } finally {
      await tab.close();
    }
  });

  test('a speaker’s page lists their statements from both seed articles, newest first', async () => {
    const articles = await seedArticles();
    const bySpeaker = new Map<string, Set<string>>();
    for (const article of articles) {
      for (const s of article.statements.nodes) if (s.speaker) bySpeaker.set(s.speaker.id, (bySpeaker.get(s.speaker.id) ?? new Set()).add(article.id));
    }
    const speakerId = [...bySpeaker].find(([, seen]) => seen.size === 2)?.[0];
    expect(speakerId, 'a speaker quoted in both seed articles').toBeDefined();
    const expected = await api<{ node: { name: string; statements: { totalCount: number; nodes: { id: string; article: { id: string } }[] } } }>(
      'query ($id: ID!) { node(id: $id) { ... on Person { name statements(first: 10) { totalCount nodes { id article { id } } } } } }',
      { id: speakerId },
    );
    // In the Arabic interface, for the screenshot.
    const tab = await open(`/speaker/${speakerId}?lang=ar`, { width: 1400, height: 1000 });
    try {
      await tab.page.waitForSelector('.speaker-statements .card');
      const cards = await tab.page.$$eval('.speaker-statements .card', (els) =>
        els.map((el) => ({ id: (el as HTMLElement).dataset.statement!, article: el.querySelector('.card-foot a')!.getAttribute('href') })),
      );
      expect(cards.map((c) => c.id)).toEqual(expected.node.statements.nodes.map((s) => s.id));
      const articleLinks = new Set(cards.map((c) => decodeURIComponent(c.article!.split('?')[0].replace('/article/', ''))));
      expect(articleLinks).toEqual(new Set(articles.map((a) => a.id)));
      expect(await tab.page.locator('h1').textContent()).toBe(expected.node.name);
      expect(await tab.page.locator('.spellings li').count()).toBeGreaterThan(1);
      expectClean(tab);
      await tab.page.evaluate(() => document.fonts.ready);
      await tab.page.screenshot({ path: path.join(DOCS, 'person.png') });
    } finally {
      await tab.close();
    }
  });

  test('search finds a statement by an Arabic word, with the word highlighted, and a person by the Latin name', async () => {
    const [article] = await seedArticles();
    const statement = article.statements.nodes[1];
    const word = statement.content.split(/\s+/).filter((w) => /^[\u0621-\u064A]+$/.test(w)).sort((a, b) => b.length - a.length)[0];
    const tab = await open('/search', { width: 1400, height: 1000 });
    try {
      await tab.page.fill('input[name="q"]', word);
      await tab.page.press('input[name="q"]', 'Enter');
      await tab.page.waitForURL(/\/search\?q=/);
      await tab.page.waitForSelector('.hits .hit');
      expect(await tab.page.locator(`.hits .card[data-statement="${statement.id}"]`).count()).toBe(1);
      expect(await tab.page.locator('.hits .snippet mark').count()).toBeGreaterThan(0);

      const person = await api<{ persons: { nodes: { id: string; nameEn: string | null }[] } }>('{ persons(first: 50) { nodes { id nameEn } } }');
      const latin = person.persons.nodes.find((p) => p.nameEn)!;
      await tab.page.goto(`${origin}/search?q=${encodeURIComponent(latin.nameEn!.split(' ').at(-1)!)}`);
      await tab.page.waitForSelector('.speaker-matches');
      expect(await tab.page.locator(`.speaker-matches a[href="/speaker/${encodeURIComponent(latin.id)}"]`).count()).toBe(1);

      // A filter no statement passes says so in words.
      await tab.page.goto(`${origin}/search?q=${encodeURIComponent(word)}&from=2030-01-01`);
      await tab.page.waitForSelector('.empty');
      expectClean(tab);
    } finally {
      await tab.close();
    }
  });

  test('the dry run highlights a pasted text the way an article is', async () => {
    const text = 'قال المتحدث باسم الكرملين ديمتري بيسكوف للصحفيين إن "المفاوضات مع واشنطن ستكون صعبة". وأضاف أن "الحوار مستمر".';
    const expected = await api<{ attribute: { statements: { content: string }[] } }>('query ($text: String!) { attribute(text: $text) { statements { content } } }', { text });
    expect(expected.attribute.statements.length).toBeGreaterThan(0);
    const tab = await open('/try', { width: 1400, height: 1000 });
    try {
      await tab.page.fill('textarea[name="text"]', text);
      await tab.page.click('.try-form button[type="submit"]');
      await tab.page.waitForSelector('.dry-run mark.quote');
      const shown = await highlights(tab.page);
      expect(shown.map((s) => s.text)).toEqual(expected.attribute.statements.map((s) => s.content));
      expect(await tab.page.locator('.dry-run .statement-row').count()).toBe(expected.attribute.statements.length);
      expect(await tab.page.locator('.dry-run .mention').count()).toBeGreaterThan(0);

      // Storing without a key is refused in words, not a crash.
      await tab.page.click('.ingest-form button[type="submit"]');
      await tab.page.waitForSelector('.ingest-form .error');
      expectClean(tab);
    } finally {
      await tab.close();
    }
  });

  test('a statement ingested through the API appears live on an open page', async () => {
    const tab = await openOfflinePage(chrome.browser, { viewport: { width: 1400, height: 1000 } });
    try {
      const streaming = tab.page.waitForResponse((response) => response.request().headers().accept?.includes('text/event-stream') ?? false);
      await tab.page.goto(`${origin}/`);
      await streaming;
      await tab.page.waitForSelector('.article-list li');
      expect(await tab.page.locator('.live .card').count()).toBe(0);
      const ingested = await api<{ ingestArticle: { __typename: string; statementCount: number; article: { id: string } } }>(
        'mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { __typename ... on IngestArticlePayload { statementCount article { id } } } }',
        { input: { text: LIVE_TEXT, title: 'لودريان', published: '2017-05-11' } },
        KEY,
      );
      expect(ingested.ingestArticle.__typename).toBe('IngestArticlePayload');
      await tab.page.waitForSelector('.live .card.is-new', { timeout: 10_000 });
      expect(await tab.page.locator('.live .card').count()).toBe(ingested.ingestArticle.statementCount);
      expect(await tab.page.locator('.live .card blockquote').first().textContent()).toBe('الحل في سوريا سياسي ولا بديل عن المفاوضات');
      expectClean(tab);
    } finally {
      await tab.close();
    }
  });

  test('readable at 390 px: one column, nothing wider than the screen; the README screenshots', async () => {
    const [article] = await seedArticles();
    const phone = await open(`/article/${article.id}`, { width: 390, height: 844 });
    try {
      await phone.page.waitForSelector('mark.quote');
      expect(await phone.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const [text, list] = await Promise.all([phone.page.locator('.article-text').boundingBox(), phone.page.locator('.statement-panel').boundingBox()]);
      expect(list!.y).toBeGreaterThan(text!.y + text!.height - 1);
      await phone.page.evaluate(() => document.fonts.ready);
      await phone.page.screenshot({ path: path.join(DOCS, 'article-390.png') });
      expectClean(phone);
    } finally {
      await phone.close();
    }
    const wide = await open(`/article/${article.id}?s=${encodeURIComponent(article.statements.nodes[1].id)}`, { width: 1400, height: 1000 });
    try {
      await wide.page.waitForSelector('mark.quote.is-selected');
      await wide.page.evaluate(async () => {
        await document.fonts.ready;
        window.scrollTo(0, 0);
      });
      await wide.page.screenshot({ path: path.join(DOCS, 'article.png') });
    } finally {
      await wide.close();
    }
  });
});
