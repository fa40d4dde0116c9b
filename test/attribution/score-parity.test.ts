// src/eval/score.ts prints the same attribution F1, detection, persons and English-name lines as
// ../shared/eval/score.mjs for the same predictions. Skipped when ../shared is not there.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.js';
import { engineText, loadGoldDir } from '../../src/eval/fixtures.js';
import { score } from '../../src/eval/score.js';

const root = path.resolve(__dirname, '..', '..');
const scoreMjs = path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
const present = fs.existsSync(scoreMjs);

describe.skipIf(!present)('score.ts ≡ score.mjs', () => {
  for (const set of ['gold', 'dev', 'dev2']) {
    it(`same attribution, detection and persons lines on ${set}`, () => {
      const dir = path.join(root, 'test', 'fixtures', set);
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-parity-'));
      const files = loadGoldDir(dir);
      const ours = score(files, (f) => {
        const r = attribute(engineText(f.text), { published: f.gold.published });
        fs.writeFileSync(path.join(out, f.name), JSON.stringify(r));
        return r;
      });
      const theirs = execFileSync(process.execPath, [scoreMjs, dir, out], { encoding: 'utf8' });
      const last = (s: string) => s.trim().split('\n').filter((l) => l.startsWith('attribution F1')).pop();
      expect(last(ours.lines.join('\n'))).toBe(last(theirs));
      const det = (s: string) => s.split('\n').find((l) => l.startsWith('detection'));
      expect(det(ours.lines.join('\n'))).toBe(det(theirs));
      const persons = (s: string) => s.split('\n').find((l) => l.startsWith('persons '));
      expect(persons(theirs)).toMatch(/^persons P .* English name exact/);
      expect(persons(ours.lines.join('\n'))).toBe(persons(theirs));
      fs.rmSync(out, { recursive: true, force: true });
    });
  }
});
