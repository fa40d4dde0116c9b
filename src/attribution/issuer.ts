// A document as the subject of a reporting verb speaks for whoever issued it (dev2 convention
// "a document as subject is resolved to its issuer"):
//   "وقال بيان اللجنة إن …"            → the committee (construct)
//   "وذكر بيان للحكومة إنه …"          → the government (ل + the issuer)
//   "بيان صادر عن المكتب الصحفي …"     → the office (صادر عن)
//   "وقال البيان: …"                   → the issuer of the document named before
//   "وأصدر X بيانا، أعلن فيه …"        → X, the subject of the verb that issued the document
import { copyOrg, type Doc } from './doc.js';
import { isDefinite, isNisba, stripConj } from './lex.js';
import { DOCUMENT_NOUNS, ISSUING_VERBS } from './lexicon/orgs.js';
import { fold } from './normalize.js';
import type { Entity, Org } from './names.js';
import { postVerbal, type Subject } from './speakers.js';

const docHeads = new Set(DOCUMENT_NOUNS.flatMap((e) => e.forms).map((w) => fold(w)));
const issuingVerbs = new Set(ISSUING_VERBS.map((w) => fold(w)));
/** "فيه"، "فيها": the relative clause of a document ("بيانا أعلن فيه"). */
const IN_IT = new Set(['فيه', 'فيها', 'فيهما']);
/** Words between a document noun and its issuer: بيان رسمي للحكومة، بيان مشترك، بيان صادر عن. */
const ISSUE_LINK = new Set(['صادر', 'الصادر', 'صادرا', 'صادره', 'الصادره']);

/** Is the folded word a document noun, behind a conjunction or ب/ل/ك (وبيان، ببيان)? */
export function isDocumentWord(f: string): boolean {
  if (docHeads.has(f) || docHeads.has(stripConj(f))) return true;
  if (f.length > 3 && 'بلك'.includes(f[0]) && docHeads.has(f.slice(1))) return true;
  return f.length > 4 && f.startsWith('ال') && docHeads.has(f.slice(2));
}

/** The issuer named right after the document noun at token h, or null. */
function issuerAfter(doc: Doc, h: number): Entity | null {
  const sent = doc.toks[h].s;
  let j = h + 1;
  // adjectives of the document (رسمي، مشترك) and "صادر عن"
  for (let step = 0; step < 3 && doc.toks[j] && doc.toks[j].s === sent && doc.toks[j].word; step++) {
    const f = doc.w(j);
    if (ISSUE_LINK.has(f) && (doc.w(j + 1) === 'عن' || doc.w(j + 1) === 'من')) {
      j += 2;
      break;
    }
    if (isNisba(f) && !doc.parseOrg(j) && !doc.countryAt(j) && !doc.aliasAt(j)) {
      j++;
      continue;
    }
    break;
  }
  const t = doc.toks[j];
  if (!t || !t.word || t.s !== sent) return null;
  const a = doc.aliasAt(j);
  if (a) return a.p;
  const np = doc.parseOrg(j);
  if (np && !isDocumentWord(np.head)) {
    if (!np.backref) return doc.registerOrg(np);
    // للمجلس، للحكومة: the body named before, else the body itself
    const o = doc.orgBackref(np.head);
    if (o && !isDocumentOrg(o)) return o;
    return isDefinite(np.head) ? doc.registerOrg(copyOrg(np, false)) : null;
  }
  if (doc.countryAt(j)) return doc.countryEntity(j);
  return null;
}

/** Is the org a document (its head is بيان…) rather than a body? */
export function isDocumentOrg(o: Org): boolean {
  const first = o.name.split(/\s+/)[0] ?? '';
  return isDocumentWord(fold(first).replace(/^ال/, ''));
}

const issuerMemo = new WeakMap<Doc, Map<Org, Entity | null>>();

/** The issuer of a document org: named after the document noun at its first mention. */
function issuerOfDocument(doc: Doc, o: Org): Entity | null {
  let memo = issuerMemo.get(doc);
  if (!memo) issuerMemo.set(doc, (memo = new Map()));
  if (memo.has(o)) return memo.get(o)!;
  memo.set(o, null); // (no recursion through a document that names itself)
  let found: Entity | null = null;
  for (let k = 0; k < doc.toks.length && !found; k++) {
    if (doc.entAt[k] !== o || (k > 0 && doc.entAt[k - 1] === o)) continue;
    if (isDocumentWord(doc.w(k))) found = issuerAfter(doc, k);
  }
  memo.set(o, found);
  return found;
}

/** The speaker a statement's subject stands for: a document's issuer, else the subject itself. */
export function speakerForDocument(doc: Doc, speaker: Entity | null, cueTok: number): Entity | null {
  if (!speaker || speaker.kind !== 'org' || speaker.source || !isDocumentOrg(speaker)) return speaker;
  // the document noun next to the cue: its own complement names the issuer
  const sent = doc.toks[cueTok].s;
  for (let k = cueTok + 1; k < doc.toks.length && k <= cueTok + 4 && doc.toks[k].s === sent; k++) {
    if (!doc.toks[k].word || !isDocumentWord(doc.w(k))) continue;
    const own = issuerAfter(doc, k);
    if (own) return own;
    break;
  }
  return issuerOfDocument(doc, speaker) ?? speaker;
}

/** "وأصدر X بيانا، أعلن فيه …": the subject of the issuing verb, when the cue at `cueTok` is
 * followed by فيه and preceded by a document noun. null when the pattern does not hold. */
export function documentClauseSubject(doc: Doc, cueTok: number, cueEnd: number, recent: Entity[]): Subject | null {
  if (!IN_IT.has(doc.w(cueEnd + 1))) return null;
  const sent = doc.toks[cueTok].s;
  let d = cueTok - 1;
  if (d >= 0 && !doc.toks[d].word && (doc.toks[d].raw === '،' || doc.toks[d].raw === ',')) d--;
  if (d < 0 || doc.toks[d].s !== sent || !doc.toks[d].word || !isDocumentWord(doc.w(d))) return null;
  // ل/construct complement of the document ("بيانا للحكومة قالت فيه") is the issuer
  for (let v = d - 1; v >= 0 && d - v <= 14 && doc.toks[v].s === sent; v--) {
    if (!doc.toks[v].word || !issuingVerbs.has(stripConj(doc.w(v)))) continue;
    const sub = postVerbal(doc, v + 1, d, recent, true);
    return sub.ent || sub.chain ? sub : null;
  }
  return null;
}
