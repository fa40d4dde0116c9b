// The benchmark corpus is a news stream: the same density of articles per day at every size, so
// that costs measured at 1k, 10k and 100k articles differ by the size of the graph only.
import { describe, expect, it } from 'vitest';
import { ARTICLES_PER_DAY, generateArticle } from '../../src/bench/corpus.js';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('bench corpus dates', () => {
  it('never go back as articles are added, and advance one day per ARTICLES_PER_DAY articles', () => {
    let previous = -Infinity;
    for (let i = 0; i < 3 * ARTICLES_PER_DAY; i++) {
      const d = day(generateArticle(i).published);
      expect(d).toBeGreaterThanOrEqual(previous);
      previous = d;
    }
    expect(day(generateArticle(ARTICLES_PER_DAY).published) - day(generateArticle(0).published)).toBe(1);
  });

  it('hold the same number of articles in any 31 days at 10k and at 100k', () => {
    const perWindow = (end: number) => {
      const last = day(generateArticle(end - 1).published);
      let n = 0;
      for (let i = end - 1; i >= 0 && last - day(generateArticle(i).published) < 31; i--) n++;
      return n;
    };
    expect(perWindow(10_000)).toBe(31 * ARTICLES_PER_DAY);
    expect(perWindow(100_000)).toBe(perWindow(10_000));
  });
});
