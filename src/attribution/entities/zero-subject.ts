// Speakers of cues with no subject of their own (وأضاف، وتابعت، قائلا، مشيرة): ordered sieves,
// most precise first, as in multi-pass coreference — the nearest context that can decide does,
// and every sieve respects gender agreement between the cue and its antecedent.
import type { Doc } from '../doc.js';
import type { Entity } from '../names.js';
import { agreement, type Gender } from './gender.js';

export interface ZeroSubjectContext {
  doc: Doc;
  cueTok: number;
  gender: Gender;
  /** Cues read earlier in the cue's sentence, with the speaker each was given. */
  sentenceCues: ReadonlyArray<{ tok: number; ent: Entity | null; nested: boolean }>;
  /** Speakers and named subjects, most recent first. */
  recent: readonly Entity[];
  /** The speaker of the latest top-level statement. */
  lastTop: Entity | null;
  /** Is a character position inside a statement's content already read? */
  insideContent(pos: number): boolean;
  /** May the subject of an earlier clause of the same sentence decide (participles, وفعل mid-sentence)? */
  sentenceScope: boolean;
  /** The entity a title chain starting at token k refers to (وزيرة المساواة ← her name), if any. */
  titleHolderAt(k: number): Entity | null;
}

export interface ZeroSubjectSieve {
  name: string;
  resolve(ctx: ZeroSubjectContext): Entity | null;
}

const agrees = (e: Entity, ctx: ZeroSubjectContext) => {
  const a = agreement(e, ctx.gender);
  return a === 'yes' || (a === 'unknown' && ctx.gender === 'm');
};

/** قال X إن …، مضيفا: the speaker of an earlier cue in the same sentence. */
const sentenceCue: ZeroSubjectSieve = {
  name: 'sentence-cue',
  resolve(ctx) {
    const list = ctx.sentenceCues;
    for (let k = list.length - 1; k >= 0; k--) {
      const e = list[k].ent;
      if (e && !list[k].nested && agrees(e, ctx)) return e;
    }
    return null;
  },
};

/** First token of the cue's sentence, or -1 when the cue opens it. */
function sentenceStart(doc: Doc, i: number): number {
  const s = doc.toks[i].s;
  let b = i - 1;
  while (b >= 0 && b > i - 120 && doc.toks[b].s === s) b--;
  return b + 1;
}

/** هاجم البرلماني فلان الرئيسَ السابق…، قائلا: the subject of the sentence's first clause — in
 * verb–subject order the first person named, not inside a quotation or a statement's content. */
const sentenceSubject: ZeroSubjectSieve = {
  name: 'sentence-subject',
  resolve(ctx) {
    if (!ctx.sentenceScope) return null;
    const { doc, cueTok } = ctx;
    const start = sentenceStart(doc, cueTok);
    let words = 0;
    for (let k = start; k < cueTok; k++) if (doc.toks[k].word) words++;
    if (words < 2) return null; // the cue opens its sentence: the discourse decides
    let org: Entity | null = null;
    for (let k = start; k < cueTok; k++) {
      if (doc.inQuote[k] || ctx.insideContent(doc.toks[k].start)) continue;
      const held = doc.entAt[k] ? null : doc.titleHeadAt(k) ? ctx.titleHolderAt(k) : null;
      const e = doc.entAt[k] ?? held;
      if (!e) continue;
      // مع الزعيم فلان، لصحيفة فلان، للرئيس: a phrase after a preposition is an object
      const object = isObjectPosition(doc, k);
      // the rest of this phrase (a title, then the name it holds) is decided with its first word
      if (held) k = Math.max(k, (doc.parseTitle(k)?.end ?? k + 1) - 1);
      while (k + 1 < cueTok && doc.entAt[k + 1] === e) k++;
      if (object || !agrees(e, ctx)) continue;
      if (e.kind === 'person') return e;
      org ??= e;
    }
    return org;
  },
};

const PREPOSITIONS = new Set(['مع', 'عن', 'الي', 'علي', 'من', 'في', 'بين', 'لدي', 'حول', 'بخصوص', 'ضد', 'عند', 'امام', 'بشان']);

/** Does the phrase at token k follow a preposition (a word, or ل/ب glued to it)? */
function isObjectPosition(doc: Doc, k: number): boolean {
  const prev = doc.toks[k - 1];
  if (prev && prev.word && prev.s === doc.toks[k].s && PREPOSITIONS.has(prev.f)) return true;
  const f = doc.toks[k].f;
  return f.length > 3 && (f[0] === 'ل' || f[0] === 'ب') && (f[1] === 'ل' || f.startsWith('بال') || doc.titleHeadAt(k) !== null || doc.mayStartOrg(k));
}

/** وأضاف: the speaker of the statement before, when it agrees. */
const discourseSpeaker: ZeroSubjectSieve = {
  name: 'discourse-speaker',
  resolve(ctx) {
    return ctx.lastTop && agrees(ctx.lastTop, ctx) ? ctx.lastTop : null;
  },
};

/** وقالت after a masculine speaker: the latest recent entity the cue's gender is known to fit. */
const recentAgreeing: ZeroSubjectSieve = {
  name: 'recent-agreeing',
  resolve(ctx) {
    for (let k = 0; k < ctx.recent.length && k < 4; k++) if (agreement(ctx.recent[k], ctx.gender) === 'yes') return ctx.recent[k];
    return null;
  },
};

/** Nothing agrees for certain: the latest speaker of unknown gender, else the latest speaker. */
const lastSpeaker: ZeroSubjectSieve = {
  name: 'last-speaker',
  resolve(ctx) {
    if (ctx.lastTop && agreement(ctx.lastTop, ctx.gender) === 'unknown') return ctx.lastTop;
    for (let k = 0; k < ctx.recent.length && k < 4; k++) if (agreement(ctx.recent[k], ctx.gender) === 'unknown') return ctx.recent[k];
    return ctx.lastTop;
  },
};

export const ZERO_SUBJECT_SIEVES: readonly ZeroSubjectSieve[] = [sentenceCue, sentenceSubject, discourseSpeaker, recentAgreeing, lastSpeaker];

/** The speaker of a subjectless cue and the sieve that decided it. */
export function resolveZeroSubject(ctx: ZeroSubjectContext): { ent: Entity | null; sieve: string | null } {
  for (const s of ZERO_SUBJECT_SIEVES) {
    const ent = s.resolve(ctx);
    if (ent) return { ent, sieve: s.name };
  }
  return { ent: null, sieve: null };
}
