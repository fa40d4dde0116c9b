// The analysed article: tokens, quotes, sentences and the entities found in it, with the
// noun-phrase parsers (title chains, person names, organizations) that work on its tokens.
import { fold } from './normalize.js';
import { findQuotes, findSentences, formHash, softNewlines, tokenize, QUOTE_CHARS, type KnownSpellings, type QuoteRegion, type Sentence, type Token } from './segment.js';
import {
  audienceNouns, cliticVariants, countryIndex, cueOf, functionWords, isDefinite, isNisba, nonSpeakers, orgHeads, orgNameIndex, particles,
  stripConj, timeWords, titleHeads, titleNeedsNext, titleWords, type Phrase,
} from './lex.js';
import { isGivenName, notNameForm, pronounSuffixed, surnameCut } from './name-words.js';
import { gazetteerTrie, lookupGazetteer, phoneticWords, GAZETTEER, type GazetteerTrie } from './lexicon/gazetteer.js';
import { EntityStore, addMention, nameWordsShared, titleStem, wordKey, type Entity, type Org, type Person } from './names.js';
import { relayFlags } from './relay.js';
import type { OrgNameEntry } from './lexicon/orgs.js';
import type { CueEntry } from './lexicon/cues.js';
import type { OrganizationKind, Span } from './types.js';
import { boundedMemo } from './memo.js';

const COMMON_VERBS = new Set(
  [
    'يلتقي', 'سيلتقي', 'التقى', 'يزور', 'سيزور', 'زار', 'وصل', 'يصل', 'غادر', 'استقبل', 'يستقبل', 'سيستقبل', 'تلقى', 'أجرى', 'يجري', 'بحث',
    'يبحث', 'سيبحث', 'يقوم', 'قام', 'يعتزم', 'اجتمع', 'يجتمع', 'شارك', 'يشارك', 'سيشارك', 'ترأس', 'وقع', 'يوقع', 'أصدر', 'طالب', 'ندد',
    'أدان', 'رحب', 'انتقد', 'هاجم', 'اتهم', 'رفض', 'وافق', 'عاد', 'يعود', 'سيعود', 'توجه', 'يتوجه', 'يعتبر', 'يأمل', 'يرجو', 'يعتقد',
    'نعتقد', 'أعرب', 'عبر', 'يمكن', 'يجب', 'بدأ', 'تم', 'يتم', 'جرى', 'تجري', 'يدعم', 'دعم', 'سبق', 'وكان', 'كان', 'وكانت', 'كانت',
  ].map((s) => stripConj(foldSimple(s))),
);

function foldSimple(s: string): string {
  return s.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي');
}

const PRONOUN_END = /(ه|ها|هم|هما|نا|ي)$/;

/** What a title chain opened by a title head starts with (a property of the head alone). */
interface ChainStart {
  stem: string;
  definite: boolean;
  /** An indefinite unnamed-source head (مسؤول، مصدر، متحدث). */
  source: boolean;
  /** The head wants a genitive (وزير → وزير الخارجية): not definite, no possessive pronoun, not نظير. */
  needGen: boolean;
  /** A group of people (الزوجان، محامو فلان): a source even when definite, never a person's title. */
  group: boolean;
}

function chainStartOf(head: string): ChainStart {
  const definite = isDefinite(head);
  const group = !!titleHeads.get(head)?.group;
  return {
    stem: titleStem(head),
    definite,
    group,
    source: (!!titleHeads.get(head)?.source && !definite) || group,
    needGen: !definite && !PRONOUN_END.test(head.slice(-2)) && !/(ه|ها)$/.test(head) && !/^(نظير|مندوبنا)/.test(head),
  };
}

export interface TitleChain {
  start: number; // token indices [start, end)
  end: number;
  stems: string[];
  source: boolean; // an indefinite unnamed-source head (مسؤول، مصدر، متحدث), or a group
  definite: boolean;
  pronoun: boolean; // باسمه
  group: boolean; // الزوجان، محامو فلان
}

export interface OrgNP {
  start: number;
  end: number;
  name: string;
  words: string[];
  kind: OrganizationKind;
  media: boolean;
  nameEn: string | null;
  canonical: string | null;
  backref: boolean; // a bare head (الوكالة، الجيش) referring back
  head: string;
}

const gazByEn = new Map(GAZETTEER.map((e) => [e.en, e]));
const gazFirst = new Set<string>();
for (const e of GAZETTEER) for (const a of e.ar) {
  const w = a.split(' ');
  if (w.length >= 2) gazFirst.add(wordKey(w[0]));
}

/** A clitic reading of a folded word: the rest after `cut` leading letters, with its name key. */
export interface Variant {
  w: string;
  cut: number;
  key: string;
  /** w without a leading ال */
  bare: string;
  /** keyHash(key) */
  kh: number;
}

/** A KEY_HASH_BITS-bit hash of a name key, for the alias index's quick rejection of words no alias starts with. */
function keyHash(k: string): number {
  const n = k.length;
  if (!n) return 0;
  // length, first, middle and last letter, mixed into KEY_HASH_BITS bits
  return Math.imul(n * 961 + k.charCodeAt(0) * 31 * 7 + k.charCodeAt(n >> 1) * 31 + k.charCodeAt(n - 1), 0x9e3779b1) >>> (32 - KEY_HASH_BITS);
}
const KEY_HASH_BITS = 10;
const KEY_HASH_MASK = (1 << KEY_HASH_BITS) - 1;

/**
 * What the lexicon says about one folded word form, computed once per distinct form and shared by
 * every Doc (tokens repeat across and within articles): its name key, clitic readings and the
 * word-class tests the parsers ask for again and again.
 */
interface WordInfo {
  /** The form as first met: the string each token of this form is given (see the Doc constructor). */
  form: string;
  key: string;
  vars: Variant[];
  /** A leading و/ف/ب/ل/ك that may be a clitic (the gazetteer and alias lookups try the variants). */
  clitic: boolean;
  /** Some reading's key starts a multi-word gazetteer name. */
  gazFirst: boolean;
  func: boolean;
  time: boolean;
  titleHead: string | null;
  cue: CueEntry | null;
  /** The first clitic reading that is an organization head, or null. */
  orgHead: Variant | null;
  /** isNameTokRaw's tests that depend on the form alone; computed on first use. */
  name: NameInfo | null;
  /** titleStem of the form, computed on first use. */
  stem: string | null;
  /** What a title chain opened by the form's title head starts with, computed on first use. */
  chainStart: ChainStart | null;
  /** Whether some clitic reading starts a country / an organization name (phraseAt's first lookup). */
  country: boolean;
  orgName: boolean;
  /** What the form can contribute to a relay (relay.ts relayFlags). */
  relay: number;
  /** The flags below and the number of readings: copied per token into Doc.bits, so the per-token
   * passes test a number instead of loading the shared objects. */
  bits: number;
  /** keyHash of each reading's key, KEY_HASH_BITS each (first reading lowest), for aliasAtRaw's quick rejection. */
  khs: number;
}

// WordInfo.bits (non-zero for every word: WORD is set)
const WORD = 1;
const CLITIC = 2;
const GAZ_FIRST = 4;
const FUNC = 8;
const TIME = 16;
const TITLE_HEAD = 32;
const CUE = 64;
const COUNTRY = 128;
const ORG_NAME = 256;
const ORG_HEAD = 512;
/** The readings' keyHashes do not fit in khs (never with today's clitics): no quick rejection. */
const MANY_READINGS = 1024;
/** Bits 16-17: the number of readings (1-3) whose keyHashes khs holds. */
const READINGS_SHIFT = 16;
/** Bits 20-26: the relay flags (relayFlags is below 128). */
const RELAY_SHIFT = 20;
const RELAY_BITS = 127 << RELAY_SHIFT;

/** Bits of WordInfo.bits left for word classes (bit 29 is the last of a small integer). */
const CLASS_BITS = [1 << 11, 1 << 12, 1 << 13, 1 << 14, 1 << 15, 1 << 27, 1 << 28, 1 << 29];
const wordClasses: Array<{ forms: ReadonlySet<string>; bit: number }> = [];

/**
 * Registers a fixed set of folded forms that other modules test tokens against (at module load,
 * before any Doc): Doc.inClass(i, bit) then answers set.has(doc.w(i)) with one bit test, the
 * membership being computed once per form. The set must not contain ''.
 */
export function wordClass(forms: ReadonlySet<string>): number {
  const bit = CLASS_BITS[wordClasses.length];
  if (bit === undefined) throw new Error('wordClass: no bit left');
  wordClasses.push({ forms, bit });
  // forms met before would lack the bit
  wordInfos.clear();
  spellings.clear();
  return bit;
}

