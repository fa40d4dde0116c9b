// A small argument parser for the bench entry points: --name value, --name=value, --flag.
export function parseArgs(argv: string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new Error(`unexpected argument ${JSON.stringify(arg)}`);
    const eq = arg.indexOf('=');
    if (eq > 0) out.set(arg.slice(2, eq), arg.slice(eq + 1));
    else if (i + 1 < argv.length && !argv[i + 1].startsWith('--')) out.set(arg.slice(2), argv[++i]);
    else out.set(arg.slice(2), true);
  }
  return out;
}

export function intArg(args: Map<string, string | true>, name: string, fallback: number): number {
  const v = args.get(name);
  if (v === undefined) return fallback;
  const n = Number(String(v).replace(/k$/i, '000'));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number; got ${String(v)}`);
  return n;
}

export function stringArg(args: Map<string, string | true>, name: string): string | undefined {
  const v = args.get(name);
  if (v === true) throw new Error(`--${name} needs a value`);
  return v;
}
