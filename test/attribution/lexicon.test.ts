// Every lexicon entry's example sentence goes through the engine and shows the entry at work.
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.js';
import { CUES } from '../../src/attribution/lexicon/cues.js';
import { TITLES } from '../../src/attribution/lexicon/titles.js';
import { ORG_HEADS, ORG_NAMES } from '../../src/attribution/lexicon/orgs.js';
import { fold } from '../../src/attribution/normalize.js';

const f = (s: string) => fold(s);
const noConj = (s: string) => (/^[وف]/.test(s) && s.length > 3 ? s.slice(1) : s);

describe('reporting cues: each example yields a statement with that cue', () => {
  for (const e of CUES) {
    it(`${e.lemma}: ${e.example}`, () => {
      const r = attribute(e.example);
      const forms = new Set(e.forms.map(f));
      const hit = r.statements.some((s) => s.cue.text.split(/\s+/).some((w) => forms.has(f(noConj(w))) || forms.has(f(w))));
      expect(hit, JSON.stringify(r.statements.map((s) => [s.cue.text, s.content.text]))).toBe(true);
    });
  }
});

describe('titles: each example gives a person whose role holds the title (or a source that speaks)', () => {
  for (const e of TITLES) {
    it(`${e.forms[0]}: ${e.example}`, () => {
      const r = attribute(e.example);
      const forms = e.forms.map(f);
      const has = (s: string | null) => !!s && forms.some((t) => f(s).split(' ').some((w) => w === t || w === 'و' + t));
      const hit = r.persons.some((p) => has(p.role)) || (!!e.source && r.organizations.some((o) => has(o.name)));
      expect(hit, JSON.stringify([r.persons.map((p) => [p.name, p.role]), r.organizations.map((o) => o.name)])).toBe(true);
    });
  }
});

describe('organizations: each example names the organization', () => {
  for (const e of ORG_HEADS) {
    it(`${e.forms[0]}: ${e.example}`, () => {
      const r = attribute(e.example);
      const forms = e.forms.map(f);
      const hit = r.organizations.some((o) => [o.name, ...o.mentions.map((m) => m.text)].some((n) => forms.some((h) => f(n).includes(h.replace(/^ال/, '')))));
      expect(hit, JSON.stringify(r.organizations.map((o) => o.name))).toBe(true);
    });
  }
  for (const e of ORG_NAMES) {
    it(`${e.name}: ${e.example}`, () => {
      const r = attribute(e.example);
      const hit = r.organizations.some((o) => o.name === e.name || o.nameEn === e.nameEn);
      expect(hit, JSON.stringify(r.organizations.map((o) => [o.name, o.nameEn]))).toBe(true);
    });
  }
});
