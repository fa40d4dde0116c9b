// attribute(text): who said what, in reading order. Pure and synchronous; never throws on text.
import { Doc, type TitleChain } from './doc.js';
import { buildContents, cueAt, cueCandidates, cueOfTok, findComplement, type Content } from './cues.js';
import { stripConj } from './lex.js';
import type { CueEntry } from './lexicon/cues.js';
import { addMention, englishName, titleStem, type Entity, type Org } from './names.js';
import { findRelay } from './relay.js';
import { documentClauseSubject, speakerForDocument } from './issuer.js';
import { postposedCues, postposedSources } from './postposed.js';
import { relayedSource } from './relay-source.js';
import { sentenceTokens } from './index-cache.js';
import { chainText, discoverPersons, postVerbal, preVerbal, resolveTitle, scanMentions, type Subject } from './speakers.js';
import { findMeetings } from './meetings/index.js';
import { cueGender, learnGender } from './entities/gender.js';
import { resolveZeroSubject } from './entities/zero-subject.js';
import { sourceAntecedent } from './entities/sources.js';
import { fold } from './normalize.js';
import { reportInternalError, withErrorHook } from './errors.js';
import type { AttributeOptions, Attribution, AttributedMeeting, AttributedStatement, Span } from './types.js';

export type { Attribution, AttributeOptions } from './types.js';
export { internalErrorCount, type AttributionInternalError } from './errors.js';

interface Stmt {
  cueTok: number;
  cue: Span;
  content: Content;
  speaker: Entity | null;
  chain: TitleChain | null;
  nested: boolean;
  via: Org | null;
  audience: Span | null;
  explicitRelay: boolean;
  headline: boolean;
  /** The rule that chose the speaker (attribute --explain). */
  decidedBy: string | null;
}


const EMPTY: Attribution = { persons: [], organizations: [], statements: [], meetings: [] };

export function attribute(text: string, options: AttributeOptions = {}): Attribution {
  if (typeof text !== 'string' || !text.trim()) return { persons: [], organizations: [], statements: [], meetings: [] };
  return withErrorHook(options.onError, () => {
    try {
      return run(text, options);
    } catch (error) {
      reportInternalError('statements', error);
      return { ...EMPTY, persons: [], organizations: [], statements: [], meetings: [] };
    }
  }).value;
}

function run(text: string, options: AttributeOptions): Attribution {
  const doc = new Doc(text);
  discoverPersons(doc);
  scanMentions(doc);
  // two passes: titles learnt in the first (a lead "نائب وزير الخارجية" named in the next
  // sentence) resolve the definite titles of the second
  const first = extractStatements(doc);
  const learnt = resolveDeferred(doc, first);
  const stmts = learnt ? extractStatements(doc) : first;
  addHeadlines(doc, stmts);
  const byPosition = (a: Stmt, b: Stmt) => a.cue.start - b.cue.start || a.content.start - b.content.start;
  if (!isSorted(stmts, byPosition)) stmts.sort(byPosition); // (usually in order already)
  resolveDeferred(doc, stmts);
  relayChains(stmts);
  const outletKey = options.outlet ? fold(options.outlet) : '';
  return output(doc, stmts, options, outletKey);
}

function cueSpan(doc: Doc, i: number, j: number): Span {
  return doc.span(doc.toks[i].start, doc.toks[j].end);
}

