// Speakers: persons behind title chains, organizations, countries and unnamed sources; subjects
// of reporting verbs (after the verb, or before it), and back-references by title.
import { copyOrg, type Doc, type TitleChain } from './doc.js';
import { cueAt, cueCandidates, cueOfTok } from './cues.js';
import { lookupGazetteer } from './lexicon/gazetteer.js';
import { countryIndex, cueOf, isDefinite, nonSpeakers, orgHeads, orgNameIndex, stripConj } from './lex.js';
import { mayStartOrg } from './index-cache.js';
import { sourceAntecedent } from './entities/sources.js';
import { isGenericHead, resolveGenericDescription } from './entities/descriptions.js';
import { discoverNamedPersons, nameEnd, nameStart } from './name-discovery.js';
import { addMention, nameWords, titleStem, wordKey, type Entity, type Org, type Person } from './names.js';

/** Text of a title chain without a leading conjunction. */
export function chainText(doc: Doc, c: TitleChain): string {
  const t = doc.toks[c.start];
  const head = doc.titleHeadAt(c.start);
  const cut = head && head !== t.f && /^[وف]/.test(t.raw) && t.f.startsWith('و' + head.slice(0, 2)) ? 1 : head && head !== t.f && /^[وف]/.test(t.raw) ? 1 : 0;
  return doc.text.slice(t.start + cut, doc.toks[c.end - 1].end);
}

function skipComma(doc: Doc, k: number): number {
  const t = doc.toks[k];
  if (t && !t.word && (t.raw === '،' || t.raw === ',')) return k + 1;
  return k;
}

/** Adds a person named by tokens [k, e) with an optional title chain. */
function personFrom(doc: Doc, k: number, e: number, chain: TitleChain | null): Person {
  k = nameStart(doc, k, e);
  e = nameEnd(doc, k, e);
  const a = doc.aliasAt(k);
  const cut = a && a.len === e - k ? a.cut : cutOf(doc, k);
  const name = doc.textOf(k, e, cut);
  const p = doc.store.addPerson(name, chain ? chainText(doc, chain) : null, chain ? chain.stems : null);
  doc.markPerson(p, k, e, cut);
  return p;
}

function cutOf(doc: Doc, k: number): number {
  // a leading clitic on a name (والرئيس، لبومبيو → الرئيس، بومبيو) is not part of it, when the rest is a known name
  const t = doc.toks[k];
  if (t.raw.length > 3 && 'وفبل'.includes(t.raw[0])) {
    const rest = t.f.slice(1);
    for (const p of doc.store.persons) if (p.words.includes(nameWords(rest)[0] ?? '')) return 1;
  }
  return 0;
}

/** Pass 1: persons from the gazetteer, title chains and reporting-verb subjects. */
export function discoverPersons(doc: Doc): void {
  let next = 0; // tokens before it belong to a name or title already read
  for (const i of doc.gazetteerStarts) {
    if (i < next) continue;
    const L = doc.gazAt(i);
    if (L) {
      // a leading clitic (ودونالد) is not part of the name when the rest is the gazetteer's form
      const raw = doc.toks[i].raw;
      const full = doc.textOf(i, i + L);
      const cut = raw.length > 3 && 'وفبل'.includes(raw[0]) && lookupGazetteer(full.slice(1)) ? 1 : 0;
      doc.store.addPerson(doc.textOf(i, i + L, cut), null, null);
      next = i + L;
    }
  }
  doc.rebuildAliases();
  next = 0;
  for (const i of doc.titleHeadTokens) {
    if (i < next) continue;
    const c = doc.parseTitle(i);
    if (!c || c.group) continue;
    let k = skipComma(doc, c.end);
    const c2 = doc.parseTitle(k);
    if (c2) k = skipComma(doc, c2.end);
    const e = doc.parseName(k);
    if (e > k && plausibleAfterTitle(doc, k, e)) {
      personFrom(doc, k, e, c);
      doc.rebuildAliases();
      next = e;
      continue;
    }
    // name before the title: "إبراهيم غندور وزير الخارجية السوداني"
    let b = c.start - 1;
    if (b >= 0 && !doc.toks[b].word && (doc.toks[b].raw === '،' || doc.toks[b].raw === ',')) b--;
    let s = b;
    while (s >= 0 && b - s < 4 && doc.sameSentence(s, c.start) && doc.isNameTok(s, false)) s--;
    const first = s + 1;
    if (b - first >= 1 && doc.isNameTok(first, true)) {
      const before = doc.toks[first - 1];
      const bf = before?.word ? before.f : '';
      if (!before || !before.word || cueOfTok(doc, first - 1) || ['كان', 'وكان', 'كانت', 'وكانت', 'ان'].includes(bf) || before.s !== doc.toks[first].s) {
        personFrom(doc, first, b + 1, c);
        doc.rebuildAliases();
      }
    }
    next = c.end;
  }
  // subjects right after reporting verbs
  for (const i of cueCandidates(doc)) {
    const cue = cueAt(doc, i);
    if (!cue || cue.pos === 'part' || cue.pos === 'noun') continue;
    const k = i + 1;
    if (doc.aliasAt(k) || doc.gazAt(k)) continue;
    if (!doc.isNameTok(k, true)) continue;
    const e = doc.parseName(k);
    if (e <= k) continue;
    const next = doc.toks[e];
    // a name is followed by a boundary: punctuation, a complementizer, a preposition, a time word, a title
    if (next && next.word && !doc.isFunc(e) && !doc.isTime(e) && !doc.titleHeadAt(e) && !/^ل/.test(next.f)) continue;
    if (!plausibleName(doc, k, e)) continue;
    personFrom(doc, k, e, null);
    doc.rebuildAliases();
  }
  discoverNamedPersons(doc);
}

