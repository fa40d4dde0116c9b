// Property over the HTTP layer (issue 6): random queries built from the schema itself (fields and
// arguments picked at random, bounded depth, fast-check's strings and integers as argument values)
// never produce a 500, and always produce a JSON response with data or errors.
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createPrismaClient } from '../../src/db/client.js';
import { schema } from '../../src/schema/index.js';
import { startServer, type RunningServer } from '../../src/server/http.js';
import { createTestDatabase, type TestDatabase } from '../helpers/db.js';
import { gid, seedFixture } from '../schema/fixtures.js';

let db: TestDatabase;
let server: RunningServer;
beforeAll(async () => {
  db = await createTestDatabase();
  await seedFixture(db.prisma);
  server = await startServer({ prisma: createPrismaClient(db.url), port: 0, host: '127.0.0.1', logging: false });
});
afterAll(async () => {
  await server?.close();
  await db?.drop();
});

/** A small deterministic generator, seeded by fast-check; values for text come from fast-check. */
class Builder {
  private state: number;
  private text = 0;
  constructor(
    seed: number,
    private readonly strings: string[],
    private readonly ints: number[],
  ) {
    this.state = seed >>> 0 || 1;
  }
  private next(): number {
    // mulberry32
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  private chance(p: number): boolean {
    return this.next() < p;
  }
  private string(): string {
    return this.strings.length ? this.strings[this.text++ % this.strings.length] : '';
  }

  value(type: GraphQLInputType, depth = 0): string {
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (isListType(type)) {
      const n = Math.floor(this.next() * 3);
      return `[${Array.from({ length: n }, () => this.value(type.ofType, depth + 1)).join(', ')}]`;
    }
    if (isEnumType(type)) return this.chance(0.9) ? this.pick(type.getValues()).name : 'NOT_A_VALUE';
    if (isInputObjectType(type)) {
      if (depth > 2) return '{}';
      const fields = Object.values(type.getFields()).filter((f) => isNonNullType(f.type) || this.chance(0.4));
      return `{ ${fields.map((f) => `${f.name}: ${this.value(f.type, depth + 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return String(this.chance(0.7) ? this.pick(this.ints.length ? this.ints : [1]) : this.pick([-1, 0, 1, 20, 100, 101, 2147483647]));
        case 'Float':
          return String(this.next() * 100);
        case 'Boolean':
          return this.chance(0.5) ? 'true' : 'false';
        case 'ID':
          return JSON.stringify(
            this.chance(0.6) ? gid(this.pick(['Article', 'Statement', 'Person', 'Organization', 'Meeting', 'Nope']), Math.floor(this.next() * 8) + 1) : this.string(),
          );
        case 'Date':
          return JSON.stringify(this.chance(0.5) ? this.pick(['2017-05-10', '2017-02-30', '2016-02-29', '0000-01-01', '9999-12-31', '2017-13-01']) : this.string());
        default:
          return JSON.stringify(this.string());
      }
    }
    return 'null';
  }

  args(args: readonly GraphQLArgument[]): string {
    const chosen = args.filter((a) => isNonNullType(a.type) || this.chance(0.3));
    return chosen.length ? `(${chosen.map((a) => `${a.name}: ${this.value(a.type)}`).join(', ')})` : '';
  }

  selection(type: GraphQLNamedType, depth: number): string {
    if (isLeafType(type)) return '';
    if (isUnionType(type) || isInterfaceType(type)) {
      const possible = schema.getPossibleTypes(type);
      const some = possible.filter(() => this.chance(0.5)).slice(0, 2);
      return `{ __typename ${some.map((t) => `... on ${t.name} ${this.selection(t, depth)}`).join(' ')} }`;
    }
    const object = type as GraphQLObjectType;
    const fields = Object.values(object.getFields());
    const count = 1 + Math.floor(this.next() * 3);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const field = this.pick(fields);
      const named = getNamedType(field.type);
      if (!isLeafType(named) && depth >= 4) {
        parts.push('__typename');
        continue;
      }
      parts.push(`${field.name}${this.args(field.args)} ${isLeafType(named) ? '' : this.selection(named, depth + 1)}`);
    }
    return `{ ${parts.join(' ')} }`;
  }

  query(): string {
    const root = schema.getQueryType()!;
    const fields = Object.values(root.getFields());
    const field = this.pick(fields);
    const named = getNamedType(field.type);
    const inner = isLeafType(getNullableType(field.type)) ? '' : this.selection(named, 1);
    return `{ ${field.name}${this.args(field.args)} ${inner} }`;
  }
}

test('random queries from the schema never produce a 500, always JSON with data or errors', { timeout: 120_000 }, async () => {
  let runs = 0;
  let answered = 0;
  await fc.assert(
    fc.asyncProperty(
      fc.integer(),
      fc.array(fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.constantFrom('لافروف', '%', '_', "'", '\\', '.*', 'Peskov')), { minLength: 1, maxLength: 5 }),
      fc.array(fc.integer({ min: -5, max: 150 }), { minLength: 1, maxLength: 3 }),
      async (seed, strings, ints) => {
        const query = new Builder(seed, strings, ints).query();
        const response = await fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
          body: JSON.stringify({ query }),
        });
        const text = await response.text();
        expect(response.status, `${query}\n${text.slice(0, 500)}`).not.toBe(500);
        // A 503 only for a database too slow to hand out a connection (an overloaded CI machine).
        if (response.status >= 500) expect(text, query).toMatch(/DATABASE_UNAVAILABLE/);
        expect(response.headers.get('content-type')).toMatch(/json/);
        const body = JSON.parse(text);
        expect('data' in body || 'errors' in body, text).toBe(true);
        runs++;
        if (body.data && !body.errors) answered++;
        for (const error of body.errors ?? []) expect(error.message, `${query}\n${text.slice(0, 500)}`).not.toBe('Unexpected error.');
      },
    ),
    { numRuns: 150 },
  );
  // The generator makes mostly valid queries, not just rejected ones.
  expect(answered / runs).toBeGreaterThan(0.2);
});
