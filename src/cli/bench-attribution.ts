// npm run bench:attribution [-- COUNT [PASSES]]: runs the engine on COUNT (default 2000, at least
// 1000) synthetic articles in memory, on this process's one JavaScript thread, and prints MB/s and
// articles/s: the first pass (code still being optimized) and the median of PASSES more (default
// 5: the steady state a long-running ingest or server reaches), by wall clock and by the CPU time
// of the whole process (V8 also compiles and collects garbage on helper threads). Progress on
// stderr.
import { attribute } from '../attribution/index.js';
import { findMeetings } from '../attribution/meetings/index.js';
import { synthArticles } from '../eval/synth.js';

const count = Math.max(1000, Number(process.argv[2]) || 2000);
const passes = Math.max(1, Number(process.argv[3]) || 5);
const articles = synthArticles(count);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a, 'utf8'), 0);
// Warm-up on other articles (another seed): the measured ones are never seen before the first pass.
for (const text of synthArticles(200, 7)) attribute(text);

interface Pass {
  wall: number;
  cpu: number;
  statements: number;
}

function runPass(label: string): Pass {
  let statements = 0;
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let k = 0; k < articles.length; k++) {
    statements += attribute(articles[k]).statements.length;
    if ((k + 1) % 500 === 0) process.stderr.write(`  ${label}: ${k + 1}/${articles.length} articles\r`);
  }
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(c0);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6, statements };
}

const rate = (secs: number) => `${(bytes / 1e6 / secs).toFixed(2)} MB/s, ${(articles.length / secs).toFixed(0)} articles/s`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const first = runPass('first pass');
const steady: Pass[] = [];
for (let p = 0; p < passes; p++) steady.push(runPass(`pass ${p + 2}/${passes + 1}`));
process.stderr.write('\n');
const wall = median(steady.map((p) => p.wall));
const cpu = median(steady.map((p) => p.cpu));
console.log(`articles ${articles.length} | ${(bytes / 1e6).toFixed(2)} MB | statements ${first.statements} per pass`);
console.log(`first pass:            ${rate(first.wall)} (wall clock) | ${rate(first.cpu)} (process CPU)`);
console.log(`steady (median of ${passes}): ${rate(wall)} (wall clock) | ${rate(cpu)} (process CPU)`);
// The meetings step (meetings.ts, called by attribute) on its own, for its share of the total: with
// the persons and organizations attribute() found, as it is called there (with none it returns at once).
const contexts = articles.map((a) => {
  const out = attribute(a);
  return { persons: out.persons, organizations: out.organizations };
});
const m0 = process.hrtime.bigint();
articles.forEach((a, k) => findMeetings(a, contexts[k]));
const meetingsSecs = Number(process.hrtime.bigint() - m0) / 1e9;
console.log(`of which findMeetings ≈ ${meetingsSecs.toFixed(2)} s of a ${wall.toFixed(2)} s pass (${((100 * meetingsSecs) / wall).toFixed(0)}%)`);
