// Reporting cues and their complements: which words introduce speech, and where the reported
// content starts and ends (quotation, أن-clause, colon, إلى + noun phrase).
import { wordClass, type Doc } from './doc.js';
import { cueIndex, stripConj } from './lex.js';
import type { CueEntry } from './lexicon/cues.js';
import { QUOTED_NAME_HEADS, RELATIVE_PRONOUNS } from './lexicon/quoted-names.js';
import { fold } from './normalize.js';
import { QUOTE_CHARS, isQuoteCode, isSpaceChar, type QuoteRegion } from './segment.js';

export type Complement =
  | { type: 'quote'; tok: number; q: QuoteRegion }
  | { type: 'an'; tok: number; describes: boolean }
  | { type: 'colon'; tok: number }
  | { type: 'ila'; tok: number; needsQuote: boolean };

export interface Content {
  start: number;
  end: number;
  kind: 'direct' | 'indirect';
}

const COMPLEMENTIZERS = new Set(['ان', 'بان', 'فان', 'انه', 'انها', 'انهم', 'اننا', 'انني', 'انهما', 'انك', 'بانه', 'بانها', 'بانهم', 'باننا', 'لان']);
const BLOCKERS = new Set(['بعد', 'قبل', 'دون', 'بدون', 'منذ', 'يجب', 'يمكن', 'ينبغي', 'المقرر', 'المتوقع', 'المفترض', 'حتي', 'ريثما', 'بد', 'لابد', 'سبق', 'اجل', 'يريد', 'تريد', 'يود', 'بامكان', 'بوسع', 'عسي', 'يحاول', 'رفض', 'ورفض', 'ما', 'ضروره', 'اهميه', 'بضروره', 'باهميه', 'امكانيه', 'احتمال', 'شريطه', 'بشرط']);
const WINDOW = 50;

/** Folded words (bare and with ال) after which a short quotation is a name (موقع "تويتر"، عبر "تويتر"). */
const QUOTED_NAME_HEAD_SET = new Set(QUOTED_NAME_HEADS.flatMap((e) => e.forms.flatMap((w) => [fold(w), 'ال' + fold(w)])));
const RELATIVE_SET = new Set(RELATIVE_PRONOUNS.map(fold));
/** Longest quotation (in words) that can still be a name. */
const NAME_QUOTE_WORDS = 5;

/** Whether the closed quotation q (opening at token k, `after` the first token past it) is a name, not speech. */
function isQuotedName(doc: Doc, q: QuoteRegion, k: number, words: number, after: number): boolean {
  if (!q.closed || words > NAME_QUOTE_WORDS) return false;
  const prev = doc.toks[k - 1];
  if (prev && prev.word) {
    const w = stripConj(prev.f);
    // with a glued preposition: بموقع، لحملة، للمنظمة
    if (QUOTED_NAME_HEAD_SET.has(w) || (/^[بلك]/.test(w) && QUOTED_NAME_HEAD_SET.has(w.startsWith('لل') ? 'ا' + w.slice(1) : w.slice(1)))) return true;
  }
  // "X"، الذي …: a relative clause follows a noun phrase, never speech
  const comma = doc.toks[after];
  const rel = doc.toks[after + 1];
  return !!comma && !comma.word && (comma.raw === '،' || comma.raw === ',') && !!rel && rel.word && RELATIVE_SET.has(rel.f);
}

const MASDAR_BEFORE = new Set(['دون', 'بدون', 'عدم', 'ب', 'في', 'من', 'بعد', 'قبل', 'عند', 'لدي', 'حول']);
const SUBJUNCTIVE_BEFORE = new Set(['ان', 'لن', 'كي', 'لكي', 'حتي']);
// the sets tested on every token a scan visits, as word classes (a bit per token)
const COMPLEMENTIZER_CLASS = wordClass(COMPLEMENTIZERS);
const MASDAR_BEFORE_CLASS = wordClass(MASDAR_BEFORE);
const SUBJUNCTIVE_BEFORE_CLASS = wordClass(SUBJUNCTIVE_BEFORE);

/** cueOf(doc.w(i)) ('' for punctuation and out of range: null): kept in the Doc's word infos. */
export function cueOfTok(doc: Doc, i: number): CueEntry | null {
  return doc.cueAt(i);
}

