// The attribution engine as ingest calls it, and a check that its output fits the text.
import { attribute } from '../attribution/index.js';
import type { AttributeOptions, Attribution, Span } from '../attribution/types.js';
import type { AttributionInternalError } from '../attribution/errors.js';
import { EngineOutputError } from './errors.js';

export type AttributeFn = (text: string, options: AttributeOptions) => Attribution | Promise<Attribution>;

/** The project's engine (src/attribution/index.ts). */
export const defaultAttribute: AttributeFn = attribute;

/** An exception the engine caught while reading one article (its output stayed valid). */
export interface EngineErrorReport {
  /** sha256 of the article's text (Article.contentHash): enough to find and replay it. */
  contentHash: string;
  stage: string;
  message: string;
  stack?: string;
}

export type EngineErrorLogger = (report: EngineErrorReport) => void;

/** Default: one JSON line on stderr per caught engine exception. */
export const logEngineError: EngineErrorLogger = (report) => {
  process.stderr.write(JSON.stringify({ level: 'warn', msg: 'attribution engine error', ...report }) + '\n');
};

/** The report of one caught exception of the engine on the text with this hash. */
export function engineErrorReport(contentHash: string, { stage, error }: AttributionInternalError): EngineErrorReport {
  const e = error instanceof Error ? error : null;
  return { contentHash, stage, message: e ? e.message : String(error), ...(e?.stack ? { stack: e.stack } : {}) };
}

function checkSpan(text: string, span: Span | null | undefined, what: string): void {
  if (!span) throw new EngineOutputError(`${what} has no span`);
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
    throw new EngineOutputError(`${what} has an impossible span [${start}, ${end}) in a text of ${text.length} characters`);
  }
  if (text.slice(start, end) !== span.text) {
    throw new EngineOutputError(`${what} says ${JSON.stringify(span.text)} but the text at [${start}, ${end}) is ${JSON.stringify(text.slice(start, end))}`);
  }
}

/** Throws EngineOutputError unless every span matches the text and every id resolves. */
export function checkAttribution(text: string, a: Attribution): void {
  const persons = new Set<string>();
  const orgs = new Set<string>();
  for (const p of a.persons) {
    if (persons.has(p.id) || !p.name?.trim()) throw new EngineOutputError(`person ${p.id} is repeated or has no name`);
    persons.add(p.id);
    p.mentions.forEach((m, i) => checkSpan(text, m, `person ${p.id} mention ${i}`));
  }
  for (const o of a.organizations) {
    if (persons.has(o.id) || orgs.has(o.id) || !o.name?.trim()) throw new EngineOutputError(`organization ${o.id} is repeated or has no name`);
    orgs.add(o.id);
    o.mentions.forEach((m, i) => checkSpan(text, m, `organization ${o.id} mention ${i}`));
  }
  a.statements.forEach((s, i) => {
    if (s.speaker !== null && !persons.has(s.speaker) && !orgs.has(s.speaker)) throw new EngineOutputError(`statement ${i} has unknown speaker ${s.speaker}`);
    if (s.via !== null && !orgs.has(s.via)) throw new EngineOutputError(`statement ${i} has unknown via ${s.via}`);
    checkSpan(text, s.cue, `statement ${i} cue`);
    checkSpan(text, s.content, `statement ${i} content`);
    if (s.audience) checkSpan(text, s.audience, `statement ${i} audience`);
  });
  a.meetings.forEach((m, i) => {
    for (const d of [m.date, m.endDate]) {
      if (d !== null && !/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new EngineOutputError(`meeting ${i} has a malformed date ${JSON.stringify(d)}`);
    }
    const precision = m.datePrecision ?? null;
    if (precision !== null && precision !== 'day' && precision !== 'month') throw new EngineOutputError(`meeting ${i} has an unknown date precision ${JSON.stringify(precision)}`);
    if (precision !== null && m.date === null) throw new EngineOutputError(`meeting ${i} has a date precision but no date`);
    if (precision === 'month' && !(m.date!.endsWith('-01') && m.endDate !== null && m.endDate.slice(0, 7) === m.date!.slice(0, 7))) {
      throw new EngineOutputError(`meeting ${i} is known to the month but its dates ${m.date}..${m.endDate} are not that month's first and last day`);
    }
    for (const p of m.participants) {
      if (!persons.has(p) && !orgs.has(p)) throw new EngineOutputError(`meeting ${i} has unknown participant ${p}`);
    }
    m.mentions.forEach((s, k) => checkSpan(text, s, `meeting ${i} mention ${k}`));
  });
}
