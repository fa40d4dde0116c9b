// Persons and organizations of one article: identity keys, merging, titles, English names.
import { fold, phoneticKey } from './normalize.js';
import { lookupGazetteer, type GazetteerEntry } from './lexicon/gazetteer.js';
import type { OrganizationKind, Span } from './types.js';
import { boundedMemo } from './memo.js';
import { romanizeName } from './romanize.js';

/** One word of a name for identity: folded, leading ال dropped, phonetic. */
export const wordKey = boundedMemo(100_000, (w): string => {
  let k = fold(w).replace(/[#\-_]/g, '');
  if (k.startsWith('ال') && k.length > 4) k = k.slice(2);
  const ph = phoneticKey(k);
  return ph.length >= 3 ? ph : k; // short words keep their letters (ماي ≠ مع)
});

export function nameWords(name: string): string[] {
  return nameWordsShared(name).slice();
}

const NAME_SPLIT = /[\s\u00a0]+/;
/** nameWords, cached per name (names recur within and across articles): the array is shared, never mutate it. */
export const nameWordsShared = boundedMemo(50_000, (name) => name.split(NAME_SPLIT).map(wordKey).filter(Boolean));

/** a.join(' ') === b.join(' ') without building the strings (keys hold no spaces). */
function sameWords(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return a.length + b.length === 1 && (a.length ? a[0] : b[0]) === '';
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function isPrefix(small: string[], big: string[]): boolean {
  for (let k = 0; k < small.length; k++) if (big[k] !== small[k]) return false;
  return true;
}

/** Stem of a title word for role comparison: no ال, no final ة/ه/ي/ا/ية. */
export const titleStem = boundedMemo(50_000, (w) => titleStemRaw(w));

function titleStemRaw(w: string): string {
  let k = fold(w).replace(/[#\-_]/g, '');
  for (const p of ['وال', 'فال', 'بال', 'لل', 'ال']) {
    if (k.startsWith(p) && k.length > p.length + 1) {
      k = k.slice(p.length);
      break;
    }
  }
  k = k.replace(/(يين|يون|يه|ه|ي|ا)$/, '');
  return k;
}

export interface Person {
  id: string;
  kind: 'person';
  name: string; // fullest form, as written
  words: string[]; // wordKey per word of name
  role: string | null;
  titles: string[][]; // stems of every title chain seen for this person
  mentions: Span[];
  gazetteer: string | null;
  /** Grammatical gender shown by the text (an agreeing verb), when it has shown one. */
  gender?: 'f' | 'm';
}

export interface Org {
  id: string;
  kind: 'org';
  name: string;
  words: string[]; // keys
  orgKind: OrganizationKind;
  media: boolean;
  nameEn: string | null;
  mentions: Span[];
  /** Designation of an unnamed source (مسؤول كبير في البيت الأبيض) rather than a named body. */
  source: boolean;
  titles: string[][];
  country: boolean;
}

export type Entity = Person | Org;

function isSubseq(small: string[], big: string[]): boolean {
  if (!small.length || small.length > big.length) return false;
  outer: for (let s = 0; s + small.length <= big.length; s++) {
    for (let k = 0; k < small.length; k++) if (small[k] !== big[s + k]) continue outer;
    return true;
  }
  return false;
}

export class EntityStore {
  persons: Person[] = [];
  orgs: Org[] = [];
  /** Bumped whenever a person is added or renamed (alias indexes depend on it). */
  version = 0;
  private pSeq = 0;
  private oSeq = 0;

  all(): Entity[] {
    return [...this.persons, ...this.orgs];
  }

  byId(id: string | null): Entity | null {
    if (!id) return null;
    return this.persons.find((p) => p.id === id) ?? this.orgs.find((o) => o.id === id) ?? null;
  }

  /** Finds the person a name refers to (same words, a sub-sequence, or the same gazetteer entry). */
  findPerson(name: string): Person | null {
    return this.findPersonBy(nameWordsShared(name), lookupGazetteer(name));
  }

  /** findPerson of a name with these words and gazetteer entry. */
  private findPersonBy(w: string[], gz: GazetteerEntry | null): Person | null {
    if (!w.length) return null;
    let best: Person | null = null;
    for (const p of this.persons) {
      if (sameWords(p.words, w)) return p;
      if (gz && p.gazetteer === gz.en) best = best ?? p;
    }
    if (best) return best;
    const cands = this.persons.filter((p) => isSubseq(w, p.words) || isSubseq(p.words, w));
    if (cands.length === 1) return cands[0];
    if (cands.length > 1) {
      // prefer the one whose last word matches
      const last = w[w.length - 1];
      const c2 = cands.filter((p) => p.words[p.words.length - 1] === last);
      if (c2.length === 1) return c2[0];
    }
    return null;
  }

  addPerson(name: string, role: string | null, roleStems: string[] | null): Person {
    // the name's words and gazetteer entry, looked up once
    const shared = nameWordsShared(name);
    const gz = lookupGazetteer(name);
    const found = this.findPersonBy(shared, gz);
    const words = shared.slice();
    if (found) {
      if (words.length > found.words.length) {
        found.name = name;
        found.words = words;
        this.version++;
      }
      if (role && !found.role) found.role = role;
      if (roleStems && roleStems.length) found.titles.push(roleStems);
      if (!found.gazetteer) found.gazetteer = gz?.en ?? null;
      return found;
    }
    const p: Person = {
      id: `p${++this.pSeq}`,
      kind: 'person',
      name,
      words,
      role,
      titles: roleStems && roleStems.length ? [roleStems] : [],
      mentions: [],
      gazetteer: gz?.en ?? null,
    };
    this.persons.push(p);
    this.version++;
    return p;
  }

  findOrg(words: string[]): Org | null {
    if (!words.length) return null;
    for (const o of this.orgs) if (sameWords(o.words, words)) return o;
    // a shorter designation of an org already named (المكتب الصحفي ← المكتب الصحفي في الكرملين): the latest
    for (let k = this.orgs.length - 1; k >= 0; k--) {
      const o = this.orgs[k];
      if (!o.source && o.words.length > words.length && isPrefix(words, o.words)) return o;
    }
    for (let k = this.orgs.length - 1; k >= 0; k--) {
      const o = this.orgs[k];
      if (!o.source && o.words.length < words.length && o.words.length >= 2 && isPrefix(o.words, words)) return o;
    }
    return null;
  }

  addOrg(name: string, words: string[], kind: OrganizationKind, opts: { media?: boolean; nameEn?: string | null; source?: boolean; country?: boolean; canonical?: string | null } = {}): Org {
    const found = this.findOrg(words);
    if (found) {
      if (!opts.canonical && name.length > found.name.length && !found.source && !opts.source && words.length >= found.words.length) {
        found.name = name;
        found.words = words;
      }
      return found;
    }
    const o: Org = {
      id: `o${++this.oSeq}`,
      kind: 'org',
      name: opts.canonical ?? name,
      words,
      orgKind: kind,
      media: !!opts.media,
      nameEn: opts.nameEn ?? null,
      mentions: [],
      source: !!opts.source,
      titles: [],
      country: !!opts.country,
    };
    this.orgs.push(o);
    return o;
  }
}

export function addMention(e: Entity, span: Span): void {
  for (const m of e.mentions) if (m.start === span.start && m.end === span.end) return;
  e.mentions.push(span);
}

/** English name: the gazetteer's, else a readable romanization (romanize.ts), else null. */
export function englishName(name: string, gazetteer: string | null): string | null {
  if (gazetteer) return gazetteer;
  return lookupGazetteer(name)?.en ?? romanizeName(name.replace(/#/g, ''));
}