/** A new name with no title: its last word recurs in the text, or a complement follows at once. */
export function plausibleName(doc: Doc, k: number, e: number): boolean {
  const next = doc.toks[e];
  if (e - k === 1 && lookupGazetteer(doc.toks[k].raw)) return true; // a well-known surname (أردوغان)
  if (!next || !next.word || /^(ان|انه|انها|بان)$/.test(next.f)) return true;
  return doc.keyCount(wordKey(doc.toks[e - 1].f)) >= 2;
}

/** A one-word name after a title (الرئيس الأسد) is kept only when the word recurs, is a known
 * surname, or a comma, complementizer, quote or preposition follows (not "الوزير سيستقيل."). */
export function plausibleAfterTitle(doc: Doc, k: number, e: number): boolean {
  if (e - k > 1) return true;
  if (lookupGazetteer(doc.toks[k].raw)) return true;
  if (doc.keyCount(wordKey(doc.toks[k].f)) >= 2) return true;
  const next = doc.toks[e];
  if (!next) return false;
  if (!next.word) return next.raw === '،' || next.raw === ',' || next.raw === '"' || next.raw === '“' || next.raw === '«' || next.raw === ':' || next.raw === '-';
  return /^(ان|انه|انها|بان|في|خلال|امام|عن|علي)$/.test(next.f) || /^ل/.test(next.f);
}

/** Pass 2: every person mention (aliases) and every named organization in the text. */
export function scanMentions(doc: Doc): void {
  const n = doc.toks.length;
  doc.rebuildAliases();
  for (let i = 0; i < n; i++) {
    const a = doc.mayStartAlias(i) ? doc.aliasAt(i) : null;
    if (a) {
      doc.markPerson(a.p, i, i + a.len, a.cut);
      i += a.len - 1;
      continue;
    }
    if (doc.entAt[i]) continue;
    if (!mayStartOrg(doc, i)) continue;
    const np = doc.parseOrg(i);
    if (np && !np.backref) {
      doc.registerOrg(np);
      i = np.end - 1;
    }
  }
}

export interface Subject {
  ent: Entity | null;
  named: boolean; // the speaker's name is in the subject
  chain: TitleChain | null; // an unresolved definite title (resolve later)
  nonSpeaker: boolean;
  end: number; // token after the subject
}

const NONE: Subject = { ent: null, named: false, chain: null, nonSpeaker: false, end: -1 };
const NON_SPEAKER: Subject = { ent: null, named: false, chain: null, nonSpeaker: true, end: -1 };

