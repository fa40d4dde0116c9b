// The browser helper itself: the system Chromium runs a page from the real server, and requests
// beyond loopback are refused and recorded (what the GraphiQL and frontend tests rely on).
import { expect, it } from 'vitest';
import { describeBrowser, openOfflinePage, useBrowser } from '../helpers/browser.js';
import { useFixtureServer } from '../helpers/server.js';

describeBrowser('headless Chromium', () => {
  const ctx = useFixtureServer({ graphiql: false });
  const chrome = useBrowser();

  it('runs a GraphQL query from a page on loopback, and cannot reach beyond it', async () => {
    const tab = await openOfflinePage(chrome.browser);
    try {
      await tab.page.goto(`${ctx.server.url.replace(/\/graphql$/, '')}/healthz`);
      const answer = await tab.page.evaluate(async (url) => {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ statements(first: 1) { totalCount } }' }),
        });
        return response.json();
      }, ctx.server.url);
      expect(answer.data.statements.totalCount).toBeGreaterThan(0);

      const outside = await tab.page.evaluate(() =>
        fetch('https://cdn.example.com/graphiql.js').then(() => 'reached', (e: Error) => `refused: ${e.message}`),
      );
      expect(outside).toMatch(/^refused/);
      expect(tab.blocked).toEqual(['https://cdn.example.com/graphiql.js']);
    } finally {
      await tab.close();
    }
  });
});
