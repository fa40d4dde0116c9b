// Relay and audience: "نقلت وكالة X عن Y قوله"، "في تصريح للصحفيين نقلته وكالة X"، "لقناة X"،
// "في مداخلة مع فرانس24"، "وفق ما ذكرت وكالة X".
import type { Doc } from './doc.js';
import { audienceNouns, isNisba } from './lex.js';
import { addMention, nameWords, type Org } from './names.js';
import { QUOTE_CHARS } from './segment.js';
import type { Span } from './types.js';
import { sentenceWindow } from './index-cache.js';

const RELAY_VERBS = new Set(['نقلت', 'نقلته', 'نقلتها', 'نقل', 'نقله', 'نقلها', 'اوردت', 'اوردتها', 'اوردته', 'اورد', 'نسبت', 'بثته', 'بثتها', 'بثت', 'نشرته', 'نشرتها', 'اذاعته', 'اذاعتها', 'وفقا', 'وفق', 'حسب', 'بحسب', 'نقلا', 'حسبما', 'وفقما', 'بحسبما']);
const INTERVIEW = new Set(['مقابله', 'مداخله', 'حديث', 'حوار', 'لقاء', 'تصريح', 'تصريحات', 'تصريحه', 'مقابلته', 'حديثه', 'اتصال']);
const AFTER_MA = new Set(['ذكرت', 'ذكره', 'ذكرته', 'اوردت', 'نقلت', 'نقلته', 'افادت', 'قالت', 'اعلنت', 'نشرت', 'اوردته']);

export interface Relay {
  via: Org | null;
  audience: Span | null;
  explicit: boolean;
}

function stripW(f: string): string {
  return f.length > 3 && (f[0] === 'و' || f[0] === 'ف') ? f.slice(1) : f;
}

// What a word form can contribute to a relay. A property of the form alone, so it is computed
// once per distinct form (kept in Doc's shared word infos) instead of re-tested per statement.
const INTERVIEW_WORD = 1;
const RELAY_WORD = 2; // a relay verb: the org after it relays
const AFTER_MA_WORD = 4; // a relay verb after ما/لما/بما (وفق ما ذكرت)
const L_AUDIENCE = 8; // ل + an audience noun (للصحفيين)
const L_OTHER = 16; // another ل-word: perhaps ل + a medium (لقناة الجزيرة)
const AMAM = 32; // أمام
const MAA = 64; // مع

export function relayFlags(form: string): number {
  const f = stripW(form);
  let fl = 0;
  if (INTERVIEW.has(f) || INTERVIEW.has(form)) fl |= INTERVIEW_WORD;
  if (RELAY_VERBS.has(f) || RELAY_VERBS.has(form)) fl |= RELAY_WORD; // (وفقا is not و + فقا)
  if (AFTER_MA.has(f)) fl |= AFTER_MA_WORD;
  if (form === 'ل') fl |= L_OTHER; // لـ"العربية.نت": the medium follows in quotes
  if (form.startsWith('ل') && form.length > 2) {
    const rest = form.startsWith('لل') ? 'ال' + form.slice(2) : form.slice(1);
    fl |= audienceNouns.has(rest) || audienceNouns.has(form.slice(1)) ? L_AUDIENCE : L_OTHER;
  }
  if (f === 'امام') fl |= AMAM;
  if (f === 'مع' || f === 'الي') fl |= MAA; // في مقابلة مع قناة X، في حديث إلى صحيفة X
  return fl;
}

const MA = new Set(['ما', 'لما', 'بما']);
const MA_SHORT = new Set(['ما', 'لما']);
const RELAY_AFTER_MA = new Set(['نقلته', 'نقلت', 'نقل', 'ذكرت', 'ذكر', 'اوردت', 'اورد', 'افادت', 'افاد', 'نشرت', 'نشر', 'اعلنت', 'اعلن', 'جاء', 'بثت', 'بث']);
/** "وفقا لما جاء على حساب موقع قناة X": words between the relay verb and the medium. */
const RELAY_PLACE = new Set(['في', 'علي', 'عبر', 'حساب', 'صفحه', 'عنه', 'عنها', 'عنهم']);