/** Indices of the tokens whose form is a cue (cueAt can only be non-null there), in order. */
export function cueCandidates(doc: Doc): number[] {
  return doc.cueTokens;
}

/** The reporting cue at token i, or null (a verbal noun after دون، a subjunctive after أن). */
export function cueAt(doc: Doc, i: number): CueEntry | null {
  const cue = cueOfTok(doc, i);
  if (!cue) return null;
  const own = doc.entAt[i];
  if (own && own.kind === 'person') return null;
  if (doc.inClass(i - 1, MASDAR_BEFORE_CLASS)) return null;
  if (doc.inClass(i - 1, SUBJUNCTIVE_BEFORE_CLASS) && /^[يت]/.test(stripConj(doc.toks[i].f))) return null;
  return cue;
}

export function isComplementizer(f: string): boolean {
  return COMPLEMENTIZERS.has(f);
}

/** Tokens of a closed quotation region. */
function quoteWordCount(doc: Doc, q: QuoteRegion, fromTok: number): { words: number; after: number } {
  let k = fromTok + 1;
  let words = 0;
  const end = doc.qEnd(q);
  while (k < doc.toks.length && doc.toks[k].start < end) {
    if (doc.toks[k].word) words++;
    k++;
  }
  // k: first token at/after the closing mark
  if (q.closed && doc.toks[k] && doc.toks[k].start === q.close) k++;
  return { words, after: k };
}

/** Finds the complement of a cue, scanning forward from token k0 within the cue's sentence. */
export function findComplement(doc: Doc, k0: number, cue: CueEntry, sent: number): Complement | null {
  const comp = cue.comp;
  let words = 0;
  for (let k = k0; k < doc.toks.length && words < WINDOW && k - k0 < 160; k++) {
    const t = doc.toks[k];
    if (t.s !== sent) {
      // a quotation may open right at the start of the next "sentence" only if split by a colon; stop
      break;
    }
    if (!t.word) {
      if (QUOTE_CHARS.includes(t.raw)) {
        const q = doc.quoteAtOpen.get(t.start);
        if (!q) continue;
        const { words: qw, after } = quoteWordCount(doc, q, k);
        const prev = doc.toks[k - 1];
        const afterBa = !!prev && prev.word && (prev.f === 'ب' || (prev.raw.endsWith('ـ') && prev.f !== 'ل'));
        if (prev && prev.word && prev.f === 'ل' && q.closed && qw <= 3) { k = after - 1; continue; } // لـ"العربية": a medium
        const nextTok = doc.toks[after];
        const continues = !!nextTok && nextTok.word && nextTok.s === sent && !cueOfTok(doc, after);
        if (isQuotedName(doc, q, k, qw, after)) { k = after - 1; continue; }
        if (comp.includes('quote') && qw > 0) {
          if (q.closed && qw <= 3 && continues && !afterBa) {
            k = after - 1; // a quoted name (قناة "روسيا اليوم" الفضائية)
            continue;
          }
          return { type: 'quote', tok: k, q };
        }
        if (q.closed) k = after - 1;
        continue;
      }
      if (t.raw === ':') {
        const n = doc.toks[k + 1];
        if (n && !n.word && QUOTE_CHARS.includes(n.raw) && comp.includes('quote')) {
          const q = doc.quoteAtOpen.get(n.start);
          if (q) return { type: 'quote', tok: k + 1, q };
        }
        if (n && n.s === sent && comp.includes('colon')) return { type: 'colon', tok: k };
        return null;
      }
      continue;
    }
    words++;
    const f = t.f;
    if (doc.inClass(k, COMPLEMENTIZER_CLASS) && comp.includes('an') && !(doc.entAt[k] && doc.entAt[k]!.kind === 'person')) {
      const pf = doc.w(k - 1);
      if (BLOCKERS.has(pf)) continue;
      if (f === 'فان' && !/^(ما|لما|بما)$/.test(doc.w(k0 - 2)) && !/^(ما|لما|بما)$/.test(doc.w(k0 - 3))) continue; // بحسب ما نقلت … فإن
      if (f === 'لان' && cue.pos !== 'part') continue;
      return { type: 'an', tok: k, describes: !!cue.describes };
    }
    if ((f === 'الي' || f === 'إلى') && comp.includes('ila')) {
      const n = doc.w(k + 1);
      if (n && !isComplementizer(n)) return { type: 'ila', tok: k, needsQuote: !!cue.npNeedsQuote };
    }
    if (k > k0 && cueOfTok(doc, k) && !doc.entAt[k]) return null; // a later cue owns what follows
    if (f === 'يذكر' || f === 'ويذكر' || f === 'يشار' || f === 'ويشار') return null;
  }
  return null;
}

