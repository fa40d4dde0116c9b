// Input validation for ingestArticle: every rejection is a ValidationError naming the field and
// saying what to do about it.
import type { OrganizationKind } from '../attribution/types.js';
import { TextTooLargeError, ValidationError } from './errors.js';

/** Default limit on the article text, in UTF-8 bytes (ISNAD_MAX_ARTICLE_BYTES's default; a long news article is ~30 kB). */
export const DEFAULT_MAX_TEXT_BYTES = 1_000_000;

export interface OutletInput {
  name: string;
  nameEn?: string | null;
  kind?: OrganizationKind;
  /** Other names of the outlet (short name, Latin name…), stored as aliases. */
  aliases?: string[];
}

export interface IngestInput {
  text: string;
  title?: string | null;
  /** The outlet's name, or a description of it. */
  outlet?: string | OutletInput | null;
  url?: string | null;
  /** Publication date, YYYY-MM-DD. */
  published?: string | null;
}

export interface ValidInput {
  /** The text as stored: the input without a leading byte-order mark. */
  body: string;
  title: string | null;
  outlet: OutletInput | null;
  url: string | null;
  published: string | null;
}

const ORG_KINDS: OrganizationKind[] = ['news_agency', 'ministry', 'government', 'tv', 'newspaper', 'party', 'other'];

/**
 * The years a date may have, in the API and in ingest: PostgreSQL has no year 0, and ingest moves
 * dates by days (meeting and corroboration windows), which must stay within four-digit years.
 */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 9000;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function optionalString(field: string, value: unknown, max: number): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ValidationError(field, `${field} must be a string.`);
  const v = value.trim();
  if (!v) return null;
  if (v.includes('\u0000')) throw new ValidationError(field, `${field} contains a NUL character (U+0000); remove it.`);
  if (v.length > max) throw new ValidationError(field, `${field} is ${v.length} characters long; at most ${max} are allowed.`);
  return v;
}

export function validateInput(input: IngestInput, maxBytes = DEFAULT_MAX_TEXT_BYTES): ValidInput {
  if (!input || typeof input !== 'object') throw new ValidationError('input', 'Give an object with at least a text.');
  if (typeof input.text !== 'string') throw new ValidationError('text', 'text must be a string holding the article.');
  const body = input.text.startsWith('\uFEFF') ? input.text.slice(1) : input.text;
  if (!body.trim()) throw new ValidationError('text', 'The text is empty: give the article\'s text.');
  const size = Buffer.byteLength(body, 'utf8');
  if (size > maxBytes) throw new TextTooLargeError(size, maxBytes);
  if (body.includes('\u0000')) throw new ValidationError('text', 'The text contains a NUL character; is it a binary file?');
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(body)) {
    throw new ValidationError('text', 'The text contains an unpaired surrogate; send valid Unicode (UTF-8).');
  }

  let published: string | null = null;
  if (input.published !== undefined && input.published !== null && input.published !== '') {
    if (typeof input.published !== 'string' || !isIsoDate(input.published.trim())) {
      throw new ValidationError('published', `published must be a calendar date written YYYY-MM-DD, e.g. 2017-05-10, in the years ${MIN_YEAR} to ${MAX_YEAR}; got ${JSON.stringify(input.published)}.`);
    }
    published = input.published.trim();
  }

  let url = optionalString('url', input.url, 2048);
  if (url) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new ValidationError('url', `url must be an absolute http(s) URL; got ${JSON.stringify(url)}.`);
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
      throw new ValidationError('url', `url must use http or https; got ${parsed.protocol}`);
    }
    url = parsed.toString();
  }

  let outlet: OutletInput | null = null;
  if (typeof input.outlet === 'string' || input.outlet === null || input.outlet === undefined) {
    const name = optionalString('outlet', input.outlet, 200);
    outlet = name ? { name } : null;
  } else if (typeof input.outlet === 'object') {
    const name = optionalString('outlet.name', input.outlet.name, 200);
    if (!name) throw new ValidationError('outlet.name', 'The outlet needs a name.');
    const kind = input.outlet.kind ?? undefined;
    if (kind !== undefined && !ORG_KINDS.includes(kind)) {
      throw new ValidationError('outlet.kind', `outlet.kind must be one of ${ORG_KINDS.join(', ')}.`);
    }
    outlet = {
      name,
      nameEn: optionalString('outlet.nameEn', input.outlet.nameEn, 200),
      kind,
      aliases: (input.outlet.aliases ?? []).map((a) => optionalString('outlet.aliases', a, 200)).filter((a): a is string => !!a),
    };
  } else {
    throw new ValidationError('outlet', 'outlet must be a name or { name, nameEn?, kind? }.');
  }

  return { body, title: optionalString('title', input.title, 1000), outlet, url, published };
}
