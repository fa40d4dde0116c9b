import { describe, expect, it } from 'vitest';
import { CLS_L, clsAt, foldAndScan, letterRuns, WordTrie } from '../../src/attribution/letter-runs.js';
import { foldWithMap } from '../../src/attribution/normalize.js';

const PIECES = ['أحمد', 'وبالقاهرة', 'مُحَمَّد', 'ـــ', '١٢٣', '2018', '3.5', 'ABC', 'İ', '𝐀', '\ud801', '\udc00', ' ', '\n', '\u00a0', '.', '؟', '!', '،', '"', '«', '5مارس'];

function randomText(seed: number): string {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8);
  let s = '';
  for (let k = next() % 16; k >= 0; k--) s += PIECES[next() % PIECES.length];
  return s;
}

/** letterRuns by its definition: maximal runs of \p{L} code points, ASCII digits, sentence marks. */
function runsReference(folded: string) {
  const runs = { starts: [] as number[], ends: [] as number[], digits: [] as number[], marks: [] as number[] };
  let start = -1;
  for (let i = 0; i < folded.length; ) {
    const width = folded.codePointAt(i)! > 0xffff ? 2 : 1;
    if (/\p{L}/u.test(String.fromCodePoint(folded.codePointAt(i)!))) {
      if (start < 0) start = i;
    } else {
      if (start >= 0) runs.starts.push(start), runs.ends.push(i);
      start = -1;
      if (/[0-9]/.test(folded[i])) runs.digits.push(i);
      else if (/[.!?؟\n]/.test(folded[i])) runs.marks.push(i);
    }
    i += width;
  }
  if (start >= 0) runs.starts.push(start), runs.ends.push(folded.length);
  return runs;
}

describe('letterRuns and foldAndScan', () => {
  it('letterRuns finds the runs, digits and marks of its definition', () => {
    for (let seed = 1; seed <= 500; seed++) {
      const { folded } = foldWithMap(randomText(seed));
      expect(letterRuns(folded)).toEqual(runsReference(folded));
    }
  });

  it('foldAndScan is foldWithMap and letterRuns in one', () => {
    const texts = [...Array.from({ length: 500 }, (_, k) => randomText(k + 1)), 'أحمد '.repeat(3000), ''];
    for (const text of texts) {
      const { folded, map } = foldWithMap(text);
      const got = foldAndScan(text);
      expect(got.folded).toBe(folded);
      expect(Array.from({ length: folded.length + 1 }, (_, i) => got.map[i])).toEqual(map);
      expect(got.runs).toEqual(letterRuns(folded));
      if (/[\ud800-\udfff]/.test(folded)) expect(got.hasSurrogates).toBe(true);
    }
  });

  it('clsAt reads a surrogate pair as one letter', () => {
    expect(clsAt('𝐀', 0) & CLS_L).toBe(CLS_L);
    expect(clsAt('\ud835', 0) & CLS_L).toBe(0);
  });

  it('WordTrie looks up whole spans only', () => {
    const trie = new WordTrie<number>();
    trie.set('في', 1);
    trie.set('فيينا', 2);
    expect(trie.lookup('زار فيينا', 4, 9)).toBe(2);
    expect(trie.lookup('زار فيينا', 4, 6)).toBe(1);
    expect(trie.lookup('زار فيينا', 4, 7)).toBeUndefined();
    expect(trie.get('ف')).toBeUndefined();
  });

  it('WordTrie finds exactly the words set, whatever their last letters (one-letter and empty words too)', () => {
    const letters = ['ا', 'ل', 'ب', 'و', 'ه', 'x'];
    let x = 7;
    const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8);
    const word = () => Array.from({ length: next() % 5 }, () => letters[next() % letters.length]).join('');
    const trie = new WordTrie<number>();
    const words = new Map<string, number>();
    for (let k = 0; k < 40; k++) {
      const w = word();
      trie.set(w, k);
      words.set(w, k);
    }
    for (let k = 0; k < 2000; k++) {
      const s = word() + word() + (k % 3 === 0 ? 'ي' : '');
      const from = next() % (s.length + 1);
      const to = from + (next() % (s.length - from + 1));
      expect(trie.lookup(s, from, to)).toBe(words.get(s.slice(from, to)));
    }
  });
});
