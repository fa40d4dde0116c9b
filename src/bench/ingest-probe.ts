// How ingestion's cost changes with the size of the graph, measured under the same conditions:
// a copy of a corpus database (CREATE DATABASE … TEMPLATE) receives a few new articles, one at a
// time, through ingestArticle; per article, the wall time and the SQL statements Prisma sends, and
// which statements take the time. The copy is dropped afterwards, so the corpus stays as it was.
import type { PrismaClient } from '../db/client.js';
import { createPrismaClient } from '../db/client.js';
import { databaseUrl } from '../db/embedded.js';
import { ingestArticle } from '../ingest/ingest.js';
import { generateArticle } from './corpus.js';
import { withClient } from './db.js';
import { median } from './load.js';

export interface IngestProbe {
  /** Articles in the graph before the probe. */
  graphArticles: number;
  articles: number;
  msPerArticle: number;
  /** Median over the articles. */
  sqlPerArticle: number;
  /** The statements that took the most time per article (normalized text, ms per article). */
  top: { sql: string; count: number; ms: number }[];
}

/** First article index of the probes: far from any corpus's indices. */
const PROBE_BASE = 50_000_000;

export async function probeIngest(serverUrl: string, sourceDb: string, articles = 30): Promise<IngestProbe> {
  const probeDb = `${sourceDb}_probe`;
  await withClient(serverUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${probeDb}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${probeDb}" TEMPLATE "${sourceDb}"`);
  });
  const url = databaseUrl(serverUrl, probeDb);
  const prisma: PrismaClient = createPrismaClient(url, { logQueries: true, max: 2 });
  try {
    const graphArticles = await prisma.article.count();
    const stats = new Map<string, { count: number; ms: number }>();
    let current = 0;
    (prisma as unknown as { $on(e: 'query', cb: (e: { query: string; duration: number }) => void): void }).$on('query', (e) => {
      current++;
      const key = e.query.replace(/\$\d+/g, '?').replace(/\s+/g, ' ').replace(/(\(\?,?\s?)+\)/g, '(…)').slice(0, 160);
      const s = stats.get(key) ?? { count: 0, ms: 0 };
      s.count++;
      s.ms += e.duration;
      stats.set(key, s);
    });
    // One warm-up article (connections, caches), not counted.
    const warm = generateArticle(PROBE_BASE - 1);
    await ingestArticle(prisma, { text: warm.text, title: warm.title, outlet: warm.outlet, url: warm.url, published: warm.published }, { attribute: () => warm.oracle });
    stats.clear();
    const perArticle: number[] = [];
    const started = performance.now();
    for (let i = 0; i < articles; i++) {
      const a = generateArticle(PROBE_BASE + i);
      current = 0;
      await ingestArticle(prisma, { text: a.text, title: a.title, outlet: a.outlet, url: a.url, published: a.published }, { attribute: () => a.oracle });
      perArticle.push(current);
    }
    const ms = (performance.now() - started) / articles;
    const top = [...stats.entries()]
      .map(([sql, s]) => ({ sql, count: s.count / articles, ms: s.ms / articles }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    return { graphArticles, articles, msPerArticle: ms, sqlPerArticle: median(perArticle), top };
  } finally {
    await prisma.$disconnect().catch(() => {});
    await withClient(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${probeDb}" WITH (FORCE)`)).catch(() => {});
  }
}

/** The same probe on an empty, migrated database: the cost of ingestion with no graph at all. */
export async function emptyDatabaseName(): Promise<string> {
  return 'bench_0';
}
