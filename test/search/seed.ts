// Rows for the search tests: real names and sentences from the dev corpus
// (test/search/fixtures/corpus-dev.json, copied from /work/shared/corpus/dev), a few persons with
// known spelling variants and namesakes, and a few thousand synthetic rows for query plans.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nameKey, phoneticKey } from '../../src/attribution/normalize.js';
import type { PrismaClient } from '../../src/db/client.js';
import { statementDates } from '../../src/db/statement-dates.js';

interface CorpusArticle {
  id: string;
  outlet: string | null;
  published: string | null;
  text: string;
  persons: { name: string; mentions: string[]; nameEn: string | null }[];
  statements: string[];
}

export const corpus: CorpusArticle[] = JSON.parse(
  fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'corpus-dev.json'), 'utf8'),
).articles;

/** Sentences of the corpus texts (split at full stops and line breaks). */
export function corpusSentences(): string[] {
  return corpus.flatMap((a) => a.text.split(/(?<=[.!؟?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 10));
}

/** Persons the tests look up, with the spellings an article might have used. */
export const KNOWN = {
  peskov: { name: 'ديميتري بيسكوف', nameEn: 'Dmitry Peskov', role: 'المتحدث باسم الكرملين', aliases: ['ديميتري بيسكوف', 'بيسكوف'] },
  lavrov: { name: 'سيرغي لافروف', nameEn: 'Sergey Lavrov', role: 'وزير الخارجية الروسي', aliases: ['سيرغي لافروف', 'لافروف'] },
  shoigu: { name: 'سيرغي شويغو', nameEn: 'Sergei Shoigu', role: 'وزير الدفاع الروسي', aliases: ['سيرغي شويغو', 'شويغو'] },
  medvedev: { name: 'دميتري ميدفيديف', nameEn: 'Dmitry Medvedev', role: null, aliases: ['دميتري ميدفيديف'] },
  // A namesake of the Kremlin spokesman.
  otherPeskov: { name: 'ألكسندر بيسكوف', nameEn: 'Alexander Peskov', role: 'لاعب كرة قدم', aliases: ['ألكسندر بيسكوف'] },
  putin: { name: 'فلاديمير بوتين', nameEn: 'Vladimir Putin', role: 'الرئيس الروسي', aliases: ['فلاديمير بوتين', 'بوتين'] },
} as const;
export type KnownPerson = keyof typeof KNOWN;

export async function createPerson(
  prisma: PrismaClient,
  p: { name: string; nameEn?: string | null; role?: string | null; aliases?: readonly string[] },
): Promise<number> {
  const words = nameKey(p.name).split(' ');
  const aliases = [...new Set([p.name, ...(p.aliases ?? [])])];
  const created = await prisma.person.create({
    data: {
      name: p.name,
      nameEn: p.nameEn ?? null,
      role: p.role ?? null,
      normalizedName: nameKey(p.name),
      surnameKey: phoneticKey(words[words.length - 1]),
      aliases: { createMany: { data: aliases.map((text) => ({ text, normalized: nameKey(text) })), skipDuplicates: true } },
    },
    select: { id: true },
  });
  return created.id;
}

export async function createKnownPersons(prisma: PrismaClient): Promise<Record<KnownPerson, number>> {
  const ids = {} as Record<KnownPerson, number>;
  for (const [key, p] of Object.entries(KNOWN) as [KnownPerson, (typeof KNOWN)[KnownPerson]][]) ids[key] = await createPerson(prisma, p);
  return ids;
}

let articleCounter = 0;
export async function createArticle(prisma: PrismaClient, body: string, title: string | null = null): Promise<number> {
  const { id } = await prisma.article.create({
    data: { body, title, contentHash: crypto.createHash('sha256').update(`${body}\u0000${articleCounter++}\u0000${Math.random()}`).digest('hex') },
    select: { id: true },
  });
  return id;
}

export async function createStatement(
  prisma: PrismaClient,
  articleId: number,
  position: number,
  content: string,
  speakerPersonId: number | null = null,
): Promise<number> {
  const { id } = await prisma.statement.create({
    data: {
      articleId,
      position,
      ...statementDates(null), // the articles of this seed are undated
      content,
      speakerPersonId,
      cue: 'قال',
      cueStart: 0,
      cueEnd: 3,
      contentStart: 4,
      contentEnd: 4 + content.length,
      kind: 'direct',
    },
    select: { id: true },
  });
  return id;
}

/** A deterministic pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = [
  'محمد', 'أحمد', 'علي', 'حسن', 'خالد', 'عمر', 'يوسف', 'إبراهيم', 'عبد الله', 'مصطفى', 'سامي', 'فادي', 'طارق', 'نبيل',
  'جون', 'مايكل', 'ديفيد', 'جيمس', 'بيتر', 'أندريه', 'نيكولاي', 'إيفان', 'أولغا', 'ماريا', 'آنا', 'فاطمة', 'مريم', 'ليلى',
];
const LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** A made-up family name of 4 to 7 letters. */
function surname(rnd: () => number): string {
  const n = 4 + Math.floor(rnd() * 4);
  let s = '';
  for (let i = 0; i < n; i++) s += LETTERS[Math.floor(rnd() * LETTERS.length)];
  return s;
}

/**
 * Bulk rows for query plans: `persons` synthetic persons (each with two aliases), corpus persons,
 * `persons / 4` organizations, `articles` articles with 3 statements each, made of corpus sentences
 * recombined. Then ANALYZE.
 */
export async function seedBulk(prisma: PrismaClient, { persons = 4000, articles = 1500, seed = 7 } = {}): Promise<void> {
  const rnd = random(seed);
  const people: { name: string; nameEn: string | null; aliases: string[] }[] = [];
  for (let i = 0; i < persons; i++) {
    const last = surname(rnd);
    const name = `${FIRST_NAMES[Math.floor(rnd() * FIRST_NAMES.length)]} ${last}`;
    people.push({ name, nameEn: rnd() < 0.5 ? `Person ${i} Latin${Math.floor(rnd() * 1e6)}` : null, aliases: [name, last] });
  }
  // Corpus persons, once each, and not those already there in another spelling (the ingest would
  // have merged them).
  const seen = new Set((await prisma.person.findMany({ select: { name: true } })).map((p) => phoneticKey(p.name)));
  for (const a of corpus)
    for (const p of a.persons) {
      if (seen.has(phoneticKey(p.name))) continue;
      seen.add(phoneticKey(p.name));
      people.push({ name: p.name, nameEn: p.nameEn, aliases: [p.name, ...p.mentions] });
    }
  const chunk = 500;
  for (let i = 0; i < people.length; i += chunk) {
    const batch = people.slice(i, i + chunk);
    const created = await prisma.person.createManyAndReturn({
      data: batch.map((p) => ({ name: p.name, nameEn: p.nameEn, normalizedName: nameKey(p.name) })),
      select: { id: true },
    });
    await prisma.personAlias.createMany({
      data: created.flatMap((c, k) => [...new Set(batch[k].aliases)].map((text) => ({ personId: c.id, text, normalized: nameKey(text) }))),
      skipDuplicates: true,
    });
  }
  for (let i = 0; i < persons / 4; i += chunk) {
    const names = Array.from({ length: Math.min(chunk, persons / 4 - i) }, (_, k) => `وكالة ${surname(rnd)} ${i + k}`);
    const created = await prisma.organization.createManyAndReturn({
      data: names.map((name) => ({ name, normalizedName: nameKey(name) })),
      select: { id: true, name: true },
    });
    await prisma.organizationAlias.createMany({
      data: created.map((o) => ({ organizationId: o.id, text: o.name.split(' ')[1], normalized: nameKey(o.name.split(' ')[1]) })),
    });
  }
  const sentences = corpusSentences();
  const pick = () => sentences[Math.floor(rnd() * sentences.length)];
  const personIds = (await prisma.person.findMany({ select: { id: true } })).map((p) => p.id);
  for (let i = 0; i < articles; i += chunk) {
    const n = Math.min(chunk, articles - i);
    const created = await prisma.article.createManyAndReturn({
      data: Array.from({ length: n }, (_, k) => {
        const body = Array.from({ length: 8 }, pick).join(' ');
        return { title: pick().slice(0, 80), body, contentHash: crypto.createHash('sha256').update(`bulk ${seed} ${i + k} ${body}`).digest('hex') };
      }),
      select: { id: true },
    });
    await prisma.statement.createMany({
      data: created.flatMap((a) =>
        [0, 1, 2].map((position) => {
          const content = pick();
          return {
            articleId: a.id,
            position,
            ...statementDates(null),
            content,
            speakerPersonId: personIds[Math.floor(rnd() * personIds.length)],
            cue: 'قال',
            cueStart: 0,
            cueEnd: 3,
            contentStart: 4,
            contentEnd: 4 + content.length,
            kind: 'direct' as const,
          };
        }),
      ),
    });
  }
  await prisma.$executeRaw`ANALYZE`;
}
