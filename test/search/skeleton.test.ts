// Consonant skeletons: a Latin query finds a person stored only in Arabic. isnad_skeleton (SQL)
// equals arabicSkeleton (TypeScript) on every name of the corpus and the gazetteer, and
// persons(search: "Khashoggi") finds خاشقجي through the GraphQL API on real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { GAZETTEER } from '../../src/attribution/lexicon/gazetteer.js';
import { arabicSkeleton, arabicVowelSkeleton, isLatinQuery, latinSkeleton, latinVowelSkeleton } from '../../src/db/skeleton.js';
import { createIsnadYoga, type IsnadYoga } from '../../src/server/yoga.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { corpus, createKnownPersons, createPerson, seedBulk } from './seed.js';

let db: TestDatabase;
let client: pg.Client;
let yoga: IsnadYoga;
let khashoggi: number;
beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await createKnownPersons(db.prisma);
  await seedBulk(db.prisma, { persons: 500, articles: 20 });
  // stored as an article names him: Arabic only, no English name
  khashoggi = await createPerson(db.prisma, { name: 'جمال خاشقجي', nameEn: null, aliases: ['خاشقجي'] });
  await createPerson(db.prisma, { name: 'كاميرون كاسكي', nameEn: null });
  await createPerson(db.prisma, { name: 'أندريه خشخو', nameEn: null }); // same consonants, other vowels
  yoga = createIsnadYoga({ prisma: db.prisma, logging: false, config: { production: false, apiKeys: ['k-0123456789abcdef'] } });
}, 120_000);
afterAll(async () => {
  await client?.end();
  await db?.drop();
});

async function run(query: string, variables: Record<string, unknown> = {}) {
  const response = await yoga.fetch('http://isnad.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: any; errors?: unknown[] };
}

describe('skeleton keys', () => {
  it('Latin and Arabic spellings of the same name share a skeleton', () => {
    expect(latinSkeleton('Khashoggi')).toBe('ksk');
    expect(arabicSkeleton('خاشقجي')).toBe('ksk');
    expect(arabicSkeleton('جمال خاشقجي')).toBe(latinSkeleton('Jamal Khashoggi'));
    expect(arabicSkeleton('عبد العزيز بوتفليقة')).toBe(latinSkeleton('Abdelaziz Bouteflika'));
    expect(arabicSkeleton('الحريري')).toBe(latinSkeleton('al-Hariri'));
    const equal = GAZETTEER.filter((e) => arabicSkeleton(e.ar.find((a) => a.includes(' ')) ?? e.ar[0]) === latinSkeleton(e.en)).length;
    expect(equal / GAZETTEER.length).toBeGreaterThan(0.75);
    expect(arabicVowelSkeleton('خاشقجي')).toBe('kaski');
    expect(latinVowelSkeleton('Khashoggi')).toBe('kasuki');
    expect(isLatinQuery('Khashoggi')).toBe(true);
    expect(isLatinQuery('خاشقجي')).toBe(false);
  });

  it('isnad_skeleton equals arabicSkeleton on every corpus and gazetteer name, with its variants', async () => {
    const names = [
      ...corpus.flatMap((a) => a.persons.flatMap((p) => [p.name, ...p.mentions])),
      ...GAZETTEER.flatMap((e) => e.ar),
      'عبدالعزيز', 'عبد الله', 'تشارلز', 'جمال خاشقجي abc', 'أحمد  ٣ إبراهيم', 'فاطمة الزهراء', 'ڤلاديمير', 'گل', 'ظريف',
    ];
    const { rows } = await client.query<{ s: string; v: string }>('SELECT isnad_skeleton(x) AS s, isnad_vowel_skeleton(x) AS v FROM unnest($1::text[]) WITH ORDINALITY AS t(x, n) ORDER BY n', [names]);
    const diff = names.map((n, k) => [n, rows[k].s, arabicSkeleton(n), rows[k].v, arabicVowelSkeleton(n)]).filter(([, a, b, c, d]) => a !== b || c !== d);
    expect(diff).toEqual([]);
    expect(names.length).toBeGreaterThan(300);
  });

  it('fills the generated columns of persons and aliases', async () => {
    const { rows } = await client.query(`SELECT p.name_skeleton, pa.skeleton FROM person p JOIN person_alias pa ON pa.person_id = p.id WHERE p.id = $1 ORDER BY pa.id`, [khashoggi]);
    expect(rows.map((r) => [r.name_skeleton, r.skeleton])).toEqual([['kml ksk', 'kml ksk'], ['kml ksk', 'ksk']]);
  });
});

describe('persons(search:) in Latin letters finds Arabic-only persons', () => {
  it('Khashoggi finds خاشقجي first', async () => {
    for (const s of ['Khashoggi', 'Jamal Khashoggi', 'khashoggi']) {
      const r = await run('query ($s: String) { persons(search: $s, first: 5) { edges { node { name } } } }', { s });
      expect(r.errors).toBeUndefined();
      expect(r.data.persons.edges[0]?.node.name, s).toBe('جمال خاشقجي');
    }
  });
  it('a stored English name still wins over a skeleton match, and nonsense finds nobody', async () => {
    const r = await run('{ persons(search: "Lavrov", first: 3) { edges { node { name nameEn } } } }');
    expect(r.data.persons.edges[0].node.nameEn).toMatch(/Lavrov/);
    const none = await run('{ persons(search: "zzzzzz") { totalCount } }');
    expect(none.data.persons.totalCount).toBe(0);
  });
});