/** Resolves a definite title (الرئيس الفرنسي، الوزير، المسؤول) to an entity already met. */
export function resolveTitle(doc: Doc, stems: string[], before: number, recent: Entity[]): Entity | null {
  const head = stems[0];
  let best: Entity | null = null;
  let bestScore = 0;
  const cands: Entity[] = [...doc.store.persons, ...doc.store.orgs.filter((o) => o.source)];
  for (const e of cands) {
    for (const r of e.titles) {
      if (!r.length || r[0] !== head) continue;
      if (stems.length >= 2 && r.length >= 2) {
        const tl = stems[stems.length - 1];
        const rl = r[r.length - 1];
        if (tl !== rl && !r.includes(tl) && !stems.includes(rl)) continue; // الروسي ≠ الإيراني
      }
      let score = 1;
      for (const s of stems.slice(1)) if (r.includes(s)) score++;
      if (score < Math.min(2, stems.length)) continue; // الرئيس الأمريكي ≠ الرئيس (of another country)
      const rank = recent.indexOf(e);
      const adj = score + (rank >= 0 ? 0.5 - rank * 0.01 : 0);
      if (adj > bestScore) {
        bestScore = adj;
        best = e;
      }
    }
  }
  // only entities introduced before this point
  if (best && best.mentions.length && Math.min(...best.mentions.map((m) => m.start)) > before) return null;
  if (!best && isGenericHead(head)) {
    const seen = new Set(recent);
    const later = cands.filter((e) => !seen.has(e)).reverse();
    return resolveGenericDescription(stems, [...recent, ...later], before);
  }
  return best;
}

/** Subject right after a reporting verb, tokens [k, limit). */
export function postVerbal(doc: Doc, k: number, limit: number, recent: Entity[], create: boolean): Subject {
  const t = doc.toks[k];
  if (!t || k >= limit) return NONE;
  if (!t.word) {
    if (t.raw === '-' || t.raw === 'ـ') return postVerbal(doc, k + 1, limit, recent, create);
    return NONE;
  }
  const f = t.f;
  if (nonSpeakers.has(f) || ((f === 'اخر' || f === 'بعض') && nonSpeakers.has(doc.w(k + 1)))) return NON_SPEAKER;
  const a = doc.aliasAt(k);
  if (a) {
    // a longer name may start here (a first name + a known surname)
    const e = doc.parseName(k);
    if (e > k + a.len) return { ent: personFrom(doc, k, e, null), named: true, chain: null, nonSpeaker: false, end: e };
    doc.markPerson(a.p, k, k + a.len, a.cut);
    return { ent: a.p, named: true, chain: null, nonSpeaker: false, end: k + a.len };
  }
  const g = doc.gazAt(k);
  if (g) return { ent: personFrom(doc, k, k + g, null), named: true, chain: null, nonSpeaker: false, end: k + g };
  const c = doc.parseTitle(k);
  if (c) {
    let nk = skipComma(doc, c.end);
    const c2 = nk < limit ? doc.parseTitle(nk) : null;
    if (c2) nk = skipComma(doc, c2.end);
    const e = nk < limit && !c.group ? doc.parseName(nk) : nk;
    if (e > nk && plausibleAfterTitle(doc, nk, e)) return { ent: personFrom(doc, nk, e, c), named: true, chain: null, nonSpeaker: false, end: e };
    if (c.pronoun) {
      // متحدث باسمه: the person last mentioned
      for (let b = k - 1; b >= 0; b--) {
        const ent = doc.entAt[b];
        if (ent && ent.kind === 'person') return { ent, named: false, chain: null, nonSpeaker: false, end: c.end };
      }
      return NONE;
    }
    if (c.source) {
      if (!create) return { ent: null, named: false, chain: null, nonSpeaker: false, end: c.end };
      const text = chainText(doc, c);
      const o = sourceAntecedent(doc.store, c.stems) ?? doc.store.addOrg(text, c.stems, 'other', { source: true });
      if (!o.titles.length) o.titles.push(c.stems);
      const st = doc.toks[c.start];
      const startChar = doc.toks[c.end - 1].end - text.length;
      addMention(o, doc.span(startChar >= st.start ? startChar : st.start, doc.toks[c.end - 1].end));
      return { ent: o, named: true, chain: null, nonSpeaker: false, end: c.end };
    }
    const ent = resolveTitle(doc, c.stems, doc.toks[k].start, recent);
    return { ent, named: false, chain: ent ? null : c, nonSpeaker: false, end: c.end };
  }
  const np = doc.parseOrg(k);
  // لوكالة فرانس برس، لبي بي سي، بالبيت الأبيض: a prepositional phrase, never the subject
  if (np && /^[لب]/.test(f) && !orgHeads.has(f) && !doc.phraseAt(orgNameIndex, k, false)) return NONE;
  if (np) {
    if (np.backref) {
      const o = doc.orgBackref(np.head);
      if (o || !isDefinite(np.head)) return { ent: o, named: false, chain: null, nonSpeaker: false, end: np.end };
      // a definite head with no antecedent names the body itself (وقالت الخارجية في بيان)
      return { ent: doc.registerOrg(copyOrg(np, false)), named: true, chain: null, nonSpeaker: false, end: np.end };
    }
    const o = doc.registerOrg(np);
    return { ent: o, named: true, chain: null, nonSpeaker: false, end: np.end };
  }
  if (doc.countryAt(k) && !(/^[لب]/.test(f) && !doc.phraseAt(countryIndex, k, false))) {
    const o = doc.countryEntity(k);
    return { ent: o, named: true, chain: null, nonSpeaker: false, end: k + doc.countryAt(k) };
  }
  if (doc.isNameTok(k, true)) {
    const e = doc.parseName(k);
    if (e > k && plausibleName(doc, k, e)) return { ent: personFrom(doc, k, e, null), named: true, chain: null, nonSpeaker: false, end: e };
  }
  return NONE;
}