function extractStatements(doc: Doc): Stmt[] {
  const out: Stmt[] = [];
  const recent: Entity[] = [];
  let lastTop: Entity | null = null;
  // per sentence: the cues read in it so far
  const sentCues = new Array<Array<{ tok: number; ent: Entity | null; nested: boolean }> | undefined>(doc.sents.length);
  const n = doc.toks.length;
  const touch = (e: Entity | null) => {
    if (!e || recent[0] === e) return;
    const k = recent.indexOf(e);
    if (k >= 0) recent.splice(k, 1);
    recent.unshift(e);
  };
  const insideContent = (pos: number) => {
    for (let k = out.length - 1; k >= 0 && k >= out.length - 40; k--) if (out[k].content.start <= pos && pos < out[k].content.end) return true;
    return false;
  };
  const zeroSubject = (cueTok: number, cue: CueEntry, form: string) =>
    resolveZeroSubject({
      doc, cueTok, gender: cueGender(form, cue), sentenceCues: sentCues[doc.toks[cueTok].s] ?? [], recent, lastTop, insideContent, sentenceScope: true,
      titleHolderAt: (k) => {
        const c = doc.parseTitle(k);
        return c ? resolveTitle(doc, c.stems, doc.toks[k].start, recent) : null;
      },
    });
  let nextTok = 0; // tokens before it belong to a statement already read
  const glossCues = postposedCues(doc); // "، وفق ما ذكر X": read by postposed.ts only
  let nextGloss = 0;
  for (const i of cueCandidates(doc)) {
    if (i < nextTok) continue;
    while (nextGloss < glossCues.length && glossCues[nextGloss] < i) nextGloss++;
    if (glossCues[nextGloss] === i) continue;
    const t = doc.toks[i];
    const cue = cueAt(doc, i);
    if (!cue) continue;
    let cueEnd = i;
    let entry = cue;
    const nx = doc.toks[i + 1];
    if (cue.pos === 'verb' && nx && nx.word) {
      const c2 = cueOfTok(doc, i + 1);
      if (c2 && c2.lemma === 'قائلا') {
        cueEnd = i + 1;
        entry = { ...cue, comp: Array.from(new Set([...cue.comp, ...c2.comp])) };
      }
    }
    const nested = !!doc.inQuote[i] || insideContent(t.start);
    let sieve: string | null = null;
    const comp = findComplement(doc, cueEnd + 1, entry, t.s);
    let subj: Subject = { ent: null, named: false, chain: null, nonSpeaker: false, end: -1 };
    let viaFromSubject: Org | null = null;
    if (cue.pos === 'noun') {
      // نقلت وكالة X عن Y قوله
      for (let b = i - 1; b >= 0 && i - b <= 10 && doc.toks[b].s === t.s; b--) {
        const f = doc.w(b);
        if (f === 'عن' || f === 'الي') {
          subj = postVerbal(doc, b + 1, i, recent, true);
          sieve = 'relay-source';
          break;
        }
      }
      if (!subj.ent && !subj.chain) {
        const list = sentCues[t.s] ?? [];
        let ent: Entity | null = null;
        for (let k = list.length - 1; k >= 0; k--) if (list[k].ent && !list[k].nested) { ent = list[k].ent; break; }
        subj = { ent: ent ?? lastTop, named: subj.named, chain: subj.chain, nonSpeaker: subj.nonSpeaker, end: subj.end };
        sieve = ent ? 'sentence-cue' : 'discourse-speaker';
      }
    } else if (cue.pos === 'part' && cueEnd === i) {
      const z = zeroSubject(i, cue, t.f);
      // a participle inside a quotation speaks for someone of that sentence, or is not a cue
      if (nested && z.sieve !== 'sentence-cue' && z.sieve !== 'sentence-subject') continue;
      subj = { ent: z.ent, named: subj.named, chain: subj.chain, nonSpeaker: subj.nonSpeaker, end: subj.end };
      sieve = z.sieve;
    } else {
      const limit = comp ? comp.tok : Math.min(n, cueEnd + 12);
      subj = documentClauseSubject(doc, i, cueEnd, recent) ?? postVerbal(doc, cueEnd + 1, limit, recent, !!comp);
      sieve = 'subject-after-verb';
      const relayed = relayedSource(doc, cue, cueEnd, subj, limit, recent); // نقلت X عن Y، ذكرت X نقلا عن Y
      if (relayed) {
        viaFromSubject = relayed.via;
        subj = relayed.subj;
      }
      const bare = stripConj(t.f) === t.f || !/^[وف]/.test(t.f);
      if (!subj.ent && !subj.chain && !subj.nonSpeaker && bare) {
        subj = preVerbal(doc, i, recent);
        sieve = 'subject-before-verb';
        const before = relayedSource(doc, cue, cueEnd, subj, limit, recent); // X نقلا عن Y
        if (before) {
          viaFromSubject = before.via;
          subj = before.subj;
        }
      }
    }
    const list = sentCues[t.s] ?? [];
    list.push({ tok: i, ent: subj.ent, nested });
    sentCues[t.s] = list;
    // the verb agrees with its own subject, not with the source a relay verb names (نقلت الوكالة عن فلان)
    if (subj.named && subj.ent && cue.pos !== 'noun' && cue.lemma !== 'نقل') learnGender(subj.ent, cueGender(t.f, cue));
    const topic = subj.named && subj.ent?.kind === 'person' && !nested && !subj.nonSpeaker ? subj.ent : null;
    // وأوضحت فلانة ما حدث، دعت فلانة إلى الحوار: a named subject with no statement is still who
    // the next cue speaks of
    const keepTopic = () => {
      if (!topic) return;
      lastTop = topic;
      touch(topic);
    };
    if (subj.nonSpeaker || !comp) {
      if (!comp) keepTopic();
      continue;
    }
    if (cue.needsNamedSubject && !subj.named) continue;
    if (nested && !subj.ent && !subj.chain) continue;
    if (cue.lemma === 'نقل' && !viaFromSubject && subj.ent && subj.ent.kind === 'org' && (subj.ent as Org).media) {
      // نقلت الوكالة أن …: the agency itself reports
    }
    let speaker: Entity | null = subj.ent;
    if (!speaker && subj.chain) {
      speaker = lastTop && compatible(lastTop, subj.chain.stems) ? lastTop : titleEntity(doc, subj.chain);
      sieve = speaker === lastTop ? 'title-of-last-speaker' : 'unresolved-title';
    }
    if (!speaker) {
      const z = zeroSubject(i, cue, t.f);
      speaker = z.ent;
      sieve = z.sieve;
    }
    speaker = speakerForDocument(doc, speaker, i); // a document speaks for its issuer
    const contents = buildContents(doc, comp, t.s);
    if (!contents.length) {
      keepTopic();
      continue;
    }
    for (const c of contents) {
      out.push({
        cueTok: i, cue: cueSpan(doc, i, cueEnd), content: c, speaker, chain: subj.ent ? null : subj.chain, nested,
        via: viaFromSubject, audience: null, explicitRelay: !!viaFromSubject, headline: false, decidedBy: sieve,
      });
    }
    if (!nested) {
      if (speaker) lastTop = speaker;
      touch(speaker);
      const last = list[list.length - 1];
      last.ent = speaker;
    }
    nextTok = cueEnd + 1;
  }
  // sources named after their words ("…، وفق ما ذكر بيان للمجلس"): postposed.ts
  for (const p of postposedSources(doc, glossCues, recent)) {
    if (out.some((s) => s.content.start < p.end && p.start < s.content.end)) continue;
    out.push({
      cueTok: p.cueTok, cue: cueSpan(doc, p.cueTok, p.cueTok), content: { start: p.start, end: p.end, kind: 'indirect' }, speaker: p.speaker, chain: null,
      nested: false, via: null, audience: null, explicitRelay: false, headline: false, decidedBy: 'postposed-source',
    });
  }
  // relay and audience per statement
  for (const s of out) {
    if (s.nested) continue;
    const r = findRelay(doc, s.cueTok, s.content.start, s.content.end);
    if (r.via && !s.via && r.via !== s.speaker) s.via = r.via;
    if (r.audience) s.audience = r.audience;
    s.explicitRelay = s.explicitRelay || !!s.via || !!r.audience;
  }
  // a lead with no statement that names the relay ("… وفقا لما نقلته وكالة X") sources the
  // statements of the persons it names that follow
  const withStmt: boolean[] = [];
  for (const s of out) withStmt[doc.toks[s.cueTok].s] = true;
  const firstTok = sentenceTokens(doc).first;
  let nextIdx = 0;
  for (let si = 0; si < doc.sents.length; si++) {
    if (withStmt[si]) continue;
    const first = firstTok[si];
    if (first < 0) continue;
    if (!doc.toks[first].word && first + 1 < n && doc.toks[first + 1].s !== si) continue;
    const r = findRelay(doc, first, -1, -1);
    if (!r.via) continue;
    const named = new Set<Entity>();
    for (let k = first; k < n && doc.toks[k].s === si; k++) if (doc.entAt[k]) named.add(doc.entAt[k]!);
    const sentEnd = doc.sents[si].end;
    while (nextIdx < out.length && (out[nextIdx].cue.start <= sentEnd || out[nextIdx].nested)) nextIdx++;
    const next = out[nextIdx];
    if (next && next.speaker && named.has(next.speaker) && !next.via) {
      next.via = r.via;
      next.explicitRelay = true;
    }
  }
  // duplicates (same cue, same content)
  const seen = new Map<number, Content[]>();
  return out.filter((s) => {
    const list = seen.get(s.cue.start);
    if (!list) {
      seen.set(s.cue.start, [s.content]);
      return true;
    }
    if (list.some((c) => c.start === s.content.start && c.end === s.content.end)) return false;
    list.push(s.content);
    return true;
  });
}

