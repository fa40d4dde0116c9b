// attribute() never throws on text, but an exception it catches is counted and handed to the
// caller (onError), never dropped; and no article of the corpora makes the engine catch one.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { attribute, internalErrorCount, type AttributionInternalError } from '../../src/attribution/index.js';
import { engineText, loadGoldDir } from '../../src/eval/fixtures.js';

const TEXT =
  'وقال وزير الخارجية الفرنسي جان إيف لودريان إن "الحل سياسي". والتقى لودريان نظيره الروسي سيرغي لافروف في موسكو يوم الأحد.';

describe('caught internal errors', () => {
  it('a failing stage is reported to onError and counted; the output of the other stages stays', () => {
    const reports: AttributionInternalError[] = [];
    const before = internalErrorCount();
    // an untyped caller's bad option: the meetings stage cannot read a Symbol as a date
    const out = attribute(TEXT, { published: Symbol('not a date') as unknown as string, onError: (r) => reports.push(r) });
    expect(reports).toHaveLength(1);
    expect(reports[0].stage).toBe('meetings');
    expect(reports[0].error).toBeInstanceOf(TypeError);
    expect(internalErrorCount()).toBe(before + 1);
    expect(out.meetings).toEqual([]);
    expect(out.statements.map((s) => s.content.text)).toEqual(['الحل سياسي']);
  });

  it('the same text with a good option reports nothing and finds the meeting', () => {
    const reports: AttributionInternalError[] = [];
    const before = internalErrorCount();
    const out = attribute(TEXT, { published: '2017-05-10', onError: (r) => reports.push(r) });
    expect(reports).toEqual([]);
    expect(internalErrorCount()).toBe(before);
    expect(out.meetings).toHaveLength(1);
  });

  it('a hook that throws does not make attribute() throw; the error is still counted', () => {
    const before = internalErrorCount();
    const out = attribute(TEXT, {
      published: Symbol('x') as unknown as string,
      onError: () => {
        throw new Error('hook failed');
      },
    });
    expect(out.statements).toHaveLength(1);
    expect(internalErrorCount()).toBe(before + 1);
  });

  it('errors go to the hook of the call they happen in only', () => {
    const first: AttributionInternalError[] = [];
    attribute(TEXT, { onError: (r) => first.push(r) });
    attribute(TEXT, { published: Symbol('x') as unknown as string });
    expect(first).toEqual([]);
  });
});

const fixtures = path.resolve(__dirname, '../fixtures');
const antCorpus = path.resolve(__dirname, '../../../shared/corpus/ant/ant-multisource.jsonl.gz');

/** Every `stride`-th article of the ant corpus (JSON lines, gzipped). */
async function antSample(stride: number): Promise<{ id: string; text: string; published?: string }[]> {
  const out: { id: string; text: string; published?: string }[] = [];
  const lines = readline.createInterface({ input: fs.createReadStream(antCorpus).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  let k = 0;
  for await (const line of lines) if (k++ % stride === 0 && line.trim()) out.push(JSON.parse(line));
  return out;
}

describe('no corpus article makes the engine catch an exception', () => {
  for (const set of ['gold', 'dev', 'dev2']) {
    it(`test/fixtures/${set}`, () => {
      const failures: string[] = [];
      const files = loadGoldDir(path.join(fixtures, set));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) {
        attribute(engineText(f.text), { published: f.gold.published, onError: ({ stage, error }) => failures.push(`${f.name} ${stage}: ${String(error)}`) });
      }
      expect(failures).toEqual([]);
    });
  }

  it.skipIf(!fs.existsSync(antCorpus))('a sample of the ant corpus (every 30th article)', async () => {
    const articles = await antSample(30);
    expect(articles.length).toBeGreaterThan(500);
    const failures: string[] = [];
    for (const a of articles) {
      attribute(a.text, { published: a.published, onError: ({ stage, error }) => failures.push(`${a.id} ${stage}: ${String(error)}`) });
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
