// Whether Isnad offers the full-text search operation (Query.search, src/schema/search.ts); the
// benchmark reports the operation as not measured where it does not.
import type { GraphQLSchema } from 'graphql';

export function hasIsnadSearch(schema: GraphQLSchema): boolean {
  const field = schema.getQueryType()?.getFields().search;
  return Boolean(field && field.args.some((a) => a.name === 'query'));
}
