// Named persons the text mentions whether or not they speak, and where a name span starts.
// - A given name the lexicon knows, followed by more name words, is a person (`مع جيسون غرينبلات
//   مبعوث الرئيس`, `مثلما فعل جيمي كارتر`, `لمصطفى بدر الدين`): the annotation lists every named
//   person, not only speakers.
// - A well-known surname alone (the gazetteer's one-word forms) names its person
//   when no one else in the text carries it.
// - A name span that holds a given name after a word that is neither a given name nor a name
//   particle starts at the given name: the word before belongs to a place or a title's complement
//   (`رئيس بوركينا فاسو ريمي …`, `السيناتور عن ولاية فلوريدا ماركو روبيو`).
import type { Doc } from './doc.js';
import { lookupGazetteer } from './lexicon/gazetteer.js';
import { particles } from './lex.js';
import { givenNameCut, givenNameCutRaw, isGivenName, isGroupWord, surnameCut } from './name-words.js';

/** Where a person's name in tokens [k, e) starts once a place or complement word before a given name is left out. */
export function nameStart(doc: Doc, k: number, e: number): number {
  for (let j = e - 2; j > k; j--) {
    if (givenNameCut(doc.toks[j].f) !== 0) continue;
    const before = doc.toks[j - 1].f;
    if (isGivenName(before) || particles.has(before) || lookupGazetteer(doc.toks[j - 1].raw)) continue;
    return j;
  }
  return k;
}

/** Where a person's name in tokens [k, e) ends: right after a well-known surname (بومبيو يشغل
 * منصب مدير … is بومبيو). */
export function nameEnd(doc: Doc, k: number, e: number): number {
  for (let j = k; j < e - 1; j++) if (surnameCut(doc.toks[j].f) >= 0 && !doc.gazAt(k)) return j + 1;
  return e;
}

/** Pass after the title and cue passes: persons named by a known given name, and well-known surnames alone. */
export function discoverNamedPersons(doc: Doc): void {
  const n = doc.toks.length;
  for (let i = 0; i < n; i++) {
    const t = doc.toks[i];
    if (!t.word || doc.entAt[i]) continue;
    const cut = givenNameCutRaw(t.raw, t.f);
    if (cut < 0) continue;
    if (doc.aliasAt(i) || doc.gazAt(i)) continue;
    // the given name and at least one more name word, in the same sentence
    // at most two more words besides particles (محمد بن زايد آل نهيان); a definite word only right
    // after the given name or a particle (صالح الدرويش, not عثمان ديمبيلي المنتقل)
    let e = i + 1;
    let more = 0;
    while (e < n && e - i < 6 && doc.sameSentence(i, e) && doc.toks[e].word && !doc.entAt[e] && doc.isNameTok(e, false)) {
      const particle = particles.has(doc.w(e));
      if (!particle && more === 2) break;
      if (doc.def(e) && e > i + 1 && !particles.has(doc.w(e - 1))) break;
      if (!particle) more++;
      e++;
    }
    while (e > i + 1 && particles.has(doc.w(e - 1))) e--;
    if (e - i < 2) continue;
    if (doc.countryAt(i + 1) || doc.orgNameAt(i + 1, true)) continue;
    const p = doc.store.addPerson(doc.textOf(i, e, cut), null, null);
    doc.markPerson(p, i, e, cut);
    doc.rebuildAliases();
    i = e - 1;
  }
  // a well-known surname alone, when no person of the text has it
  for (let i = 0; i < n; i++) {
    const t = doc.toks[i];
    if (!t.word || doc.entAt[i]) continue;
    const cut = surnameCut(t.f);
    if (cut < 0 || doc.aliasAt(i)) continue;
    if (i > 0 && isGroupWord(doc.w(i - 1))) continue; // ميليشيات الحوثي
    if (doc.toks[i + 1]?.word && doc.sameSentence(i, i + 1) && doc.isNameTok(i + 1, false) && !doc.entAt[i + 1] && !doc.def(i + 1)) continue; // part of a longer, unknown name
    const bare = doc.textOf(i, i + 1, cut);
    if (doc.store.findPerson(bare)) continue;
    const p = doc.store.addPerson(bare, null, null);
    doc.markPerson(p, i, i + 1, cut);
    doc.rebuildAliases();
  }
}