function formBits(inf: Omit<WordInfo, 'bits' | 'khs'>): number {
  const nv = inf.vars.length;
  let classes = 0;
  for (const c of wordClasses) if (c.forms.has(inf.form)) classes |= c.bit;
  return classes | (
    WORD | (inf.clitic ? CLITIC : 0) | (inf.gazFirst ? GAZ_FIRST : 0) | (inf.func ? FUNC : 0) | (inf.time ? TIME : 0) | (inf.titleHead !== null ? TITLE_HEAD : 0) |
    (inf.cue ? CUE : 0) | (inf.country ? COUNTRY : 0) | (inf.orgName ? ORG_NAME : 0) | (inf.orgHead ? ORG_HEAD : 0) |
    (nv <= 3 ? nv << READINGS_SHIFT : MANY_READINGS) | (inf.relay << RELAY_SHIFT)
  );
}

function formKhs(vars: Variant[]): number {
  let khs = 0;
  for (let k = 0; k < vars.length && k < 3; k++) khs |= vars[k].kh << (KEY_HASH_BITS * k);
  return khs;
}

interface NameInfo {
  /** The form may be part of a name at all (before the context tests). */
  base: boolean;
  /** The form may start a name (the form-only start tests). */
  start: boolean;
  /** The form may continue a name (the form-only continuation tests). */
  cont: boolean;
  /** وX: a conjunction joining another name when it follows a word. */
  conj: boolean;
}

/**
 * Values by string: an open-addressing table on a hash computed by the caller (formHash). The
 * strings looked up are fresh ones (token texts), and a Map would first hash them in the runtime,
 * which costs more than the lookup.
 */
class StringTable<V> {
  private hashes = new Int32Array(1 << 12);
  private keys: (string | undefined)[] = new Array<string | undefined>(1 << 12).fill(undefined);
  private values: (V | undefined)[] = new Array<V | undefined>(1 << 12).fill(undefined);
  private mask = (1 << 12) - 1;
  size = 0;

  get(key: string, h: number): V | undefined {
    const keys = this.keys;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const g = keys[k];
      if (g === undefined) return undefined;
      if (this.hashes[k] === h && g === key) return this.values[k];
    }
  }

  /** Adds a key not in the table. */
  add(key: string, h: number, value: V): void {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    let k = h & this.mask;
    while (this.keys[k] !== undefined) k = (k + 1) & this.mask;
    this.hashes[k] = h;
    this.keys[k] = key;
    this.values[k] = value;
    this.size++;
  }

  clear(): void {
    this.hashes.fill(0);
    this.keys.fill(undefined);
    this.values.fill(undefined);
    this.size = 0;
  }

  private grow(): void {
    const { hashes, keys, values } = this;
    const cap = 2 * keys.length;
    this.hashes = new Int32Array(cap);
    this.keys = new Array<string | undefined>(cap).fill(undefined);
    this.values = new Array<V | undefined>(cap).fill(undefined);
    this.mask = cap - 1;
    this.size = 0;
    for (let k = 0; k < keys.length; k++) if (keys[k] !== undefined) this.add(keys[k]!, hashes[k], values[k]!);
  }
}

/** The word infos by folded form. */
const wordInfos = new StringTable<WordInfo>();
const WORD_INFO_LIMIT = 100_000;
/** At most this many UTF-16 units of spellings are kept (8 MB). */
const SPELLING_UNITS_LIMIT = 4_000_000;

/**
 * The spellings met: words as written, each with the strings its tokens are given (the text of
 * the first token so written, or its form's string when the word folds to itself; and the form's)
 * and its word info. tokenize looks every word up here in place, so a known word is neither copied
 * out of the text nor folded and hashed again. Laid out for that lookup: the numbers in typed
 * arrays and the units of every spelling in one pool, so that a lookup reads a few adjacent cells
 * rather than a chain of objects scattered over the heap.
 */
class SpellingTable implements KnownSpellings {
  /** Per slot (open addressing): the spelling's hash + 1 (0 when empty) and its id. */
  private slots = new Int32Array(2 << 12);
  private mask = (1 << 12) - 1;
  /** Per id, META cells: where its units start in `units`, their count, the info's bits and khs, its hash. */
  private meta = new Int32Array(META * 1024);
  private units = new Uint16Array(8192);
  /** Units held in `units` (long words count for more than one entry against the bound). */
  unitsUsed = 0;
  /** Per id, three cells: the raw string, the form string, the word info. */
  private refs: Array<string | WordInfo> = [];
  size = 0;

  find(text: string, start: number, end: number, h: number): number {
    const { slots, meta, units } = this;
    const len = end - start;
    for (let k = h & this.mask; ; k = (k + 1) & this.mask) {
      const sh = slots[2 * k];
      if (sh === 0) return -1;
      if (sh !== h + 1) continue;
      const id = slots[2 * k + 1];
      if (meta[META * id + 1] !== len) continue;
      const at = meta[META * id];
      let j = 0;
      while (j < len && units[at + j] === text.charCodeAt(start + j)) j++;
      if (j === len) return id;
    }
  }

  raw(id: number): string {
    return this.refs[3 * id] as string;
  }

  form(id: number): string {
    return this.refs[3 * id + 1] as string;
  }

  info(id: number): WordInfo {
    return this.refs[3 * id + 2] as WordInfo;
  }

  bits(id: number): number {
    return this.meta[META * id + 2];
  }

  khs(id: number): number {
    return this.meta[META * id + 3];
  }

  /** Adds a spelling not in the table (h: formHash of raw). */
  add(raw: string, h: number, info: WordInfo): void {
    const id = this.size;
    if (2 * (id + 1) > this.mask + 1) this.growSlots();
    if (META * (id + 1) > this.meta.length) this.meta = grown(this.meta, META * (id + 1));
    if (this.unitsUsed + raw.length > this.units.length) this.units = grown(this.units, this.unitsUsed + raw.length);
    const at = this.unitsUsed;
    for (let j = 0; j < raw.length; j++) this.units[at + j] = raw.charCodeAt(j);
    this.unitsUsed += raw.length;
    const m = META * id;
    this.meta[m] = at;
    this.meta[m + 1] = raw.length;
    this.meta[m + 2] = info.bits;
    this.meta[m + 3] = info.khs;
    this.meta[m + 4] = h;
    this.refs.push(raw, info.form, info);
    this.place(id, h);
    this.size++;
  }

  clear(): void {
    this.slots.fill(0);
    this.refs.length = 0;
    this.unitsUsed = 0;
    this.size = 0;
  }

  private place(id: number, h: number): void {
    let k = h & this.mask;
    while (this.slots[2 * k] !== 0) k = (k + 1) & this.mask;
    this.slots[2 * k] = h + 1;
    this.slots[2 * k + 1] = id;
  }

  private growSlots(): void {
    const cap = 2 * (this.mask + 1);
    this.slots = new Int32Array(2 * cap);
    this.mask = cap - 1;
    for (let id = 0; id < this.size; id++) this.place(id, this.meta[META * id + 4]);
  }
}

/** Cells per spelling in SpellingTable.meta. */
const META = 5;

/** A copy of a typed array with room for at least `need` elements (twice as many). */
function grown<A extends Int32Array | Uint16Array>(a: A, need: number): A {
  const b = new (a.constructor as new (n: number) => A)(Math.max(need, 2 * a.length));
  b.set(a);
  return b;
}

const spellings = new SpellingTable();

/** The word info of a folded form; h is its formHash. */
function wordInfo(f: string, h: number): WordInfo {
  let inf = wordInfos.get(f, h);
  if (inf) return inf;
  const key = wordKey(f);
  const vars: Variant[] = cliticVariants(f).map((v) => {
    const k = v.cut === 0 ? key : wordKey(v.w);
    return { w: v.w, cut: v.cut, key: k, bare: v.w.replace(/^ال/, ''), kh: keyHash(k) };
  });
  const clitic = f.length >= 3 && 'وفبلك'.includes(f[0]);
  let gz = gazFirst.has(key);
  if (!gz && clitic) for (const v of vars) if (gazFirst.has(v.key)) gz = true;
  let orgHead: Variant | null = null;
  for (const v of vars) if (orgHeads.has(v.w)) { orgHead = v; break; }
  const sc = stripConj(f);
  inf = {
    form: f, key, vars, clitic, gazFirst: gz,
    func: functionWords.has(f) || functionWords.has(sc),
    time: timeWords.has(f) || timeWords.has(sc) || /^[0-9]/.test(f),
    titleHead: titleHeadOf(f),
    cue: cueOf(f),
    orgHead,
    name: null,
    stem: null,
    chainStart: null,
    country: vars.some((v) => countryIndex.has(v.w)),
    orgName: vars.some((v) => orgNameIndex.has(v.w)),
    relay: relayFlags(f),
    bits: 0,
    khs: 0,
  };
  inf.bits = formBits(inf);
  inf.khs = formKhs(vars);
  wordInfos.add(f, h, inf);
  return inf;
}

