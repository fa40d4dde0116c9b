// schema.graphql is the committed contract: it must be what the code builds.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../../src/cli/print-schema.js';

test('schema.graphql is up to date (run `npm run schema` if this fails)', () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
});

test('the schema has the types and fields clients rely on', () => {
  const sdl = printedSchema();
  for (const line of [
    'interface Node',
    'union Speaker = Organization | Person',
    'node(id: ID!): Node',
    'nodes(ids: [ID!]!): [Node]!',
    'scalar Date',
    'type Span',
    'enum StatementKind',
    'enum MeetingKind',
    'enum MeetingStatus',
    'enum OrganizationKind',
    'input StatementFilter',
  ]) {
    expect(sdl).toContain(line);
  }
  for (const connection of ['ArticleConnection', 'PersonConnection', 'StatementConnection', 'MeetingConnection']) {
    const body = sdl.slice(sdl.indexOf(`type ${connection} {`), sdl.indexOf('}', sdl.indexOf(`type ${connection} {`)));
    expect(body).toMatch(/edges: \[\w+Edge!\]!/);
    expect(body).toContain('pageInfo: PageInfo!');
    expect(body).toContain('totalCount: Int!');
  }
});
