// Reading articles from disk for `npm run ingest` and the seed: .txt files, each with optional
// metadata in a sidecar .json of the same name (title, outlet, url, published); and corpora of
// one JSON object per line (.jsonl, or .jsonl.gz), read as a stream, never whole.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { Transform, type TransformCallback } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { ValidationError } from './errors.js';
import type { IngestInput, OutletInput } from './validate.js';

export interface ArticleMetadata {
  title?: string | null;
  outlet?: string | OutletInput | null;
  url?: string | null;
  published?: string | null;
}

/** A corpus file: one article per line, optionally gzip-compressed. */
export function isJsonlFile(file: string): boolean {
  return /\.jsonl(\.gz)?$/i.test(file);
}

/** The .txt and .jsonl(.gz) files named by paths: files as given, folders searched recursively, sorted. */
export async function collectTextFiles(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  async function walk(p: string, explicit: boolean): Promise<void> {
    const s = await stat(p);
    if (s.isDirectory()) {
      const entries = (await readdir(p)).sort();
      for (const e of entries) await walk(path.join(p, e), false);
    } else if (explicit || p.toLowerCase().endsWith('.txt') || isJsonlFile(p)) {
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

/** One line of a .jsonl corpus: the article it holds, or why it cannot be ingested. */
export interface JsonlRecord {
  /** 1-based line number in the (decompressed) file. */
  line: number;
  /** The record's own `id`, when it has a string one (for messages). */
  id?: string;
  input?: IngestInput;
  error?: ValidationError;
  /** Bytes of the file on disk read so far (compressed bytes for .gz): progress against its size. */
  position: number;
}

export interface JsonlOptions {
  /** Longest line accepted, in characters; a longer one is reported, not parsed (default 8 M). */
  maxLineLength?: number;
}

/** UTF-8 decoding that fails on the first invalid byte instead of replacing it. */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  constructor(private readonly file: string) {
    super({ readableObjectMode: false, decodeStrings: true, encoding: 'utf8' });
  }
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      done(null, this.decoder.decode(chunk, { stream: true }));
    } catch {
      done(new ValidationError('text', `${this.file} is not valid UTF-8; convert it first (e.g. iconv -f cp1256 -t utf-8).`));
    }
  }
  override _flush(done: TransformCallback): void {
    try {
      done(null, this.decoder.decode());
    } catch {
      done(new ValidationError('text', `${this.file} ends in the middle of a UTF-8 character.`));
    }
  }
}

const FIELDS = ['text', 'title', 'outlet', 'url', 'published'] as const;

/** A line's JSON as ingest input; throws ValidationError when it is not an article object. */
export function jsonlRecordInput(line: string): { input: IngestInput; id?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new ValidationError('line', `not valid JSON: ${(error as Error).message}`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ValidationError('line', 'not a JSON object with text, title, outlet, published, url');
  }
  const o = parsed as Record<string, unknown>;
  const id = typeof o.id === 'string' ? o.id : undefined;
  if (typeof o.text !== 'string') throw new ValidationError('text', `${id ? `${id}: ` : ''}the object has no "text" string`);
  const input: IngestInput = { text: o.text };
  for (const f of FIELDS.slice(1)) if (o[f] !== undefined) (input as unknown as Record<string, unknown>)[f] = o[f];
  return { input, id };
}

/**
 * The articles of a .jsonl or .jsonl.gz file, one per non-blank line, streamed (gunzip, strict
 * UTF-8, a line reader): memory holds a line at a time, whatever the file's size. A line that is
 * not an article is yielded with its error, and reading goes on; a file that is not gzip or not
 * UTF-8 stops with a ValidationError naming it.
 */
export async function* readJsonlArticles(file: string, options: JsonlOptions = {}): AsyncGenerator<JsonlRecord> {
  const maxLineLength = options.maxLineLength ?? 8_000_000;
  const raw = createReadStream(file);
  let position = 0;
  raw.on('data', (chunk) => (position += chunk.length));
  const utf8 = new StrictUtf8(file);
  let failure: Error | null = null;
  // A destroyed input does not end the line reader's iteration; closing the reader does.
  const fail = (error: Error) => {
    failure ??= error;
    lines.close();
    utf8.destroy();
  };
  raw.on('error', fail);
  utf8.on('error', fail);
  const lines = createInterface({ input: utf8, crlfDelay: Infinity });
  lines.on('error', fail); // the reader passes its input's errors on
  if (/\.gz$/i.test(file)) {
    const gunzip = createGunzip();
    gunzip.on('error', (e) => fail(new ValidationError('file', `${file} is not a readable gzip file: ${e.message}`)));
    raw.pipe(gunzip).pipe(utf8);
  } else {
    raw.pipe(utf8);
  }
  let line = 0;
  try {
    for await (const text of lines) {
      line++;
      if (!text.trim()) continue;
      if (text.length > maxLineLength) {
        yield { line, position, error: new ValidationError('line', `line ${line} is ${text.length} characters long; at most ${maxLineLength} are read`) };
        continue;
      }
      try {
        yield { line, position, ...jsonlRecordInput(line === 1 ? text.replace(/^\uFEFF/, '') : text) };
      } catch (error) {
        yield { line, position, error: error as ValidationError };
      }
    }
  } catch (error) {
    fail(error as Error);
  } finally {
    lines.close();
    raw.destroy();
  }
  if (failure) throw failure;
}
