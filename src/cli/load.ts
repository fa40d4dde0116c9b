// `npm run load`: a bounded mix of the main queries and ingests against a running Isnad on loopback.
//   npm run load -- --url http://127.0.0.1:4000/graphql --duration 10 --amount 5000 --connections 8 --writes 50
// The API key for ingests: --key, else ISNAD_LOAD_API_KEY, else the first of ISNAD_API_KEYS. Start
// the service with ISNAD_RATE_LIMIT_WRITES=0 to measure it rather than its rate limits (429s are
// reported apart from errors). Exits 1 on any error or lost write.
import { parseArgs } from 'node:util';
import { formatReport, runLoad } from '../load/run.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    key: { type: 'string' },
    duration: { type: 'string', default: '10' },
    amount: { type: 'string', default: '5000' },
    connections: { type: 'string', default: '8' },
    writes: { type: 'string', default: '50' },
    'write-concurrency': { type: 'string', default: '2' },
    json: { type: 'boolean', default: false },
  },
});

const number = (name: string, value: string | undefined, max: number) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    console.error(`--${name} must be an integer between 0 and ${max}; got ${value}.`);
    process.exit(2);
  }
  return n;
};

const apiKey = values.key ?? process.env.ISNAD_LOAD_API_KEY ?? process.env.ISNAD_API_KEYS?.split(',')[0]?.trim() ?? undefined;
const options = {
  url: values.url!,
  apiKey: apiKey || undefined,
  duration: number('duration', values.duration, 600),
  amount: number('amount', values.amount, 1_000_000),
  connections: number('connections', values.connections, 256),
  writes: number('writes', values.writes, 100_000),
  writeConcurrency: number('write-concurrency', values['write-concurrency'], 64),
};
if (options.writes > 0 && !options.apiKey) console.error('No API key (--key, ISNAD_LOAD_API_KEY or ISNAD_API_KEYS): reads only.');

runLoad(options)
  .then((report) => {
    console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
    process.exit(report.reads.errors + report.writes.errors + report.writes.lost > 0 ? 1 : 0);
  })
  .catch((error) => {
    console.error(String((error as Error)?.message ?? error));
    process.exit(1);
  });
