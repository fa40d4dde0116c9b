// Folded indexes over the lexicon data, built once.
import { fold } from './normalize.js';
import { CUES, type CueEntry } from './lexicon/cues.js';
import { TITLES, TITLE_WORDS } from './lexicon/titles.js';
import { ORG_HEADS, ORG_NAMES, AUDIENCE_NOUNS, type OrgHeadEntry, type OrgNameEntry } from './lexicon/orgs.js';
import { FUNCTION_WORDS, TIME_WORDS, NON_SPEAKER_SUBJECTS, NAME_PARTICLES } from './lexicon/words.js';
import { COUNTRIES } from './lexicon/places.js';
import { boundedMemo } from './memo.js';

const f = (s: string) => fold(s).replace(/#/g, '');

export const cueIndex = new Map<string, CueEntry>();
for (const e of CUES) for (const form of e.forms) if (!cueIndex.has(f(form))) cueIndex.set(f(form), e);

export const titleHeads = new Map<string, { source: boolean; group: boolean }>();
for (const e of TITLES) for (const form of e.forms) titleHeads.set(f(form), { source: !!e.source, group: !!e.group });
export const titleWords = new Set(TITLE_WORDS.map(f));
/** Title heads that are titles only before certain words: head → those words. */
export const titleNeedsNext = new Map<string, Set<string>>();
for (const e of TITLES) if (e.next) for (const form of e.forms) titleNeedsNext.set(f(form), new Set(e.next.map(f)));

export const functionWords = new Set(FUNCTION_WORDS.map(f));
export const timeWords = new Set(TIME_WORDS.map(f));
export const nonSpeakers = new Set(NON_SPEAKER_SUBJECTS.map(f));
export const particles = new Set(NAME_PARTICLES.map(f));
export const audienceNouns = new Set(AUDIENCE_NOUNS.map(f));

export const orgHeads = new Map<string, OrgHeadEntry>();
for (const e of ORG_HEADS) {
  for (const form of e.forms) {
    const k = f(form);
    orgHeads.set(k, e);
    if (!k.startsWith('ال')) orgHeads.set('ال' + k, e);
  }
}

/** Multi-word phrase index: first folded token → list of token sequences. */
export interface Phrase<T> {
  toks: string[];
  value: T;
}
function phraseIndex<T>(items: Array<[string, T]>): Map<string, Phrase<T>[]> {
  const m = new Map<string, Phrase<T>[]>();
  for (const [s, value] of items) {
    const toks = f(s).split(' ').filter(Boolean);
    if (!toks.length) continue;
    const list = m.get(toks[0]) ?? [];
    list.push({ toks, value });
    list.sort((a, b) => b.toks.length - a.toks.length);
    m.set(toks[0], list);
  }
  return m;
}

export const countryIndex = phraseIndex<string>(COUNTRIES.map((c) => [c, c]));
export const orgNameIndex = phraseIndex<OrgNameEntry>(ORG_NAMES.flatMap((e) => e.forms.map((form) => [form, e] as [string, OrgNameEntry])));

/** Strips one leading conjunction (و/ف) from a folded word when what is left is still a word. */
export function stripConj(w: string): string {
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف')) return w.slice(1);
  return w;
}

/** Prefix clitics that may precede a name or org: و ف ب ل ك and combinations (ول، وب، فل…). */
export function cliticVariants(w: string): Array<{ w: string; cut: number }> {
  const out = [{ w, cut: 0 }];
  if ((w.length > 3 && 'وفبلك'.includes(w[0])) || (w.length === 3 && 'لب'.includes(w[0]))) {
    out.push({ w: w.slice(1), cut: 1 });
    if (w.length > 4 && (w[0] === 'و' || w[0] === 'ف') && 'بلك'.includes(w[1])) out.push({ w: w.slice(2), cut: 2 });
  }
  // لل → ال (للأنباء)
  if (w.startsWith('لل') && w.length > 4) out.push({ w: 'ا' + w.slice(1), cut: 1 });
  return out;
}

/** cueOf per word form, misses included (one lookup instead of two and a slice). */
export const cueOf = boundedMemo(100_000, (w) => cueOfRaw(w));

function cueOfRaw(w: string): CueEntry | null {
  const hit = cueIndex.get(w);
  if (hit) return hit;
  if (w.length >= 3 && (w[0] === 'و' || w[0] === 'ف')) return cueIndex.get(w.slice(1)) ?? null; // ورد، فقال
  return null;
}

export function isNisba(w: string): boolean {
  // الروسي، الأمريكية، أمريكي، الإيرانيين (folded: ي / يه / يين / يون)
  return w.length >= 4 && (w.endsWith('ي') || w.endsWith('يه') || w.endsWith('يين') || w.endsWith('يون'));
}

export function isDefinite(w: string): boolean {
  return w.startsWith('ال') || ((w.startsWith('وال') || w.startsWith('فال') || w.startsWith('بال') || w.startsWith('كال')) && w.length > 4) || (w.startsWith('لل') && w.length > 3);
}