/** Headline "X: claim" on the first line; sub-headline lines "ORG : claim". */
function addHeadlines(doc: Doc, stmts: Stmt[]): void {
  const text = doc.text;
  let lineStart = 0;
  let first = true;
  let nextColon = -1; // the first ':' at or after lineStart (text.length when none)
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (nextColon < lineStart) {
      nextColon = text.indexOf(':', lineStart);
      if (nextColon < 0) nextColon = text.length;
    }
    if (!(nextColon > lineStart && nextColon < lineEnd && nextColon - lineStart < 60)) {
      // no speaker colon on this line (the common case): only whether it is blank matters
      if (!isBlank(text, lineStart, lineEnd)) first = false;
      lineStart = lineEnd + 1;
      continue;
    }
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) {
      const colon = line.indexOf(':');
      const trimmed = line.trim();
      const noStop = !/[.!؟?]$/.test(trimmed);
      if (colon > 0 && colon < 60 && noStop && trimmed.length < 220) {
        const cpos = lineStart + colon;
        // tokens of the speaker part
        let k = firstTokenFrom(doc, lineStart);
        const k0 = k;
        while (k < doc.toks.length && doc.toks[k].start < cpos) k++;
        const words = k - k0;
        let ent: Entity | null = null;
        if (words >= 1 && words <= 4) {
          const a = doc.aliasAt(k0);
          if (a && a.len === words) ent = a.p;
          else {
            const np = doc.parseOrg(k0);
            if (np && np.end === k && !np.backref) ent = doc.registerOrg(np);
          }
        }
        const isPerson = ent?.kind === 'person';
        if (ent && (first || !isPerson)) {
          let cs = cpos + 1;
          while (cs < lineEnd && /\s/.test(text[cs])) cs++;
          let ce = lineEnd;
          while (ce > cs && /\s/.test(text[ce - 1])) ce--;
          const contentWords = text.slice(cs, ce).split(/\s+/).filter(Boolean).length;
          if (contentWords >= 3 && !stmts.some((s) => s.content.start <= cs && cs < s.content.end)) {
            stmts.push({
              cueTok: k, cue: doc.span(cpos, cpos + 1), content: { start: cs, end: ce, kind: 'indirect' }, speaker: ent, chain: null,
              nested: false, via: null, audience: null, explicitRelay: false, headline: true, decidedBy: 'headline',
            });
          }
        }
      }
      first = false;
    }
    lineStart = lineEnd + 1;
  }
}

