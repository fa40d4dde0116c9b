// Interleaved measurement: every server runs at once (one child process each, a pool of 10
// connections each), and each operation and concurrency is measured in rounds, A B C D A B C D …,
// so that a burst of load from elsewhere on a shared machine falls on all of them alike. The
// figure of a target is the median over its rounds; a ratio is the median of the per-round ratios,
// with their range.
import { median, runLoad, type LoadResult } from './load.js';
import type { OperationName } from './operations.js';
import { log } from './progress.js';
import { TARGET_TITLES, type RunningTarget, type TargetName } from './targets.js';

export interface RoundLoad extends LoadResult {
  round: number;
  /** Share of requests answered without SQL (the response cache), for a target that reports it. */
  hitRate?: number;
}

export type Rounds = Partial<Record<TargetName, Partial<Record<OperationName, Record<number, RoundLoad[]>>>>>;

export interface InterleaveOptions {
  targets: RunningTarget[];
  /** The request bodies of each target and operation (the workload's sequence). */
  bodies: (target: TargetName, op: OperationName) => string[] | null;
  ops: OperationName[];
  concurrencies: number[];
  rounds: number;
  /** Seconds per measurement (an upper bound when maxRequests ends it first). */
  duration: number;
  maxRequests: (c: number) => number;
  /** SQL statements one uncached request of the operation sends (for the hit rate). */
  sqlPerRequest: (op: OperationName) => number | undefined;
  warmup: number;
}

/** Rotates the sequence so that each round starts elsewhere in it (the same for every target). */
function rotate<T>(items: T[], by: number): T[] {
  if (!items.length) return items;
  const k = ((by % items.length) + items.length) % items.length;
  return items.slice(k).concat(items.slice(0, k));
}

export async function measureInterleaved(o: InterleaveOptions): Promise<Rounds> {
  const out: Rounds = {};
  for (const op of o.ops) {
    const present = o.targets.filter((t) => o.bodies(t.name, op));
    if (o.warmup > 0)
      for (const t of present) await runLoad({ port: t.port, path: t.path, bodies: o.bodies(t.name, op)!, connections: 4, duration: o.warmup, maxRequests: 2_000 });
    for (const c of o.concurrencies) {
      for (let round = 0; round < o.rounds; round++) {
        for (const t of present) {
          const all = o.bodies(t.name, op)!;
          const bodies = rotate(all, Math.floor((round * all.length) / o.rounds));
          const before = await t.sqlCount?.();
          const res: RoundLoad = { ...(await runLoad({ port: t.port, path: t.path, bodies, connections: c, duration: o.duration, maxRequests: o.maxRequests(c) })), round };
          const per = o.sqlPerRequest(op);
          if (t.sqlCount && before !== undefined && per && res.requests) {
            const sent = (await t.sqlCount()) - before;
            res.hitRate = Math.min(1, Math.max(0, 1 - sent / per / res.requests));
          }
          ((out[t.name] ??= {})[op] ??= {})[c] ??= [];
          out[t.name]![op]![c].push(res);
        }
      }
      const line = present
        .map((t) => {
          const rs = out[t.name]![op]![c];
          const hit = rs[0].hitRate !== undefined && t.name === 'isnad' ? ` (hit ${(100 * median(rs.map((r) => r.hitRate!))).toFixed(0)}%)` : '';
          return `${TARGET_TITLES[t.name]} ${median(rs.map((r) => r.rps)).toFixed(0)}${hit}`;
        })
        .join(' · ');
      log(`${op.padEnd(15)} c=${String(c).padEnd(2)} req/s, median of ${o.rounds} rounds: ${line}`);
    }
  }
  return out;
}

/** The median measurement of a target's rounds (each figure the median of the rounds'). */
export function medianLoad(rounds: RoundLoad[] | undefined): (LoadResult & { hitRate?: number }) | undefined {
  if (!rounds?.length) return undefined;
  const m = (k: keyof LoadResult) => median(rounds.map((r) => r[k] as number));
  const hits = rounds.map((r) => r.hitRate).filter((h): h is number => h !== undefined);
  return {
    requests: rounds.reduce((s, r) => s + r.requests, 0),
    seconds: rounds.reduce((s, r) => s + r.seconds, 0),
    rps: m('rps'),
    p50: m('p50'),
    p99: m('p99'),
    mean: m('mean'),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    non2xx: rounds.reduce((s, r) => s + r.non2xx, 0),
    ...(hits.length ? { hitRate: median(hits) } : {}),
  };
}

/** Per-round ratios a/b of a figure (rounds paired by number): median, lowest, highest. */
export function roundRatios(a: RoundLoad[] | undefined, b: RoundLoad[] | undefined, key: 'rps' | 'p99'): { median: number; lo: number; hi: number } | undefined {
  if (!a?.length || !b?.length) return undefined;
  const byRound = new Map(b.map((r) => [r.round, r]));
  const ratios = a
    .filter((r) => byRound.has(r.round) && byRound.get(r.round)![key] > 0 && Number.isFinite(r[key]))
    .map((r) => r[key] / byRound.get(r.round)![key])
    .filter(Number.isFinite);
  if (!ratios.length) return undefined;
  return { median: median(ratios), lo: Math.min(...ratios), hi: Math.max(...ratios) };
}
