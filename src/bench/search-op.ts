// The full-text search operation. Isnad's search API lands separately (src/db/search.ts); this
// module adapts the benchmark to what the schema really offers, and says so when it offers none.
import type { IsnadYoga } from '../server/yoga.js';
import { ISNAD_DOCUMENTS } from './operations.js';

/** Fills in the search operation from Isnad's schema; false when Isnad has no search yet. */
export async function prepareSearch(_yoga?: IsnadYoga): Promise<boolean> {
  return ISNAD_DOCUMENTS.search !== '';
}
