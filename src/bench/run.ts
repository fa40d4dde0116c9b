// `npm run bench`: the engine, the ingestion and the API, measured side by side in one run on one
// machine, printed and written to BENCHMARKS.md (src/bench/report.ts).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../config.js';
import { intArg, parseArgs, stringArg } from './args.js';
import { countCorpusArticles, readIngestLog, resolveEngine, type IngestLogRow } from './build.js';
import { buildGraph, countRealArticles, REAL_CORPUS_ARTICLES, type GraphBuild } from './graph.js';
import { measureInterleaved, medianLoad, type RoundLoad, type Rounds } from './rounds.js';
import { generateArticle } from './corpus.js';
import { BENCH_DIR, benchPrisma, startBenchServer, withClient } from './db.js';
import { median, post, type LoadResult } from './load.js';
import { buildWorkload, distinctRequests, ISNAD_DOCUMENTS, OPERATIONS, personSearchMode, type OperationName, type Workload } from './operations.js';
import { hasPostGraphileSearch, POSTGRAPHILE_DOCUMENTS, postgraphileVariables, preparePostGraphile } from './postgraphile.js';
import { log } from './progress.js';
import { writeReport } from './report.js';
import { hasIsnadSearch } from './search-op.js';
import { probeIngest, type IngestProbe } from './ingest-probe.js';
import { startCountingProxy, viaProxy, type CountingProxy } from './sqlcount.js';
import { ISNAD_TARGETS, node22, startTarget, TARGET_TITLES, type RunningTarget, type TargetName } from './targets.js';

export interface EngineFigures {
  available: boolean;
  note?: string;
  sets: { name: string; articles: number; bytes: number; seconds: number; mbPerSecond: number; articlesPerSecond: number; statementsPerArticle: number }[];
}

export interface SizeResults {
  size: number;
  articles: number;
  statements: number;
  persons: number;
  meetings: number;
  build?: GraphBuild;
  /** Distinct variable sets of each operation's requests. */
  distinct?: Partial<Record<OperationName, number>>;
  /** Every round of the interleaved measurement: target → op → concurrency → rounds. */
  rounds?: Rounds;
  /** SQL statements per request: target → op → counts seen over the workload's requests. */
  sql: Partial<Record<TargetName, Partial<Record<OperationName, number[]>>>>;
  /** target → op → concurrency → the median of its rounds. */
  load: Partial<Record<TargetName, Partial<Record<OperationName, Record<number, LoadResult>>>>>;
  /** Operations a target could not run, and why. */
  skipped: { target: TargetName; op: OperationName; reason: string }[];
}

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  quick: boolean;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string; node22: string; postgres: string; loadAverage: number[] };
  /**
   * warmup: seconds of load before each measurement. --quick has none (the workload's requests,
   * each sent once to check it, are its warm-up): autocannon ends on its one-second ticks, so any
   * warm-up costs a second per operation, and --quick must stay under two minutes.
   */
  settings: { duration: number; warmup?: number; maxRequests: number; rounds: number; concurrencies: number[]; sizes: number[]; targets: TargetName[] };
  engine: EngineFigures;
  ingestLog: IngestLogRow[];
  /** Ingestion into copies of an empty graph and of each corpus (embedded databases only). */
  ingestProbes: IngestProbe[];
  sizes: SizeResults[];
}

const USAGE = `usage: npm run bench -- [--quick] [--sizes 30806,100000] [--duration S] [--rounds N] [--database-url URL]
                       [--targets isnad,isnadUncached,postgraphile,floor] [--cpu-prof] [--out BENCHMARKS.md]
  --quick      a graph of the first 1,000 articles of the real corpus, 1 s (at most 40 / 200
               requests) per measurement, no ingestion probe: under three minutes once the graph
               exists (building it the first time takes a minute or two)
  --sizes      graph sizes to measure the API at (each its own database; built when missing): up to
               30,806 the first N articles of ../shared/corpus/ant (through the engine), beyond
               that the whole corpus plus synthetic articles (default: 30806)
  --duration   seconds per measurement (default 3; --quick 1)
  --rounds     interleaved rounds per operation and concurrency (default 5)
  --cpu-prof   write V8 CPU profiles of the servers to .data/bench/profiles
  --no-write   print only, leave BENCHMARKS.md alone`;

