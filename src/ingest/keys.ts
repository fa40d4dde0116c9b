// Keys the ingest matches entities and claims by. All of them start from the engine's folding
// (src/attribution/normalize.ts), so the same spelling rules apply everywhere.
import { fold, nameKey, phoneticKey } from '../attribution/normalize.js';

export { nameKey, phoneticKey };

/** The words of a name, folded, punctuation dropped ("جاي-إن" → جاي، ان). */
export function nameWords(name: string): string[] {
  return nameKey(name).split(' ').filter(Boolean);
}

/** Words that make one family name with the word after them (folded): عبد الله، أبو مازن، بن سلمان، آل ثاني، دي ميستورا. */
const SURNAME_PARTICLES = new Set(['عبد', 'ابو', 'بو', 'بن', 'ابن', 'ال', 'دي', 'دو', 'دا', 'فان', 'فون', 'ولد']);
/** Words that make one family name with the word before them (folded): نصر الله، نور الدين. */
const SURNAME_TAILS = new Set(['الله', 'الدين', 'الرحمن', 'الرحيم', 'العزيز']);

/**
 * The words of the family name: the last word, or the last two when they form one name
 * ("حسن نصر الله" → نصر الله, "محمد بن سلمان" → بن سلمان, "ستافان دي ميستورا" → دي ميستورا),
 * so that a bare "الله" or "سلمان" is not taken for that family name.
 */
export function surnameWords(name: string): string[] {
  const words = nameWords(name);
  if (words.length >= 3 || (words.length === 2 && (SURNAME_PARTICLES.has(words[0]) || SURNAME_TAILS.has(words[1])))) {
    const [a, b] = words.slice(-2);
    if (SURNAME_PARTICLES.has(a) || SURNAME_TAILS.has(b)) return [a, b];
  }
  return words.slice(-1);
}

/** A family name's word without its article, for keys: الغندور and غندور are one family name. */
function bare(word: string): string {
  return word.length > 4 && word.startsWith('ال') && !SURNAME_TAILS.has(word) ? word.slice(2) : word;
}

/** Phonetic key of the family name: what Person.surnameKey stores. */
export function surnameKeyOf(name: string): string | null {
  const words = surnameWords(name);
  return words.length ? phoneticKey(words.map(bare).join(' ')) : null;
}

/** Whether the name is a family name alone ("ظريف", "نصر الله"). */
export function isSurnameOnly(name: string): boolean {
  const words = nameWords(name);
  return words.length > 0 && surnameWords(name).length === words.length;
}

/** Phonetic key of first word + family name, or null for a name that is a family name alone. */
export function firstLastKey(name: string): string | null {
  if (isSurnameOnly(name)) return null;
  const words = nameWords(name);
  return phoneticKey([words[0], ...surnameWords(name).map(bare)].join(' '));
}

// ---------------------------------------------------------------------------------------------
// Organizations

/**
 * Generic head words that Arabic news drops freely in front of an organization's proper name:
 * "وزارة الخارجية الروسية" is also written "الخارجية الروسية", "وكالة تاس" is "تاس", "قناة مير"
 * is "مير". They are removed from the front of the key (folded forms; longest first).
 */
const ORG_HEADS = [
  'وكاله انباء',
  'وكاله الانباء',
  'وزاره',
  'وكاله',
  'قناه',
  'موقع',
  'صحيفه',
  'جريده',
];
/** Generic words removed from the end ("… للأنباء", "… الالكتروني", "… التلفزيونية"). */
const ORG_TAILS = ['للانباء', 'الالكتروني', 'الالكترونيه', 'التلفزيونيه', 'التلفزيوني', 'الاخباريه'];

/**
 * The key organizations merge by (Organization.normalizedName and OrganizationAlias.normalized).
 * Why strip heads rather than keep a synonym table: the variation is productive (any ministry,
 * any agency, any channel), and stripping a generic head never joins two different proper
 * names, because what remains still carries the distinguishing words ("الخارجية الروسية" vs
 * "الخارجية المصرية", "تاس" vs "سبوتنيك"). A name made of head words only keeps them.
 */
export function orgKey(name: string): string {
  const original = nameKey(name);
  let key = ` ${original} `;
  for (let changed = true; changed; ) {
    changed = false;
    for (const head of ORG_HEADS) {
      if (key.startsWith(` ${head} `) && key.trim() !== head) {
        key = key.slice(head.length + 1);
        changed = true;
      }
    }
    for (const tail of ORG_TAILS) {
      if (key.endsWith(` ${tail} `) && key.trim() !== tail) {
        key = key.slice(0, key.length - tail.length - 1);
        changed = true;
      }
    }
  }
  return key.trim() || original;
}

// ---------------------------------------------------------------------------------------------
// Roles

