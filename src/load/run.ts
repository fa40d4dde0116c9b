// `npm run load`: drives a running Isnad on loopback with a bounded mix of the main queries
// (autocannon) and, alongside, a bounded number of ingestArticle mutations (fetch, a few at a time,
// each article unique). Reports throughput, p50/p99 latency and errors, then checks that every
// acknowledged ingest can be read back (no lost write).

import autocannon from 'autocannon';

export interface LoadOptions {
  /** The GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql (loopback only). */
  url: string;
  /** API key for ingests (and reads, so the anonymous rate limit does not apply); none: reads only. */
  apiKey?: string;
  /** Upper bounds on the read phase: seconds and requests. */
  duration: number;
  amount: number;
  connections: number;
  /** Ingests to send (0: none), and how many at once. */
  writes: number;
  writeConcurrency: number;
  /** Distinguishes the articles of this run from earlier runs' (they must be new to be written). */
  runId?: string;
}

export interface PhaseReport {
  requests: number;
  seconds: number;
  /** Requests per second. */
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  /** Network errors, timeouts, non-2xx statuses other than 429, and GraphQL errors in 200 responses. */
  errors: number;
  /** 429 answers (rate limits on). */
  rateLimited: number;
  errorSamples: string[];
}

export interface LoadReport {
  reads: PhaseReport;
  writes: PhaseReport & { acknowledged: number; lost: number };
}

/** The main read queries, as a client would send them. */
export const READ_QUERIES: { query: string; variables?: Record<string, unknown> }[] = [
  { query: '{ articles(first: 10) { totalCount edges { node { id title publishedAt outlet { name } } } } }' },
  {
    query:
      'query ($name: String) { statements(first: 20, filter: { speakerName: $name }) { totalCount edges { node { content kind speaker { __typename ... on Person { name } ... on Organization { name } } article { title } } } } }',
    variables: { name: 'ظريف' },
  },
  { query: '{ statements(first: 20) { edges { node { id content cue via { name } article { title outlet { name } } } } } }' },
  { query: 'query ($s: String) { persons(first: 10, search: $s) { totalCount edges { node { id name role } } } }', variables: { s: 'ماكرون' } },
  { query: '{ organizations(first: 10) { totalCount edges { node { id name kind } } } }' },
  { query: '{ meetings(first: 10) { totalCount edges { node { id kind date participants { __typename } } } } }' },
  { query: 'query ($q: String!) { search(query: $q, first: 10) { totalCount } }', variables: { q: 'المفاوضات' } },
];

const INGEST = `mutation ($input: IngestArticleInput!) {
  ingestArticle(input: $input) { __typename ... on IngestArticlePayload { duplicate article { id } } ... on Error { message } }
}`;

/** A short article, unique to (run, n), in the style the engine reads. */
export function loadArticle(runId: string, n: number): { text: string; title: string } {
  const speakers = ['المتحدث باسم وزارة الخارجية', 'وزير الخارجية الإيراني محمد جواد ظريف', 'المتحدث باسم الحكومة الألمانية شتيفن زايبرت', 'الرئيس الفرنسي إيمانويل ماكرون'];
  const speaker = speakers[n % speakers.length];
  return {
    title: `تصريح ${n} (${runId})`,
    text: `قال ${speaker} إن "المحادثات رقم ${n} كانت بناءة" وأضاف أن الجولة ${runId}-${n} ستعقد الأسبوع المقبل.`,
  };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '[::1]', '::1'].includes(host)) {
    throw new Error(`The load driver only targets loopback addresses; got ${host}.`);
  }
}

async function readPhase(options: LoadOptions): Promise<PhaseReport> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) };
  let graphqlErrors = 0;
  let rateLimited = 0;
  const samples: string[] = [];
  const url = new URL(options.url);
  const requests = READ_QUERIES.map((q) => ({
    method: 'POST',
    path: url.pathname,
    headers,
    body: JSON.stringify(q),
    onResponse: (status: number, body: string) => {
      if (status === 429) rateLimited++;
      else if (status === 200 && body.includes('"errors"')) {
        graphqlErrors++;
        if (samples.length < 5) samples.push(body.slice(0, 300));
      }
    },
  }));
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const start = autocannon as unknown as (options: autocannon.Options, done: (error: Error | null, result: autocannon.Result) => void) => autocannon.Instance;
    // autocannon stops at `amount` and ignores `duration` then: bound the time here too.
    let timer: NodeJS.Timeout | undefined;
    const instance = start(
      {
        url: `${url.protocol}//${url.host}`,
        connections: options.connections,
        duration: options.duration,
        amount: options.amount,
        timeout: 30,
        requests,
      } as autocannon.Options,
      (error, result) => {
        clearTimeout(timer);
        if (error) reject(error);
        else resolve(result);
      },
    );
    timer = setTimeout(() => instance.stop(), options.duration * 1000);
  });
  const total = (result.requests as { total?: number }).total ?? 0;
  const non2xx = result.non2xx - rateLimited;
  return {
    requests: total,
    seconds: result.duration,
    throughput: result.duration > 0 ? Math.round((total / result.duration) * 10) / 10 : 0,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + Math.max(0, non2xx) + graphqlErrors,
    rateLimited,
    errorSamples: samples,
  };
}

