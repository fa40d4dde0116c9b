// npx tsx src/eval/snapshot.ts OUT.json: runs attribute() over the gold, dev and ~300 seeded
// synthetic articles and writes every output, so an optimisation can be checked byte for byte
// against a baseline (cmp BASE.json OUT.json). Prints the CPU seconds spent in attribute().
import fs from 'node:fs';
import path from 'node:path';
import { attribute } from '../attribution/index.js';
import { loadGoldDir, engineText } from './fixtures.js';
import { synthArticles } from './synth.js';

const out = process.argv[2] ?? '/tmp/snap/out.json';
const root = path.resolve(process.env.FIXTURES ?? 'test/fixtures');

const inputs: Array<{ name: string; text: string; published?: string; outlet?: string }> = [];
for (const g of loadGoldDir(path.join(root, 'gold'))) inputs.push({ name: 'gold/' + g.name, text: engineText(g.text), published: g.gold.published, outlet: g.gold.outlet });
for (const name of fs.readdirSync(path.join(root, 'dev')).filter((f) => f.endsWith('.json')).sort()) {
  const d = JSON.parse(fs.readFileSync(path.join(root, 'dev', name), 'utf8'));
  inputs.push({ name: 'dev/' + name, text: engineText(d.text), published: d.published, outlet: d.outlet });
}
synthArticles(300, 7).forEach((text, k) => inputs.push({ name: `synth/${k}`, text }));

const c0 = process.cpuUsage();
const lines = inputs.map((i) => JSON.stringify({ name: i.name, out: attribute(i.text, { published: i.published, outlet: i.outlet }) }));
const cpu = process.cpuUsage(c0);
fs.writeFileSync(out, lines.join('\n') + '\n');
const bytes = inputs.reduce((n, i) => n + Buffer.byteLength(i.text, 'utf8'), 0);
const secs = (cpu.user + cpu.system) / 1e6;
console.log(`${inputs.length} inputs, ${(bytes / 1e6).toFixed(2)} MB, cpu ${secs.toFixed(2)} s, ${(bytes / 1e6 / secs).toFixed(3)} MB/s → ${out}`);
