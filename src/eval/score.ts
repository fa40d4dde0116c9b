// The attribution measure: a faithful port of ../shared/eval/score.mjs (same matching, same
// figures), plus audience accuracy. Pure: gold and predictions in, report out.
import type { Attribution } from '../attribution/types.js';

export interface GoldFile {
  name: string; // file name, e.g. "000.json"
  gold: any;
  text: string;
}

export interface ScoreTotals {
  gold: number;
  pred: number;
  det: number;
  attr: number;
  exact: number;
  cue: number;
  kind: number;
  viaN: number;
  via: number;
  audN: number;
  aud: number;
  unknown: number;
  arts: number;
  failed: number;
}

/** The persons measure: every named person of the gold against the output's persons, one to one. */
export interface PersonTotals {
  gold: number;
  pred: number;
  match: number;
  /** matched gold persons that have an English name, and how many of those the output spells the same */
  enN: number;
  en: number;
}

export interface ScoreReport {
  totals: ScoreTotals;
  persons: PersonTotals & { P: number; R: number; F: number; englishExact: number };
  rows: string[];
  detection: { P: number; R: number; F: number };
  attribution: { P: number; R: number; F: number };
  exact: { P: number; R: number; F: number };
  lines: string[];
}

export const norm = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKC')
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[“”"«»″‘’'(),.:;،؛!?؟\-–—\s]+/g, ' ')
    .trim();
const strip = (s: string | null | undefined) => norm(s).replace(/^(و|ف)(?=\S{3,})/, '');

function goldEntities(g: any): Map<string, Set<string>> {
  const ents = new Map<string, Set<string>>();
  const add = (id: string, forms: string[]) => {
    const set = ents.get(id) ?? new Set<string>();
    for (const f of forms) if (f) set.add(norm(f));
    ents.set(id, set);
  };
  for (const p of g.persons ?? []) add(p.key ?? p.name, [p.name, ...(p.mentions ?? [])]);
  for (const o of g.organizations ?? []) add(o.key ?? o.name, [o.name, ...(o.mentions ?? [])]);
  return ents;
}

export function sameEntity(goldForms: Set<string>, predForms: Set<string>): boolean {
  for (const a of goldForms) for (const b of predForms) {
    if (!a || !b) continue;
    if (a === b) return true;
    const [s, l] = a.length < b.length ? [a, b] : [b, a];
    if (s.length >= 4 && ` ${l} `.includes(` ${s} `)) return true;
  }
  return false;
}

/** Latin letters only, lower case, accents dropped: the English-name comparison of score.mjs. */
const latin = (s: string | null | undefined) =>
  (s ?? '')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]+/g, '');

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export function f1(tp: number, np: number, ng: number) {
  const P = np ? tp / np : 0;
  const R = ng ? tp / ng : 0;
  return { P, R, F: P + R ? (2 * P * R) / (P + R) : 0 };
}

