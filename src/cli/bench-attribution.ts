// npm run bench:attribution [-- COUNT]: runs the engine on COUNT (default 2000, at least 1000)
// synthetic articles in memory on one core; prints MB/s and articles/s, with progress on stderr.
import { attribute } from '../attribution/index.js';
import { findMeetings } from '../attribution/meetings.js';
import { synthArticles } from '../eval/synth.js';

const count = Math.max(1000, Number(process.argv[2]) || 2000);
const articles = synthArticles(count);
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a, 'utf8'), 0);
attribute(articles[0]); // warm-up
let statements = 0;
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
for (let k = 0; k < articles.length; k++) {
  statements += attribute(articles[k]).statements.length;
  if ((k + 1) % 250 === 0) process.stderr.write(`  ${k + 1}/${articles.length} articles\r`);
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const cpu = process.cpuUsage(c0);
const cpuSecs = (cpu.user + cpu.system) / 1e6;
process.stderr.write('\n');
console.log(`articles ${articles.length} | ${(bytes / 1e6).toFixed(2)} MB | statements ${statements} | wall ${secs.toFixed(2)} s | cpu ${cpuSecs.toFixed(2)} s`);
console.log(`${(bytes / 1e6 / secs).toFixed(2)} MB/s | ${(articles.length / secs).toFixed(0)} articles/s (wall clock)`);
console.log(`${(bytes / 1e6 / cpuSecs).toFixed(2)} MB/s | ${(articles.length / cpuSecs).toFixed(0)} articles/s (CPU time of this process, one core)`);
// the meetings step (meetings.ts, called by attribute) on its own, for the share of the total: with
// the persons and organizations attribute() found, as it is called there (with none it returns at once)
const contexts = articles.map((a) => {
  const out = attribute(a);
  return { persons: out.persons, organizations: out.organizations };
});
const m0 = process.cpuUsage();
articles.forEach((a, k) => findMeetings(a, contexts[k]));
const m = process.cpuUsage(m0);
const mSecs = (m.user + m.system) / 1e6;
console.log(`of which findMeetings ≈ ${mSecs.toFixed(2)} s CPU; attribution without it ≈ ${(bytes / 1e6 / Math.max(0.001, cpuSecs - mSecs)).toFixed(2)} MB/s`);