/**
 * The word info of a word token tokenize did not find (h: formHash of its text), its spelling
 * registered, and the spelling's strings given to the token: every token of a form then has the
 * same string, whose hash (which each Set or Map lookup of the form needs) is computed once, not
 * once per token of every article.
 */
function newSpelling(text: string, t: Token, h: number): WordInfo {
  // registered since tokenize looked (met earlier in the same text)?
  const id = spellings.find(text, t.start, t.end, h);
  if (id >= 0) {
    t.raw = spellings.raw(id);
    t.f = spellings.form(id);
    return spellings.info(id);
  }
  const self = t.raw === t.f;
  const info = wordInfo(t.f, self ? h : formHash(t.f));
  if (self) t.raw = info.form;
  t.f = info.form;
  spellings.add(t.raw, h, info);
  return info;
}

/** Forgets every word info and spelling once a table is full. Only between articles: a
 * Doc's tokens hold spelling ids while it is built, and the tokens of a form get one string. */
function boundWordTables(): void {
  if (wordInfos.size < WORD_INFO_LIMIT && spellings.size < WORD_INFO_LIMIT && spellings.unitsUsed < SPELLING_UNITS_LIMIT) return;
  wordInfos.clear();
  spellings.clear();
}

/** Does a word as written open with the article ال (or ٱل), behind و/ف/ب/ك, or with لل / ول / فل?
 * Diacritics and tatweel do not count. (The test /^(ال|وال|فال|بال|كال|لل|ول|فل)/ or /^[وفبك]?ٱل/
 * on the word without them, read off its first three letters instead of building that string.) */
function writtenArticle(raw: string): boolean {
  let c0 = 0;
  let c1 = 0;
  let c2 = 0;
  let seen = 0;
  for (let k = 0; k < raw.length && seen < 3; k++) {
    const c = raw.charCodeAt(k);
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0640 || c === 0x0670) continue;
    if (seen === 0) c0 = c;
    else if (seen === 1) c1 = c;
    else c2 = c;
    seen++;
  }
  const alef = (c: number) => c === ALEF || c === ALEF_WASLA;
  if (alef(c0) && c1 === LAM) return true; // ال، ٱل
  if ((c0 === WAW || c0 === FA || c0 === BA || c0 === KAF) && alef(c1) && c2 === LAM) return true; // وال، بٱل …
  return c1 === LAM && (c0 === LAM || c0 === WAW || c0 === FA); // لل، ول، فل
}
const ALEF = 0x0627;
const ALEF_WASLA = 0x0671;
const LAM = 0x0644;
const WAW = 0x0648;
const FA = 0x0641;
const BA = 0x0628;
const KAF = 0x0643;

/** ل + a media head (لوكالة، لقناة، للصحيفة): whom a statement was told to or relayed by. */
function isLamMedia(f: string): boolean {
  if (f.length <= 2 || f[0] !== 'ل') return false;
  const rest = f.startsWith('لل') ? 'ال' + f.slice(2) : f.slice(1);
  const head = orgHeads.get(rest) ?? orgHeads.get(stripConj(rest));
  return !!head?.media;
}

/** The title head a folded word carries (itself, without a conjunction, or with a possessive suffix). */
function titleHeadOf(f: string): string | null {
  if (titleHeads.has(f)) return f;
  const s = stripConj(f);
  if (titleHeads.has(s)) return s;
  for (const suf of ['نا', 'ها', 'ه']) {
    const base = s.slice(0, -suf.length);
    if (s.length > suf.length + 2 && s.endsWith(suf) && titleHeads.has(base) && !titleNeedsNext.has(base)) return s;
  }
  return null;
}

function nameInfo(f: string, inf: WordInfo): NameInfo {
  if (inf.name) return inf.name;
  let base = true;
  if (f.length < 2 || /[0-9]/.test(f)) base = false;
  else if (f.endsWith('وا') && f.length >= 4) base = false; // plural verbs (اتفقوا)
  else if (f.length === 3 && (f[0] === 'و' || f[0] === 'ف') && functionWords.has(f.slice(1))) base = false; // وهو
  else if (!/[\u0621-\u064a]/.test(f)) base = false;
  else if (inf.func || inf.time || inf.cue || inf.titleHead || inf.orgHead) base = false;
  else if (titleWords.has(f) || nonSpeakers.has(f) || audienceNouns.has(f)) base = false;
  else if (COMMON_VERBS.has(f) || COMMON_VERBS.has(stripConj(f))) base = false;
  else if (notNameForm(f)) base = false; // name-words.ts: compass words, occupations, verbal nouns…
  let start = true;
  if (particles.has(f) && f !== 'عبد' && f !== 'ابو') start = false;
  else if (f.startsWith('لل') || f.startsWith('بال') || f.startsWith('وال')) start = false;
  else if (isNisba(f) && f.length > 5 && /(يه|يين|يون)$/.test(f)) start = false;
  else if (f.length === 5 && /^[تا]/.test(f) && f.endsWith('ا')) start = false; // تعهدا، اتفقا
  else if (/^لا[^اوي]{2}ا[^اوي]$/.test(f)) start = false; // لإجراء، لإنهاء: ل + a verbal noun (إفعال), a purpose clause
  let cont = true;
  if (isDefinite(f) && isNisba(f) && titleWords.has(f)) cont = false;
  else if (f.startsWith('لل') || f.startsWith('بال') || f.startsWith('وال') || f.startsWith('فال') || f.startsWith('كال')) cont = false;
  const conj = f.startsWith('و') && !particles.has(f) && f.length > 3;
  return (inf.name = { base, start, cont, conj });
}

const NO_VARIANTS: Variant[] = [];

/** tokenize's `found` while a Doc is built: per token, its spelling's id, else -1 - the hash of its
 * text (a token has at least one unit: text.length cells are enough). */
let foundScratch = new Int32Array(4096);

// Doc.memo fields
const MEMO_NAME_START_DONE = 1;
const MEMO_NAME_START = 2;
const MEMO_NAME_CONT_DONE = 4;
const MEMO_NAME_CONT = 8;
/** def: 1 false, 2 true */
const MEMO_DEF_SHIFT = 4;
/** gazAt + 1 (gazAt is at most 6) */
const MEMO_GAZ_SHIFT = 6;
/** countryAt + 1; a longer country name (none in the lexicon) is recomputed, not kept */
const MEMO_COUNTRY_SHIFT = 9;
const MEMO_COUNTRY_MAX = 31;

