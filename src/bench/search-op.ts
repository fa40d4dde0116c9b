// The full-text search operation. Isnad's search lands separately (src/db/search.ts and a field of
// the schema); this module adapts the benchmark to what the schema really offers, and the
// benchmark reports the operation as missing while it offers none.
import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import type { IsnadYoga } from '../server/yoga.js';
import { ISNAD_DOCUMENTS } from './operations.js';

/** Fills in the search operation from Isnad's schema; false when Isnad has no search yet. */
export async function prepareSearch(_yoga?: IsnadYoga): Promise<boolean> {
  return ISNAD_DOCUMENTS.search !== '';
}

/** In the floor's process: sets the floor's search SQL when Isnad has a search. */
export async function installFloorSearch(_url: string): Promise<boolean> {
  return false;
}

export { getIntrospectionQuery, type IntrospectionQuery };