export async function runBenchCli(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.has('help')) {
    console.error(USAGE);
    return 0;
  }
  const quick = args.has('quick');
  const databaseUrl = stringArg(args, 'database-url') ?? process.env.BENCH_DATABASE_URL;
  const sizes = (stringArg(args, 'sizes') ?? (quick ? '1000' : String(REAL_CORPUS_ARTICLES)))
    .split(',')
    .map((s) => Number(s.trim().replace(/k$/i, '000')))
    .filter((n) => Number.isInteger(n) && n > 0);
  if (databaseUrl && sizes.length > 1) sizes.splice(1);
  const duration = Number(stringArg(args, 'duration') ?? (quick ? 1 : 3));
  if (!(duration > 0)) {
    console.error(`--duration must be a number of seconds\n${USAGE}`);
    return 2;
  }
  const targets = (stringArg(args, 'targets') ?? 'isnad,isnadUncached,postgraphile,floor').split(',').map((t) => t.trim()) as TargetName[];
  const concurrencies = [1, 32];
  const cpuProfDir = args.has('cpu-prof') ? path.join(BENCH_DIR, 'profiles') : undefined;
  if (cpuProfDir) fs.mkdirSync(cpuProfDir, { recursive: true });

  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    quick,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      node22: targets.includes('postgraphile') ? node22().version : '-',
      postgres: '',
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
    },
    settings: { duration, warmup: quick ? 0 : 1, maxRequests: quick ? 5_000 : 50_000, rounds: intArg(args, 'rounds', 5), concurrencies, sizes, targets },
    engine: { available: false, sets: [] },
    ingestLog: [],
    ingestProbes: [],
    sizes: [],
  };

  // 1. The engine, on one core (this process, one thread).
  results.engine = await benchEngine(quick ? 1 : 6, quick ? 20 : 200);

  // 2–4. Per corpus size: the corpus (built or completed through ingestArticle), the SQL
  // statements per operation, the load.
  const server = await startBenchServer({ databaseUrl });
  const probeArticles = quick ? 10 : 30;
  // The probe clones databases: left out of --quick, which must stay under two minutes.
  const probe = async (name: string) => {
    if (!server.embedded || quick) return;
    log(`ingestion probe: ${probeArticles} articles into a copy of ${name}`);
    try {
      results.ingestProbes.push(await probeIngest(server.embedded.url, name, probeArticles));
    } catch (error) {
      log(`ingestion probe on ${name} failed: ${(error as Error).message}`);
    }
  };
  try {
    if (server.embedded && !quick) {
      await server.open(0);
      await probe('bench_0');
    }
    for (const size of sizes) {
      const db = await server.open(size);
      results.machine.postgres ||= await withClient(db.url, async (c) => (await c.query('SHOW server_version')).rows[0].server_version);
      let build: GraphBuild | undefined;
      if (!db.external) {
        const prisma = benchPrisma(db.url, 8);
        try {
          build = await buildGraph(prisma, db.url, size);
        } finally {
          await prisma.$disconnect();
        }
      } else if ((await countRealArticles(db.url)) + (await countCorpusArticles(db.url)) < size * 0.99) {
        log(`the database at --database-url holds fewer than ${size} articles; the run measures what it holds`);
      }
      if (size === sizes[sizes.length - 1]) results.ingestLog = await readIngestLog(db.url);
      const counts = await withClient(db.url, async (c) => {
        await c.query('ANALYZE');
        const { rows } = await c.query(
          `SELECT (SELECT count(*) FROM article)::int AS articles, (SELECT count(*) FROM statement)::int AS statements,
                  (SELECT count(*) FROM person)::int AS persons, (SELECT count(*) FROM meeting)::int AS meetings`,
        );
        return rows[0];
      });
      log(`corpus ${size}: ${counts.articles} articles, ${counts.statements} statements, ${counts.persons} persons, ${counts.meetings} meetings`);
      if (!db.external) await probe(`bench_${size}`);
      const r: SizeResults = { size, ...counts, build, sql: {}, load: {}, skipped: [] };
      results.sizes.push(r);

      const isnadSchema = (await import('../schema/index.js')).schema;
      const personMode = personSearchMode(isnadSchema);
      if (targets.includes('postgraphile')) await preparePostGraphile(db.url, personMode, hasIsnadSearch(isnadSchema));
      const workload = await buildWorkload(db.url, { distinct: quick ? 400 : 2_000, personMode });
      r.distinct = Object.fromEntries(OPERATIONS.map((o) => [o.name, distinctRequests(workload, o.name)]));
      const searchOk = hasIsnadSearch(isnadSchema);
      const ops = OPERATIONS.map((o) => o.name).filter((op) => {
        if (op !== 'search' || searchOk) return true;
        for (const t of targets) r.skipped.push({ target: t, op, reason: 'Isnad has no full-text search in its GraphQL schema yet' });
        return false;
      });

      // SQL statements are counted through a proxy. Then every server runs at once and the load
      // is interleaved in rounds; it goes straight to PostgreSQL, except in --quick mode, where the
      // servers started for the count take the load too (through the proxy).
      const proxy = await startCountingProxy(db.url);
      const startAll = (url: string) => Promise.all(targets.map((t) => startTarget(t, url, { cpuProfDir: quick || url === db.url ? cpuProfDir : undefined })));
      try {
        log('SQL statements per operation, every server through the counting proxy');
        let running = await startAll(viaProxy(db.url, proxy.port));
        try {
          for (const t of running) await countSql(t, proxy, workload, ops, r);
          if (!quick) {
            await Promise.all(running.map((t) => t.stop()));
            running = await startAll(db.url);
          }
          const bodies = new Map<string, string[] | null>();
          for (const t of running) for (const op of ops) bodies.set(`${t.name}/${op}`, await checkedBodies(t, op, workload, r));
          r.rounds = await measureInterleaved({
            targets: running,
            bodies: (t, op) => bodies.get(`${t}/${op}`) ?? null,
            ops,
            concurrencies,
            rounds: results.settings.rounds,
            duration: results.settings.duration,
            maxRequests: (c) => (quick ? (c === 1 ? 40 : 200) : results.settings.maxRequests),
            sqlPerRequest: (op) => median(r.sql.isnadUncached?.[op] ?? r.sql.isnad?.[op]?.filter((n) => n > 0) ?? []),
            warmup: results.settings.warmup ?? 0,
          });
          for (const [t, perOp] of Object.entries(r.rounds) as [TargetName, NonNullable<Rounds[TargetName]>][])
            for (const [op, perC] of Object.entries(perOp) as [OperationName, Record<number, RoundLoad[]>][])
              for (const [c, rs] of Object.entries(perC)) (((r.load[t] ??= {})[op] ??= {}) as Record<number, LoadResult>)[Number(c)] = medianLoad(rs)!;
        } finally {
          await Promise.all(running.map((t) => t.stop()));
        }
      } finally {
        await proxy.close();
      }
    }
  } finally {
    await server.stop();
  }
  results.finishedAt = new Date().toISOString();

  const json = path.join(BENCH_DIR, `results-${results.startedAt.replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(BENCH_DIR, { recursive: true });
  fs.writeFileSync(json, JSON.stringify(results, null, 2));
  const out = path.resolve(projectRoot, stringArg(args, 'out') ?? 'BENCHMARKS.md');
  const text = writeReport(results, args.has('no-write') ? null : out);
  console.log(text);
  log(`raw results: ${path.relative(projectRoot, json)}${args.has('no-write') ? '' : `; report: ${path.relative(projectRoot, out)}`}`);
  return 0;
}

// ---------------------------------------------------------------------------------------------

async function benchEngine(seconds: number, warmup: number): Promise<EngineFigures> {
  const { kind, engine } = await resolveEngine('engine').catch(() => ({ kind: 'oracle' as const, engine: null }));
  if (kind !== 'engine' || !engine) return { available: false, note: 'src/attribution/index.ts has no attribute() yet', sets: [] };
  const sets: { name: string; texts: { text: string; published?: string }[] }[] = [];
  sets.push({ name: 'synthetic corpus (200 articles)', texts: Array.from({ length: 200 }, (_, i) => generateArticle(i)).map((a) => ({ text: a.text, published: a.published })) });
  const real: { text: string; published?: string }[] = [];
  const seedDir = path.join(projectRoot, 'seed', 'articles');
  if (fs.existsSync(seedDir)) for (const f of fs.readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) real.push({ text: fs.readFileSync(path.join(seedDir, f), 'utf8') });
  const devDir = path.join(projectRoot, 'test', 'fixtures', 'dev');
  if (fs.existsSync(devDir))
    for (const f of fs.readdirSync(devDir).filter((f) => f.endsWith('.json')).sort()) {
      const d = JSON.parse(fs.readFileSync(path.join(devDir, f), 'utf8'));
      if (typeof d.text === 'string') real.push({ text: d.text, published: d.published });
    }
  if (real.length) sets.push({ name: `real articles (seed + dev, ${real.length})`, texts: real });
  const figures: EngineFigures = { available: true, sets: [] };
  for (const set of sets) {
    log(`engine: ${set.name}, ${seconds} s`);
    const bytesOf = set.texts.map((t) => Buffer.byteLength(t.text));
    let statements = 0;
    const warm = set.texts.slice(0, warmup);
    for (const t of warm) statements += (await engine(t.text, t.published ? { published: t.published } : {})).statements.length; // warm-up
    let articles = 0;
    let bytes = 0;
    const started = performance.now();
    const deadline = started + seconds * 1000;
    for (let i = 0; performance.now() < deadline; i = (i + 1) % set.texts.length) {
      const t = set.texts[i];
      await engine(t.text, t.published ? { published: t.published } : {});
      articles++;
      bytes += bytesOf[i];
      if (articles > 1_000_000) break;
    }
    const elapsed = (performance.now() - started) / 1000;
    figures.sets.push({
      name: set.name,
      articles,
      bytes,
      seconds: elapsed,
      mbPerSecond: bytes / 1e6 / elapsed,
      articlesPerSecond: articles / elapsed,
      statementsPerArticle: statements / warm.length,
    });
  }
  return figures;
}

function bodyFor(target: TargetName, op: OperationName, w: Workload): string[] {
  return w[op].map((r) => {
    if (target === 'floor') return JSON.stringify({ op, vars: r.raw });
    if (ISNAD_TARGETS.includes(target)) return JSON.stringify({ query: ISNAD_DOCUMENTS[op], variables: r.isnad });
    return JSON.stringify({ query: POSTGRAPHILE_DOCUMENTS[op], variables: postgraphileVariables(op, r) });
  });
}

function supported(target: TargetName, op: OperationName): string | null {
  if (target === 'postgraphile' && op === 'search' && !hasPostGraphileSearch()) return 'no equivalent search function for PostGraphile yet';
  return null;
}

/** Checks one response: HTTP 200, no GraphQL errors, some data. */
function problemWith(res: { status: number; json: any; text: string }): string | null {
  if (res.status !== 200) return `HTTP ${res.status}: ${res.text.slice(0, 300)}`;
  if (!res.json) return `not JSON: ${res.text.slice(0, 200)}`;
  if (res.json.errors) return `errors: ${JSON.stringify(res.json.errors).slice(0, 300)}`;
  if (!res.json.data) return 'no data';
  return null;
}

async function countSql(t: RunningTarget, proxy: CountingProxy, workload: Workload, ops: OperationName[], r: SizeResults): Promise<void> {
  const target = t.name;
  const perOp: Partial<Record<OperationName, number[]>> = {};
  for (const op of ops) {
    if (supported(target, op)) continue;
    const bodies = bodyFor(target, op, workload).slice(0, 6);
    await post(t.port, t.path, bodies[0]); // warm: connections open, caches filled
    const seen: number[] = [];
    for (const body of bodies) {
      await new Promise((res) => setTimeout(res, 30));
      proxy.reset();
      const res = await post(t.port, t.path, body);
      await new Promise((res) => setTimeout(res, 30));
      const problem = problemWith(res);
      if (problem) {
        r.skipped.push({ target, op, reason: problem });
        log(`${TARGET_TITLES[target]} ${op}: ${problem}`);
        break;
      }
      seen.push(proxy.count());
    }
    if (seen.length) perOp[op] = seen;
  }
  r.sql[target] = perOp;
}

/**
 * The target's request bodies for an operation, once a sample of them has been answered without
 * error (the rest are counted as errors if they fail under load); null when it cannot run it.
 */
async function checkedBodies(t: RunningTarget, op: OperationName, workload: Workload, r: SizeResults): Promise<string[] | null> {
  const unsupported = supported(t.name, op);
  if (unsupported) {
    r.skipped.push({ target: t.name, op, reason: unsupported });
    return null;
  }
  if (r.skipped.some((s) => s.target === t.name && s.op === op)) return null;
  const bodies = bodyFor(t.name, op, workload);
  for (const body of [...new Set(bodies)].slice(0, 20)) {
    const problem = problemWith(await post(t.port, t.path, body));
    if (problem) {
      r.skipped.push({ target: t.name, op, reason: problem });
      log(`${TARGET_TITLES[t.name]} ${op}: ${problem}`);
      return null;
    }
  }
  return bodies;
}