/** Participles that open the reporter's next predicate (…، داعيا إلى الحوار). */
const PARTICIPLE_CUT = new Set(['داعيا', 'مطالبا', 'منددا', 'معربا', 'مبديا', 'متهما', 'محملا', 'مرحبا', 'رافضا', 'متوعدا', 'مهددا', 'ملوحا', 'مبررا', 'مستبعدا', 'مرجحا', 'منوها', 'مذكرا', 'مختتما', 'مستشهدا', 'مستشهده', 'مستدلا']);
const GLOSS_STOP = new Set(['وذلك', 'حسب', 'بحسب', 'وفق', 'وفقا', 'طبقا', 'حسبما', 'وفقما', 'بحسبما']);
const PARTICIPLE_CUT_CLASS = wordClass(PARTICIPLE_CUT);
const GLOSS_STOP_CLASS = wordClass(GLOSS_STOP);
const BEFORE_CUE = new Set(['لكن', 'لكنه', 'لكنها', 'ولكن', 'ولكنه', 'ولكنها', 'كما', 'ثم', 'بينما', 'فيما']);

function trimEnd(doc: Doc, start: number, end: number): number {
  const text = doc.text;
  let e = end;
  for (;;) {
    while (e > start && isSpaceChar(text[e - 1])) e--;
    const ch = text[e - 1];
    if (e > start && (ch === '.' || ch === '،' || ch === ',' || ch === ':' || ch === '؛' || ch === ';' || ch === '-' || ch === '–' || ch === 'ـ')) {
      e--;
      continue;
    }
    break;
  }
  // a stray closing mark: count the marks inside
  if (e > start && isQuoteCode(text.charCodeAt(e - 1))) {
    let marks = 0;
    for (let k = start; k < e; k++) if (isQuoteCode(text.charCodeAt(k))) marks++;
    if (marks % 2 === 1) {
      e--;
      while (e > start && isSpaceChar(text[e - 1])) e--;
    }
  }
  return e;
}

/** End (char index) of the clause starting at token `from`: sentence end, a new cue, a gloss. */
export function clauseEnd(doc: Doc, from: number, sent: number): number {
  let last = -1;
  for (let k = from; k < doc.toks.length && k - from < 600; k++) {
    const t = doc.toks[k];
    if (t.s !== sent) break;
    const q = doc.inQuote[k];
    if (q) {
      last = k;
      continue;
    }
    if (t.word && k > from) {
      const f = t.f;
      const cue = cueOfTok(doc, k);
      if (doc.inClass(k, PARTICIPLE_CUT_CLASS)) break;
      if (f === 'الامر' && doc.w(k + 1) === 'الذي' && doc.toks[k - 1] && !doc.toks[k - 1].word) break; // "، الأمر الذي …": a gloss
      if (cue && !doc.entAt[k]) {
        if (cue.pos === 'part') break;
        if (!cueIndex.has(f) && stripConj(f) !== f && /^[وف]/.test(f)) break;
        const pf = doc.w(k - 1);
        if (BEFORE_CUE.has(pf)) {
          last = k - 2;
          break;
        }
      }
      if (doc.inClass(k, GLOSS_STOP_CLASS)) break;
      if (f === 'دون' && (doc.w(k + 1) === 'ان' || doc.w(k + 1) === 'ذكر')) break;
      if (f === 'علي' && doc.w(k + 1) === 'حد') break;
    }
    last = k;
  }
  if (last < from) return doc.toks[from] ? doc.toks[from].start : doc.text.length;
  return doc.toks[last].end;
}

/** Index of the last closing mark of the closed quotations that open and close in [from, to), or -1. */
function lastClosingMark(doc: Doc, from: number, to: number): number {
  let last = -1;
  for (let k = from; k < to; k++) {
    if (!isQuoteCode(doc.text.charCodeAt(k))) continue;
    const q = doc.quoteAtOpen.get(k);
    if (q && q.closed && q.close < to) {
      last = q.close;
      k = q.close;
    }
  }
  return last;
}

