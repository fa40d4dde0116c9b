// Per-article facts that the orchestration (index, speakers, cues, relay) would otherwise
// recompute per statement or per candidate: computed once per Doc and kept beside it.
// Tokens and sentences never change after the Doc is built, so these never go stale.
import type { Doc } from './doc.js';
import { cliticVariants, orgHeads, orgNameIndex } from './lex.js';
import type { CueEntry } from './lexicon/cues.js';

/** First and last token of every sentence (tokens of a sentence are contiguous). */
export interface SentenceTokens {
  first: number[]; // -1 when the sentence has no token
  last: number[];
}

// One article is analysed at a time: a one-entry cache keyed by the Doc (identity) is enough,
// and cheaper than a WeakMap.
let lastDoc: Doc | null = null;
let lastSentTokens: SentenceTokens | null = null;

export function sentenceTokens(doc: Doc): SentenceTokens {
  if (lastDoc === doc && lastSentTokens) return lastSentTokens;
  // sentences are numbered 0..sents.length-1, and a token may carry s = 0 with no sentence at all
  const size = Math.max(doc.sents.length, 1);
  const first: number[] = new Array(size).fill(-1);
  const last: number[] = new Array(size).fill(-1);
  const toks = doc.toks;
  for (let k = 0; k < toks.length; k++) {
    const s = toks[k].s;
    if (first[s] < 0) first[s] = k;
    last[s] = k;
  }
  lastDoc = doc;
  lastSentTokens = { first, last };
  return lastSentTokens;
}

/** The token window [a, b] of token i's sentence within `reach` tokens on each side. */
export function sentenceWindow(doc: Doc, i: number, reach: number): [number, number] {
  const st = sentenceTokens(doc);
  const s = doc.toks[i].s;
  return [Math.max(st.first[s], i - reach), Math.min(st.last[s], i + reach)];
}

// Facts of a folded word form, shared by all articles (forms recur), so that a per-token pass
// asks one Map per token per article instead of re-running tests or parsers that return null.
// Each field is filled on first need by the module that owns the test. Bounded for a server.
const MAX_FORMS = 100_000;

export class FormFacts {
  cue: CueEntry | null | undefined = undefined; // cueOf(form)
  relay: number | undefined = undefined; // relay.ts flags
  titleHead: boolean | undefined = undefined; // Doc.titleHeadAt is non-null
  orgStart: boolean | undefined = undefined; // Doc.parseOrg can succeed
}

/** Facts of punctuation tokens: nothing starts there. */
const NO_WORD: FormFacts = Object.assign(new FormFacts(), { cue: null, relay: 0, titleHead: false, orgStart: false });

const formFacts = new Map<string, FormFacts>();
let factsDoc: Doc | null = null;
let factsOfDoc: FormFacts[] = [];

/** Per token of the article, the facts of its form (one-entry cache keyed by the Doc). */
export function tokenFacts(doc: Doc): FormFacts[] {
  if (factsDoc === doc) return factsOfDoc;
  const out: FormFacts[] = new Array(doc.toks.length);
  for (let i = 0; i < doc.toks.length; i++) {
    const t = doc.toks[i];
    if (!t.word) {
      out[i] = NO_WORD;
      continue;
    }
    let ff = formFacts.get(t.f);
    if (!ff) {
      ff = new FormFacts();
      if (formFacts.size > MAX_FORMS) formFacts.clear();
      formFacts.set(t.f, ff);
    }
    out[i] = ff;
  }
  factsDoc = doc;
  factsOfDoc = out;
  return out;
}

/** Can Doc.parseOrg succeed at token i? It needs an org head or the first word of a known org
 * name, possibly behind clitics (its own entry test); false means it returns null. */
export function mayStartOrg(doc: Doc, i: number): boolean {
  const ff = tokenFacts(doc)[i];
  let v = ff.orgStart;
  if (v === undefined) v = ff.orgStart = cliticVariants(doc.toks[i].f).some((c) => orgHeads.has(c.w) || orgNameIndex.has(c.w));
  return v;
}

/** Does token i open a title chain? Doc.titleHeadAt is a function of the form alone: learnt from
 * the Doc the first time a form is met; false means parseTitle(i) returns null. */
export function hasTitleHead(doc: Doc, i: number): boolean {
  const ff = tokenFacts(doc)[i];
  let v = ff.titleHead;
  if (v === undefined) v = ff.titleHead = doc.titleHeadAt(i) !== null;
  return v;
}

