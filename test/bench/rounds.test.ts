// The arithmetic of the interleaved rounds and of the workload's request sequence.
import { expect, it } from 'vitest';
import { zipfSequence } from '../../src/bench/operations.js';
import { medianLoad, roundRatios, type RoundLoad } from '../../src/bench/rounds.js';

const round = (round: number, rps: number, p99: number, hitRate?: number): RoundLoad => ({
  round, rps, p99, p50: p99 / 2, mean: p99 / 2, requests: Math.round(rps), seconds: 1, errors: 0, non2xx: 0, ...(hitRate === undefined ? {} : { hitRate }),
});

it('pairs rounds by number: the median of the per-round ratios and their range', () => {
  const a = [round(0, 100, 10), round(1, 50, 20), round(2, 300, 5), round(3, 80, 8), round(4, 90, 9)];
  const b = [round(0, 50, 5), round(1, 100, 10), round(2, 100, 10), round(3, 80, 4), round(4, 0, 9)];
  // Ratios 2, 0.5, 3, 1; round 4 has no rate for b and is left out.
  expect(roundRatios(a, b, 'rps')).toEqual({ median: 1.5, lo: 0.5, hi: 3 });
  expect(roundRatios(a, b, 'p99')).toEqual({ median: 2, lo: 0.5, hi: 2 });
  expect(roundRatios(a, [], 'rps')).toBeUndefined();
  const m = medianLoad([round(0, 10, 1, 0.5), round(1, 30, 3, 0.9), round(2, 20, 2, 0.7)])!;
  expect([m.rps, m.p99, m.hitRate, m.requests]).toEqual([20, 2, 0.7, 60]);
});

it('draws a deterministic Zipf sequence: the first items most often, every item possible', () => {
  const items = Array.from({ length: 100 }, (_, i) => i);
  const seq = zipfSequence(items, 20_000, 7);
  expect(seq).toEqual(zipfSequence(items, 20_000, 7));
  expect(seq).not.toEqual(zipfSequence(items, 20_000, 8));
  const count = (k: number) => seq.filter((x) => x === k).length;
  // Weights 1/(rank+1): item 0 about twice as often as item 1, ten times as often as item 9.
  expect(count(0) / count(1)).toBeGreaterThan(1.6);
  expect(count(0) / count(1)).toBeLessThan(2.5);
  expect(count(0) / count(9)).toBeGreaterThan(7);
  expect(new Set(seq).size).toBeGreaterThan(95);
});