/** Via and audience stated in sentence `sent`, outside [exStart, exEnd) (the content). */
export function findRelay(doc: Doc, cueTok: number, exStart: number, exEnd: number): Relay {
  const sent = doc.toks[cueTok].s;
  const [a, b] = sentenceWindow(doc, cueTok, 80);
  // only the tokens with relay flags matter
  const flagged = doc.relayTokens;
  let relayVia: Org | null = null;
  let lVia: { org: Org; span: Span } | null = null;
  let withVia: Org | null = null;
  let interview = false;
  let audience: Span | null = null;
  const from = lowerBound(flagged, a);
  // a quoted name after ل/مع is a medium in an interview's sentence (في حديث لـ"X") or right after the cue
  let interviewed = false;
  for (let j = from; j < flagged.length && flagged[j] <= b && !interviewed; j++) interviewed = (doc.relayFlagsAt(flagged[j]) & INTERVIEW_WORD) !== 0;
  const quotedOk = (k: number) => interviewed || (k > cueTok && k - cueTok <= 8);
  for (let j = from; j < flagged.length && flagged[j] <= b; j++) {
    const k = flagged[j];
    const t = doc.toks[k];
    if (t.start >= exStart && t.end <= exEnd) continue;
    const fl = doc.relayFlagsAt(k);
    if (fl & INTERVIEW_WORD) interview = true;
    if (fl & RELAY_WORD || (fl & AFTER_MA_WORD && MA.has(doc.w(k - 1)))) {
      // the org right after (possibly after ما/لما)
      let m = k + 1;
      if (MA_SHORT.has(doc.w(m))) m++;
      if (RELAY_AFTER_MA.has(doc.w(m))) m++;
      for (let step = 0; step < 3 && RELAY_PLACE.has(doc.w(m)) && doc.toks[m].s === sent; step++) m++;
      const np = doc.parseOrg(m);
      if (np && !np.backref && !(np.start >= 0 && doc.toks[np.start].start >= exStart && doc.toks[np.start].end <= exEnd)) {
        const o = doc.registerOrg(np);
        if (o && isMedium(o)) relayVia = relayVia ?? o;
      }
    }
    if (fl & L_AUDIENCE) {
      let e = k + 1;
      if (doc.toks[e] && doc.toks[e].word && doc.toks[e].s === sent && (isNisba(doc.toks[e].f) || doc.toks[e].f === 'اجانب')) e++;
      audience = audience ?? doc.tokSpan(k, e);
    } else if (fl & L_OTHER) {
      const bareLam = doc.w(k) === 'ل';
      const np = bareLam ? null : doc.parseOrg(k);
      if (np && np.media) {
        // للصحيفة، للوكالة: the medium named before
        const o = np.backref ? mediaBackref(doc, np.head) : doc.registerOrg(np);
        if (o) {
          const e = Math.min(np.end, k + 2);
          lVia = lVia ?? { org: o, span: doc.tokSpan(k, e) };
        }
      } else if (bareLam && !lVia) {
        const q = quotedMedium(doc, k + 1, quotedOk(k), exStart, exEnd);
        if (q) lVia = { org: q.org, span: doc.tokSpan(k, q.end) };
      }
    }
    if (fl & AMAM && audienceNouns.has(doc.w(k + 1))) {
      let e = k + 2;
      if (doc.toks[e] && doc.toks[e].word && isNisba(doc.toks[e].f)) e++;
      audience = audience ?? doc.tokSpan(k, e);
    }
    if (fl & MAA && (interviewed || doc.w(k) !== 'الي')) {
      const np = doc.parseOrg(k + 1);
      if (np && !np.backref && np.media) {
        const o = doc.registerOrg(np);
        if (o) withVia = withVia ?? o;
      } else if (!withVia) {
        withVia = quotedMedium(doc, k + 1, interviewed, exStart, exEnd)?.org ?? null; // في حوار مع "العربية نت"
      }
    }
  }
  // registerOrg above only fills entAt at or after the token being read, so the first media org
  // of the window can be looked up after the scan, and only when it matters
  const via = relayVia ?? lVia?.org ?? withVia ?? (interview ? firstMedia(doc, a, b, exStart, exEnd) : null);
  if (relayVia && lVia && lVia.org !== relayVia) audience = audience ?? lVia.span;
  const explicit = !!via || !!audience;
  return { via, audience, explicit };
}

