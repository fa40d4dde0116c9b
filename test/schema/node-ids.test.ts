// Node IDs resolve synchronously (src/schema/builder.ts withSyncNodeIds): plugin-relay's own
// resolver is async, which made every object of a result a promise for the executor to wait for.
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { decodeId } from '../../src/schema/builder.js';

describe('node IDs', () => {
  const nodeTypes = Object.values(schema.getTypeMap()).filter(
    (t) => isObjectType(t) && t.getInterfaces().some((i) => i.name === 'Node'),
  );

  it('covers every type that implements Node', () => {
    expect(nodeTypes.map((t) => t.name).sort()).toEqual(['Article', 'Meeting', 'Organization', 'Person', 'Statement']);
  });

  it.each(nodeTypes.map((t) => t.name))('%s.id is a string computed at once, and decodes back to the row', (name) => {
    const type = schema.getType(name);
    if (!isObjectType(type)) throw new Error(name);
    const id = type.getFields().id.resolve!({ id: 4217 }, {}, {}, {} as never);
    expect(typeof id).toBe('string');
    expect(decodeId(id as string)).toEqual({ typename: name, id: '4217' });
  });
});
