// Property tests: never throws, spans are exact, ids resolve — on any string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.js';
import type { Attribution, Span } from '../../src/attribution/types.js';

function check(text: string, r: Attribution) {
  const ok = (s: Span | null) => {
    if (!s) return;
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  };
  const ids = new Set([...r.persons.map((p) => p.id), ...r.organizations.map((o) => o.id)]);
  for (const p of r.persons) p.mentions.forEach(ok);
  for (const o of r.organizations) o.mentions.forEach(ok);
  for (const s of r.statements) {
    ok(s.cue);
    ok(s.content);
    ok(s.audience);
    if (s.speaker !== null) expect(ids.has(s.speaker)).toBe(true);
    if (s.via !== null) expect(ids.has(s.via)).toBe(true);
    expect(['direct', 'indirect']).toContain(s.kind);
  }
  for (const m of r.meetings) m.mentions.forEach(ok);
}

const ARABIC = 'قال أكد أن إن "“”«» : . ، وزير الخارجية الروسي سيرغي المتحدث باسم وكالة تاس نقلت عن قوله وأضاف مشيرا إلى قائلا البيت الأبيض الرئيس'.split(' ');
const arabicish = fc.array(fc.oneof(fc.constantFrom(...ARABIC), fc.constantFrom(' ', '\n', '"', '“', '”', '«', '»', '″', '.', '..', ':', '،', '-'), fc.string()), { maxLength: 80 }).map((a) => a.join(' '));

describe('attribute on arbitrary input', () => {
  it('never throws and keeps every span exact (random Unicode)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => check(s, attribute(s))), { numRuns: 100 });
  });
  it('never throws and keeps every span exact (Arabic news fragments, unbalanced quotes)', () => {
    fc.assert(fc.property(arabicish, (s) => check(s, attribute(s))), { numRuns: 100 });
  });
  it('handles empty, white space, Latin and a 1 MB article', () => {
    for (const s of ['', '   ', '\n\n', 'Hello "world', '"""""', '“”«»″']) check(s, attribute(s));
    const big = 'وقال وزير الخارجية الأردني أيمن الصفدي إن "الحل السياسي ممكن. وأضاف أن المفاوضات ستستأنف، مشيرا إلى أن '.repeat(10_000).slice(0, 1_000_000);
    const r = attribute(big);
    check(big, r);
    expect(r.statements.length).toBeGreaterThan(0);
  }, 600_000);
});