async function writePhase(options: LoadOptions, runId: string): Promise<LoadReport['writes']> {
  const latencies: number[] = [];
  const acknowledged: string[] = [];
  const samples: string[] = [];
  let errors = 0;
  let rateLimited = 0;
  let next = 0;
  let attempts = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < options.writes) {
      const n = next++;
      attempts++;
      const t0 = performance.now();
      try {
        const response = await fetch(options.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${options.apiKey}` },
          body: JSON.stringify({ query: INGEST, variables: { input: loadArticle(runId, n) } }),
          signal: AbortSignal.timeout(60_000),
        });
        const body = (await response.json()) as { data?: { ingestArticle?: { __typename: string; duplicate?: boolean; article?: { id: string } } }; errors?: unknown };
        latencies.push(performance.now() - t0);
        const result = body.data?.ingestArticle;
        if (response.status === 429) rateLimited++;
        else if (response.status === 200 && result?.__typename === 'IngestArticlePayload' && result.article) acknowledged.push(result.article.id);
        else {
          errors++;
          if (samples.length < 5) samples.push(`${response.status} ${JSON.stringify(body).slice(0, 300)}`);
        }
      } catch (error) {
        errors++;
        if (samples.length < 5) samples.push(String((error as Error)?.message ?? error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.writeConcurrency) }, worker));
  const seconds = (performance.now() - started) / 1000;
  const lost = await missingArticles(options, acknowledged);
  latencies.sort((a, b) => a - b);
  return {
    requests: attempts,
    seconds: Math.round(seconds * 100) / 100,
    throughput: seconds > 0 ? Math.round((latencies.length / seconds) * 10) / 10 : 0,
    p50Ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p99Ms: Math.round(percentile(latencies, 99) * 10) / 10,
    errors,
    rateLimited,
    errorSamples: samples,
    acknowledged: acknowledged.length,
    lost: lost.length,
  };
}

/** The acknowledged article IDs that the service cannot find (read back 100 at a time). */
export async function missingArticles(options: Pick<LoadOptions, 'url' | 'apiKey'>, ids: string[]): Promise<string[]> {
  const missing: string[] = [];
  for (let i = 0; i < ids.length; i += 100) {
    const batch = ids.slice(i, i + 100);
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
      body: JSON.stringify({ query: 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', variables: { ids: batch } }),
    });
    const body = (await response.json()) as { data?: { nodes: ({ id: string } | null)[] } };
    const found = new Set((body.data?.nodes ?? []).filter((n): n is { id: string } => !!n).map((n) => n.id));
    for (const id of batch) if (!found.has(id)) missing.push(id);
  }
  return missing;
}

/** Reads and writes at the same time; both bounded. */
export async function runLoad(options: LoadOptions): Promise<LoadReport> {
  assertLoopback(options.url);
  const runId = options.runId ?? Date.now().toString(36);
  const [reads, writes] = await Promise.all([
    readPhase(options),
    options.writes > 0 && options.apiKey
      ? writePhase(options, runId)
      : Promise.resolve({ requests: 0, seconds: 0, throughput: 0, p50Ms: 0, p99Ms: 0, errors: 0, rateLimited: 0, errorSamples: [], acknowledged: 0, lost: 0 }),
  ]);
  return { reads, writes };
}

export function formatReport(report: LoadReport): string {
  const row = (name: string, p: PhaseReport) =>
    `${name.padEnd(7)} ${String(p.requests).padStart(7)} req  ${String(p.throughput).padStart(8)} req/s  p50 ${String(p.p50Ms).padStart(7)} ms  p99 ${String(p.p99Ms).padStart(7)} ms  errors ${p.errors}  429 ${p.rateLimited}`;
  const lines = [row('reads', report.reads), row('writes', report.writes), `writes acknowledged ${report.writes.acknowledged}, lost ${report.writes.lost}`];
  for (const s of [...report.reads.errorSamples, ...report.writes.errorSamples]) lines.push(`  error: ${s}`);
  return lines.join('\n');
}
