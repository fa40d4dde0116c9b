// The attribute CLI: JSON on stdout; a one-line error and a non-zero exit on bad input.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', '..');
const cli = path.join(root, 'src', 'cli', 'attribute.ts');
const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const article = path.join(root, 'test', 'fixtures', 'articles', '001_effbc08bcded676d.txt');

function run(args: string[], input?: Buffer | string, env: Record<string, string> = {}) {
  return spawnSync(tsx, [cli, ...args], { cwd: root, input: typeof input === 'string' ? Buffer.from(input) : input, env: { ...process.env, ...env }, encoding: 'buffer', timeout: 60_000 });
}

describe('attribute CLI', () => {
  it('prints only the JSON for a good file', () => {
    const r = run(['--published', '2017-05-10', article]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.toString('utf8'));
    expect(out.statements.length).toBeGreaterThan(5);
    expect(Object.keys(out)).toEqual(['persons', 'organizations', 'statements', 'meetings']);
  });
  it('reads standard input with "-" and drops a BOM (offsets after it)', () => {
    const text = fs.readFileSync(article, 'utf8');
    const r = run(['-'], Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.toString('utf8'));
    for (const s of out.statements) expect(text.slice(s.content.start, s.content.end)).toBe(s.content.text);
  });
  const bad: Array<[string, string[], Buffer | string | undefined, Record<string, string>]> = [
    ['non-UTF-8 bytes', ['-'], Buffer.from([0x61, 0xff, 0xfe, 0x62]), {}],
    ['empty input', ['-'], '', {}],
    ['white space only', ['-'], ' \n\t ', {}],
    ['input above the size limit', ['-'], 'قال الوزير إن الاتفاق قريب. '.repeat(100), { ISNAD_MAX_ARTICLE_BYTES: '100' }],
    ['a bad --published', ['--published', '2017-02-30', article], undefined, {}],
    ['a missing file', [path.join(os.tmpdir(), 'no-such-article.txt')], undefined, {}],
  ];
  for (const [name, args, input, env] of bad) {
    it(`rejects ${name} with one line on stderr`, () => {
      const r = run(args, input, env);
      expect(r.status).not.toBe(0);
      expect(r.stdout.toString('utf8')).toBe('');
      const err = r.stderr.toString('utf8').split('\n').filter((l) => l && !l.startsWith('npm warn'));
      expect(err).toHaveLength(1);
    });
  }
});
