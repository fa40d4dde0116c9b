// Meetings, participants (1): the persons and organisations of the article, their names and roles
// found again in the folded text, and who was mentioned last.
import type { AttributedOrganization, AttributedPerson, Span } from '../types.js';
import { MEDIA, PLACE_NAME_SET, letterRunEnd } from './vocabulary.js';
import { Article, Ent, hasTitleBefore, inv, sortedIndex, wordsOf } from './article.js';
import { Piece, foldCached, matchNear, matchWithProclitic, nameForms, roleAnchor, rolePieces } from './name-search.js';

/** Article.entMask's memory, reused: only the current article's first n + 1 bytes are meaningful. */
let entMaskBuffer = new Uint8Array(4096);
// ---------------------------------------------------------------- entities

const CLITIC_INITIAL_RE = /^[وفبل]/u;
const ROLE_NOT_NAMING_RE = /^(?:نظير|نظيره|نظيرها|صهر|منافس)/u;
const DEFINITE_WORD_RE = /^(?:[وبل])?ال/u;

/** Person and organisation mentions, other occurrences of their names and roles: a.ents and what hangs on them. */
export function collectEntities(a: Article, persons: AttributedPerson[], orgs: AttributedOrganization[]): void {
  const { ents, roleOf } = a;
  for (const p of persons) {
    if (!p || typeof p.id !== 'string') continue;
    for (const s of p.mentions ?? []) addSpan(a, p.id, false, s);
    if (typeof p.role === 'string' && p.role) roleOf.set(p.id, foldCached(p.role));
  }
  for (const o of orgs) {
    if (!o || typeof o.id !== 'string' || MEDIA.has(o.kind)) continue;
    for (const s of o.mentions ?? []) addSpan(a, o.id, true, s);
  }
  addNameOccurrences(a, persons, orgs);
  addRoleOccurrences(a);
  {
    // a "name" that contains a meeting word (لإجراء محادثات) is an extraction error: ignore it
    // triggers are sorted and do not overlap: the first one ending after e.fs is the only candidate
    const trig = a.trig;
    const trigEnds = trig.map((t) => t.fe);
    for (let i = ents.length - 1; i >= 0; i--) {
      const e = ents[i];
      const k = sortedIndex(trigEnds, e.fs);
      let bad = k < trig.length && trig[k].fs < e.fe;
      // "وزير الخارجية …": an organisation named inside someone's title is not a party
      if (!bad && e.isOrg && hasTitleBefore(a, e.fs)) bad = true;
      if (bad) ents.splice(i, 1);
    }
  }
  ents.sort((x, y) => x.fs - y.fs || y.fe - x.fe);
  a.entStarts = ents.map((e) => e.fs);
  const n = a.n;
  // one buffer for every article (allocating a typed array costs more than clearing one)
  if (entMaskBuffer.length < n + 1) entMaskBuffer = new Uint8Array(2 * (n + 1));
  const entMask = entMaskBuffer;
  entMask.fill(0, 0, n + 1);
  for (const e of ents) for (let i = e.fs; i < e.fe && i < n; i++) entMask[i] |= e.isOrg ? 1 : 3;
  a.entMask = entMask;
  a.isPerson = new Set(persons.map((p) => p?.id));
}

function addSpan(a: Article, id: string, isOrg: boolean, s: Span): void {
  if (!s || typeof s.start !== 'number' || typeof s.end !== 'number') return;
  if (s.start < 0 || s.end > a.text.length || s.end <= s.start) return;
  const fs = inv(a, s.start);
  const fe = inv(a, s.end);
  if (fe > fs) a.ents.push({ id, fs, fe, isOrg });
}

/**
 * Every other occurrence of a known name string, also behind a proclitic (وسالم، بنظيره …): the
 * upstream extractor may have missed some, and participants hang on them. Then overlapping
 * mentions of different entities are resolved.
 */
