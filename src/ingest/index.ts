export { ingestArticle, contentHash, type IngestCounts, type IngestOptions, type IngestResult, type IngestContext } from './ingest.js';
export { IngestError, ValidationError, TextTooLargeError, EngineOutputError, NotFoundError } from './errors.js';
export { deleteArticle, type DeleteResult } from './delete.js';
export { seedDatabase, loadSeedEntries, SEED_DIR, type SeedSummary, type SeedOptions } from './seed.js';
export { collectTextFiles, readArticleFile } from './files.js';
export { DEFAULT_MAX_TEXT_BYTES, validateInput, type IngestInput, type OutletInput } from './validate.js';
export type { AttributeFn } from './engine.js';