/** Is text[a, b) only white space (what String.prototype.trim removes)? */
function isBlank(text: string, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!isJsSpace(text.charCodeAt(k))) return false;
  return true;
}

/** Index of the first token starting at or after char `pos` (tokens are in text order). */
function firstTokenFrom(doc: Doc, pos: number): number {
  let lo = 0;
  let hi = doc.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.toks[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Could this entity bear the title (no title of its own names another country or office)? */
// نظيره، بنظيره، لنظيره: the title stem keeps a glued preposition.
const COUNTERPART = new Set(['نظيره', 'بنظيره', 'لنظيره'].map(titleStem));

function compatible(e: Entity, stems: string[]): boolean {
  if (!e.titles.length) return e.kind === 'person';
  const last = stems[stems.length - 1];
  // The same head (متحدث, وزير…) and the same last word: a spokesman is not the official before
  // him. A counterpart (نظيره الروسي) holds the same office as whoever the title names.
  const sameOffice = (a: string, b: string) => a === b || COUNTERPART.has(a) || COUNTERPART.has(b);
  return e.titles.some((r) => sameOffice(r[0], stems[0]) && r.includes(last));
}

/** A definite title nobody in the text holds yet (الرئيس الأمريكي): it speaks as itself. */
function titleEntity(doc: Doc, c: TitleChain): Entity {
  const text = chainText(doc, c);
  const end = doc.toks[c.end - 1].end;
  const o = sourceAntecedent(doc.store, c.stems) ?? doc.store.addOrg(text, c.stems, 'other', { source: true });
  if (!o.titles.length) o.titles.push(c.stems);
  addMention(o, doc.span(end - text.length, end));
  return o;
}

/** Definite titles with no antecedent: a person named in the next statement (cataphora) holds
 * the title; the title is learnt and the extraction runs again. */
function resolveDeferred(doc: Doc, stmts: Stmt[]): boolean {
  let learnt = false;
  for (let k = 0; k < stmts.length; k++) {
    const s = stmts[k];
    if (!s.chain) continue;
    const ent = resolveTitle(doc, s.chain.stems, doc.text.length, []);
    if (ent && ent.kind === 'person') {
      s.speaker = ent;
      s.decidedBy = 'title-holder';
      continue;
    }
    for (let j = k + 1; j < stmts.length && j <= k + 2; j++) {
      const n = stmts[j];
      if (n.nested || n.speaker === s.speaker) continue;
      if (n.speaker && n.speaker.kind === 'person' && !n.chain && !n.speaker.role && !n.speaker.titles.length) {
        s.speaker = n.speaker;
        s.decidedBy = 'title-cataphora';
        n.speaker.titles.push(s.chain.stems);
        learnt = true;
      }
      break;
    }
  }
  return learnt;
}

/** via/audience carry along an unbroken chain of the same speaker, forward and back to the lead. */
function relayChains(stmts: Stmt[]): void {
  const top = stmts.filter((s) => !s.nested && !s.headline);
  let cur: { speaker: Entity | null; via: Org | null; audience: Span | null } = { speaker: null, via: null, audience: null };
  for (const s of top) {
    if (s.explicitRelay) {
      if (!s.via && cur.speaker === s.speaker) s.via = cur.via;
      cur = { speaker: s.speaker, via: s.via, audience: s.audience };
      continue;
    }
    if (s.speaker && cur.speaker === s.speaker) {
      s.via = cur.via;
      s.audience = cur.audience;
    } else {
      cur = { speaker: s.speaker, via: null, audience: null };
    }
  }
  // back to the lead: earlier statements of the same unbroken chain with no relay of their own
  for (let k = top.length - 1; k > 0; k--) {
    const s = top[k];
    if (!s.via) continue;
    let j = k - 1;
    while (j >= 0 && top[j].speaker === s.speaker && !top[j].via && !top[j].explicitRelay) {
      top[j].via = s.via;
      j--;
    }
  }
}

function output(doc: Doc, stmts: Stmt[], options: AttributeOptions, outletKey: string): Attribution {
  const used = new Set<Entity>();
  for (const s of stmts) {
    if (s.speaker) used.add(s.speaker);
    if (s.via) used.add(s.via);
  }
  const persons = doc.store.persons.filter((p) => p.mentions.length > 0 || used.has(p));
  const orgs = doc.store.orgs.filter((o) => ((o.country || o.source) ? used.has(o) : o.mentions.length > 0 || used.has(o)));
  const ids = new Map<Entity, string>();
  persons.forEach((p, k) => ids.set(p, `p${k + 1}`));
  orgs.forEach((o, k) => ids.set(o, `o${k + 1}`));
  const sortSpans = (m: Span[]) => (isSorted(m, byStart) ? m.slice() : [...m].sort(byStart));
  /** Each output entity's mentions in text order (read by isAnaphoric). */
  const byStartOf = new Map<Entity, Span[]>();
  const outPersons = persons.map((p) => {
    // the mention with the most words (the first of them), else the name
    let longest = p.name;
    let most = splitCount(p.name);
    for (const m of p.mentions) {
      const w = splitCount(m.text);
      if (w > most) {
        longest = m.text;
        most = w;
      }
    }
    // hashtag names (#جوزيبي_كونتي) are written without their marks
    const name = isCleanName(longest) ? longest : longest.replace(/#/g, '').replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
    const mentions = sortSpans(p.mentions);
    if (spansForward(mentions)) byStartOf.set(p, mentions);
    return { id: ids.get(p)!, name, nameEn: englishName(name, p.gazetteer), role: p.role, mentions };
  });
  const outOrgs = orgs.map((o) => {
    const mentions = sortSpans(o.mentions);
    if (spansForward(mentions)) byStartOf.set(o, mentions);
    return { id: ids.get(o)!, name: o.name, nameEn: o.nameEn ?? (o.source ? null : englishName(o.name, null)), kind: o.orgKind, mentions };
  });
  const statements: AttributedStatement[] = [];
  for (const s of stmts) {
    if (outletKey && s.speaker && s.speaker.kind === 'org' && fold(s.speaker.name).includes(outletKey)) continue;
    const content = doc.span(s.content.start, s.content.end);
    if (!content.text.trim()) continue;
    statements.push({
      speaker: s.speaker ? ids.get(s.speaker) ?? null : null,
      cue: s.cue,
      content,
      kind: s.content.kind,
      via: s.via ? ids.get(s.via) ?? null : null,
      audience: s.audience,
      anaphoric: s.headline ? false : isAnaphoric(doc, s, s.speaker ? byStartOf.get(s.speaker) : undefined),
      ...(options.explain ? { decidedBy: s.decidedBy } : {}),
    });
  }
  let meetings: AttributedMeeting[] = [];
  try {
    const m = findMeetings(doc.text, { persons: outPersons, organizations: outOrgs, published: options.published });
    meetings = Array.isArray(m) ? m : [];
  } catch (error) {
    reportInternalError('meetings', error);
    meetings = [];
  }
  return { persons: outPersons, organizations: outOrgs, statements, meetings };
}

const byStart = (a: Span, b: Span) => a.start - b.start;

/** Is the array in the order `cmp` sorts it to? (A stable sort would leave it as it is.) */
function isSorted<T>(arr: T[], cmp: (a: T, b: T) => number): boolean {
  for (let k = 1; k < arr.length; k++) if (cmp(arr[k - 1], arr[k]) > 0) return false;
  return true;
}

/** Would s.replace(/#/g, '').replace(/\s+/g, ' ').trim() return s (no #, single inner spaces only)? */
function isCleanName(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (isJsSpace(s.charCodeAt(0)) || isJsSpace(s.charCodeAt(n - 1))) return false;
  for (let k = 1; k < n - 1; k++) {
    const c = s.charCodeAt(k);
    if (c === 0x23 || c === 0x5f) return false;
    if (isJsSpace(c) && (c !== 0x20 || isJsSpace(s.charCodeAt(k - 1)))) return false;
  }
  return s.charCodeAt(0) !== 0x23 && s.charCodeAt(n - 1) !== 0x23;
}

/** s.split(/\s+/)[0] without building the array: the text before the first white space. */
function firstWord(s: string): string {
  let k = 0;
  while (k < s.length && !isJsSpace(s.charCodeAt(k))) k++;
  return k === s.length ? s : s.slice(0, k);
}

/** s.split(/\s+/).length without building the array: 1 + the number of white-space runs. */
function splitCount(s: string): number {
  let count = 1;
  let inSpace = false;
  for (let k = 0; k < s.length; k++) {
    const sp = isJsSpace(s.charCodeAt(k));
    if (sp && !inSpace) count++;
    inSpace = sp;
  }
  return count;
}

/** The characters of the regular expression class \s (WhiteSpace and LineTerminator). */
function isJsSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Does no span end before it starts? */
function spansForward(spans: Span[]): boolean {
  for (const m of spans) if (m.end < m.start) return false;
  return true;
}

/** Is the speaker not named in the statement's sentence? `byStart`: the speaker's mentions in text
 * order, when known (a binary search then finds the first one in the sentence). */
function isAnaphoric(doc: Doc, s: Stmt, byStart: Span[] | undefined): boolean {
  if (!s.speaker) return true;
  const sent = doc.sentenceOf(s.cue.start);
  if (!sent) return true;
  if (byStart) {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid].start < sent.start) lo = mid + 1;
      else hi = mid;
    }
    // from there on every mention starts in or after the sentence; one that starts past its end
    // ends there too (no span ends before it starts: spansForward), so the scan stops at the first such
    for (let k = lo; k < byStart.length && byStart[k].start <= sent.end + 1; k++) if (byStart[k].end <= sent.end + 1) return false;
    return true;
  }
  for (const m of s.speaker.mentions) if (m.start >= sent.start && m.end <= sent.end + 1) return false;
  return true;
}
