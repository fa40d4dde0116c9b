// BENCHMARKS.md: the measured part is rewritten by every run between the two markers below; what
// is outside them (the analysis of the results, written by hand) is kept.
import fs from 'node:fs';
import type { LoadResult } from './load.js';
import { OPERATIONS, type OperationName } from './operations.js';
import type { BenchResults, SizeResults } from './run.js';
import { ISNAD_TARGETS, TARGET_TITLES, type TargetName } from './targets.js';

export const START = '<!-- bench:results:start (written by npm run bench; edit outside the markers) -->';
export const END = '<!-- bench:results:end -->';

const f0 = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const ms = (n: number | undefined) => (n === undefined || !Number.isFinite(n) ? '–' : n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);

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
    `load average at start ${r.machine.loadAverage.join(' / ')}; Node ${r.machine.node} (PostGraphile on ${r.machine.node22}); PostgreSQL ${r.machine.postgres}. ` +
    `Each load measurement: ${r.settings.duration} s (at most ${r.settings.maxRequests} requests) after ${(r.settings.warmup ?? 1) > 0 ? `a ${r.settings.warmup ?? 1} s warm-up` : 'one request of each variable set'}, loopback, autocannon in the benchmark's process, each server a child process with a pool of 10 connections${r.quick ? ' (--quick: the load too goes through the statement-counting proxy)' : ''}. ` +
    `One run: figures are that run's; the medians are over the requests of each measurement._`);

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
  const builds = r.sizes.filter((s) => s.build && s.build.ingested > 0);
  for (const s of builds) {
    const b = s.build!;
    out.push(`Corpus ${s.size}, built during this run: ${b.ingested} articles in ${b.seconds.toFixed(0)} s, **${b.articlesPerSecond.toFixed(1)} articles/s** (${b.engine}, ${b.failures} failed).`);
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
  } else if (!builds.length) out.push('No ingest log in this database (it was not built by npm run bench:corpus).');
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
    out.push(`\n### API, corpus of ${s.size} articles (${s.articles} articles, ${s.statements} statements, ${s.persons} persons, ${s.meetings} meetings)\n`);
    const rows: string[][] = [];
    for (const { name: op } of OPERATIONS) {
      for (const t of targets) {
        const a = load(s, t, op, c1);
        const b = load(s, t, op, cN);
        if (!a && !b) continue;
        rows.push([`${op}`, TARGET_TITLES[t], f0(a?.rps), ms(a?.p50), ms(a?.p99), f0(b?.rps), ms(b?.p50), ms(b?.p99)]);
      }
    }
    out.push(table(['operation', 'server', `req/s c=${c1}`, 'p50 ms', 'p99 ms', `req/s c=${cN}`, 'p50 ms', 'p99 ms'], rows));

    out.push('\n#### Ratios and targets\n');
    out.push(
      "Throughput ratios above 1× favour Isnad; the p99 ratio is Isnad's p99 over the floor's (target: at most 2×). " +
        'Each operation has a row for Isnad as deployed (anonymous reads cached; the workload cycles through 16 variable sets, so after the first pass it is served from memory) and one with the cache off (every request executed).\n',
    );
    const rrows: string[][] = [];
    for (const { name: op } of OPERATIONS) {
      for (const isnad of ISNAD_TARGETS) {
        const i1 = load(s, isnad, op, c1);
        const iN = load(s, isnad, op, cN);
        if (!i1 && !iN) continue;
        const p1 = load(s, 'postgraphile', op, c1);
        const pN = load(s, 'postgraphile', op, cN);
        const s1 = load(s, 'floor', op, c1);
        const sN = load(s, 'floor', op, cN);
        const beatsPg = [i1 && p1 ? i1.rps >= p1.rps : null, iN && pN ? iN.rps >= pN.rps : null];
        const within2x = [i1 && s1 ? i1.p99 <= 2 * s1.p99 : null, iN && sN ? iN.p99 <= 2 * sN.p99 : null];
        const verdict = (v: (boolean | null)[]) => (v.every((x) => x === null) ? '–' : v.every((x) => x !== false) ? 'yes' : 'no');
        rrows.push([
          isnad === 'isnad' ? op : `${op} (no cache)`,
          ratio(i1?.rps, p1?.rps),
          ratio(iN?.rps, pN?.rps),
          ratio(i1?.rps, s1?.rps),
          ratio(iN?.rps, sN?.rps),
          ratio(i1?.p99, s1?.p99),
          ratio(iN?.p99, sN?.p99),
          verdict(beatsPg),
          verdict(within2x),
        ]);
      }
    }
    out.push(
      table(
        ['operation', `Isnad/PostGraphile req/s c=${c1}`, `c=${cN}`, `Isnad/SQL req/s c=${c1}`, `c=${cN}`, `Isnad/SQL p99 c=${c1}`, `c=${cN}`, '≥ PostGraphile?', 'p99 ≤ 2× floor?'],
        rrows,
      ),
    );
  }

  out.push('\n### SQL statements per operation\n');
  out.push('Counted on the wire (Query and Execute messages through a counting proxy) for each request of the workload; a range means the count depends on the data.\n');
  const sqlHeader = ['operation', ...r.sizes.flatMap((s) => targets.map((t) => `${TARGET_TITLES[t]} (${s.size})`))];
  const sqlRows = OPERATIONS.map(({ name: op }) => [op, ...r.sizes.flatMap((s) => targets.map((t) => sqlCell(s.sql[t]?.[op])))]);
  out.push(table(sqlHeader, sqlRows));

  if (r.sizes.length > 1) {
    out.push('\n### Latency as the corpus grows (c=1, p50 / p99 ms)\n');
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
