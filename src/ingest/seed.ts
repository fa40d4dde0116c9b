// The seed: the two articles in seed/articles/ with their metadata (seed/articles.json), run
// through the engine and stored by ingestArticle, like any other article. Seeding twice changes
// nothing, because ingest is idempotent by content hash.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PrismaClient } from '../db/generated/prisma/client.js';
import { decodeUtf8, type ArticleMetadata } from './files.js';
import { ingestArticle, type IngestOptions, type IngestResult } from './ingest.js';

export const SEED_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed');

export interface SeedEntry extends ArticleMetadata {
  file: string;
}

export interface SeedProgress {
  index: number;
  total: number;
  file: string;
  result: IngestResult;
}

export interface SeedSummary {
  articles: number;
  created: number;
  duplicates: number;
  statements: number;
  personsCreated: number;
  meetingsCreated: number;
  results: { file: string; articleId: number; created: boolean }[];
}

export interface SeedOptions extends IngestOptions {
  onProgress?: (progress: SeedProgress) => void;
  /** Folder holding articles.json and the texts (default: the repository's seed/). */
  dir?: string;
}

export async function loadSeedEntries(dir = SEED_DIR): Promise<SeedEntry[]> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'articles.json'), 'utf8')) as { articles: SeedEntry[] };
  return manifest.articles;
}

export async function seedDatabase(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const dir = options.dir ?? SEED_DIR;
  const entries = await loadSeedEntries(dir);
  const summary: SeedSummary = { articles: entries.length, created: 0, duplicates: 0, statements: 0, personsCreated: 0, meetingsCreated: 0, results: [] };
  for (const [index, entry] of entries.entries()) {
    const file = path.join(dir, entry.file);
    const text = decodeUtf8(await readFile(file), file);
    const result = await ingestArticle(
      prisma,
      { text, title: entry.title, outlet: entry.outlet, url: entry.url, published: entry.published },
      options,
    );
    if (result.created) summary.created++;
    else summary.duplicates++;
    summary.statements += result.counts.statements;
    summary.personsCreated += result.counts.personsCreated;
    summary.meetingsCreated += result.counts.meetingsCreated;
    summary.results.push({ file: entry.file, articleId: result.article.id, created: result.created });
    options.onProgress?.({ index, total: entries.length, file: entry.file, result });
  }
  return summary;
}
