// Relay and audience: "نقلت وكالة X عن Y قوله"، "في تصريح للصحفيين نقلته وكالة X"، "لقناة X"،
// "في مداخلة مع فرانس24"، "وفق ما ذكرت وكالة X".
import type { Doc } from './doc.js';
import { audienceNouns, isNisba } from './lex.js';
import type { Org } from './names.js';
import type { Span } from './types.js';

const RELAY_VERBS = new Set(['نقلت', 'نقلته', 'نقلتها', 'نقل', 'نقله', 'نقلها', 'اوردت', 'اوردتها', 'اوردته', 'اورد', 'نسبت', 'بثته', 'بثتها', 'بثت', 'نشرته', 'نشرتها', 'اذاعته', 'اذاعتها', 'وفقا', 'وفق', 'حسب', 'بحسب', 'نقلا']);
const INTERVIEW = new Set(['مقابله', 'مداخله', 'حديث', 'حوار', 'لقاء', 'تصريح', 'تصريحات', 'تصريحه', 'مقابلته', 'حديثه', 'اتصال']);
const AFTER_MA = new Set(['ذكرت', 'ذكره', 'ذكرته', 'اوردت', 'نقلت', 'نقلته', 'افادت', 'قالت', 'اعلنت', 'نشرت', 'اوردته']);

export interface Relay {
  via: Org | null;
  audience: Span | null;
  explicit: boolean;
}

function stripW(f: string): string {
  return f.length > 3 && (f[0] === 'و' || f[0] === 'ف') ? f.slice(1) : f;
}

/** Via and audience stated in sentence `sent`, outside [exStart, exEnd) (the content). */
export function findRelay(doc: Doc, cueTok: number, exStart: number, exEnd: number): Relay {
  const sent = doc.toks[cueTok].s;
  let a = cueTok;
  while (a > 0 && cueTok - a < 80 && doc.toks[a - 1].s === sent) a--;
  let b = cueTok;
  while (b + 1 < doc.toks.length && b - cueTok < 80 && doc.toks[b + 1].s === sent) b++;
  let relayVia: Org | null = null;
  let lVia: { org: Org; span: Span } | null = null;
  let withVia: Org | null = null;
  let interview = false;
  let anyMedia: Org | null = null;
  let audience: Span | null = null;
  for (let k = a; k <= b; k++) {
    const t = doc.toks[k];
    if (t.start >= exStart && t.end <= exEnd) continue;
    if (!t.word) continue;
    const f = stripW(t.f);
    if (INTERVIEW.has(f) || INTERVIEW.has(t.f)) interview = true;
    const relayHere = RELAY_VERBS.has(f) || (AFTER_MA.has(f) && /^(ما|لما|بما)$/.test(doc.w(k - 1)));
    if (relayHere) {
      // the org right after (possibly after ما/لما)
      let m = k + 1;
      if (/^(ما|لما)$/.test(doc.w(m))) m++;
      if (/^(نقلته|نقلت|ذكرت|اوردت|افادت|نشرت)$/.test(doc.w(m))) m++;
      const np = doc.parseOrg(m);
      if (np && !np.backref && !(np.start >= 0 && doc.toks[np.start].start >= exStart && doc.toks[np.start].end <= exEnd)) {
        const o = doc.registerOrg(np);
        if (o && (o.media || o.orgKind === 'news_agency' || o.orgKind === 'tv' || o.orgKind === 'newspaper')) relayVia = relayVia ?? o;
      }
    }
    if (t.f.startsWith('ل') && t.f.length > 2) {
      const rest = t.f.startsWith('لل') ? 'ال' + t.f.slice(2) : t.f.slice(1);
      if (audienceNouns.has(rest) || audienceNouns.has(t.f.slice(1))) {
        let e = k + 1;
        if (doc.toks[e] && doc.toks[e].word && doc.toks[e].s === sent && (isNisba(doc.toks[e].f) || doc.toks[e].f === 'اجانب')) e++;
        audience = audience ?? doc.tokSpan(k, e);
      } else {
        const np = doc.parseOrg(k);
        if (np && !np.backref && np.media) {
          const o = doc.registerOrg(np);
          if (o) {
            const e = Math.min(np.end, k + 2);
            lVia = lVia ?? { org: o, span: doc.tokSpan(k, e) };
          }
        }
      }
    }
    if (f === 'امام' && audienceNouns.has(doc.w(k + 1))) {
      let e = k + 2;
      if (doc.toks[e] && doc.toks[e].word && isNisba(doc.toks[e].f)) e++;
      audience = audience ?? doc.tokSpan(k, e);
    }
    if (f === 'مع') {
      const np = doc.parseOrg(k + 1);
      if (np && !np.backref && np.media) {
        const o = doc.registerOrg(np);
        if (o) withVia = withVia ?? o;
      }
    }
    const ent = doc.entAt[k];
    if (ent && ent.kind === 'org' && ent.media && !anyMedia) anyMedia = ent;
  }
  let via = relayVia ?? lVia?.org ?? withVia ?? (interview ? anyMedia : null);
  if (relayVia && lVia && lVia.org !== relayVia) audience = audience ?? lVia.span;
  const explicit = !!via || !!audience;
  return { via, audience, explicit };
}