/** Nationality adjectives (folded, without ال): two roles naming different ones conflict. */
const NATIONALITIES = new Set([
  'روسي', 'امريكي', 'اميركي', 'سوري', 'مصري', 'صيني', 'فرنسي', 'بريطاني', 'الماني', 'تركي', 'ايراني',
  'سعودي', 'قطري', 'اماراتي', 'كوري', 'ياباني', 'اسراييلي', 'فلسطيني', 'عراقي', 'لبناني', 'اردني',
  'ليبي', 'تونسي', 'جزايري', 'مغربي', 'يمني', 'كويتي', 'بحريني', 'عماني', 'سوداني', 'هندي', 'باكستاني',
  'اوكراني', 'ايطالي', 'اسباني', 'كندي', 'افغاني',
]);
const NATIONALITY_ALIASES: Record<string, string> = { اميركي: 'امريكي' };
const ROLE_STOP = new Set(['باسم', 'في', 'من', 'عن', 'علي', 'الي', 'و', 'ل', 'الجديد', 'السابق', 'الحالي', 'نظيره', 'نظيرته']);

function roleWords(role: string): string[] {
  return nameWords(role)
    .map((w) => w.replace(/^(وال|بال|لل|ال)/, ''))
    .map((w) => (w.endsWith('ه') && w.length > 3 ? w.slice(0, -1) : w)) // الروسية → روسي
    .filter((w) => w.length > 1 && !ROLE_STOP.has(w));
}

/**
 * Whether two roles cannot belong to one person. Unknown roles never conflict. Roles conflict
 * when they name different nationalities ("وزير الخارجية الروسي" / "وزير الخارجية الأمريكي"),
 * or share no content word at all ("المتحدث باسم الكرملين" / "وزير الدفاع").
 * "نظيره الأمريكي" is relative to someone else and only its nationality counts.
 */
export function rolesConflict(a: string | null | undefined, b: string | null | undefined): boolean {
  if (!a || !b) return false;
  const wa = roleWords(a);
  const wb = roleWords(b);
  const nat = (ws: string[]) => new Set(ws.filter((w) => NATIONALITIES.has(w)).map((w) => NATIONALITY_ALIASES[w] ?? w));
  const na = nat(wa);
  const nb = nat(wb);
  if (na.size && nb.size && ![...na].some((n) => nb.has(n))) return true;
  const ca = wa.filter((w) => !NATIONALITIES.has(w));
  const cb = new Set(wb.filter((w) => !NATIONALITIES.has(w)));
  if (!ca.length || !cb.size) return false;
  return !ca.some((w) => cb.has(w));
}

// ---------------------------------------------------------------------------------------------
// Claims

const CLAIM_STOP = new Set([
  'في', 'فى', 'من', 'الي', 'علي', 'عن', 'ان', 'انه', 'انها', 'ما', 'لا', 'لم', 'لن', 'مع', 'هذا', 'هذه',
  'ذلك', 'تلك', 'التي', 'الذي', 'الذين', 'قد', 'كان', 'كانت', 'او', 'ثم', 'بين', 'كل', 'بعد', 'قبل',
  'حول', 'عند', 'هو', 'هي', 'هم', 'نحن', 'انا', 'اي', 'به', 'بها', 'له', 'لها', 'الا', 'اذا', 'حيث',
  'ايضا', 'كما', 'لكن', 'و', 'ف', 'ب', 'ل', 'ال', 'يكون', 'تكون', 'الى', 'فقط', 'اجل', 'نوع',
]);

/** Content words of a claim, folded and lightly stemmed (the article prefix and و/ب/ل dropped). */
export function claimTokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of fold(text.replace(/[\p{P}\p{S}]+/gu, ' ')).split(' ')) {
    if (!raw || CLAIM_STOP.has(raw)) continue;
    let w = raw;
    if (w.length > 4) w = w.replace(/^(وال|بال|فال|كال|لل|ال)/, '');
    if (w.length > 3 && /^[وف]/.test(w) && !CLAIM_STOP.has(w.slice(1))) w = w.slice(1);
    if (w.length > 4) w = w.replace(/^(ال)/, '');
    if (w.length > 3) w = w.replace(/(ات|ون|ين|ان|ه|ي)$/, '');
    if (w.length < 2 || CLAIM_STOP.has(w)) continue;
    out.add(w);
  }
  return out;
}

export interface ClaimSimilarity {
  shared: number;
  /** 2|A∩B| / (|A| + |B|). */
  dice: number;
  /** |A∩B| / min(|A|, |B|). */
  overlap: number;
}

export function claimSimilarity(a: Set<string>, b: Set<string>): ClaimSimilarity {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const total = a.size + b.size;
  return {
    shared,
    dice: total ? (2 * shared) / total : 0,
    overlap: Math.min(a.size, b.size) ? shared / Math.min(a.size, b.size) : 0,
  };
}

/**
 * Two claims by one speaker corroborate each other when most of their content words are shared:
 * a Dice coefficient of at least 0.5 over at least 3 shared words, or one claim restating most of
 * the other (overlap ≥ 0.8 over at least 5 shared words: a short quote inside a longer paraphrase).
 */
export function corroborates(sim: ClaimSimilarity): boolean {
  return (sim.dice >= 0.5 && sim.shared >= 3) || (sim.overlap >= 0.8 && sim.shared >= 5);
}