function addNameOccurrences(a: Article, persons: AttributedPerson[], orgs: AttributedOrganization[]): void {
  const ents = a.ents;
  const weight = new Map<string, number>();
  const seen: SeenNames = new Map();
  // surnames alone (سالم from أحمد سالم) when no other person shares them
  const surnameOwners = new Map<string, Set<string>>();
  // a "person" that is another one's name with a clitic glued on (وأحمد سالم) is a duplicate
  // (each name folded once here: the two loops below ask for every person)
  const foldedNames = persons.map((p) => (p && typeof p.name === 'string' ? nameForms(p.name).folded : null));
  const names = new Set(foldedNames.filter((f) => f !== null));
  const dup = foldedNames.map((f) => f !== null && CLITIC_INITIAL_RE.test(f) && names.has(f.slice(1)));
  persons.forEach((p, k) => {
    if (!p || typeof p.id !== 'string' || dup[k]) return;
    for (const raw of [p.name, ...(p.mentions ?? []).map((m) => m?.text)]) {
      if (typeof raw !== 'string') continue;
      const last = nameForms(raw).surname;
      if (last === null) continue;
      surnameOwners.set(last, (surnameOwners.get(last) ?? new Set()).add(p.id));
    }
  });
  persons.forEach((p, k) => {
    if (!p || typeof p.id !== 'string') return;
    weight.set(p.id, dup[k] ? -1 : (p.mentions ?? []).length);
    for (const s of p.mentions ?? []) if (s && typeof s.text === 'string') scanName(a, seen, p.id, false, s.text);
  });
  for (const [last, owners] of surnameOwners) if (owners.size === 1) scanName(a, seen, [...owners][0], false, last);
  for (const o of orgs) {
    if (!o || typeof o.id !== 'string' || MEDIA.has(o.kind)) continue;
    weight.set(o.id, 0);
    for (const s of o.mentions ?? []) if (s && typeof s.text === 'string') scanName(a, seen, o.id, true, s.text);
  }
  // overlapping mentions of different entities: the better attested one keeps the span
  ents.sort((x, y) => x.fs - y.fs || y.fe - x.fe);
  const kept: Ent[] = [];
  for (const e of ents) {
    const last = kept[kept.length - 1];
    if (last && e.fs < last.fe) {
      if (e.id === last.id) {
        if (e.fe > last.fe) last.fe = e.fe;
        continue;
      }
      const we = weight.get(e.id) ?? 0;
      const wl = weight.get(last.id) ?? 0;
      if (we > wl || (we === wl && e.fe - e.fs > last.fe - last.fs)) kept[kept.length - 1] = e;
      continue;
    }
    kept.push(e);
  }
  ents.length = 0;
  ents.push(...kept);
}

/** The folded name strings already searched, by entity id. */
type SeenNames = Map<string, Set<string>>;

/** The occurrences of one name string of an entity (each string once per entity). */
function scanName(a: Article, seen: SeenNames, id: string, isOrg: boolean, raw: string): void {
  const { searched: f, pieces } = nameForms(raw);
  if (f.length < 3 || f.length > 80) return;
  let seenOfId = seen.get(id);
  if (seenOfId === undefined) seen.set(id, (seenOfId = new Set()));
  if (seenOfId.has(f)) return;
  seenOfId.add(f);
  // a match is up to two proclitics, then f: anchored on f's first word (the first piece, cached)
  for (const m of piecesMatches(a, (pieces[0] as { lit: string }).lit, pieces, true)) a.ents.push({ id, fs: m.start + m.pre, fe: m.end, isOrg });
}

/**
 * matchNear(a.folded, anchor, 2, pieces, digitBound), from the article's letter runs when the
 * pattern starts with a whole word of letters (a literal of at least TAIL letters, then white
 * space or nothing): a match is then a letter run (its start not after a letter) of up to two
 * proclitics and that word, so only the runs that end in it, at most two letters longer, are tried.
 */
function piecesMatches(a: Article, anchor: string, pieces: Piece[], digitBound: boolean): { start: number; pre: number; end: number }[] {
  const [head, after] = pieces;
  const wholeWord = 'lit' in head && (after === undefined || 'ws' in after) && head.lit.length >= TAIL && letterRunEnd(head.lit, 0, head.lit.length) === head.lit.length;
  return wholeWord ? matchesAtRuns(a, (head as { lit: string }).lit, pieces, digitBound) : matchNear(a.folded, anchor, 2, pieces, digitBound);
}

function matchesAtRuns(a: Article, firstWord: string, pieces: Piece[], digitBound: boolean): { start: number; pre: number; end: number }[] {
  const out: { start: number; pre: number; end: number }[] = [];
  const { starts, ends } = a.runs;
  const len = firstWord.length;
  indexRunTails(a);
  let next = 0; // the end of the last match: matches do not overlap
  for (let r = firstRunWithTail(tailHash(firstWord, len)); r >= 0; r = tailNext[r]) {
    const s = starts[r];
    const runLength = ends[r] - s;
    if (runLength < len || runLength > len + 2 || s < next || !a.folded.startsWith(firstWord, ends[r] - len)) continue;
    const m = matchWithProclitic(a.folded, s, pieces, digitBound);
    if (!m) continue;
    out.push({ start: s, pre: m.pre, end: m.end });
    next = m.end;
  }
  return out;
}

