// Input checks for the attribute CLI (pure: bytes and strings in, text or an error out).

/** Default size limit for one article: 1 MiB. Override with ISNAD_MAX_ARTICLE_BYTES. */
export const DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024;

export interface AttributeArgs {
  file: string;
  published?: string;
  outlet?: string;
  /** Say which rule (sieve) decided each statement's speaker. */
  explain?: boolean;
}

export function isValidDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

export function parseAttributeArgs(argv: string[]): AttributeArgs {
  let file: string | null = null;
  let published: string | undefined;
  let outlet: string | undefined;
  let explain = false;
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    if (a === '--published' || a.startsWith('--published=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++k];
      if (v === undefined || !isValidDate(v)) throw new Error(`--published needs a date YYYY-MM-DD, got ${JSON.stringify(v ?? '')}`);
      published = v;
    } else if (a === '--outlet' || a.startsWith('--outlet=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++k];
      if (v === undefined || !v.trim()) throw new Error('--outlet needs a name');
      outlet = v;
    } else if (a === '--explain') {
      explain = true;
    } else if (a === '--') {
      continue;
    } else if (a.startsWith('--')) {
      throw new Error(`unknown option ${a}`);
    } else if (file === null) {
      file = a;
    } else {
      throw new Error(`one input only (got ${file} and ${a})`);
    }
  }
  if (file === null) throw new Error('usage: attribute [--published YYYY-MM-DD] [--outlet NAME] [--explain] FILE|-');
  return { file, published, outlet, explain };
}

export function maxArticleBytes(env: string | undefined): number {
  if (env === undefined || env === '') return DEFAULT_MAX_ARTICLE_BYTES;
  const n = Number(env);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`ISNAD_MAX_ARTICLE_BYTES must be a positive integer, got ${JSON.stringify(env)}`);
  return n;
}

/** Checks size, UTF-8 and emptiness; drops a leading BOM. Throws with a one-line message. */
export function readArticle(bytes: Uint8Array, limitEnv?: string): string {
  const limit = maxArticleBytes(limitEnv);
  if (bytes.length > limit) throw new Error(`input is ${bytes.length} bytes, above the limit of ${limit} bytes (ISNAD_MAX_ARTICLE_BYTES)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new Error('input is not valid UTF-8');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) throw new Error('input is empty');
  return text;
}