/** Words that mark a quoted name as a medium's: العربية.نت، سكاي نيوز، فرانس 24، إم بي سي. */
const MEDIUM_MARKS = new Set(['نت', 'نيوز', 'تي', 'في', 'بي', 'سي', 'اف', 'ام', 'اون', 'لاين', '24']);

/** A medium named in quotation marks at token q ("العربية.نت"، "إل. سي. إي"): one to four words,
 * dots allowed. `loose`: any such name will do (an interview's sentence), else only a known org or
 * a name with a medium's mark. */
function quotedMedium(doc: Doc, q: number, loose: boolean, exStart: number, exEnd: number): { org: Org; end: number } | null {
  const t = doc.toks[q];
  if (!t || t.word || !QUOTE_CHARS.includes(t.raw) || (t.start >= exStart && t.end <= exEnd)) return null;
  let k = q + 1;
  let words = 0;
  let marked = false;
  while (k < doc.toks.length && k - q <= 10 && doc.toks[k].s === t.s && (doc.toks[k].word || doc.toks[k].raw === '.' || doc.toks[k].raw === '-')) {
    if (doc.toks[k].word) {
      words++;
      if (MEDIUM_MARKS.has(doc.w(k)) || /[a-z]/i.test(doc.toks[k].raw)) marked = true;
    }
    k++;
  }
  const close = doc.toks[k];
  if (!close || close.word || !QUOTE_CHARS.includes(close.raw) || words < 1 || words > 4) return null;
  const np = doc.parseOrg(q + 1);
  if (np && !np.backref && np.end === k) {
    const o = doc.registerOrg(np);
    return o && (isMedium(o) || loose) ? { org: o, end: k + 1 } : null;
  }
  if (!loose && !marked) return null;
  if (doc.aliasAt(q + 1) || doc.countryAt(q + 1)) return null;
  const span = doc.span(doc.toks[q + 1].start, doc.toks[k - 1].end);
  const o = doc.store.addOrg(span.text, nameWords(span.text), 'other', { media: true });
  addMention(o, span);
  for (let m = q + 1; m < k; m++) if (!doc.entAt[m]) doc.entAt[m] = o;
  return { org: o, end: k + 1 };
}

/** A bare media head (الصحيفة، القناة، الوكالة) refers to the latest medium with that head. */
function mediaBackref(doc: Doc, head: string): Org | null {
  const o = doc.orgBackref(head);
  return o && isMedium(o) ? o : null;
}

/** An agency, channel, paper or site: what carries words to us (via), not who said them. */
export function isMedium(o: Org): boolean {
  return o.media || o.orgKind === 'news_agency' || o.orgKind === 'tv' || o.orgKind === 'newspaper';
}

/** The first media organization named in tokens [a, b] outside [exStart, exEnd). */
function firstMedia(doc: Doc, a: number, b: number, exStart: number, exEnd: number): Org | null {
  for (let k = a; k <= b; k++) {
    const t = doc.toks[k];
    if (t.start >= exStart && t.end <= exEnd) continue;
    if (!t.word) continue;
    const ent = doc.entAt[k];
    if (ent && ent.kind === 'org' && ent.media) return ent;
  }
  return null;
}

/** First index of a sorted array whose value is >= x. */
function lowerBound(arr: number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