/** How many last letters of a run index it for the name search. */
const TAIL = 3;
const TAIL_BUCKETS = 4096;

/** A bucket for the TAIL letters of s that end at `end`. */
function tailHash(s: string, end: number): number {
  let h = 0;
  for (let i = end - TAIL; i < end; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h & (TAIL_BUCKETS - 1);
}

// The article's letter runs of TAIL letters or more by their last letters: a chained list of run
// indices per bucket, in text order. Memory shared by every article: a bucket's head counts only
// when stamped with the current article's number (no clearing per article).
const tailFirst = new Int32Array(TAIL_BUCKETS);
const tailStamp = new Int32Array(TAIL_BUCKETS);
let tailNext = new Int32Array(1024);
let tailArticle = 0;

function firstRunWithTail(h: number): number {
  return tailStamp[h] === tailArticle ? tailFirst[h] : -1;
}

/** Builds the index for the article, once. */
function indexRunTails(a: Article): void {
  if (a.tailsIndexed) return;
  a.tailsIndexed = true;
  tailArticle = (tailArticle + 1) | 0 || 1;
  const { starts, ends } = a.runs;
  if (tailNext.length < starts.length) tailNext = new Int32Array(2 * starts.length);
  // from the last run back: each run goes in front of its bucket's list
  for (let r = starts.length - 1; r >= 0; r--) {
    if (ends[r] - starts[r] < TAIL) continue;
    const h = tailHash(a.folded, ends[r]);
    tailNext[r] = firstRunWithTail(h);
    tailFirst[h] = r;
    tailStamp[h] = tailArticle;
  }
}

/** Role phrases that name exactly one person ("وزير الخارجية الروسي"). */
function addRoleOccurrences(a: Article): void {
  const byRole = new Map<string, string[]>();
  for (const [id, r] of a.roleOf) {
    const w = wordsOf(r);
    if (w.length < 2 || ROLE_NOT_NAMING_RE.test(w[0])) continue;
    // an indefinite description (مسؤول أمريكي) does not identify anyone
    if (!w.some((x) => DEFINITE_WORD_RE.test(x))) continue;
    const key = w.join(' ');
    byRole.set(key, [...(byRole.get(key) ?? []), id]);
  }
  for (const [role, ids] of byRole) {
    if (new Set(ids).size !== 1 || role.length < 8) continue;
    // anchored on the role's first word, or on its part up to a spelling alternation in it
    const pieces = rolePieces(role);
    for (const m of piecesMatches(a, roleAnchor(pieces), pieces, false)) a.ents.push({ id: ids[0], fs: m.start, fe: m.end, isOrg: false });
  }
}

/** An "organisation" that is a country or city of the gazetteer (بيونغ يانغ as the government). */
export function isPlaceName(a: Article, e: Ent): boolean {
  const f = a.folded.slice(e.fs, e.fe).replace(/\s+/g, ' ');
  return PLACE_NAME_SET.has(f) || PLACE_NAME_SET.has(f.replace(CLITIC_INITIAL_RE, ''));
}

export function isOrgId(a: Article, id: string): boolean {
  return !a.isPerson.has(id);
}

/** Distinct persons mentioned before `before` (from limitStart on), most recent first. */
export function recentPersons(a: Article, before: number, limitStart: number): string[] {
  const { ents, entStarts } = a;
  const out: string[] = [];
  for (let k = sortedIndex(entStarts, before - 1) - 1; k >= 0 && ents[k].fs >= limitStart; k--) {
    const e = ents[k];
    if (e.fe > before || e.isOrg) continue;
    if (!out.includes(e.id)) out.push(e.id);
  }
  return out;
}

/** The most recent mention of each entity before `before` (from limitStart on), most recent first. */
export function recentPersonsOrOrgs(a: Article, before: number, limitStart: number): Ent[] {
  const { ents, entStarts } = a;
  const out: Ent[] = [];
  for (let k = sortedIndex(entStarts, before - 1) - 1; k >= 0 && ents[k].fs >= limitStart; k--) {
    const e = ents[k];
    if (e.fe > before) continue;
    if (out.some((o) => o.id === e.id)) continue;
    out.push(e);
  }
  return out;
}
