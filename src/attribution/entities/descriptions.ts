// Generic descriptions (المسؤول، المسؤول اليمني، الدبلوماسي الروسي): a definite description with a
// head that fits any office refers back to the latest entity whose titles carry all its other words
// (اليمني ← وزير الخارجية اليمني فلان), or, with no other word, to the latest titled entity.
import { titleStem, type Entity } from '../names.js';

const GENERIC_HEADS = new Set(['المسؤول', 'المسؤولة', 'الدبلوماسي', 'الدبلوماسية', 'المسؤول الكبير'].map(titleStem));

export function isGenericHead(stem: string): boolean {
  return GENERIC_HEADS.has(stem);
}

/** `candidates`: most recent first. `before`: only entities mentioned before this character. */
export function resolveGenericDescription(stems: readonly string[], candidates: readonly Entity[], before: number): Entity | null {
  if (!stems.length || !isGenericHead(stems[0])) return null;
  const rest = stems.slice(1);
  for (const e of candidates) {
    if (!e.titles.length || (e.kind === 'org' && !e.source)) continue;
    if (!e.mentions.some((m) => m.start < before)) continue;
    if (rest.every((s) => e.titles.some((r) => r.includes(s)))) return e;
  }
  return null;
}
