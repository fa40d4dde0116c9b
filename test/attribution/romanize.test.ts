// English names for persons the gazetteer does not know: readable, never a consonant string.
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.js';
import { GAZETTEER } from '../../src/attribution/lexicon/gazetteer.js';
import { GIVEN_NAMES } from '../../src/attribution/lexicon/gazetteer-given-names.js';
import { romanizeName } from '../../src/attribution/romanize.js';
import { loadGoldDir } from '../../src/eval/fixtures.js';
import path from 'node:path';

const VOWELS = /[aeiouy]/i;
/** Every word of two letters or more has a vowel (Khaled, not Khld). */
const readable = (s: string) => s.split(/[\s-]+/).filter((w) => w.length > 1 && w !== 'bin').every((w) => VOWELS.test(w));

describe('romanizeName', () => {
  it('spells known given names from the lexicon and puts back unwritten vowels', () => {
    expect(romanizeName('خالد بن سلمان')).toBe('Khaled bin Salman');
    expect(romanizeName('جمال خاشقجي')).toMatch(/^Jamal Kh/);
    expect(romanizeName('ريك سكوت')).toBe('Rick Scott');
    expect(romanizeName('منصور التركي')).toBe('Mansour al-Turki');
    expect(romanizeName('عبد المعين حمصي')).toMatch(/^Abdel /);
    expect(romanizeName('صادق')).toBe('Sadeq');
  });
  it('is null for what has no letters to spell', () => {
    expect(romanizeName('')).toBeNull();
    expect(romanizeName('123')).toBeNull();
  });
  it('every full name of the gazetteer and every gold person gets a readable spelling', () => {
    const root = path.resolve(__dirname, '..', 'fixtures');
    const ar = [
      ...GAZETTEER.flatMap((e) => e.ar),
      ...GIVEN_NAMES.flatMap((g) => g.ar),
      ...['gold', 'dev', 'dev2'].flatMap((s) => loadGoldDir(path.join(root, s)).flatMap((f) => (f.gold.persons ?? []).map((p: any) => p.name))),
    ];
    expect(ar.length).toBeGreaterThan(400);
    const bad = ar.filter((a) => { const r = romanizeName(a); return r !== null && !readable(r); }).map((a) => `${a} → ${romanizeName(a)}`);
    expect(bad).toEqual([]);
  });
  it('the engine gives an unknown person a readable English name', () => {
    const r = attribute('وقال الصحفي نبيل صادق إن الوضع خطير.');
    const p = r.persons.find((x) => x.name === 'نبيل صادق');
    expect(p?.nameEn).toBe('Nabil Sadeq');
  });
});
