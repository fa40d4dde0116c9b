// The measure on the seed gold (test/fixtures/gold) and the dev set (test/fixtures/dev).
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.js';
import { engineText, loadGoldDir } from '../../src/eval/fixtures.js';
import { score } from '../../src/eval/score.js';

const fixtures = path.resolve(__dirname, '..', 'fixtures');
const run = (dir: string) => score(loadGoldDir(path.join(fixtures, dir)), (f) => attribute(engineText(f.text), { published: f.gold.published }));

describe('attribution F1', () => {
  it('is at least 0.95 on the seed gold', () => {
    const r = run('gold');
    expect(r.attribution.F, r.lines.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
  it('stays above its floor on the dev set (regression guard)', () => {
    const r = run('dev');
    expect(r.attribution.F, r.lines.join("\n")).toBeGreaterThanOrEqual(0.95);
    expect(r.detection.F).toBeGreaterThanOrEqual(0.95);
  });
});
