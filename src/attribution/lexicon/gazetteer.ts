// Curated gazetteer of public figures (2015–2019 era): Arabic spelling variants → English name.
// The data lives in gazetteer.json; single-word entries (surnames) are used only to resolve a
// surname to a person already introduced, never to create one.
import data from './gazetteer.json' with { type: 'json' };
import { phoneticKey } from '../normalize.js';

export interface GazetteerEntry {
  en: string;
  ar: string[];
}

export const GAZETTEER: GazetteerEntry[] = data as GazetteerEntry[];

let index: Map<string, GazetteerEntry> | null = null;

function build(): Map<string, GazetteerEntry> {
  const m = new Map<string, GazetteerEntry>();
  for (const e of GAZETTEER) {
    for (const a of e.ar) {
      const k = phoneticKey(a);
      if (k && !m.has(k)) m.set(k, e);
    }
  }
  return m;
}

/** The gazetteer entry for an Arabic name (any spelling variant), or null. */
const cache = new Map<string, GazetteerEntry | null>();

export function lookupGazetteer(name: string): GazetteerEntry | null {
  if (!index) index = build();
  const hit = cache.get(name);
  if (hit !== undefined) return hit;
  const e = index.get(phoneticKey(name)) ?? null;
  if (cache.size > 50_000) cache.clear();
  cache.set(name, e);
  return e;
}

/** The gazetteer's keys as a trie of phonetic words: a run of tokens is matched word by word, with
 * no string built per candidate span (phoneticKey of a span is its words' keys joined by spaces). */
export interface GazetteerTrie {
  next: Map<string, GazetteerTrie>;
  entry: GazetteerEntry | null;
}

let trie: GazetteerTrie | null = null;

export function gazetteerTrie(): GazetteerTrie {
  if (trie) return trie;
  if (!index) index = build();
  const root: GazetteerTrie = { next: new Map(), entry: null };
  for (const [k, e] of index) {
    let node = root;
    for (const w of k.split(' ')) {
      let c = node.next.get(w);
      if (!c) node.next.set(w, (c = { next: new Map(), entry: null }));
      node = c;
    }
    node.entry = e;
  }
  return (trie = root);
}

const wordsCache = new Map<string, string[]>();

/** The words of phoneticKey(s) (shared arrays: do not mutate). */
export function phoneticWords(s: string): string[] {
  let ws = wordsCache.get(s);
  if (ws) return ws;
  const k = phoneticKey(s);
  ws = k ? k.split(' ') : [];
  if (wordsCache.size > 50_000) wordsCache.clear();
  wordsCache.set(s, ws);
  return ws;
}

/** True when the gazetteer lists this multi-word form as a full name. */
export function isGazetteerFullName(name: string): boolean {
  const e = lookupGazetteer(name);
  return !!e && name.trim().includes(' ');
}