function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isQuoteCode(text.charCodeAt(k))) return true;
  return false;
}

function firstCharAfter(doc: Doc, tok: number): number {
  const t = doc.toks[tok + 1];
  return t ? t.start : doc.text.length;
}

/** The content(s) a complement introduces. Mixed "indirect + long quotation" is split in two. */
export function buildContents(doc: Doc, comp: Complement, sent: number): Content[] {
  const text = doc.text;
  if (comp.type === 'quote') {
    const q = comp.q;
    if (q.cEnd <= q.cStart) return [];
    return [{ start: q.cStart, end: q.cEnd, kind: 'direct' }];
  }
  if (comp.type === 'colon') {
    const from = comp.tok + 1;
    if (!doc.toks[from]) return [];
    const s = doc.toks[from].start;
    const e = trimEnd(doc, s, clauseEnd(doc, from, sent));
    return e > s ? [{ start: s, end: e, kind: 'direct' }] : [];
  }
  const from = comp.tok + 1;
  const ft = doc.toks[from];
  if (!ft || ft.s !== sent) return [];
  const s = ft.start;
  if (!ft.word && QUOTE_CHARS.includes(ft.raw) && comp.type === 'an') {
    const q = doc.quoteAtOpen.get(ft.start);
    if (q) {
      if (!q.closed) return q.cEnd > q.cStart ? [{ start: q.cStart, end: q.cEnd, kind: 'direct' }] : [];
      const { after } = quoteWordCount(doc, q, from);
      // what follows the closing mark in the same clause
      const rest = doc.toks[after];
      let restWords = 0;
      let gloss = false;
      if (rest && rest.s === sent) {
        const ce = clauseEnd(doc, after, sent);
        for (let k = after; k < doc.toks.length && doc.toks[k].start < ce; k++) if (doc.toks[k].word) restWords++;
        const rf = rest.word ? rest.f : doc.w(after + 1);
        const rc = rest.word ? cueOfTok(doc, after) : cueOfTok(doc, after + 1);
        gloss = doc.inClass(rest.word ? after : after + 1, GLOSS_STOP_CLASS) || rf === 'دون' || !!(rc && rc.pos === 'part');
        if (!rest.word && (rest.raw === '،' || rest.raw === ',')) {
          const c2 = cueOfTok(doc, after + 1);
          if (doc.inClass(after + 1, GLOSS_STOP_CLASS) || (c2 && c2.pos === 'part')) gloss = true;
        }
      }
      if (restWords === 0 || gloss || comp.describes) return q.cEnd > q.cStart ? [{ start: q.cStart, end: q.cEnd, kind: 'direct' }] : [];
    }
  }
  let e = trimEnd(doc, s, clauseEnd(doc, from, sent));
  // a description (وصفه بأنه سيكون "الأمثل" وكلف …) ends with its last quotation: what follows is the main clause's
  if (comp.type === 'an' && comp.describes) {
    const close = lastClosingMark(doc, s, e);
    if (close >= 0) e = close + 1;
  }
  if (e <= s) return [];
  // a demand's noun phrase (دعا إلى وقف القتال) is a statement only when it quotes words (دعا إلى "وقف فوري")
  if (comp.type === 'ila' && comp.needsQuote && !hasQuoteMark(text, s, e)) return [];
  // mixed: an indirect clause that ends in a long quotation of its own
  let preWords = 0;
  for (let k = from; k < doc.toks.length && doc.toks[k].start < e; k++) {
    const t = doc.toks[k];
    if (!t.word && QUOTE_CHARS.includes(t.raw)) {
      const q = doc.quoteAtOpen.get(t.start);
      if (q && q.closed && q.close >= e - 1 && q.close <= e && preWords >= 4) {
        const { words } = quoteWordCount(doc, q, k);
        if (words >= 15 && words > preWords) {
          const ie = trimEnd(doc, s, t.start);
          const out: Content[] = [];
          if (ie > s) out.push({ start: s, end: ie, kind: 'indirect' });
          if (q.cEnd > q.cStart) out.push({ start: q.cStart, end: q.cEnd, kind: 'direct' });
          return out;
        }
      }
      break;
    }
    if (t.word) preWords++;
  }
  void text;
  return [{ start: s, end: e, kind: 'indirect' }];
}

export { firstCharAfter };
