// Who speaks behind a medium that reports someone's words: "نقلت صحيفة X عن مصدر أن …",
// "ذكرت وكالة X نقلا عن مسؤولين أن …". The source is the speaker; the medium (an org) is `via`.
// A medium that reports facts itself (ذكرت صحيفة X أن …) stays the speaker.
import type { Doc } from './doc.js';
import type { CueEntry } from './lexicon/cues.js';
import type { Entity, Org } from './names.js';
import { isMedium } from './relay.js';
import { postVerbal, type Subject } from './speakers.js';

/** The source behind the subject of the cue, tokens (subj.end, limit), and the subject as relay. */
export function relayedSource(doc: Doc, cue: CueEntry, cueEnd: number, subj: Subject, limit: number, recent: Entity[]): { subj: Subject; via: Org | null } | null {
  const ent = subj.ent;
  if (!ent) return null;
  const quoting = cue.lemma === 'نقل';
  if (!quoting && !(ent.kind === 'org' && isMedium(ent))) return null;
  for (let k = Math.max(subj.end, cueEnd + 1); k < limit; k++) {
    if (doc.w(k) !== 'عن') continue;
    // نقل … عن Y; any other verb: نقلا عن Y
    if (!quoting && doc.w(k - 1) !== 'نقلا') return null;
    const s2 = postVerbal(doc, k + 1, limit, recent, true);
    if (!s2.ent) return null;
    return { subj: s2, via: ent.kind === 'org' ? ent : null };
  }
  return null;
}
