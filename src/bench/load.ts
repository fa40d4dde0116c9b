// The load driver: autocannon, programmatically, against a loopback port, bounded in time and in
// number of requests. Latencies are taken from every response (sub-millisecond precision).
import autocannon from 'autocannon';

export interface LoadOptions {
  port: number;
  path: string;
  /** Request bodies, cycled through by every connection. */
  bodies: string[];
  connections: number;
  /** Seconds. */
  duration: number;
  /** Upper bound on the number of requests. */
  maxRequests: number;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Requests per second. */
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  errors: number;
  non2xx: number;
  /** Share of requests answered from the response cache (interleaved rounds, Isnad as deployed). */
  hitRate?: number;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

export function median(values: number[]): number {
  const s = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export async function runLoad(o: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let non2xx = 0;
  const started = performance.now();
  const instance = autocannon({
    url: `http://127.0.0.1:${o.port}`,
    connections: o.connections,
    pipelining: 1,
    duration: o.duration,
    maxOverallRequests: Math.max(o.maxRequests, o.connections),
    timeout: 30,
    requests: o.bodies.map((body) => ({ method: 'POST', path: o.path, headers: { 'content-type': 'application/json' }, body })),
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode < 200 || statusCode >= 300) non2xx++;
    times.push(responseTime);
  });
  const result: autocannon.Result = await new Promise((resolve, reject) => {
    instance.on('done', resolve);
    instance.on('error', reject);
  });
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const mean = times.reduce((s, t) => s + t, 0) / Math.max(times.length, 1);
  return {
    requests: times.length,
    seconds,
    rps: times.length / Math.max(result.duration || seconds, 1e-9),
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    mean,
    errors: result.errors,
    non2xx,
  };
}

/** One request, for checks and SQL counting: the status and the parsed body. */
export async function post(port: number, path: string, body: string): Promise<{ status: number; json: any; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await response.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* reported by the caller */
  }
  return { status: response.status, json, text };
}