const PRE_BOUNDARY = new Set(['كان', 'وكان', 'كانت', 'وكانت', 'ان', 'انه', 'انها', 'بان', 'لكن', 'ولكن', 'لكنه', 'لكنها', 'ثم', 'ما', 'بما', 'لما', 'التي', 'الذي', 'عندما', 'حين', 'فيما', 'بينما', 'كما', 'وقد', 'قد', 'اذ', 'حيث']);

/** Subject before a reporting verb: "وكان البيت الأبيض أعلن"، "ولكن عراقجي قال"، "ايران أكدت". */
export function preVerbal(doc: Doc, cueIdx: number, recent: Entity[]): Subject {
  let b = cueIdx - 1;
  const sent = doc.toks[cueIdx].s;
  while (b >= 0 && doc.toks[b].s === sent && (doc.w(b) === 'قد' || doc.toks[b].raw === '،' || doc.toks[b].raw === ',')) b--;
  const end = b + 1;
  let s = b;
  while (s >= 0 && end - s <= 9 && doc.toks[s].s === sent) {
    const t = doc.toks[s];
    if (!t.word) {
      if (t.raw === '،' || t.raw === ',' || t.raw === '"' || t.raw === '#') { s--; continue; }
      break;
    }
    if (PRE_BOUNDARY.has(t.f)) break;
    if (cueOfTok(doc, s) && !doc.entAt[s]) break;
    s--;
  }
  const start = s + 1;
  if (start >= end) {
    // a relative clause (بما قال، التي قال): the subject of the main clause, earlier in the sentence
    const bf = doc.w(s);
    if (/^(ما|بما|لما|التي|الذي|مما)$/.test(bf)) {
      let a = s;
      while (a > 0 && s - a < 60 && doc.toks[a - 1].s === sent) a--;
      for (let k = a; k < s; k++) {
        const ent = doc.entAt[k];
        if (ent && ent.kind === 'person') return { ent, named: true, chain: null, nonSpeaker: false, end };
      }
      for (let k = a; k < s; k++) {
        const ent = doc.entAt[k];
        if (ent) return { ent, named: true, chain: null, nonSpeaker: false, end };
      }
    }
    return NONE;
  }
  if (PRE_BOUNDARY.has(doc.w(s)) === false && s >= 0 && doc.toks[s].s === sent && doc.toks[s].word && !cueOfTok(doc, s)) {
    // no boundary found within reach: too far to be the subject
    if (end - start > 8) return NONE;
  }
  // the first entity in the range is the subject's head
  for (let k = start; k < end; k++) {
    const ent = doc.entAt[k];
    if (ent) {
      if (ent.kind === 'org' && !ent.source && !ent.country && nameWords(ent.name).length === 1 && !isDefinite(doc.w(k)) === false) {
        // a named org (الكرملين) or an NP
      }
      return { ent, named: true, chain: null, nonSpeaker: false, end };
    }
    if (!doc.toks[k].word) continue;
    if (nonSpeakers.has(doc.w(k))) return NON_SPEAKER;
    if (doc.gazAt(k) || doc.titleHeadAt(k) || doc.parseOrg(k)) {
      const sub = postVerbal(doc, k, end, recent, true);
      if (sub.ent || sub.chain) return sub;
    }
    if (doc.countryAt(k)) return { ent: doc.countryEntity(k), named: true, chain: null, nonSpeaker: false, end };
  }
  return NONE;
}

export function titleStems(words: string[]): string[] {
  return words.map(titleStem);
}

export type { Org, Person };
