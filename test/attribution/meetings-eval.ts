// Measures findMeetings on the gold (000, 001) and dev (d01–d20) articles.
// Run: npx tsx test/attribution/meetings-eval.ts [-v]
// Persons (and organisations) are built from the gold annotations: every mention string is located
// in the text, so the meeting engine is measured on its own, with perfect entities.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findMeetings } from '../../src/attribution/meetings/index.js';
import { resolveDate } from '../../src/attribution/dates.js';
import { fold, phoneticKey } from '../../src/attribution/normalize.js';
import { PLACES } from '../../src/attribution/lexicon/meeting-words.js';
import type { AttributedMeeting, AttributedOrganization, AttributedPerson, OrganizationKind, Span } from '../../src/attribution/types.js';

const CORPUS = join(import.meta.dirname, '..', 'fixtures');
const verbose = process.argv.includes('-v');
/** Without the stand-in organisations for dev (only persons, as the strictest setting). */
const noDevOrgs = process.argv.includes('--no-dev-orgs');
/**
 * --pipeline[=module]: persons and organisations come from the full engine (attribute() of
 * src/attribution/index.ts, or the given module), and gold participants are mapped onto them by
 * name, so the figures include the upstream extractors' errors.
 */
const pipelineArg = process.argv.find((a) => a.startsWith('--pipeline'));
const pipelineModule = pipelineArg ? (pipelineArg.split('=')[1] ?? '../../src/attribution/index.js') : null;

interface GoldMeeting {
  participants: string[];
  kind: string;
  place: string | null;
  date: string | null;
  endDate?: string | null;
  /** The time expression as the annotator read it. */
  when?: string | null;
  status: string;
}
interface Case {
  name: string;
  text: string;
  published: string;
  persons: AttributedPerson[];
  organizations: AttributedOrganization[];
  gold: GoldMeeting[]; // participants as ids ("" for unknown)
  hasEndDate: boolean;
}

