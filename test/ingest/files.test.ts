// The .jsonl / .jsonl.gz reader of `npm run ingest`: streamed, line by line, every bad line
// reported with its number, files that are not gzip or not UTF-8 stopped with a typed error.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ValidationError } from '../../src/ingest/errors.js';
import { collectTextFiles, isJsonlFile, readJsonlArticles, type JsonlRecord } from '../../src/ingest/files.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'isnad-jsonl-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const lines = [
  JSON.stringify({ id: 'A1', text: 'قال الوزير إن الحل سياسي.', title: 'عنوان', outlet: 'سانا', published: '2018-02-18', url: 'http://example.org/a', category: 'x' }),
  '',
  JSON.stringify({ id: 'A2', text: 'وأضاف المتحدث أن "الاجتماع مفيد".', published: null }),
  '{"id": "A3", "text": ', // cut off
  JSON.stringify([1, 2]),
  JSON.stringify({ id: 'A5', title: 'no text' }),
  JSON.stringify({ text: 'نص بلا معرف' }),
];

async function readAll(file: string, options = {}): Promise<JsonlRecord[]> {
  const out: JsonlRecord[] = [];
  for await (const r of readJsonlArticles(file, options)) out.push(r);
  return out;
}

it('reads .jsonl and .jsonl.gz alike: articles, and each bad line with its number', async () => {
  const plain = path.join(dir, 'c.jsonl');
  const gz = path.join(dir, 'c.jsonl.gz');
  await writeFile(plain, lines.join('\r\n') + '\n');
  await writeFile(gz, gzipSync(Buffer.from('\uFEFF' + lines.join('\n'))));
  for (const file of [plain, gz]) {
    const records = await readAll(file);
    expect(records.map((r) => r.line)).toEqual([1, 3, 4, 5, 6, 7]);
    expect(records[0].input).toEqual({ text: 'قال الوزير إن الحل سياسي.', title: 'عنوان', outlet: 'سانا', published: '2018-02-18', url: 'http://example.org/a' });
    expect(records[0].id).toBe('A1');
    expect(records[1].input).toEqual({ text: 'وأضاف المتحدث أن "الاجتماع مفيد".', published: null });
    expect(records[2].error).toBeInstanceOf(ValidationError);
    expect(records[2].error!.message).toMatch(/not valid JSON/);
    expect(records[3].error!.message).toMatch(/not a JSON object/);
    expect(records[4].error!.message).toMatch(/A5: the object has no "text" string/);
    expect(records[5].input).toEqual({ text: 'نص بلا معرف' });
    expect(records.at(-1)!.position).toBeGreaterThan(0);
  }
});

it('stops with a ValidationError on a file that is not gzip or not UTF-8, after the lines before', async () => {
  const notGzip = path.join(dir, 'fake.jsonl.gz');
  await writeFile(notGzip, lines[0] + '\n');
  await expect(readAll(notGzip)).rejects.toThrow(/not a readable gzip file/);

  const latin = path.join(dir, 'latin.jsonl');
  const good = Buffer.from(lines[0] + '\n');
  // 64 kB of good lines first, so that the bad byte arrives in a later chunk than the first line.
  await writeFile(latin, Buffer.concat([good, Buffer.from((JSON.stringify({ text: 'x'.repeat(100) }) + '\n').repeat(700)), Buffer.from('{"text": "caf\xe9"}\n', 'latin1')]));
  const seen: JsonlRecord[] = [];
  const read = (async () => {
    for await (const r of readJsonlArticles(latin)) seen.push(r);
  })();
  await expect(read).rejects.toBeInstanceOf(ValidationError);
  await expect(read).rejects.toThrow(/not valid UTF-8/);
  expect(seen[0].input?.text).toBe('قال الوزير إن الحل سياسي.');
});

it('reports a line over the length limit without parsing it', async () => {
  const file = path.join(dir, 'long.jsonl');
  await writeFile(file, [JSON.stringify({ text: 'x'.repeat(500) }), JSON.stringify({ text: 'قصير' })].join('\n'));
  const records = await readAll(file, { maxLineLength: 100 });
  expect(records[0].error!.message).toMatch(/line 1 is \d+ characters long; at most 100/);
  expect(records[1].input).toEqual({ text: 'قصير' });
});

it('finds corpora in folders next to .txt files', async () => {
  const sub = path.join(dir, 'sub');
  await import('node:fs/promises').then((fs) => fs.mkdir(sub, { recursive: true }));
  await writeFile(path.join(sub, 'x.txt'), 'نص');
  await writeFile(path.join(sub, 'y.jsonl.gz'), gzipSync('{}'));
  await writeFile(path.join(sub, 'z.md'), '#');
  const found = (await collectTextFiles([sub])).map((f) => path.basename(f));
  expect(found).toEqual(['x.txt', 'y.jsonl.gz']);
  expect(isJsonlFile('A.JSONL.GZ')).toBe(true);
  expect(isJsonlFile('a.json')).toBe(false);
});
