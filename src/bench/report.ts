// BENCHMARKS.md: the measured part is rewritten by every run between the two markers below; what
// is outside them (the analysis of the results, written by hand) is kept.
import fs from 'node:fs';
import type { LoadResult } from './load.js';
import { OPERATIONS, type OperationName } from './operations.js';
import type { BenchResults, SizeResults } from './run.js';
import { roundRatios } from './rounds.js';
import { TARGET_TITLES, type TargetName } from './targets.js';

export const START = '<!-- bench:results:start (written by npm run bench; edit outside the markers) -->';
export const END = '<!-- bench:results:end -->';

const f0 = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));

function table(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `| ${header.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function opTitle(op: OperationName): string {
  return OPERATIONS.find((o) => o.name === op)!.title;
}

function load(s: SizeResults, t: TargetName, op: OperationName, c: number): LoadResult | undefined {
  return s.load[t]?.[op]?.[c];
}

function sqlCell(counts: number[] | undefined): string {
  if (!counts?.length) return '–';
  const lo = Math.min(...counts);
  const hi = Math.max(...counts);
  return lo === hi ? String(lo) : `${lo}–${hi}`;
}

export function renderResults(r: BenchResults): string {
  const out: string[] = [];
  const main = r.sizes[r.sizes.length - 1];
  const targets = r.settings.targets;
  const [c1, cN] = r.settings.concurrencies;
  out.push(`_Run of ${r.startedAt.slice(0, 16).replace('T', ' ')} UTC${r.quick ? ' (--quick)' : ''}: ${r.machine.cpus} cores (${r.machine.cpuModel}), ${r.machine.memoryGiB} GiB, ` +
    `load average at start ${r.machine.loadAverage.join(' / ')} (the machine is shared: other people's builds and tests run beside the benchmark); Node ${r.machine.node} (PostGraphile on ${r.machine.node22}); PostgreSQL ${r.machine.postgres}. ` +
    `All servers run at once, each a child process with a pool of 10 connections; each operation and concurrency is measured in ${r.settings.rounds} interleaved rounds (every server in turn, then again), ` +
    `each measurement ${r.settings.duration} s or ${r.quick ? '40 (c=1) / 200 (c=32)' : r.settings.maxRequests} requests, whichever ends first, ${(r.settings.warmup ?? 1) > 0 ? `after a ${r.settings.warmup ?? 1} s warm-up per server and operation` : 'warmed by one request of each of the first 20 variable sets'}; ` +
    `loopback, autocannon in the benchmark's process${r.quick ? ' (--quick: the load too goes through the statement-counting proxy)' : ''}. ` +
    `A server's figure is the median of its rounds; a ratio is the median of the per-round ratios, with their range in brackets._`);

  out.push('\n### Engine (one core)\n');
  if (!r.engine.available) out.push(`Not measured: ${r.engine.note}.`);
  else
    out.push(
      table(
        ['texts', 'articles run', 'MB/s (UTF-8)', 'articles/s', 'statements/article'],
        r.engine.sets.map((s) => [s.name, String(s.articles), f0(s.mbPerSecond), f0(s.articlesPerSecond), f0(s.statementsPerArticle)]),
      ),
    );

  out.push('\n### Ingestion (ingestArticle, into PostgreSQL)\n');
  const builds = r.sizes.filter((s) => s.build?.real || (s.build?.synthetic && s.build.synthetic.ingested > 0));
  for (const s of builds) {
    const real = s.build!.real;
    if (real) {
      out.push(`Graph ${s.size}, built during this run from the real corpus through the engine (npm run ingest's bulk path): ${real.created} articles in ${real.seconds.toFixed(0)} s, **${f0(real.created / real.seconds)} articles/s** (${real.failed} lines failed, ${real.duplicate} repeated texts).\n`);
      if (real.windows.length > 1)
        out.push(table(['articles already in the graph', 'new articles', 'seconds', 'articles/s'], real.windows.map((w) => [String(w.graphArticles), String(w.articles), f0(w.seconds), f0(w.articlesPerSecond)])) + '\n');
    }
    const b = s.build!.synthetic;
    if (b && b.ingested > 0) out.push(`Graph ${s.size}, synthetic growth built during this run: ${b.ingested} articles in ${b.seconds.toFixed(0)} s, **${b.articlesPerSecond.toFixed(1)} articles/s** (${b.engine}, ${b.failures} failed).`);
  }
  if (r.ingestLog.length) {
    const log = r.ingestLog;
    const step = Math.max(1, Math.ceil(log.length / 12));
    const rows = log.filter((_, i) => i % step === 0 || i === log.length - 1);
    const first = log[0];
    const last = log[log.length - 1];
    const rate = (w: (typeof log)[number]) => w.articles / w.seconds;
    out.push(
      `How the cost changes as the graph grows (corpus ${main.size}, as it was built: ${first.engine} attribution, ${first.concurrency} articles in flight; ` +
        `from ${f0(rate(first))} articles/s on an empty graph to ${f0(rate(last))} articles/s at ${last.graphArticles} articles):\n`,
    );
    out.push(
      table(
        ['articles already in the graph', 'articles in the window', 'articles/s', 'ms per article (wall / in flight)', 'built at'],
        rows.map((w) => [String(w.graphArticles), String(w.articles), f0(rate(w)), f0((1000 * w.seconds * w.concurrency) / w.articles), new Date(w.at).toISOString().slice(0, 16).replace('T', ' ')]),
      ),
    );
  }
  if (r.ingestProbes.length) {
    out.push(
      `\nThe same measure under the same conditions: ${r.ingestProbes[0].articles} new articles, one at a time, into a copy of an empty graph and of each corpus (median SQL statements per article; the statement that takes the most time):\n`,
    );
    out.push(
      table(
        ['articles in the graph', 'ms per article', 'articles/s', 'SQL statements per article', 'costliest statement (ms per article)'],
        r.ingestProbes.map((p) => [
          String(p.graphArticles),
          ms(p.msPerArticle),
          f0(1000 / p.msPerArticle),
          f0(p.sqlPerArticle),
          p.top[0] ? `${ms(p.top[0].ms)}: \`${p.top[0].sql.slice(0, 90).replace(/\|/g, '\\|').replace(/"public"\./g, '').replace(/"/g, '')}…\`` : '–',
        ]),
      ),
    );
  }

  for (const s of [main]) {
    const uncached = targets.filter((t) => t !== 'isnad');
    const distinct = (op: OperationName) => (s.distinct?.[op] !== undefined ? `${s.distinct[op]}` : '–');
    out.push(`\n### API, uncached: graph of ${s.size} articles (${s.articles} articles, ${s.statements} statements, ${s.persons} persons, ${s.meetings} meetings)\n`);
    out.push('Every request executed (Isnad with its response cache off). Requests are drawn from the graph (Zipf-weighted over the distinct variable sets shown).\n');
    const rows: string[][] = [];
    for (const { name: op } of OPERATIONS)
      for (const t of uncached) {
        const a = load(s, t, op, c1);
        const b = load(s, t, op, cN);
        if (!a && !b) continue;
        rows.push([op, t === 'isnadUncached' ? 'Isnad' : TARGET_TITLES[t], distinct(op), f0(a?.rps), ms(a?.p50), ms(a?.p99), f0(b?.rps), ms(b?.p50), ms(b?.p99)]);
      }
    out.push(table(['operation', 'server', 'variable sets', `req/s c=${c1}`, 'p50 ms', 'p99 ms', `req/s c=${cN}`, 'p50 ms', 'p99 ms'], rows));

    out.push('\n#### Ratios and targets (uncached)\n');
    out.push("Median of the per-round ratios [lowest–highest round]. Throughput above 1× favours Isnad; the p99 ratio is Isnad's p99 over the floor's (target: at most 2×).\n");
    const rr = (a: TargetName, b: TargetName, op: OperationName, c: number, key: 'rps' | 'p99') => roundRatios(s.rounds?.[a]?.[op]?.[c], s.rounds?.[b]?.[op]?.[c], key);
    const cell = (x: { median: number; lo: number; hi: number } | undefined) => (x ? `${x.median.toFixed(2)}× [${x.lo.toFixed(2)}–${x.hi.toFixed(2)}]` : '–');
    const verdict = (v: (boolean | null)[]) => (v.every((x) => x === null) ? '–' : v.every((x) => x !== false) ? 'yes' : 'no');
    const ratioRows = (isnad: TargetName) =>
      OPERATIONS.flatMap(({ name: op }) => {
        const pg1 = rr(isnad, 'postgraphile', op, c1, 'rps');
        const pgN = rr(isnad, 'postgraphile', op, cN, 'rps');
        const p991 = rr(isnad, 'floor', op, c1, 'p99');
        const p99N = rr(isnad, 'floor', op, cN, 'p99');
        if (!pg1 && !pgN && !p991 && !p99N) return [];
        return [[
          op,
          cell(pg1),
          cell(pgN),
          cell(rr(isnad, 'floor', op, c1, 'rps')),
          cell(rr(isnad, 'floor', op, cN, 'rps')),
          cell(p991),
          cell(p99N),
          verdict([pg1 ? pg1.median >= 1 : null, pgN ? pgN.median >= 1 : null]),
          verdict([p991 ? p991.median <= 2 : null, p99N ? p99N.median <= 2 : null]),
        ]];
      });
    const ratioHeader = ['operation', `Isnad/PostGraphile req/s c=${c1}`, `c=${cN}`, `Isnad/SQL req/s c=${c1}`, `c=${cN}`, `Isnad/SQL p99 c=${c1}`, `c=${cN}`, '≥ PostGraphile?', 'p99 ≤ 2× floor?'];
    out.push(table(ratioHeader, ratioRows('isnadUncached')));

    if (targets.includes('isnad')) {
      out.push('\n#### As deployed: the response cache on (anonymous reads, ISNAD_RESPONSE_CACHE_TTL_MS)\n');
      out.push("Hit rate: the share of requests that sent no SQL (the server's own count of SQL statements, over the statements one uncached request sends), median of the rounds. It depends on the workload: the page of statements has one variable set, so after its first request it is always a hit; the others are Zipf-weighted over the distinct variable sets shown.\n");
      const crow: string[][] = [];
      for (const { name: op } of OPERATIONS) {
        const a = load(s, 'isnad', op, c1);
        const b = load(s, 'isnad', op, cN);
        if (!a && !b) continue;
        const hit = (l?: { hitRate?: number }) => (l?.hitRate === undefined ? '–' : `${(100 * l.hitRate).toFixed(0)}%`);
        crow.push([op, distinct(op), f0(a?.rps), hit(a), ms(a?.p99), cell(rr('isnad', 'postgraphile', op, c1, 'rps')), f0(b?.rps), hit(b), ms(b?.p99), cell(rr('isnad', 'postgraphile', op, cN, 'rps'))]);
      }
      out.push(table(['operation', 'variable sets', `req/s c=${c1}`, 'hit rate', 'p99 ms', 'Isnad/PostGraphile', `req/s c=${cN}`, 'hit rate', 'p99 ms', 'Isnad/PostGraphile'], crow));
    }
  }

  out.push('\n### SQL statements per operation\n');
  out.push('Counted on the wire (Query and Execute messages through a counting proxy) for each request of the workload; a range means the count depends on the data.\n');
  const sqlHeader = ['operation', ...r.sizes.flatMap((s) => targets.map((t) => `${TARGET_TITLES[t]} (${s.size})`))];
  const sqlRows = OPERATIONS.map(({ name: op }) => [op, ...r.sizes.flatMap((s) => targets.map((t) => sqlCell(s.sql[t]?.[op])))]);
  out.push(table(sqlHeader, sqlRows));

  if (r.sizes.length > 1) {
    out.push('\n### Latency as the graph grows (c=1, p50 / p99 ms)\n');
    const header = ['operation', 'server', ...r.sizes.map((s) => `${s.size} articles`)];
    const rows: string[][] = [];
    for (const { name: op } of OPERATIONS)
      for (const t of targets) {
        const cells = r.sizes.map((s) => {
          const l = load(s, t, op, c1);
          return l ? `${ms(l.p50)} / ${ms(l.p99)}` : '–';
        });
        if (cells.some((c) => c !== '–')) rows.push([op, TARGET_TITLES[t], ...cells]);
      }
    out.push(table(header, rows));
  }

  const skipped = r.sizes.flatMap((s) => s.skipped.map((k) => ({ ...k, size: s.size })));
  if (skipped.length) {
    out.push('\n### Not measured\n');
    const seen = new Set<string>();
    for (const k of skipped) {
      const key = `${k.target}/${k.op}/${k.reason}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`- ${TARGET_TITLES[k.target]}, ${k.op} (corpus ${k.size}): ${k.reason}`);
    }
  }
  out.push(`\nOperations: ${OPERATIONS.map((o) => `\`${o.name}\` = ${opTitle(o.name)}`).join('; ')}.`);
  return out.join('\n');
}

const PREAMBLE = `# Benchmarks

Isnad measured side by side with PostGraphile v5 and with hand-written SQL (the floor), on one
machine, by \`npm run bench\` (src/bench/). How to run it, what each figure means and how the
comparison is kept fair are at the end of this file.

`;

/** Renders the results; when \`file\` is given, writes them into it between the markers. */
export function writeReport(r: BenchResults, file: string | null): string {
  const block = renderResults(r);
  if (file) {
    let text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const a = text.indexOf(START);
    const b = text.indexOf(END);
    if (a >= 0 && b > a) text = `${text.slice(0, a)}${START}\n${block}\n${text.slice(b)}`;
    else text = `${PREAMBLE}## Results\n\n${START}\n${block}\n${END}\n${text ? `\n${text}` : ''}`;
    fs.writeFileSync(file, text);
  }
  return block;
}
