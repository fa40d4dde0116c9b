// Person resolution across articles: which existing Person (if any) an engine person is.
// "Family name" below is the last word of the name, or the last two when they form one name
// (نصر الله، بن سلمان، دي ميستورا: surnameWords in keys.ts), compared without its article
// (الغندور = غندور).
//
// How the decision is made, in order; the first rule that decides wins:
//  1. Same name. A multi-word surface form of the new person (its full name or any other
//     multi-word mention) equals, after nameKey folding, the name or a stored alias of an existing
//     person: same person. A family name alone (ظريف، نصر الله) never decides here: it is
//     ambiguous, rule 3 handles it.
//     (A conjunction glued to the first word, "وجواد ظريف", is tried without it: nameVariants.)
//  2. Same spelling variant. Candidates are the persons with the same family name by phonetic key
//     (Person.surnameKey, indexed): "ستافان دي ميستورا" / "ستيفان دي ميستورا" / "ستفان دي مستورا" all
//     have the surname key of دي ميستورا. A candidate matches when phoneticKey(first + last word) of
//     its name or of one of its multi-word aliases equals that of the new full name. So
//     "جيدو فيسترفيله" = "غيدو فسترفيله", while "جورج بوش" and "جيب بوش" (same family name, different
//     first names) stay two persons, and two "محمد"s with different family names never meet.
//  3. Surname only. When one side is known only by one word (the new mention "ظريف", or an
//     existing person stored as "ظريف"), they merge only if exactly one existing person has
//     that family name and their roles do not conflict (rolesConflict in keys.ts: different
//     nationalities, or no content word in common). Two or more candidates: no guess, a new
//     person is created.
// Every lookup is an indexed equality (person_alias.normalized, person.normalized_name,
// person.surname_key); nothing scans the person table.
import type { Prisma } from '../db/generated/prisma/client.js';
import type { AttributedPerson } from '../attribution/types.js';
import { firstLastKey, isSurnameOnly, nameKey, nameWords, rolesConflict, surnameKeyOf } from './keys.js';

type Tx = Prisma.TransactionClient;

const PERSON_FIELDS = { name: true, nameEn: true, role: true } as const;

export type PersonMatchRule = 'created' | 'name' | 'phonetic' | 'surname';

export interface PersonResolution {
  id: number;
  rule: PersonMatchRule;
}

/** The surface forms of a person in one article, the fullest first (the canonical name). */
export function surfaceForms(person: Pick<AttributedPerson, 'name' | 'mentions'>): string[] {
  const seen = new Set<string>();
  const forms: string[] = [];
  for (const text of [person.name, ...person.mentions.map((m) => m.text)]) {
    const t = text.trim();
    if (!t || seen.has(t)) continue;
    seen.add(t);
    forms.push(t);
  }
  return forms;
}

/**
 * A name as written, and the same name without a conjunction glued to its first word
 * ("وجواد ظريف" → "جواد ظريف"): engines and texts leave و/ف attached now and then. The
 * variant only ever serves to find an existing person; it is never stored as a name.
 */
export function nameVariants(name: string): string[] {
  const words = nameWords(name);
  if (words.length >= 2 && /^[وف]/.test(words[0]) && words[0].length > 3) {
    return [name, [words[0].slice(1), ...words.slice(1)].join(' ')];
  }
  return [name];
}

/** The fullest name of the person: the engine's canonical name, or a longer mention if any. */
export function fullNameOf(person: Pick<AttributedPerson, 'name' | 'mentions'>): string {
  let best = person.name.trim();
  for (const m of person.mentions) {
    if (nameWords(m.text).length > nameWords(best).length) best = m.text.trim();
  }
  return best;
}

/** The advisory-lock key that serializes resolution of persons with this family name. */
export function personLockKey(person: Pick<AttributedPerson, 'name' | 'mentions'>): string {
  return `person:${surnameKeyOf(fullNameOf(person)) ?? ''}`;
}

/** The keys rule 1 looks up: nameKey of every multi-word surface form (and its variants). */
export function multiNameKeys(person: Pick<AttributedPerson, 'name' | 'mentions'>): string[] {
  return [...new Set(surfaceForms(person).flatMap(nameVariants).filter((f) => !isSurnameOnly(f)).map(nameKey))];
}

