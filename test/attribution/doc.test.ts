import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/attribution/doc.js';
import { lookupGazetteer } from '../../src/attribution/lexicon/gazetteer.js';
import { EntityStore } from '../../src/attribution/names.js';
import { tokenize } from '../../src/attribution/segment.js';

/** gazAt as it was first written: every span of 6..2 word tokens looked up as written. */
function gazAtReference(doc: Doc, i: number): number {
  const t = doc.toks[i];
  if (!t || !t.word) return 0;
  const cuts = [0, ...doc.variants(i).slice(1).map((v) => v.cut)];
  for (let L = 6; L >= 2; L--) {
    const last = doc.toks[i + L - 1];
    if (!last || last.s !== t.s) continue;
    let good = true;
    for (let k = 1; k < L; k++) if (!doc.toks[i + k].word) good = false;
    if (!good) continue;
    const s = doc.text.slice(t.start, last.end);
    for (const cut of cuts) if (lookupGazetteer(s.slice(cut))) return L;
  }
  return 0;
}

describe('Doc.gazAt (word trie)', () => {
  const texts = [
    'وقال سيرغي لافروف إن الاجتماع مهم، وأكد فلاديمير بوتين ذلك.',
    'وقال وسيرجى لافروف وللافروف ولسيرغي لافروف كلاما.',
    'والتقى دميتري بيسكوف مع ديميتري  بيسكوف في موسكو.',
    'قال سيرغي\u00a0لافروف و سيرغي\u2007لافروف.', // spaces that fold to a word break
    'قال سيرغي\u200fلافروف ثم سيرغي \u200b لافروف ثم سيرغي\u200e لافروف.', // marks that fold keeps as letters
    'قال سيرغيّ لافروفُ وسيـرغي لافروف.', // diacritics and tatweel
    'قال سيرغي، لافروف.',
  ];
  for (const text of texts) {
    it(`matches the span-by-span lookup: ${text}`, () => {
      const doc = new Doc(text);
      for (let i = 0; i < doc.toks.length; i++) expect(doc.gazAt(i), `token ${i} ${doc.toks[i].raw}`).toBe(gazAtReference(doc, i));
    });
  }
  it('finds a two-word name with a clitic', () => {
    const doc = new Doc('وقال وسيرغي لافروف إن');
    expect(doc.gazAt(1)).toBe(2);
  });
});

describe('Doc tokens', () => {
  it('are the tokens tokenize gives, however their spellings were met (new, repeated, known)', () => {
    const texts = [
      'قالت زخاريفا: "زخاريفا قالت" وزخاريفا، وزخاريفا.',
      'قالت زخاريفا إن زخارِيفا وزخـاريفا وزخاريفا قالت.',
      'وأضاف ظريفٌ إن ظريف - ظريف#1 جاي-إن \ud83d. ظريف',
    ];
    for (const text of [...texts, ...texts]) {
      const doc = new Doc(text);
      const plain = tokenize(text);
      expect(doc.toks.map((t) => [t.start, t.end, t.raw, t.f, t.word])).toEqual(plain.map((t) => [t.start, t.end, t.raw, t.f, t.word]));
    }
  });
});

describe('Doc.parseTitle / parseOrg memos', () => {
  it('share their results and follow the alias index', () => {
    const doc = new Doc('وقال رئيس الوزراء العراقي العبادي إن وكالة الأنباء الفرنسية نقلت.');
    const a = doc.parseTitle(1)!;
    expect(doc.parseTitle(1)).toBe(a);
    expect(a.end).toBe(5); // العبادي, unknown, reads as part of the title
    const o1 = doc.parseOrg(6)!;
    expect(doc.parseOrg(6)).toBe(o1);
    // a person added: the alias index changes and the chain stops before the known name
    doc.store.addPerson('حيدر العبادي', null, null);
    doc.rebuildAliases();
    expect(doc.parseTitle(1)!.end).toBe(4);
  });
});

describe('EntityStore', () => {
  it('finds a person by the same words, a sub-sequence or the same gazetteer entry', () => {
    const s = new EntityStore();
    const p = s.addPerson('سيرغي لافروف', null, null);
    expect(s.findPerson('سيرجي لافروف')).toBe(p);
    expect(s.findPerson('لافروف')).toBe(p);
    expect(s.findPerson('فلاديمير بوتين')).toBe(null);
  });
  it('finds an org by its words, a shorter designation or a longer one', () => {
    const s = new EntityStore();
    const o = s.addOrg('المكتب الصحفي في الكرملين', ['مكتب', 'صحف', 'كرملن'], 'government');
    expect(s.findOrg(['مكتب', 'صحف', 'كرملن'])).toBe(o);
    expect(s.findOrg(['مكتب', 'صحف'])).toBe(o);
    expect(s.findOrg(['مكتب', 'صحف', 'كرملن', 'روس'])).toBe(o);
    expect(s.findOrg(['صحف'])).toBe(null);
  });
});
