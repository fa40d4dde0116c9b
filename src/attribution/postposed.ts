// A source named after what it said: "CLAUSE، وفق ما ذكر بيان للمجلس." / "…، بحسب ما أعلن متحدث
// باسم الوزارة." / "…، حسبما أفاد مكتبه." The clause before the comma is the content, the verb after
// ما the cue and its subject the speaker. A medium in that place (وفق ما ذكرت وكالة X) only
// relays the sentence's statement: relay.ts reads it as `via`, nothing is made here.
import type { Doc } from './doc.js';
import { cueAt } from './cues.js';
import { speakerForDocument } from './issuer.js';
import { functionWords, orgHeads, stripConj } from './lex.js';
import { addMention, nameWords, type Entity } from './names.js';
import { isMedium } from './relay.js';
import { postVerbal } from './speakers.js';

/** One word: حسبما أفاد … */
const MARK_WORDS = new Set(['حسبما', 'وفقما', 'بحسبما']);
/** A preposition before ما/لما: وفق ما، وفقا لما، بحسب ما، طبقا لما. */
const MARK_PREPS = new Set(['وفق', 'وفقا', 'حسب', 'بحسب', 'طبقا']);
const MA = new Set(['ما', 'لما']);

export interface PostposedSource {
  cueTok: number;
  speaker: Entity;
  /** The content: chars [start, end). */
  start: number;
  end: number;
}

/** Is token k a comma? */
function isComma(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  return !!t && !t.word && (t.raw === '،' || t.raw === ',');
}

/** The cue tokens in a postposed place ("، وفق ما ذكر X"، "، حسبما أفادت X"): never statements
 * of their own reading (a quoted medium after them is no speech), in order. */
export function postposedCues(doc: Doc): number[] {
  const out: number[] = [];
  for (const v of doc.cueTokens) {
    if (v < 2 || !doc.toks[v - 1].word) continue;
    const pm = doc.w(v - 1);
    let mark = v - 1;
    if (!MARK_WORDS.has(pm)) {
      if (!MA.has(pm) || !MARK_PREPS.has(stripConj(doc.w(v - 2)))) continue;
      mark = v - 2;
    }
    const cue = cueAt(doc, v);
    if (!cue || cue.pos !== 'verb') continue;
    if (!isComma(doc, mark - 1) || doc.toks[mark - 1].s !== doc.toks[v].s) continue;
    out.push(v);
  }
  return out;
}

/** The postposed sources among `cues` (postposedCues), in order. `recent`: speakers met so far. */
export function postposedSources(doc: Doc, cues: number[], recent: Entity[]): PostposedSource[] {
  const out: PostposedSource[] = [];
  for (const v of cues) {
    const sent = doc.toks[v].s;
    const mark = MARK_WORDS.has(doc.w(v - 1)) ? v - 1 : v - 2;
    let limit = v + 1;
    while (limit < doc.toks.length && limit - v <= 12 && doc.toks[limit].s === sent) limit++;
    const sub = possessiveBody(doc, v + 1) ?? postVerbal(doc, v + 1, limit, recent, true).ent;
    if (!sub || (sub.kind === 'org' && isMedium(sub))) continue;
    let a = mark - 1;
    while (a > 0 && doc.toks[a - 1].s === sent) a--;
    const first = doc.toks[a];
    let start = first.start + (first.word && leadingConjunction(doc, a) ? 1 : 0);
    const end = doc.toks[mark - 2]?.end ?? -1;
    if (end <= start) continue;
    let words = 0;
    for (let k = a; k < mark - 1; k++) if (doc.toks[k].word) words++;
    if (words < 3) continue;
    while (start < end && /\s/.test(doc.text[start])) start++;
    out.push({ cueTok: v, speaker: speakerForDocument(doc, sub, v) ?? sub, start, end });
  }
  return out;
}

/** Does the clause's first word carry the conjunction و/ف (وتم، والتقى) rather than begin with it
 * (وزير، وكالة، واشنطن)? */
function leadingConjunction(doc: Doc, k: number): boolean {
  const t = doc.toks[k];
  if (!/^[وف]/.test(t.raw)) return false;
  const f = t.f;
  const rest = f.slice(1);
  if (f.length === 3) return rest === 'تم' || functionWords.has(rest);
  if (stripConj(f) === f) return false;
  // a word the lexicon knows as written (a title, a body, a name, a place) is not a conjunction + word
  if (doc.titleHeadAt(k) === f || orgHeads.has(f) || doc.countryAt(k) || doc.gazAt(k)) return false;
  const a = doc.aliasAt(k);
  return !(a && a.cut === 0);
}

/** مكتبه، حكومته: a body of the person named last before token k, in its sentence ("مكتب نتنياهو"). */
function possessiveBody(doc: Doc, k: number): Entity | null {
  const t = doc.toks[k];
  if (!t || !t.word) return null;
  const f = stripConj(t.f);
  let head: string | null = null;
  for (const suf of ['ها', 'ه']) {
    if (f.length <= suf.length + 2 || !f.endsWith(suf)) continue;
    let base = f.slice(0, -suf.length);
    if (base.endsWith('ت')) base = base.slice(0, -1) + 'ه'; // حكومته → حكومه
    if (orgHeads.has(base) && !orgHeads.get(base)!.media) head = base;
    break;
  }
  if (!head) return null;
  let owner: Entity | null = null;
  for (let b = k - 1; b >= 0 && doc.toks[b].s === t.s && !owner; b--) {
    const e = doc.entAt[b];
    if (e && e.kind === 'person') owner = e;
  }
  if (!owner) return null;
  const ownerWords = owner.name.split(/\s+/);
  const surname = ownerWords[ownerWords.length - 1];
  const headWord = doc.text.slice(t.start + (t.raw.length - t.raw.replace(/^[وف]/, '').length), t.end).replace(/(ه|ها)$/, '').replace(/ت$/, 'ة');
  const name = `${headWord} ${surname}`;
  const entry = orgHeads.get(head)!;
  const o = doc.store.addOrg(name, nameWords(name), entry.kind, {});
  addMention(o, doc.span(t.start, t.end));
  return o;
}
