// Reading articles from disk for `npm run ingest` and the seed: .txt files, each with optional
// metadata in a sidecar .json of the same name (title, outlet, url, published).
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ValidationError } from './errors.js';
import type { IngestInput, OutletInput } from './validate.js';

export interface ArticleMetadata {
  title?: string | null;
  outlet?: string | OutletInput | null;
  url?: string | null;
  published?: string | null;
}

/** The .txt files named by paths: files as given, folders searched recursively, sorted. */
export async function collectTextFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  async function walk(p: string, explicit: boolean): Promise<void> {
    const s = await stat(p);
    if (s.isDirectory()) {
      const entries = (await readdir(p)).sort();
      for (const e of entries) await walk(path.join(p, e), false);
    } else if (explicit || p.toLowerCase().endsWith('.txt')) {
      out.push(p);
    }
  }
  for (const p of paths) await walk(p, true);
  return [...new Set(out)];
}

/** Decodes a file as strict UTF-8 (a ValidationError names the file otherwise). */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new ValidationError('text', `${file} is not valid UTF-8; convert it first (e.g. iconv -f cp1256 -t utf-8).`);
  }
}

async function readSidecar(file: string): Promise<ArticleMetadata> {
  const sidecar = file.replace(/\.txt$/i, '') + '.json';
  if (sidecar === file) return {};
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as ArticleMetadata;
  } catch (error) {
    throw new ValidationError('metadata', `${sidecar} is not a JSON object with title/outlet/url/published: ${(error as Error).message}`);
  }
}

/** One file and its sidecar as ingest input. */
export async function readArticleFile(file: string): Promise<IngestInput> {
  const text = decodeUtf8(await readFile(file), file);
  const meta = await readSidecar(file);
  return { text, title: meta.title, outlet: meta.outlet, url: meta.url, published: meta.published };
}