/** Finds the existing person an engine person is, by the rules above, or null. */
export async function findPerson(
  tx: Tx,
  person: Pick<AttributedPerson, 'name' | 'mentions' | 'role'>,
): Promise<{ id: number; rule: Exclude<PersonMatchRule, 'created'>; person?: { name: string; nameEn: string | null; role: string | null } } | null> {
  const fullName = fullNameOf(person);
  const multiKeys = multiNameKeys(person);

  // 1. Same name (full name or any multi-word alias).
  if (multiKeys.length) {
    const [byAlias, byName] = await Promise.all([
      tx.personAlias.findMany({ where: { normalized: { in: multiKeys } }, select: { personId: true } }),
      tx.person.findMany({ where: { normalizedName: { in: multiKeys } }, select: { id: true } }),
    ]);
    const id = voteByName(byAlias.map((a) => a.personId), byName.map((p) => p.id));
    if (id !== null) return { id, rule: 'name' };
  }

  const surnameKey = surnameKeyOf(fullName);
  if (!surnameKey) return null;
  const candidates = await tx.person.findMany({
    where: { surnameKey },
    select: { id: true, ...PERSON_FIELDS, aliases: { select: { text: true } } },
    orderBy: { id: 'asc' },
  });
  if (!candidates.length) return null;

  return matchCandidates(fullName, person.role, candidates);
}

/**
 * Rule 1's decision: the person named by most of the matching alias rows and name rows (one vote
 * each), then the oldest. Several persons can only share a full name if the graph already holds
 * namesakes. Shared with the batch path (batch.ts).
 */
export function voteByName(aliasPersonIds: number[], namePersonIds: number[]): number | null {
  const votes = new Map<number, number>();
  for (const id of [...aliasPersonIds, ...namePersonIds]) votes.set(id, (votes.get(id) ?? 0) + 1);
  if (!votes.size) return null;
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

export interface PersonCandidate {
  id: number;
  name: string;
  nameEn: string | null;
  role: string | null;
  aliases: { text: string }[];
}

/**
 * Rules 2 and 3 over the persons with the new person's family-name key (ordered by id): shared
 * with the batch path (batch.ts).
 */
export function matchCandidates<C extends PersonCandidate>(
  fullName: string,
  role: string | null,
  candidates: C[],
): { id: number; rule: 'phonetic' | 'surname'; person: C } | null {
  if (!candidates.length) return null;
  // 2. Same first + last name up to spelling variants.
  const newKeys = nameVariants(fullName).map(firstLastKey).filter((k): k is string => k !== null);
  if (newKeys.length) {
    const phonetic = candidates.filter(
      (c) => newKeys.includes(firstLastKey(c.name) ?? '') || c.aliases.some((a) => newKeys.includes(firstLastKey(a.text) ?? '')),
    );
    if (phonetic.length) return { id: phonetic[0].id, rule: 'phonetic', person: phonetic[0] };
  }

  // 3. Surname only, on either side: exactly one person with that family name, roles compatible.
  if (candidates.length !== 1) return null;
  const [only] = candidates;
  const onlyIsSurnameOnly = isSurnameOnly(only.name);
  const newIsSurnameOnly = isSurnameOnly(fullName);
  if (!onlyIsSurnameOnly && !newIsSurnameOnly) return null; // two different full names: rule 2 said no
  if (rolesConflict(only.role, role)) return null;
  return { id: only.id, rule: 'surname', person: only };
}

/**
 * Resolves an engine person to a Person row, creating or enriching it: every surface form becomes
 * an alias (with its nameKey), a fuller name replaces a shorter one, a missing role or Latin name
 * is filled in. Call inside the ingest transaction, after taking personLockKey's lock.
 */
export async function resolvePerson(tx: Tx, person: AttributedPerson): Promise<PersonResolution> {
  const fullName = fullNameOf(person);
  const aliases = surfaceForms(person).map((text) => ({ text, normalized: nameKey(text) }));
  const found = await findPerson(tx, person);
  if (!found) {
    const created = await tx.person.create({
      data: {
        name: fullName,
        nameEn: person.nameEn,
        role: person.role,
        normalizedName: nameKey(fullName),
        surnameKey: surnameKeyOf(fullName),
        aliases: { createMany: { data: dedupeByKey(aliases), skipDuplicates: true } },
      },
      select: { id: true },
    });
    return { id: created.id, rule: 'created' };
  }

  const existing = found.person ?? (await tx.person.findUniqueOrThrow({ where: { id: found.id }, select: PERSON_FIELDS }));
  const data: Prisma.PersonUpdateInput = {};
  if (nameWords(fullName).length > nameWords(existing.name).length) {
    data.name = fullName;
    data.normalizedName = nameKey(fullName);
    data.surnameKey = surnameKeyOf(fullName);
  }
  if (!existing.role && person.role) data.role = person.role;
  if (!existing.nameEn && person.nameEn) data.nameEn = person.nameEn;
  if (Object.keys(data).length) await tx.person.update({ where: { id: found.id }, data });
  await tx.personAlias.createMany({
    data: dedupeByKey(aliases).map((a) => ({ ...a, personId: found.id })),
    skipDuplicates: true,
  });
  return { id: found.id, rule: found.rule };
}

export function dedupeByKey<T extends { normalized: string }>(rows: T[]): T[] {
  const seen = new Set<string>();
  return rows.filter((r) => r.normalized && !seen.has(r.normalized) && (seen.add(r.normalized), true));
}
