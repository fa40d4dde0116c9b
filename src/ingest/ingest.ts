// ingestArticle: one article's text → the engine → rows, merged into the existing graph, in one
// transaction. The GraphQL mutation, `npm run ingest` and the seed all come through here.
//
// Concurrency. Before writing, the transaction takes PostgreSQL advisory locks (released at
// commit or rollback) on every key it may merge by: the content hash, each person's family-name
// key, each organization's key. Keys are taken in sorted order, so two ingests never deadlock on
// each other; two ingests touching the same names run one after the other, and the second sees
// what the first committed (READ COMMITTED: each query takes a fresh snapshot). Meetings and
// corroborations need no lock of their own: two ingests can only merge into the same meeting if
// they share a participant, or corroborate each other if they share a speaker, and that person or
// organization's lock already orders them. Articles about unrelated people run in parallel.
// The article's unique content hash is the last line of defence: a unique violation (P2002)
// means another ingest stored the same text, and its article is returned with created = false.
//
// The work is done by ingestArticles (batch.ts), of which this is the batch of one: the same
// locks, the same decisions (persons.ts, organizations.ts, meetings.ts, links.ts,
// corroboration.ts), a constant number of SQL statements.
import { createHash } from 'node:crypto';
import type { Article, Prisma, PrismaClient } from '../db/generated/prisma/client.js';
import type { Attribution } from '../attribution/types.js';
import { ingestArticles } from './batch.js';
import type { AttributeFn, EngineErrorLogger } from './engine.js';
import type { IngestInput } from './validate.js';

type Tx = Prisma.TransactionClient;

export interface IngestCounts {
  statements: number;
  /** Distinct persons of the article, and how many of them were new to the graph. */
  persons: number;
  personsCreated: number;
  organizations: number;
  organizationsCreated: number;
  mentions: number;
  meetings: number;
  meetingsCreated: number;
  statementMeetings: number;
  corroborations: number;
}

export interface IngestResult {
  article: Article;
  /** false when an article with the same text was already stored (nothing was written). */
  created: boolean;
  counts: IngestCounts;
  /** Ids of the statements written, in article order (empty for a duplicate): for events published after commit. */
  statementIds: number[];
  /** The engine's output for this text (absent for duplicates: the engine did not run). */
  attribution?: Attribution;
}

export interface IngestContext {
  article: Article;
  attribution: Attribution;
  statementIds: number[];
}

export interface IngestOptions {
  /** The attribution engine; defaults to src/attribution's attribute(). */
  attribute?: AttributeFn;
  /** Limit on the text in UTF-8 bytes. */
  maxBytes?: number;
  /** Where an exception the engine caught (and recovered from) is logged, with the article's hash; default one JSON line on stderr. */
  onEngineError?: EngineErrorLogger;
  /** Transaction timeout in milliseconds (default 60 s). */
  timeoutMs?: number;
  /** Test hooks, run inside the transaction. A hook that throws rolls everything back. */
  hooks?: {
    afterStatements?: (tx: Tx, context: IngestContext) => Promise<void> | void;
  };
}

export const ZERO_COUNTS: IngestCounts = Object.freeze({
  statements: 0,
  persons: 0,
  personsCreated: 0,
  organizations: 0,
  organizationsCreated: 0,
  mentions: 0,
  meetings: 0,
  meetingsCreated: 0,
  statementMeetings: 0,
  corroborations: 0,
});

export function contentHash(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/**
 * Stores an article and everything the engine finds in it, merged into the graph. Idempotent by
 * content hash. Throws ValidationError (bad input), EngineOutputError (engine output that does not
 * fit the text); any other error is unexpected. Nothing is written unless everything is.
 *
 * A batch of one (ingestArticles, batch.ts): the graph the article can merge with is read in a
 * few queries and each table is written once, ~17 SQL statements in all.
 */
export async function ingestArticle(prisma: PrismaClient, input: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
  const [outcome] = await ingestArticles(prisma, [input], options);
  if (outcome.error) throw outcome.error;
  return outcome.result!;
}