/** A word's folded spelling: no #/-, no ال. */
const spellingOf = boundedMemo(50_000, (w) => fold(w).replace(/[#\-]/g, '').replace(/^ال/, ''));

/** The alias forms of a gazetteer entry's Arabic spellings (by its English name), shared by every
 * person the entry names. */
const gazetteerForms = boundedMemo(10_000, (en): Array<{ key: string; words: string[] }> => {
  const forms: Array<{ key: string; words: string[] }> = [];
  const gz = gazByEn.get(en);
  if (gz) for (const a of gz.ar) {
    const words = nameWordsShared(a);
    if (words.length) forms.push({ key: words.length === 1 ? words[0] : words.join(' '), words });
  }
  return forms;
});

/** Adds the folded spelling of every word of a name form. */
function addSpellings(set: Set<string>, form: string): void {
  for (const w of form.split(/\s+/)) set.add(spellingOf(w));
}

/** Per spelling (raw): the gazetteer trie node its own words lead to from the root, per clitic reading. */
const firstStepsBySpelling = new Map<string, Array<GazetteerTrie | undefined>>();
const FIRST_STEPS_LIMIT = 50_000;

/** The trie nodes a word as written leads to under its first nv clitic readings (inf: its form's
 * word info). They depend on the written text only, so are kept per spelling, not per token. */
function gazetteerFirstSteps(raw: string, inf: WordInfo, nv: number): Array<GazetteerTrie | undefined> {
  let steps = firstStepsBySpelling.get(raw);
  if (steps) return steps;
  const root = gazetteerTrie();
  steps = [];
  for (let vi = 0; vi < nv; vi++) {
    const cut = inf.vars[vi].cut;
    steps.push(walk(root, phoneticWords(cut ? raw.slice(cut) : raw)));
  }
  if (firstStepsBySpelling.size >= FIRST_STEPS_LIMIT) firstStepsBySpelling.clear();
  firstStepsBySpelling.set(raw, steps);
  return steps;
}

function walk(node: GazetteerTrie, words: string[]): GazetteerTrie | undefined {
  let n: GazetteerTrie | undefined = node;
  for (let k = 0; k < words.length && n; k++) n = n.next.get(words[k]);
  return n;
}

/** An org NP with another backref (parse results are shared: never changed in place). An explicit
 * literal keeps one shape for all. */
export function copyOrg(np: OrgNP, backref: boolean): OrgNP {
  return {
    start: np.start, end: np.end, name: np.name, words: np.words, kind: np.kind, media: np.media, nameEn: np.nameEn, canonical: np.canonical, backref, head: np.head,
  };
}

/** Is keyHash kh set in a bit set kept as small integers of 16 bits (1 << KEY_HASH_BITS bits)? */
function hasKeyHash(bits: number[], kh: number): boolean {
  return ((bits[kh >> 4] >> (kh & 15)) & 1) !== 0;
}

/** words.join(' ') === joined, without building the string. */
function joinsTo(words: string[], joined: string): boolean {
  let pos = 0;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (k > 0) {
      if (joined.charCodeAt(pos) !== 0x20) return false;
      pos++;
    }
    if (!joined.startsWith(w, pos)) return false;
    pos += w.length;
  }
  return pos === joined.length;
}

/** White space between two word tokens folds to a word break for phoneticKey, unless it holds a
 * zero-width or direction mark (fold keeps those as letters: the words would join). */
function cleanGap(text: string, a: number, b: number): boolean {
  if (a >= b) return false;
  for (let k = a; k < b; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x200b || c === 0x200e || c === 0x200f) return false;
  }
  return true;
}

interface Parsed<T> {
  value: T | null;
  /** aliasAt answers read: token * 2 + (1 when an alias was found) */
  deps: number[];
  /** the store version the answers were last checked under */
  version: number;
}

export class Doc {
  text: string;
  toks: Token[];
  quotes: QuoteRegion[];
  sents: Sentence[];
  quoteAtOpen = new Map<number, QuoteRegion>();
  /** Per token: the closed quotation region containing it (not its marks), or null. */
  inQuote: (QuoteRegion | null)[];
  store = new EntityStore();
  /** Per token: the entity whose name mention covers it. */
  entAt: (Entity | null)[];
  /** Alias index: first word key → [{words, person}] */
  private aliases = new Map<string, Array<{ words: string[]; p: Person }>>();

  constructor(text: string) {
    this.text = text;
    boundWordTables();
    if (foundScratch.length < text.length) foundScratch = new Int32Array(Math.max(text.length, 2 * foundScratch.length));
    const found = foundScratch;
    // the quotation marks, newlines and sentence ends, collected while tokenizing (one scan of the text)
    const marks: number[] = [];
    this.toks = tokenize(text, spellings, found, marks);
    const soft = softNewlines(text, marks);
    this.quotes = findQuotes(text, marks, soft);
    this.sents = findSentences(text, this.quotes, marks, soft);
    for (const q of this.quotes) this.quoteAtOpen.set(q.open, q);
    const n = this.toks.length;
    const quotes = this.quotes;
    // one pass over the tokens assigns their sentences and fills the per-token arrays (made at
    // their size: no regrowth)
    const sents = this.sents;
    let si = 0;
    const inQuote = new Array<QuoteRegion | null>(n);
    const infos = new Array<WordInfo | null>(n);
    const bits = new Array<number>(n);
    const khs = new Array<number>(n);
    let qi = 0;
    for (let i = 0; i < n; i++) {
      const t = this.toks[i];
      // a token belongs to the last sentence starting at or before it (one not ended before it)
      while (si < sents.length - 1 && t.start >= sents[si].end && t.start >= sents[si + 1].start) si++;
      t.s = si;
      let inq: QuoteRegion | null = null;
      if (quotes.length) {
        while (qi < quotes.length && this.qEnd(quotes[qi]) <= t.start) qi++;
        for (let j = qi; j < quotes.length && quotes[j].open < t.start; j++) {
          const q = quotes[j];
          if (t.start > q.open && t.end <= this.qEnd(q)) {
            inq = q;
            break;
          }
        }
      }
      inQuote[i] = inq;
      const id = found[i];
      let b = 0;
      if (id >= 0) {
        infos[i] = spellings.info(id);
        b = bits[i] = spellings.bits(id);
        khs[i] = spellings.khs(id);
      } else if (t.word) {
        const inf = newSpelling(text, t, -1 - id);
        infos[i] = inf;
        b = bits[i] = inf.bits;
        khs[i] = inf.khs;
      } else {
        infos[i] = null;
        bits[i] = 0;
        khs[i] = 0;
      }
      if (b & (CUE | GAZ_FIRST | TITLE_HEAD | RELAY_BITS)) {
        if (b & CUE) this.cueTokens.push(i);
        if (b & GAZ_FIRST) this.gazetteerStarts.push(i);
        if (b & TITLE_HEAD) this.titleHeadTokens.push(i);
        if (b & RELAY_BITS) this.relayTokens.push(i);
      }
    }
    this.inQuote = inQuote;
    this.infos = infos;
    this.bits = bits;
    this.khs = khs;
    this.entAt = new Array(n).fill(null);
    // a small-integer array: cheaper to make than a typed array for a few hundred tokens
    this.memo = new Array<number>(n).fill(0);
    this.orgNameMemo = new Array(n);
    this.aliasMemo = new Array(n);
    this.aliasMemoBuild = new Array<number | undefined>(n); // unfilled: nothing computed yet
  }

  /** The tokens whose form is a cue (cueAt can only be non-null there), in order. */
  readonly cueTokens: number[] = [];
  /** The tokens a gazetteer name may start at (gazAt is 0 elsewhere), in order. */
  readonly gazetteerStarts: number[] = [];
  /** The tokens that carry a title head (parseTitle is null elsewhere), in order. */
  readonly titleHeadTokens: number[] = [];
  /** The tokens with relay flags (relayFlagsAt is 0 elsewhere), in order. */
  readonly relayTokens: number[] = [];
  /** Per token: the shared facts about its folded form (null for punctuation). */
  private infos: (WordInfo | null)[];
  /** Per token: WordInfo.bits and WordInfo.khs of its form (0 for punctuation). */
  private bits: number[];
  private khs: number[];
  /** Per-token memos of isNameTok, def, gazAt and countryAt in one number (fields: MEMO_*). A
   * field is 0 while not computed; it is set once, by OR (a computation may set other fields). */
  private memo: number[];
  private orgNameMemo: Array<{ len: number; value: OrgNameEntry; cut: number } | null | undefined>;
  /** aliasAt per token, valid for the alias index of aliasVersion. */
  private aliasMemo: Array<{ len: number; p: Person; cut: number } | null>;
  /** Per token: the alias build (aliasBuilds) its aliasMemo entry was computed under, undefined for none. */
  private aliasMemoBuild: Array<number | undefined>;
  private aliasBuilds = 0;

  qEnd(q: QuoteRegion): number {
    return q.closed ? q.close : q.cEnd;
  }

  /** Token i carries the article ال (on the written form: ألكسندر is not definite). */
  def(i: number): boolean {
    const t = this.toks[i];
    if (!t || !t.word) return false;
    const m = (this.memo[i] >> MEMO_DEF_SHIFT) & 3;
    if (m) return m === 2;
    const r = this.defRaw(t);
    this.memo[i] |= (r ? 2 : 1) << MEMO_DEF_SHIFT;
    return r;
  }

  private defRaw(t: Token): boolean {
    return isDefinite(t.f) && writtenArticle(t.raw);
  }

  w(i: number): string {
    const t = this.toks[i];
    return t && t.word ? t.f : '';
  }

  span(a: number, b: number): Span {
    return { text: this.text.slice(a, b), start: a, end: b };
  }

  tokSpan(i: number, j: number): Span {
    // tokens [i, j)
    return this.span(this.toks[i].start, this.toks[j - 1].end);
  }

  sameSentence(i: number, j: number): boolean {
    return !!this.toks[i] && !!this.toks[j] && this.toks[i].s === this.toks[j].s;
  }

  /** Token i's WordInfo.bits, 0 for punctuation and out of range. */
  private bitsAt(i: number): number {
    return i >= 0 && i < this.bits.length ? this.bits[i] : 0;
  }

  /** Is token i's form in the word class (see wordClass)? false for punctuation and out of range. */
  inClass(i: number, bit: number): boolean {
    return (this.bitsAt(i) & bit) !== 0;
  }

  /** relay.ts relayFlags of token i's form (0 for punctuation). */
  relayFlagsAt(i: number): number {
    return (this.bitsAt(i) >> RELAY_SHIFT) & 127;
  }

  /** Can parseOrg succeed at token i (an org head or a known org name's first word, behind clitics or not)? */
  mayStartOrg(i: number): boolean {
    return (this.bitsAt(i) & (ORG_HEAD | ORG_NAME)) !== 0;
  }

  /** The shared facts about token i's form, or null (punctuation, out of range). */
  private info(i: number): WordInfo | null {
    return i >= 0 && i < this.infos.length ? this.infos[i] : null;
  }

  isFunc(i: number): boolean {
    return (this.bitsAt(i) & FUNC) !== 0;
  }

  isTime(i: number): boolean {
    return (this.bitsAt(i) & TIME) !== 0;
  }

  /** Token i's cue entry (cueOf of its folded form), or null. */
  cueAt(i: number): CueEntry | null {
    return this.bitsAt(i) & CUE ? this.infos[i]!.cue : null;
  }

  /** titleStem of token i's form (a word token). */
  private stemAt(i: number): string {
    const inf = this.infos[i]!;
    return inf.stem ?? (inf.stem = titleStem(inf.form));
  }

  /** The start of a title chain at token i (titleHeadAt(i) is non-null). */
  private chainStartAt(i: number): ChainStart {
    const inf = this.infos[i]!;
    return inf.chainStart ?? (inf.chainStart = chainStartOf(inf.titleHead!));
  }

  titleHeadAt(i: number): string | null {
    if (!(this.bitsAt(i) & TITLE_HEAD)) return null;
    const head = this.infos[i]!.titleHead;
    const next = head ? titleNeedsNext.get(head) : undefined;
    return next && !next.has(this.w(i + 1)) ? null : head;
  }

  /** A multi-word phrase from an index starting at token i (first token may carry clitics). */
  phraseAt<T>(index: Map<string, Phrase<T>[]>, i: number, clitics = true): { len: number; value: T; cut: number } | null {
    const inf = this.info(i);
    if (!inf) return null;
    const t0 = this.toks[i];
    const nv = clitics ? inf.vars.length : 1;
    for (let vi = 0; vi < nv; vi++) {
      const v = inf.vars[vi];
      const list = index.get(v.w);
      if (!list) continue;
      outer: for (const ph of list) {
        for (let k = 1; k < ph.toks.length; k++) {
          const t = this.toks[i + k];
          if (!t || !t.word || t.f !== ph.toks[k] || t.s !== t0.s) continue outer;
        }
        return { len: ph.toks.length, value: ph.value, cut: v.cut };
      }
    }
    return null;
  }

  countryAt(i: number): number {
    if (i < 0 || i >= this.toks.length) return 0;
    const m = (this.memo[i] >> MEMO_COUNTRY_SHIFT) & MEMO_COUNTRY_MAX;
    if (m) return m - 1;
    const v = this.bits[i] & COUNTRY ? this.phraseAt(countryIndex, i)?.len ?? 0 : 0;
    if (v + 1 <= MEMO_COUNTRY_MAX) this.memo[i] |= (v + 1) << MEMO_COUNTRY_SHIFT;
    return v;
  }

  orgNameAt(i: number, allowAmbiguous: boolean): { len: number; value: OrgNameEntry; cut: number } | null {
    let r: { len: number; value: OrgNameEntry; cut: number } | null | undefined;
    if (i < 0 || i >= this.toks.length) r = this.phraseAt(orgNameIndex, i);
    else {
      r = this.orgNameMemo[i];
      if (r === undefined) {
        r = this.orgNameMemo[i] = this.bits[i] & ORG_NAME ? this.phraseAt(orgNameIndex, i) : null;
      }
    }
    if (!r) return null;
    if (r.value.ambiguous && !allowAmbiguous) return null;
    return r;
  }

  /** Longest gazetteer name (2–5 words) at token i. */
  gazAt(i: number): number {
    if (i < 0 || i >= this.toks.length) return 0;
    const m = (this.memo[i] >> MEMO_GAZ_SHIFT) & 7;
    if (m) return m - 1;
    const r = this.gazAtRaw(i); // 0 or 2..6
    this.memo[i] |= (r + 1) << MEMO_GAZ_SHIFT;
    return r;
  }

  private gazAtRaw(i: number): number {
    if (!(this.bits[i] & GAZ_FIRST)) return 0;
    const t = this.toks[i];
    const inf = this.infos[i]!;
    const nv = inf.clitic ? inf.vars.length : 1; // the clitic readings tried (cut 0 first)
    // W: word tokens right after i (a name is a run of words); clean: gaps that split words as phoneticKey does
    let W = 0;
    while (W < 5 && this.toks[i + W + 1]?.word) W++;
    let clean = 0;
    while (clean < W && cleanGap(this.text, this.toks[i + clean].end, this.toks[i + clean + 1].start)) clean++;
    // hits bit L: tokens [i, i+L) spell a gazetteer key under some clitic reading
    let hits = 0;
    const firstSteps = gazetteerFirstSteps(t.raw, inf, nv);
    for (let vi = 0; vi < nv; vi++) {
      let node = firstSteps[vi];
      for (let k = 1; k <= W && node; k++) {
        node = walk(node, this.phonetic(i + k));
        if (node && node.entry) hits |= 1 << (k + 1);
      }
    }
    for (let L = 6; L >= 2; L--) {
      const last = this.toks[i + L - 1];
      if (!last || last.s !== t.s || L - 1 > W) continue;
      if (L - 1 <= clean) {
        if (hits & (1 << L)) return L;
        continue;
      }
      // an unusual gap (format characters): look the span up as written
      const s = this.text.slice(t.start, last.end);
      for (let vi = 0; vi < nv; vi++) if (lookupGazetteer(s.slice(inf.vars[vi].cut))) return L;
    }
    return 0;
  }

  private pkMemo: Array<string[] | undefined> = [];

  /** The phonetic words of token i as written (phoneticKey of its raw text). */
  private phonetic(i: number): string[] {
    let ws = this.pkMemo[i];
    if (!ws) ws = this.pkMemo[i] = phoneticWords(this.toks[i].raw);
    return ws;
  }


  /** Could token i be part of a person's name? */
  isNameTok(i: number, start: boolean): boolean {
    if (i < 0 || i >= this.toks.length) return false;
    const m = this.memo[i];
    const done = start ? MEMO_NAME_START_DONE : MEMO_NAME_CONT_DONE;
    const val = start ? MEMO_NAME_START : MEMO_NAME_CONT;
    if (m & done) return (m & val) !== 0;
    const r = this.isNameTokRaw(i, start);
    this.memo[i] |= done | (r ? val : 0);
    return r;
  }

  private isNameTokRaw(i: number, start: boolean): boolean {
    const inf = this.infos[i];
    if (!inf) return false;
    const ni = nameInfo(this.toks[i].f, inf);
    if (!ni.base) return false;
    if (pronounSuffixed(this.toks[i].raw)) return false; // مكتبه، سفاراتها
    if (this.countryAt(i)) return false;
    if (this.orgNameAt(i, true)) return false;
    // a two-letter word starts a name only as a known given name (جو، شي), not as a spelled letter (إيه بي سي)
    if (start) return ni.start && !this.def(i) && (this.toks[i].f.length > 2 || isGivenName(this.toks[i].f));
    // "X وY": a conjunction joins another name, not a continuation
    return ni.cont && !(ni.conj && i > 0 && this.toks[i - 1].word);
  }

  /** Person alias (known name) at i: longest match. */
  aliasAt(i: number): { len: number; p: Person; cut: number } | null {
    if (this.aliasDirty || this.aliasVersion !== this.store.version) this.buildAliases();
    let r: { len: number; p: Person; cut: number } | null;
    if (i < 0 || i >= this.toks.length) r = this.aliasAtRaw(i);
    else if (this.aliasMemoBuild[i] === this.aliasBuilds) r = this.aliasMemo[i];
    else {
      r = this.aliasMemo[i] = this.aliasAtRaw(i);
      this.aliasMemoBuild[i] = this.aliasBuilds;
    }
    if (this.aliasLog) this.aliasLog.push(i * 2 + (r ? 1 : 0));
    return r;
  }

  /** Clitic variants of token i's folded form, with their word keys (shared: do not mutate). */
  variants(i: number): Array<{ w: string; cut: number; key: string }> {
    const inf = this.info(i);
    return inf ? inf.vars : NO_VARIANTS;
  }

  /** Word key of token i. */
  key(i: number): string {
    const inf = this.info(i);
    return inf ? inf.key : '';
  }

  /** The spelling sets in use since the last alias build (a set is taken once per build). */
  private spellings = new Map<Person, Set<string>>();
  /** Each person's spelling set with what it was made from, to reuse or extend it at the next build. */
  private spellingSrc = new Map<Person, { name: string; gazetteer: string | null; mentions: number; set: Set<string> }>();

  /** Folded spellings (no ال) of every word of a person's names, for short-alias checks. */
  private shortSpellings(p: Person): Set<string> {
    let set = this.spellings.get(p);
    if (!set) {
      let src = this.spellingSrc.get(p);
      if (!src || src.name !== p.name || src.gazetteer !== p.gazetteer || src.mentions > p.mentions.length) {
        src = { name: p.name, gazetteer: p.gazetteer, mentions: 0, set: new Set() };
        addSpellings(src.set, p.name);
        const gz = p.gazetteer ? gazByEn.get(p.gazetteer) : null;
        if (gz) for (const a of gz.ar) addSpellings(src.set, a);
        this.spellingSrc.set(p, src);
      }
      // mentions are only ever appended: add the words of the new ones
      for (let k = src.mentions; k < p.mentions.length; k++) addSpellings(src.set, p.mentions[k].text);
      src.mentions = p.mentions.length;
      set = src.set;
      this.spellings.set(p, set);
    }
    return set;
  }

  /** Can an alias start at token i? false means aliasAt(i) is null (the alias index's quick rejection). */
  mayStartAlias(i: number): boolean {
    if (this.aliasDirty || this.aliasVersion !== this.store.version) this.buildAliases();
    return this.mayStartAliasNow(i);
  }

  private mayStartAliasNow(i: number): boolean {
    const b = this.bitsAt(i);
    if (!b) return false;
    if (b & MANY_READINGS) return true;
    // does an alias start with some reading's key? (read off the token's key hashes, not its word info)
    const nv = (b >> READINGS_SHIFT) & 3;
    const khs = this.khs[i];
    for (let k = 0; k < nv; k++) if (hasKeyHash(this.aliasBits, (khs >> (KEY_HASH_BITS * k)) & KEY_HASH_MASK)) return true;
    return false;
  }

  private aliasAtRaw(i: number): { len: number; p: Person; cut: number } | null {
    if (!this.mayStartAliasNow(i)) return null;
    const t = this.toks[i];
    const b = this.bits[i];
    const bits = this.aliasBits;
    const inf = this.infos[i]!;
    if (!(b & CLITIC) && (!hasKeyHash(bits, inf.vars[0].kh) || !this.aliases.has(inf.key))) return null;
    let best: { len: number; p: Person; cut: number } | null = null;
    for (const v of inf.vars) {
      if (!hasKeyHash(bits, v.kh)) continue;
      const list = this.aliases.get(v.key);
      if (!list) continue;
      for (const a of list) {
        if (best && best.len >= a.words.length) continue;
        // a short one-word alias matches only its own spelling (كيم ≠ كما)
        if (a.words.length === 1 && a.words[0].length <= 3 && !this.shortSpellings(a.p).has(v.bare)) continue;
        let ok = true;
        for (let k = 1; k < a.words.length; k++) {
          const u = this.toks[i + k];
          if (!u || !u.word || u.s !== t.s || this.key(i + k) !== a.words[k]) { ok = false; break; }
        }
        if (ok) best = { len: a.words.length, p: a.p, cut: v.cut };
      }
      if (best) break;
    }
    return best;
  }

  /** How many word tokens of the text share this name key. (Asked about once per article: a scan
   * costs less than counting every key.) */
  /** How often tokens i-1 and i occur next to each other (by word key) in the text: a known name
   * followed by a word takes it into the name only when the pair recurs (a surname and the verb after it are no name). */
  pairCount(i: number): number {
    const a = this.key(i - 1);
    const b = this.key(i);
    const kh = keyHash(b);
    let count = 0;
    for (let j = 1; j < this.infos.length; j++) if (this.bits[j] && (this.khs[j] & KEY_HASH_MASK) === kh && this.infos[j]!.key === b && this.key(j - 1) === a) count++;
    return count;
  }

  keyCount(key: string): number {
    // the key's hash is the lowest KEY_HASH_BITS of khs: only tokens with the same hash read their word info
    const kh = keyHash(key);
    let count = 0;
    for (let i = 0; i < this.infos.length; i++) if (this.bits[i] && (this.khs[i] & KEY_HASH_MASK) === kh && this.infos[i]!.key === key) count++;
    return count;
  }

  private aliasDirty = true;
  private aliasVersion = -1;

  /** Marks the alias index stale (a person was added or renamed); rebuilt on next use. */
  rebuildAliases(): void {
    if (this.aliasVersion !== this.store.version) this.aliasDirty = true;
  }

  /** Per alias build: the keyHash of every alias's first word, as a bit set (hasKeyHash). */
  private aliasBits: number[] = new Array<number>(1 << (KEY_HASH_BITS - 4)).fill(0);
  private formsOf = new Map<Person, { words: string[]; gazetteer: string | null; forms: Array<{ key: string; words: string[] }> }>();

  /** The alias forms of a person (its name, its surname, its last two words, its gazetteer spellings), kept while its name is the same. */
  private aliasForms(p: Person): Array<{ key: string; words: string[] }> {
    const hit = this.formsOf.get(p);
    if (hit && hit.words === p.words && hit.gazetteer === p.gazetteer) return hit.forms;
    const forms: Array<{ key: string; words: string[] }> = [];
    const add = (words: string[]) => {
      if (words.length) forms.push({ key: words.length === 1 ? words[0] : words.join(' '), words });
    };
    const w = p.words;
    add(w);
    if (w.length >= 2) {
      const last = w[w.length - 1];
      if (last.length >= 3 && !particles.has(last)) add([last]);
      const prev = w[w.length - 2];
      if (w.length >= 3 || particles.has(prev)) add(w.slice(-2));
      if (w.length >= 3 && (w[0] === 'عبد' || w[0] === 'ابو')) add(w.slice(0, 2));
    }
    if (p.gazetteer) for (const form of gazetteerForms(p.gazetteer)) forms.push(form);
    this.formsOf.set(p, { words: p.words, gazetteer: p.gazetteer, forms });
    return forms;
  }

  /** Alias form → its words and its person, or null once two persons share it (an entry with a
   * person is itself the alias listed in `aliases`). */
  private aliasCounts = new Map<string, { words: string[]; p: Person | null }>();
  /** The persons indexed so far, with the words and gazetteer their alias forms were taken from. */
  private indexed: Array<{ p: Person; words: string[]; gazetteer: string | null }> = [];

  private buildAliases(): void {
    this.aliasDirty = false;
    this.aliasVersion = this.store.version;
    this.aliasBuilds++; // every aliasMemo entry is stale
    // a new map: cheaper than clearing the old one
    if (this.spellings.size) this.spellings = new Map();
    // persons are only appended; while none indexed before has a new name or gazetteer entry, the
    // index is extended with the new ones (the same index a build from scratch would give)
    if (!this.indexUpToDate()) {
      this.aliases = new Map();
      this.aliasBits.fill(0);
      this.aliasCounts = new Map();
      this.indexed = [];
    }
    const persons = this.store.persons;
    for (let k = this.indexed.length; k < persons.length; k++) this.indexPerson(persons[k]);
  }

  /** Do the indexed persons still have the names and gazetteer entries they were indexed with? */
  private indexUpToDate(): boolean {
    const persons = this.store.persons;
    for (let k = 0; k < this.indexed.length; k++) {
      const x = this.indexed[k];
      if (persons[k] !== x.p || x.p.words !== x.words || x.p.gazetteer !== x.gazetteer) return false;
    }
    return true;
  }

  private indexPerson(p: Person): void {
    this.indexed.push({ p, words: p.words, gazetteer: p.gazetteer });
    for (const form of this.aliasForms(p)) {
      const c = this.aliasCounts.get(form.key);
      if (!c) {
        const alias = { words: form.words, p };
        this.aliasCounts.set(form.key, alias);
        this.listAlias(alias);
      } else if (c.p && c.p !== p) {
        this.unlistAlias(c as { words: string[]; p: Person });
        c.p = null;
      }
    }
  }

  /** Adds an alias to the list of its first word: longest first, in order of insertion among equal lengths. */
  private listAlias(alias: { words: string[]; p: Person }): void {
    const first = alias.words[0];
    const list = this.aliases.get(first);
    if (!list) this.aliases.set(first, [alias]);
    else {
      let at = list.length;
      while (at > 0 && list[at - 1].words.length < alias.words.length) at--;
      list.splice(at, 0, alias);
    }
    const kh = keyHash(first);
    this.aliasBits[kh >> 4] |= 1 << (kh & 15);
  }

  /** Removes an alias two persons share. (Its first word's bit stays set: the bits only reject early.) */
  private unlistAlias(alias: { words: string[]; p: Person }): void {
    const first = alias.words[0];
    const list = this.aliases.get(first)!;
    if (list.length === 1) this.aliases.delete(first);
    else list.splice(list.indexOf(alias), 1);
  }

  /** A person's name starting at token i: [i, end). Returns i when none. */
  parseName(i: number): number {
    const g = this.gazAt(i);
    if (g) return i + g;
    const a = this.aliasAt(i);
    if (a) {
      // a known alias may be followed by more name words (a surname first, the full name later)
      let e = i + a.len;
      while (e < this.toks.length && e - i < 5 && this.sameSentence(i, e) && this.isNameTok(e, false) && !this.aliasAt(e) && !this.def(e) && this.pairCount(e) >= 2) e++;
      return e;
    }
    if (!this.isNameTok(i, true)) return i;
    if (this.aliasAt(i + 1) && this.sameSentence(i, i + 1)) return i; // يرافق بومبيو
    let e = i + 1;
    while (e < this.toks.length && e - i < 6 && this.sameSentence(i, e)) {
      if (!this.toks[e].word) break;
      if (surnameCut(this.toks[e - 1].f) >= 0) break; // a well-known surname ends the name (بومبيو أعلى مسؤول)
      if (this.aliasAt(e) && e > i) {
        e += 0;
      }
      if (!this.isNameTok(e, false)) break;
      e++;
    }
    while (e > i + 1 && particles.has(this.w(e - 1))) e--;
    return e;
  }

  // parseTitle and parseOrg depend on the text and on aliasAt, whose answers change only with
  // store.version. A result is kept with the aliasAt answers it read (token * 2 + found); under a
  // later version it stands if those answers are the same, asked again in the same order (so the
  // alias index sees the very calls a recomputation would make). Results are shared: the callers
  // never change a chain or an NP, nor their stems and words (entities keep them as they are).
  private titleMemo: Array<Parsed<TitleChain> | undefined> = [];
  private orgMemo: Array<Parsed<OrgNP> | undefined> = [];
  /** aliasAt answers read by the parse under way, or null. */
  private aliasLog: number[] | null = null;

  private parsed<T>(memo: Array<Parsed<T> | undefined>, i: number, compute: (i: number) => T | null): T | null {
    const m = memo[i];
    if (m) {
      let same = m.version === this.store.version;
      if (!same) {
        same = true;
        for (const d of m.deps) if ((this.aliasAt(d >> 1) ? 1 : 0) !== (d & 1)) { same = false; break; }
      }
      if (same) {
        m.version = this.store.version;
        if (this.aliasLog) for (const d of m.deps) this.aliasLog.push(d);
        return m.value;
      }
    }
    const outer = this.aliasLog;
    const deps: number[] = (this.aliasLog = []);
    try {
      const value = compute.call(this, i);
      memo[i] = { value, deps, version: this.store.version };
      return value;
    } finally {
      this.aliasLog = outer;
      if (outer) for (const d of deps) outer.push(d);
    }
  }

  /** A title chain starting at token i (المتحدث باسم الرئاسة الروسية، وزير الخارجية الروسي). */
  parseTitle(i: number): TitleChain | null {
    if (!this.titleHeadAt(i)) return null;
    return this.parsed(this.titleMemo, i, this.parseTitleRaw);
  }

  private parseTitleRaw(i: number): TitleChain | null {
    if (!this.titleHeadAt(i)) return null;
    const sent = this.toks[i].s;
    const start = this.chainStartAt(i);
    const { definite, source, group } = start;
    const stems = [start.stem];
    let needGen = start.needGen;
    let pronoun = false;
    let e = i + 1;
    let guard = 0;
    while (e < this.toks.length && guard++ < 14) {
      const t = this.toks[e];
      if (t.s !== sent) break;
      if (!t.word) {
        const q = QUOTE_CHARS.includes(t.raw) ? this.quoteAtOpen.get(t.start) : undefined;
        if (q && q.closed) {
          let inner = 0;
          for (let m = e + 1; m < this.toks.length && this.toks[m].end <= q.close && inner < 5; m++) inner++;
          if (inner <= 3) {
            // skip the quoted name and its closing mark
            let k = e + 1;
            while (k < this.toks.length && this.toks[k].start <= q.close) k++;
            if (this.toks[k] && this.toks[k].word && this.toks[k].s === sent) {
              e = k;
              continue;
            }
          }
        }
        break;
      }
      const f = t.f;
      if (f === 'باسم' || f === 'لشوون' || f === 'شوون') { stems.push(this.stemAt(e)); e++; needGen = true; continue; }
      if (f === 'باسمه' || f === 'باسمها' || f === 'باسمهم') { pronoun = true; e++; break; }
      if (needGen) {
        const on = this.orgNameAt(e, true);
        if (on) { for (let m = e; m < e + on.len; m++) stems.push(this.stemAt(m)); e += on.len; needGen = false; continue; }
      }
      if (group && f === 'من' && this.def(e + 1) && this.sameSentence(e, e + 1)) {
        // مجموعة من الطلاب، عدد من النواب
        stems.push(this.stemAt(e + 1));
        e += 2;
        needGen = false;
        continue;
      }
      if (needGen && f !== 'في' && f !== 'فى' && f !== 'لدي') {
        if (this.isFunc(e) || this.isTime(e) || this.cueAt(e)) break;
        if (isLamMedia(f)) break; // مصدر دبلوماسي لوكالة …: the agency is the relay, not the genitive
        if (!group && (this.gazAt(e) || (this.aliasAt(e) && !this.def(e)))) break; // محامو فلان: the name is the genitive
        const c = this.countryAt(e);
        if (c) { for (let m = e; m < e + c; m++) stems.push(this.stemAt(m)); e += c; needGen = false; continue; }
        stems.push(this.stemAt(e));
        needGen = !this.def(e) && (titleHeads.has(f) || orgHeads.has(f));
        e++;
        continue;
      }
      needGen = false;
      if (f === 'باسم' || f === 'لشوون' || f === 'شوون') { e++; needGen = true; continue; }
      if (f === 'باسمه' || f === 'باسمها' || f === 'باسمهم') { pronoun = true; e++; break; }
      if (f === 'في' || f === 'فى' || f === 'لدي' || f === 'لدى') {
        const n = e + 1;
        const nf = this.w(n);
        if (nf && this.sameSentence(e, n) && (this.def(n) || this.countryAt(n) || this.orgNameAt(n, false) || orgHeads.has(nf)) && !this.isTime(n) && !this.cueAt(n) && !this.aliasAt(n)) {
          const c = this.countryAt(n);
          const o = this.orgNameAt(n, false);
          const len = c || (o ? o.len : 1);
          for (let m = n; m < n + len; m++) stems.push(this.stemAt(m));
          e = n + len;
          needGen = !isDefinite(nf) && orgHeads.has(nf);
          continue;
        }
        break;
      }
      if (this.gazAt(e) || this.aliasAt(e)) break;
      if (this.def(e)) {
        if (!titleWords.has(f) && (this.cueAt(e) || this.isTime(e) || this.isFunc(e))) break;
        stems.push(this.stemAt(e));
        e++;
        needGen = false;
        continue;
      }
      if (f.length > 2 && f[0] === 'ل') {
        const rest = f.startsWith('لل') ? 'ال' + f.slice(2) : f.slice(1);
        if (isLamMedia(f)) break; // لوسائل إعلام، لقناة …: an audience or relay, not the title
        if (isDefinite(rest) || titleHeads.has(rest) || orgHeads.has(rest) || countryIndex.has(rest)) {
          stems.push(titleStem(rest));
          needGen = !isDefinite(rest) && !countryIndex.has(rest);
          e++;
          continue;
        }
      }
      if (f.length > 3 && f[0] === 'ب' && !f.startsWith('باسم')) {
        // مسؤول كبير بوزارة الخارجية، المتحدث الأمني بالوزارة: ب + a body is the office's genitive
        const rest = f.slice(1);
        if (orgHeads.has(rest) && !isLamMedia('ل' + rest)) {
          stems.push(titleStem(rest));
          needGen = !isDefinite(rest);
          e++;
          continue;
        }
      }
      if (this.titleHeadAt(e)) {
        stems.push(this.stemAt(e));
        needGen = !isDefinite(f);
        e++;
        continue;
      }
      if (this.countryAt(e) && !this.def(e - 1)) {
        const c = this.countryAt(e);
        for (let m = e; m < e + c; m++) stems.push(this.stemAt(m));
        e += c;
        continue;
      }
      if (titleWords.has(f) || (isNisba(f) && e === i + 1 && !definite)) {
        stems.push(this.stemAt(e));
        e++;
        continue;
      }
      break;
    }
    return { start: i, end: e, stems, source, definite, pronoun, group };
  }

  /** An organization noun phrase at token i. */
  parseOrg(i: number): OrgNP | null {
    const b = this.bitsAt(i);
    if (!(b & ORG_HEAD) && !(b & ORG_NAME && this.orgNameAt(i, false))) return null;
    return this.parsed(this.orgMemo, i, this.parseOrgRaw);
  }

  private parseOrgRaw(i: number): OrgNP | null {
    const t = this.toks[i];
    if (!t || !t.word) return null;
    const sent = t.s;
    const named = this.orgNameAt(i, false);
    if (named) {
      const e = i + named.len;
      const start = t.start + named.cut;
      return {
        start: i, end: e, name: this.text.slice(start, this.toks[e - 1].end), words: nameWordsShared(named.value.name), kind: named.value.kind,
        media: !!named.value.media, nameEn: named.value.nameEn, canonical: named.value.name, backref: false, head: '',
      };
    }
    const hv = this.infos[i]!.orgHead;
    if (!hv) return null;
    const head = hv.w;
    const cut = hv.cut;
    const entry = orgHeads.get(head)!;
    let e = i + 1;
    let canonical: OrgNameEntry | null = null;
    let count = 0;
    let words: string[] = [];
    let prevDef = isDefinite(stripConj(head));
    let prevAdj = false;
    while (e < this.toks.length && count < 7) {
      const u = this.toks[e];
      if (u.s !== sent) break;
      if (!u.word) {
        if (u.raw === '(' || QUOTE_CHARS.includes(u.raw)) {
          // (تاس) / "إرنا": a short bracketed or quoted name
          let k = e + 1;
          let inner = 0;
          // (dots of an abbreviation count for nothing: "إل. سي. إي")
          while (k < this.toks.length && inner < 4 && k - e <= 8 && (this.toks[k].word || this.toks[k].raw === '.')) { if (this.toks[k].word) inner++; k++; }
          const c = this.toks[k];
          if (inner >= 1 && inner <= 3 && c && (c.raw === ')' || QUOTE_CHARS.includes(c.raw)) && this.toks[k - 1].word) {
            for (let m = e + 1; m < k; m++) {
              if (!this.toks[m].word) continue;
              const on = this.orgNameAt(m, true);
              if (on) canonical = on.value;
              words.push(this.key(m));
            }
            e = k + 1;
            count += inner;
            continue;
          }
        }
        break;
      }
      const f = u.f;
      const on = this.orgNameAt(e, true);
      if (on && count > 0) break; // المكتب الصحفي في الكرملين: another body's name ends this one
      if (on) { canonical = on.value; for (let m = e; m < e + on.len; m++) words.push(this.key(m)); e += on.len; count += on.len; prevDef = true; continue; }
      if ((f === 'في' || f === 'فى') && this.orgNameAt(e + 1, false) && count > 0) {
        const on2 = this.orgNameAt(e + 1, false)!;
        for (let m = e + 1; m < e + 1 + on2.len; m++) words.push(this.key(m));
        e += 1 + on2.len;
        count += on2.len;
        break;
      }
      if (this.isFunc(e) || this.isTime(e) || this.cueAt(e)) break;
      if (this.titleHeadAt(e) && !isDefinite(f)) break;
      if (this.titleHeadAt(e) && count > 0) break;
      if (f.length < 2) break;
      if (this.aliasAt(e) || this.gazAt(e)) break;
      if (f === 'الالكتروني' || f === 'الالكترونيه') { e++; continue; }
      const c = this.countryAt(e);
      if (c) { for (let m = e; m < e + c; m++) words.push(this.key(m)); e += c; count += c; prevDef = true; continue; }
      if (!isDefinite(f) && !(f.startsWith('لل'))) {
        // an indefinite word only continues a construct chain (وكالة أنباء سبوتنيك، قناة مير),
        // or opens a ل-complement in construct with a definite noun (المرصد السوري لحقوق الإنسان)
        const lComp = f.length > 3 && f[0] === 'ل' && this.def(e + 1) && this.sameSentence(e, e + 1);
        if (prevDef && !lComp) break;
        // an indefinite adjective closes the phrase (وسائل إعلام محلية | قرار …)
        if (prevAdj && !isNisba(f)) break;
      }
      prevAdj = count > 0 && !isDefinite(f) && isNisba(f);
      words.push(this.key(e));
      prevDef = isDefinite(f);
      e++;
      count++;
    }
    const backref = e === i + 1;
    if (backref && entry.needsComplement && !isDefinite(stripConj(head))) return null;
    const headKey = hv.key;
    // (an NP's words are shared, never changed: a known name's are its cached ones)
    const allWords =
      head === 'وزاره' || head === 'الوزاره'
        ? words // وزارة الخارجية الروسية ≡ الخارجية الروسية
        : canonical
          ? nameWordsShared(canonical.name)
          : [headKey === 'وزر' ? '' : headKey, ...words].filter(Boolean);
    const start = t.start + cut;
    let name = this.text.slice(start, this.toks[e - 1].end);
    if (t.f.startsWith('لل') && cut === 1 && head.startsWith('ال')) name = 'ا' + name; // للحزب → الحزب
    return {
      start: i, end: e, name, words: allWords.length ? allWords : [headKey], kind: canonical?.kind ?? entry.kind,
      media: !!(canonical?.media ?? entry.media), nameEn: canonical?.nameEn ?? null, canonical: canonical?.name ?? null, backref, head: stripConj(head),
    };
  }

  /** Registers an org NP as an entity (not back-references). */
  registerOrg(np: OrgNP): Org | null {
    if (np.backref) return this.orgBackref(np.head);
    const o = this.store.addOrg(np.name, np.words, np.kind, { media: np.media, nameEn: np.nameEn, canonical: np.canonical });
    const t = this.toks[np.start];
    const end = this.toks[np.end - 1].end;
    const cutStart = end - (np.name.startsWith('ال') && !this.text.startsWith(np.name, end - np.name.length) ? np.name.length - 1 : np.name.length);
    if (cutStart >= t.start) addMention(o, this.span(cutStart, end));
    for (let k = np.start; k < np.end; k++) if (!this.entAt[k]) this.entAt[k] = o;
    return o;
  }

  /** The latest org whose head matches a bare back-reference (الوكالة، الجيش). */
  orgBackref(head: string): Org | null {
    const hk = wordKey(head);
    for (let k = this.store.orgs.length - 1; k >= 0; k--) {
      const o = this.store.orgs[k];
      if (o.source || o.country) continue;
      const ow = nameWordsShared(o.name);
      if (ow[0] === hk || o.words[0] === hk) return o;
      if ((hk === 'وكاله' || hk === 'وكله' || hk.startsWith('وك')) && o.orgKind === 'news_agency') return o;
    }
    return null;
  }

  /** A country/city subject standing for its government. */
  countryEntity(i: number): Org | null {
    const c = this.phraseAt(countryIndex, i);
    if (!c) return null;
    const t = this.toks[i];
    const start = t.start + c.cut;
    const end = this.toks[i + c.len - 1].end;
    const name = this.text.slice(start, end);
    const words = name.split(/\s+/).map(wordKey);
    const joined = words.join(' ');
    let o = this.store.orgs.find((x) => x.country && joinsTo(x.words, joined)) ?? null;
    if (!o) o = this.store.addOrg(name, words, 'government', { country: true });
    addMention(o, this.span(start, end));
    return o;
  }

  /** Records a person mention for tokens [i, j), honoring a leading clitic cut. */
  markPerson(p: Person, i: number, j: number, cut: number): void {
    const start = this.toks[i].start + cut;
    addMention(p, this.span(start, this.toks[j - 1].end));
    for (let k = i; k < j; k++) this.entAt[k] = p;
  }

  /** Text of tokens [i, j) with a leading clitic cut. */
  textOf(i: number, j: number, cut = 0): string {
    return this.text.slice(this.toks[i].start + cut, this.toks[j - 1].end);
  }

  sentenceOf(charPos: number): Sentence | null {
    let lo = 0;
    let hi = this.sents.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sents[mid];
      if (charPos < s.start) hi = mid - 1;
      else if (charPos > s.end) lo = mid + 1;
      else return s;
    }
    return null;
  }
}
