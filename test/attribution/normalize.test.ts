import { describe, expect, it } from 'vitest';
import { fold, foldChar, foldWithMap, phoneticKey } from '../../src/attribution/normalize.js';

// The definitions the fast paths must agree with: foldChar per character (code point) for fold(),
// per code unit for foldWithMap().
const foldReference = (text: string): string => {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out.replace(/\s+/g, ' ').trim();
};
const foldWithMapReference = (text: string) => {
  let folded = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) for (const f of foldChar(text[i])) { folded += f; map.push(i); }
  map.push(text.length);
  return { folded, map };
};

const PIECES = ['أحمد', 'إلى', 'مستشفى', 'مدرسة', 'سؤال', 'شئون', 'ٱلله', 'مُحَمَّد', 'ـــ', '١٢٣', '۴۵', 'ABC', 'İ', 'ẞ', '𐐀', '𝐀', '\ud801', '\udc00',
  ' ', '  ', '\n', '\t', '\u00a0', '\u202f', '\u2007', '\u2028', '\u3000', '\ufeff', '\u200f', '"', '«', '»', '#', '-', '_', '.', '،'];

function randomText(seed: number): string {
  let x = seed;
  const next = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 8);
  let s = '';
  for (let k = next() % 12; k >= 0; k--) s += PIECES[next() % PIECES.length];
  return s;
}

describe('fold and foldWithMap agree with their per-character definitions', () => {
  it('on random mixes of Arabic, diacritics, digits, Latin, astral characters and white space', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(seed);
      expect(fold(text)).toBe(foldReference(text));
      expect(foldWithMap(text)).toEqual(foldWithMapReference(text));
    }
  });
  it('returns an already folded string as it is, and folds repeated strings the same way', () => {
    expect(fold('وزير الخارجيه')).toBe('وزير الخارجيه');
    expect(fold(' أنغيلا  ميركل ')).toBe('انغيلا ميركل');
    expect(fold(' أنغيلا  ميركل ')).toBe('انغيلا ميركل');
  });
});

describe('phoneticKey', () => {
  it('merges letters, drops inner long vowels and one final ه', () => {
    expect(phoneticKey('ديمترى')).toBe(phoneticKey('ديميتري'));
    expect(phoneticKey('سيرجى')).toBe(phoneticKey('سيرغي'));
    expect(phoneticKey('قاسم، طه')).toBe('جسم ت');
  });
});
