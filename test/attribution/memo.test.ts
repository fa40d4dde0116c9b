// The engine's caches across articles (src/attribution/memo.ts): computed once per key, bounded.
import { describe, expect, it } from 'vitest';
import { boundedMemo } from '../../src/attribution/memo.js';

describe('boundedMemo', () => {
  it('computes a key once, null results included', () => {
    const calls: string[] = [];
    const surname = boundedMemo(10, (name: string) => {
      calls.push(name);
      return name.includes(' ') ? name.split(' ').at(-1)! : null;
    });
    expect(surname('سيرغي لافروف')).toBe('لافروف');
    expect(surname('سيرغي لافروف')).toBe('لافروف');
    expect(surname('بوتين')).toBeNull();
    expect(surname('بوتين')).toBeNull();
    expect(calls).toEqual(['سيرغي لافروف', 'بوتين']);
  });

  it('never holds more than its limit, and still answers after forgetting', () => {
    let calls = 0;
    const double = boundedMemo(3, (n: number) => {
      calls++;
      return 2 * n;
    });
    for (let n = 0; n < 10; n++) expect(double(n)).toBe(2 * n);
    expect(calls).toBe(10);
    expect(double(9)).toBe(18); // the last key is still there
    expect(calls).toBe(10);
    expect(double(0)).toBe(0); // long forgotten: computed again
    expect(calls).toBe(11);
  });
});