function findAll(text: string, needles: string[], taken: boolean[]): Span[] {
  const spans: Span[] = [];
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    if (!needle) continue;
    let from = 0;
    for (;;) {
      const i = text.indexOf(needle, from);
      if (i < 0) break;
      from = i + 1;
      let free = true;
      for (let k = i; k < i + needle.length; k++) if (taken[k]) free = false;
      if (!free) continue;
      for (let k = i; k < i + needle.length; k++) taken[k] = true;
      spans.push({ text: needle, start: i, end: i + needle.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

const COUNTRIES = new Set(PLACES.map((p) => fold(p)));

function loadCases(): Case[] {
  const cases: Case[] = [];
  const goldFiles = [
    ['000.json', '000_5b3661702b30698b.txt'],
    ['001.json', '001_effbc08bcded676d.txt'],
  ];
  for (const [g, a] of goldFiles) {
    const gold = JSON.parse(readFileSync(join(CORPUS, 'gold', g), 'utf8'));
    const text = readFileSync(join(CORPUS, 'articles', a), 'utf8').replace(/^\uFEFF/, '');
    const taken = new Array(text.length).fill(false);
    const idOf = new Map<string, string>();
    const persons: AttributedPerson[] = gold.persons.map((p: any, i: number) => {
      idOf.set(p.key, `p${i + 1}`);
      return { id: `p${i + 1}`, name: p.name, nameEn: p.nameEn, role: p.role, mentions: findAll(text, p.mentions, taken) };
    });
    const organizations: AttributedOrganization[] = gold.organizations.map((o: any, i: number) => {
      idOf.set(o.key, `o${i + 1}`);
      return { id: `o${i + 1}`, name: o.name, nameEn: o.nameEn, kind: o.kind as OrganizationKind, mentions: findAll(text, o.mentions, taken) };
    });
    cases.push({
      name: g.replace('.json', ''),
      text,
      published: gold.published,
      persons,
      organizations,
      gold: gold.meetings.map((m: any) => ({ ...m, participants: m.participants.map((k: string) => idOf.get(k) ?? '') })),
      hasEndDate: true,
    });
  }
  const devDir = join(CORPUS, 'dev');
  for (const f of readdirSync(devDir).filter((x) => /^d\d+\.json$/.test(x)).sort()) {
    const d = JSON.parse(readFileSync(join(devDir, f), 'utf8'));
    const text: string = d.text;
    const taken = new Array(text.length).fill(false);
    const idOf = new Map<string, string>();
    const persons: AttributedPerson[] = d.persons.map((p: any, i: number) => {
      idOf.set(p.name, `p${i + 1}`);
      return { id: `p${i + 1}`, name: p.name, nameEn: p.nameEn ?? null, role: p.role ?? null, mentions: findAll(text, p.mentions, taken) };
    });
    // non-person participants that are named in the text and are not countries/cities stand in
    // for what the organisation extractor would pass (a convening body: الامم المتحدة…)
    const organizations: AttributedOrganization[] = [];
    for (const m of d.meetings) {
      for (const p of m.participants) {
        if (noDevOrgs || idOf.has(p) || COUNTRIES.has(fold(p)) || !text.includes(p)) continue;
        const id = `o${organizations.length + 1}`;
        idOf.set(p, id);
        organizations.push({ id, name: p, nameEn: null, kind: 'other', mentions: findAll(text, [p], taken) });
      }
    }
    cases.push({
      name: d.id,
      text,
      published: d.published,
      persons,
      organizations,
      gold: d.meetings.map((m: any) => ({ ...m, participants: m.participants.map((k: string) => idOf.get(k) ?? '') })),
      hasEndDate: false,
    });
  }
  return cases;
}

/**
 * A date known only to its month is right at its precision when the gold day falls in that month,
 * or when the gold left the date empty because its time expression names only that month.
 */
function monthDateOk(p: AttributedMeeting, g: GoldMeeting, published: string): boolean {
  if (!p.date || !p.endDate) return false;
  if (g.date) return p.date <= g.date && g.date <= p.endDate;
  const said = g.when ? resolveDate(g.when, published) : null;
  return !!said && said.granularity === 'month' && said.date === p.date;
}

interface Tally {
  gold: number;
  goldRepresentable: number;
  pred: number;
  matched: number;
  dateOk: number;
  statusOk: number;
  placeOk: number;
}

function evaluate(c: Case, pred: AttributedMeeting[]): { t: Tally; lines: string[] } {
  const lines: string[] = [];
  const t: Tally = { gold: c.gold.length, goldRepresentable: 0, pred: pred.length, matched: 0, dateOk: 0, statusOk: 0, placeOk: 0 };
  const used = new Set<number>();
  for (const g of c.gold) {
    const gp = g.participants.filter(Boolean);
    if (gp.length === 0) {
      lines.push(`   gold (unrepresentable: no named participant) ${g.kind} ${JSON.stringify(g.participants)}`);
      continue;
    }
    t.goldRepresentable++;
    let best = -1;
    let bestOv = 0;
    pred.forEach((p, i) => {
      if (used.has(i) || p.kind !== g.kind) return;
      const ov = p.participants.filter((x) => gp.includes(x)).length;
      if (ov > bestOv) {
        bestOv = ov;
        best = i;
      }
    });
    if (best < 0) {
      lines.push(`   MISS ${g.kind} ${gp.join(',')} ${g.date ?? ''} ${g.status}`);
      continue;
    }
    used.add(best);
    t.matched++;
    const p = pred[best];
    const dOk = p.datePrecision === 'month' ? monthDateOk(p, g, c.published) : p.date === (g.date ?? null) && (!c.hasEndDate || p.endDate === (g.endDate ?? null));
    const sOk = p.status === g.status;
    const plOk = (p.place ?? null) === (g.place ?? null);
    if (dOk) t.dateOk++;
    if (sOk) t.statusOk++;
    if (plOk) t.placeOk++;
    lines.push(
      `   match ${g.kind} ${gp.join(',')} | date ${dOk ? 'ok' : `${p.date}/${p.endDate} vs ${g.date}/${g.endDate ?? ''}`} | status ${sOk ? 'ok' : `${p.status} vs ${g.status}`} | place ${plOk ? 'ok' : `${p.place} vs ${g.place}`}`,
    );
  }
  pred.forEach((p, i) => {
    if (!used.has(i)) lines.push(`   EXTRA ${p.kind} ${p.participants.join(',')} ${p.date ?? ''} ${p.status} «${p.mentions.map((m) => m.text).join(' | ')}»`);
  });
  return { t, lines };
}

const dumpIdx = process.argv.indexOf('--dump');
const dump = dumpIdx > 0 ? process.argv[dumpIdx + 1] : null;
type AttributeFn = (text: string, o: { published?: string }) => { persons: AttributedPerson[]; organizations: AttributedOrganization[] };
const attributeFn: AttributeFn | null = pipelineModule ? ((await import(pipelineModule)) as { attribute: AttributeFn }).attribute : null;

/** Rebinds a case's gold participants onto the pipeline's persons/organisations by name. */
function viaPipeline(c: Case): Case {
  const out = attributeFn!(c.text, { published: c.published });
  const goldNames = new Map<string, string[]>(); // gold id → name strings
  for (const p of c.persons) goldNames.set(p.id, [p.name, ...p.mentions.map((m) => m.text)]);
  for (const o of c.organizations) goldNames.set(o.id, [o.name, ...o.mentions.map((m) => m.text)]);
  const key = (s: string): string => phoneticKey(s);
  const findId = (gid: string): string => {
    const names = (goldNames.get(gid) ?? []).map(key).filter(Boolean);
    for (const e of [...out.persons, ...out.organizations]) {
      const ks = [e.name, ...e.mentions.map((m) => m.text)].map(key);
      if (ks.some((k) => names.some((g) => k === g || (g.length > 4 && (k.endsWith(g) || g.endsWith(k)) && Math.min(k.length, g.length) >= 4)))) return e.id;
    }
    return '';
  };
  return { ...c, persons: out.persons, organizations: out.organizations, gold: c.gold.map((g) => ({ ...g, participants: g.participants.map((id) => (id ? findId(id) : '')) })) };
}

const total: Tally = { gold: 0, goldRepresentable: 0, pred: 0, matched: 0, dateOk: 0, statusOk: 0, placeOk: 0 };
for (const c0 of loadCases()) {
  const c = attributeFn ? viaPipeline(c0) : c0;
  if (dump && c.name !== dump) continue;
  if (dump) (globalThis as any).__MEETINGS_DEBUG = true;
  const pred = findMeetings(c.text, { persons: c.persons, organizations: c.organizations, published: c.published });
  if (dump) {
    console.log(c.persons.map((p) => `${p.id}=${p.name}`).join(' '), c.organizations.map((o) => `${o.id}=${o.name}`).join(' '));
    for (const m of pred) console.log(JSON.stringify({ ...m, mentions: m.mentions.map((x) => x.text) }));
  }
  for (const m of pred) for (const s of m.mentions) if (c.text.slice(s.start, s.end) !== s.text) throw new Error(`bad span in ${c.name}`);
  const { t, lines } = evaluate(c, pred);
  for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
  console.log(
    `${c.name.padEnd(4)} gold ${t.gold} (named ${t.goldRepresentable})  found ${t.pred}  matched ${t.matched}  date ${t.dateOk}/${t.matched}  status ${t.statusOk}/${t.matched}  place ${t.placeOk}/${t.matched}`,
  );
  if (verbose) for (const l of lines) console.log(l);
}
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
console.log('----');
console.log(
  `TOTAL gold ${total.gold} (with a named participant: ${total.goldRepresentable})  found ${total.pred}  matched ${total.matched}\n` +
    `  recall ${pct(total.matched, total.goldRepresentable)} (of all gold ${pct(total.matched, total.gold)})  precision ${pct(total.matched, total.pred)}\n` +
    `  date accuracy ${total.dateOk}/${total.matched} ${pct(total.dateOk, total.matched)}  status accuracy ${total.statusOk}/${total.matched} ${pct(total.statusOk, total.matched)}  place ${total.placeOk}/${total.matched} ${pct(total.placeOk, total.matched)}`,
);
