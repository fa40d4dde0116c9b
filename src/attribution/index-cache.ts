// Per-article facts that the orchestration (index, speakers, cues, relay) would otherwise
// recompute per statement or per candidate: computed once per Doc and kept beside it.
// Tokens and sentences never change after the Doc is built, so these never go stale.
import type { Doc } from './doc.js';

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

/** Can Doc.parseOrg succeed at token i? It needs an org head or the first word of a known org
 * name, possibly behind clitics (its own entry test); false means it returns null. */
export function mayStartOrg(doc: Doc, i: number): boolean {
  return doc.mayStartOrg(i);
}
