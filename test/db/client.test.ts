// The Prisma client names its statements so that PostgreSQL plans each SQL shape once per
// connection (src/db/client.ts): checked in the server's own view of the session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementNamer } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';

describe('statementNamer', () => {
  it('gives one SQL text one stable name, and different texts different names', () => {
    const statementName = statementNamer();
    const a = statementName('SELECT 1 /* client.test a */');
    expect(a).toMatch(/^isnad_[\w-]+$/);
    expect(statementName('SELECT 1 /* client.test a */')).toBe(a);
    expect(statementName('SELECT 1 /* client.test b */')).not.toBe(a);
  });

  it('stops naming new texts past the cap, so no connection accumulates statements without bound', () => {
    const statementName = statementNamer(3);
    const first = statementName('SELECT 0');
    for (let k = 1; k < 3; k++) statementName(`SELECT ${k}`);
    expect(statementName('SELECT 3')).toBeUndefined();
    // texts named before the cap keep their names
    expect(statementName('SELECT 0')).toBe(first);
  });
});

describe('prepared statements on a real PostgreSQL', () => {
  let db: TestDatabase;
  let unnamed: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase({ max: 1 });
    unnamed = await createTestDatabase({ max: 1, preparedStatements: false });
  });
  afterAll(async () => {
    await db?.drop();
    await unnamed?.drop();
  });

  const prepared = async (t: TestDatabase) =>
    (await t.prisma.$queryRaw<{ name: string; statement: string }[]>`SELECT name, statement FROM pg_prepared_statements`).filter((r) =>
      r.name.startsWith('isnad_'),
    );

  it('a model query runs as a named statement, prepared once and reused with other values', async () => {
    const search = (k: number) => db.prisma.person.findMany({ where: { name: { contains: `x${k}` } }, take: 5 });
    await search(0);
    const personQueries = async () => (await prepared(db)).filter((r) => r.statement.includes('"public"."person"'));
    expect(await personQueries()).toHaveLength(1);
    for (let k = 1; k < 4; k++) await search(k);
    expect(await personQueries()).toHaveLength(1);
  });

  it('preparedStatements: false runs everything unnamed', async () => {
    await unnamed.prisma.person.findMany({ take: 5 });
    expect(await prepared(unnamed)).toEqual([]);
  });
});
