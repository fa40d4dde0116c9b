// Unnamed sources (مسؤول في وزارة الداخلية الأمريكية، مصدر أمني): a later, shorter designation of
// the same source (مسؤول وزارة الداخلية، مسؤول الداخلية) is the same entity, not a new speaker.
import type { EntityStore, Org } from '../names.js';

/** The latest source whose designation has the same head and every word of `stems`. */
export function sourceAntecedent(store: EntityStore, stems: readonly string[]): Org | null {
  if (stems.length < 2) return null;
  for (let k = store.orgs.length - 1; k >= 0; k--) {
    const o = store.orgs[k];
    if (!o.source || o.words.length <= stems.length || o.words[0] !== stems[0]) continue;
    if (stems.every((s) => o.words.includes(s))) return o;
  }
  return null;
}
