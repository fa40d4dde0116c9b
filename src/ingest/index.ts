// src/ingest: engine output → rows, merged into the graph. Entry points: ingestArticle (ingest.ts)
// and ingestArticles (batch.ts: several articles in one transaction, the same rows; ingestArticle
// is its batch of one); the decisions they make live one per module, each documented at its top:
//   validate.ts       input checks (typed ValidationError, errors.ts)
//   engine.ts         the engine call, and a check that its spans fit the text
//   persons.ts        which existing Person an engine person is (names, spelling variants, surnames)
//   organizations.ts  which existing Organization (الخارجية الروسية = وزارة الخارجية الروسية)
//   meetings.ts       which existing Meeting (kind, participants, dates)
//   links.ts          which meetings a statement is about
//   corroboration.ts  which statements of other articles make the same claim
//   keys.ts           the folded keys all of these compare
//   delete.ts         deleteArticle; seed.ts the bundled articles; files.ts .txt + sidecar .json
export { ingestArticles, type BatchItemResult } from './batch.js';
export { ingestArticle, contentHash, type IngestCounts, type IngestOptions, type IngestResult, type IngestContext } from './ingest.js';
export { IngestError, ValidationError, TextTooLargeError, EngineOutputError, NotFoundError } from './errors.js';
export { deleteArticle, type DeleteResult } from './delete.js';
export { seedDatabase, loadSeedEntries, SEED_DIR, type SeedSummary, type SeedOptions } from './seed.js';
export { collectTextFiles, isJsonlFile, readArticleFile, readJsonlArticles, type JsonlRecord } from './files.js';
export { DEFAULT_MAX_TEXT_BYTES, validateInput, type IngestInput, type OutletInput } from './validate.js';
export type { AttributeFn } from './engine.js';