/** Scores predictions (null when the output is missing or invalid) against gold files. */
export function score(files: GoldFile[], predict: (f: GoldFile) => Attribution | null, verbose = false): ScoreReport {
  const tot: ScoreTotals = { gold: 0, pred: 0, det: 0, attr: 0, exact: 0, cue: 0, kind: 0, viaN: 0, via: 0, audN: 0, aud: 0, unknown: 0, arts: 0, failed: 0 };
  const per: PersonTotals = { gold: 0, pred: 0, match: 0, enN: 0, en: 0 };
  const rows: string[] = [];
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const g = file.gold;
    const text = file.text;
    tot.arts++;
    let p: any;
    try {
      p = predict(file);
    } catch {
      p = null;
    }
    const gents = goldEntities(g);
    const gold = (g.statements ?? []).map((s: any) => {
      let start = text.indexOf(s.content);
      const cueAt = s.cue && s.cue !== ':' ? text.indexOf(s.cue) : -1;
      if (cueAt >= 0) {
        const after = text.indexOf(s.content, Math.max(0, cueAt - 400));
        if (after >= 0) start = after;
      }
      return { ...s, span: { start, end: start + s.content.length } };
    });
    tot.gold += gold.length;
    if (!p || !Array.isArray(p.statements)) {
      tot.failed++;
      rows.push(`${file.name}: no valid output`);
      continue;
    }
    const pents = new Map<string, Set<string>>();
    for (const e of [...(p.persons ?? []), ...(p.organizations ?? [])]) pents.set(e.id, new Set([norm(e.name), ...(e.mentions ?? []).map((m: any) => norm(m.text))]));
    const pred = p.statements.filter((s: any) => s?.content && Number.isInteger(s.content.start));
    tot.pred += pred.length;
    tot.unknown += pred.filter((s: any) => !s.speaker || !pents.has(s.speaker)).length;
    const pairs: Array<[number, number, number]> = [];
    gold.forEach((gs: any, gi: number) =>
      pred.forEach((ps: any, pi: number) => {
        const ov = overlap(gs.span, ps.content);
        if (!ov) return;
        const r = ov / Math.min(gs.span.end - gs.span.start, ps.content.end - ps.content.start);
        const iou = ov / (Math.max(gs.span.end, ps.content.end) - Math.min(gs.span.start, ps.content.start));
        if (r >= 0.5 && iou >= 0.2) pairs.push([iou, gi, pi]);
      }),
    );
    pairs.sort((a, b) => b[0] - a[0]);
    const gUsed = new Set<number>();
    const pUsed = new Set<number>();
    let det = 0, attr = 0, exact = 0, cue = 0, kind = 0, via = 0, viaN = 0, aud = 0, audN = 0;
    const misses: string[] = [];
    for (const [, gi, pi] of pairs) {
      if (gUsed.has(gi) || pUsed.has(pi)) continue;
      gUsed.add(gi);
      pUsed.add(pi);
      det++;
      const gs = gold[gi];
      const ps = pred[pi];
      const okSpeaker = sameEntity(gents.get(gs.speaker) ?? new Set([norm(gs.speaker)]), pents.get(ps.speaker) ?? new Set());
      if (okSpeaker) attr++;
      else misses.push(`  speaker: gold ${gs.speaker} / pred ${[...(pents.get(ps.speaker) ?? ['null'])][0]} :: ${gs.content.slice(0, 60)}`);
      if (norm(gs.content) === norm(ps.content.text)) exact++;
      if (strip(gs.cue) === strip(ps.cue?.text)) cue++;
      if (gs.kind === ps.kind) kind++;
      if (gs.via) {
        viaN++;
        const gv = gents.get(gs.via) ?? new Set([norm(gs.via)]);
        if (ps.via && sameEntity(gv, pents.get(ps.via) ?? new Set())) via++;
      }
      if (gs.audience) {
        audN++;
        if (ps.audience && norm(ps.audience.text) === norm(gs.audience)) aud++;
      }
    }
    gold.forEach((gs: any, gi: number) => {
      if (!gUsed.has(gi)) misses.push(`  missed: ${gs.speaker} ${gs.cue} :: ${gs.content.slice(0, 70)}`);
    });
    pred.forEach((ps: any, pi: number) => {
      if (!pUsed.has(pi)) misses.push(`  extra: ${ps.cue?.text} :: ${ps.content.text.slice(0, 70)}`);
    });
    scorePersons(g, p, per, misses);
    tot.det += det; tot.attr += attr; tot.exact += exact; tot.cue += cue; tot.kind += kind; tot.via += via; tot.viaN += viaN; tot.aud += aud; tot.audN += audN;
    const fd = f1(det, pred.length, gold.length);
    const fa = f1(attr, pred.length, gold.length);
    rows.push(`${file.name}: gold ${gold.length} pred ${pred.length} found ${det} attributed ${attr} | det F1 ${pc(fd.F)} attr F1 ${pc(fa.F)}`);
    if (verbose) rows.push(...misses);
  }
  const d = f1(tot.det, tot.pred, tot.gold);
  const a = f1(tot.attr, tot.pred, tot.gold);
  const e = f1(tot.exact, tot.pred, tot.gold);
  const pf = f1(per.match, per.pred, per.gold);
  const englishExact = per.enN ? per.en / per.enN : 0;
  const lines = [
    ...rows,
    `articles ${tot.arts} (no output: ${tot.failed}) | gold statements ${tot.gold} | predicted ${tot.pred}`,
    `detection  P ${pc(d.P)} R ${pc(d.R)} F1 ${pc(d.F)}`,
    `content exact F1 ${pc(e.F)} | cue acc ${pc(tot.det ? tot.cue / tot.det : 0)} | kind acc ${pc(tot.det ? tot.kind / tot.det : 0)} | via acc ${pc(tot.viaN ? tot.via / tot.viaN : 0)} (${tot.viaN}) | audience acc ${pc(tot.audN ? tot.aud / tot.audN : 0)} (${tot.audN}) | unknown speaker ${pc(tot.pred ? tot.unknown / tot.pred : 0)}%`,
    `persons P ${pc(pf.P)} R ${pc(pf.R)} F1 ${pc(pf.F)} (gold ${per.gold}, predicted ${per.pred}) | English name exact ${pc(englishExact)}% (${per.enN})`,
    `attribution F1 ${pc(a.F)} (P ${pc(a.P)} R ${pc(a.R)})`,
  ];
  return { totals: tot, persons: { ...per, ...pf, englishExact }, rows, detection: d, attribution: a, exact: e, lines };
}

/** Gold persons against predicted persons, greedy one to one in gold order (as score.mjs). */
function scorePersons(g: any, p: any, per: PersonTotals, misses: string[]): void {
  const gp = (g.persons ?? []).map((x: any) => ({ forms: new Set<string>([x.name, ...(x.mentions ?? [])].map(norm)), en: x.nameEn }));
  const pp = (p.persons ?? []).map((x: any) => ({ forms: new Set<string>([norm(x.name), ...(x.mentions ?? []).map((m: any) => norm(m.text))]), en: x.nameEn, name: x.name }));
  const used = new Set<number>();
  let matched = 0;
  for (const gq of gp) {
    const k = pp.findIndex((q: any, i: number) => !used.has(i) && sameEntity(gq.forms, q.forms));
    if (k < 0) {
      misses.push(`  person missed: ${[...gq.forms][0]}`);
      continue;
    }
    used.add(k);
    matched++;
    if (gq.en) {
      per.enN++;
      if (latin(gq.en) === latin(pp[k].en)) per.en++;
    }
  }
  pp.forEach((q: any, i: number) => {
    if (!used.has(i)) misses.push(`  person extra: ${q.name}`);
  });
  per.gold += gp.length;
  per.pred += pp.length;
  per.match += matched;
}

export const pc = (x: number) => (100 * x).toFixed(1);
