// Every operation the explorer sends passes the server's own rules, cost and depth limits included:
// a change to the limits or the schema that would refuse a page fails here, not in a browser.
import fs from 'node:fs';
import path from 'node:path';
import { parse, validate, type DocumentNode, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { aliasAndDirectiveRule, costLimitRule, depthLimitRule, DEFAULT_QUERY_LIMITS } from '../../src/server/limits.js';

const doc = parse(fs.readFileSync(path.join(__dirname, '..', '..', 'web', 'operations.graphql'), 'utf8'));
const fragments = doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition');
const limits = DEFAULT_QUERY_LIMITS;

describe('web/operations.graphql against the server rules', () => {
  for (const op of doc.definitions) {
    if (op.kind !== 'OperationDefinition') continue;
    it(`${op.name?.value ?? 'anonymous'} is valid and within the limits`, () => {
      const used = fragments.filter((f) => JSON.stringify(op).includes(`"value":"${f.name.value}"`) || fragments.some((g) => JSON.stringify(g).includes(`"value":"${f.name.value}"`)));
      const one: DocumentNode = { ...doc, definitions: [op, ...used] };
      const errors = validate(schema, one, [
        costLimitRule(limits.maxCost, limits.maxHeavyFields),
        depthLimitRule(limits.maxDepth),
        aliasAndDirectiveRule(limits.maxAliases, limits.maxDirectives),
      ]);
      expect(errors.map((e) => e.message)).toEqual([]);
      // and the plain GraphQL rules, unused fragments aside
      const plain = validate(schema, one).filter((e) => !/is never used/.test(e.message));
      expect(plain.map((e) => e.message)).toEqual([]);
    });
  }
});
