// Grammatical gender of cues and entities. Arabic verbs, participles and titles agree with their
// subject in gender, so a feminine cue (قالت، تقول، مشيرة) cannot take a masculine speaker back.
import { fold } from '../normalize.js';
import { stripConj } from '../lex.js';
import type { CueEntry } from '../lexicon/cues.js';
import type { Entity, Person } from '../names.js';

export type Gender = 'f' | 'm';

/** Folded forms of each cue entry, built on first use (entries are module-level data). */
const foldedForms = new WeakMap<CueEntry, Set<string>>();

function cueForms(cue: CueEntry): Set<string> {
  let forms = foldedForms.get(cue);
  if (!forms) {
    forms = new Set(cue.forms.map((x) => fold(x)));
    foldedForms.set(cue, forms);
  }
  return forms;
}

/** Gender of a cue as written: قالت، تقول، قائلة are feminine; the masculine is the default form. */
export function cueGender(f: string, cue: CueEntry): Gender {
  const forms = cueForms(cue);
  const w = forms.has(f) ? f : stripConj(f);
  if (w.endsWith('ت') && forms.has(w.slice(0, -1))) return 'f';
  if (w.startsWith('ت') && forms.has('ي' + w.slice(1))) return 'f';
  if (w.endsWith('ه') && forms.has(w.slice(0, -1) + 'ا')) return 'f';
  if (w === 'رات') return 'f';
  return 'm';
}

const MASC_ORG_HEADS = new Set(['البيت', 'الكرملين', 'الجيش', 'جيش', 'المكتب', 'مكتب', 'البنتاغون', 'الاتحاد', 'اتحاد', 'مجلس', 'المجلس', 'الحزب', 'حزب', 'البيان', 'بيان', 'التلفزيون', 'موقع', 'الاليزيه', 'البرلمان', 'الكونغرس', 'الحرس', 'المرصد', 'فريق', 'التحالف']);

const MARKS = /[\u064B-\u065F\u0640]/g;

function firstWord(s: string): string {
  const m = /\S+/.exec(s);
  return m ? m[0] : '';
}

/** An entity's gender, or null for a person whose gender the text has not shown (no title, no
 * agreeing verb yet): such a person agrees with a masculine cue (the default form) but yields to
 * a known feminine antecedent before a feminine one. */
export function entityGender(e: Entity): Gender | null {
  if (e.kind === 'org') {
    if (e.country) return 'f';
    const raw = firstWord(e.name).replace(MARKS, '');
    if (MASC_ORG_HEADS.has(fold(raw))) return 'm';
    if (e.source) return /(ة|ات)$/.test(raw) || fold(raw).startsWith('مصادر') || fold(raw).startsWith('مسوولون') ? 'f' : 'm';
    return /(ة|ات)$/.test(raw) ? 'f' : 'm';
  }
  if (e.gender) return e.gender;
  if (!e.role) return null;
  return firstWord(e.role).replace(MARKS, '').endsWith('ة') ? 'f' : 'm';
}

/** Learns a person's gender from a verb it is the explicit subject of (قالت فلانة). */
export function learnGender(e: Entity | null, g: Gender): void {
  if (!e || e.kind !== 'person') return;
  const p = e as Person;
  p.gender ??= g;
}

/** Does the entity agree with a cue of gender g? 'unknown' for a person of unknown gender. */
export function agreement(e: Entity, g: Gender): 'yes' | 'no' | 'unknown' {
  const eg = entityGender(e);
  if (eg === null) return 'unknown';
  return eg === g ? 'yes' : 'no';
}
