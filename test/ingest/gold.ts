// The gold annotations (test/fixtures/gold, copied from ../shared/corpus/gold) as engine output:
// a perfect engine, so the ingest's merging can be tested apart from the engine's quality.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Attribution, AttributedStatement, MeetingKind, MeetingStatus, OrganizationKind, Span, StatementKind } from '../../src/attribution/types.js';
import { nameWords } from '../../src/ingest/keys.js';
import { spans } from './build.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const GOLD_DIR = path.resolve(here, '../fixtures/gold');

export interface GoldFile {
  file: string;
  outlet: string;
  published: string;
  title: string | null;
  persons: { key: string; name: string; nameEn: string | null; mentions: string[]; role: string | null }[];
  organizations: { key: string; name: string; nameEn: string | null; kind: OrganizationKind; mentions: string[] }[];
  statements: {
    speaker: string;
    cue: string;
    content: string;
    kind: StatementKind;
    via: string | null;
    audience: string | null;
    anaphoric: boolean;
    about: string[];
  }[];
  meetings: {
    key: string;
    participants: string[];
    kind: MeetingKind;
    place: string | null;
    date: string | null;
    endDate: string | null;
    status: MeetingStatus;
    mentions: string[];
  }[];
}

export function loadGold(name: '000' | '001'): GoldFile {
  return JSON.parse(readFileSync(path.join(GOLD_DIR, `${name}.json`), 'utf8')) as GoldFile;
}

function at(text: string, needle: string, from = 0): Span {
  const i = text.indexOf(needle, from);
  if (i < 0) throw new Error(`gold string not in text: ${needle}`);
  return { text: needle, start: i, end: i + needle.length };
}

function lastBefore(text: string, needle: string, end: number): Span {
  const i = text.lastIndexOf(needle, end - needle.length);
  return i >= 0 ? { text: needle, start: i, end: i + needle.length } : at(text, needle);
}

/**
 * Gold → Attribution. Like the engine, a person's name is its fullest mention in this text (not
 * the gold's cross-file canonical name), so cross-article merging has real work to do.
 */
export function goldAttribution(text: string, gold: GoldFile): Attribution {
  const persons = gold.persons.map((p) => ({
    id: p.key,
    name: [...p.mentions].sort((a, b) => nameWords(b).length - nameWords(a).length)[0],
    nameEn: p.nameEn,
    role: p.role,
    mentions: p.mentions.flatMap((m) => spans(text, m)),
  }));
  const organizations = gold.organizations.map((o) => ({
    id: o.key,
    name: o.mentions[0],
    nameEn: o.nameEn,
    kind: o.kind,
    mentions: o.mentions.flatMap((m) => spans(text, m)),
  }));
  let cursor = 0;
  const statements: AttributedStatement[] = gold.statements.map((s) => {
    const content = at(text, s.content, cursor);
    cursor = content.start;
    const cueAt = text.lastIndexOf(s.cue, content.start - 1);
    const cue = cueAt >= 0 ? { text: s.cue, start: cueAt, end: cueAt + s.cue.length } : at(text, s.cue, content.end);
    return {
      speaker: s.speaker,
      cue,
      content,
      kind: s.kind,
      via: s.via,
      // Continuations inherit the audience of an earlier sentence: take its last occurrence before the content.
      audience: s.audience ? lastBefore(text, s.audience, content.end) : null,
      anaphoric: s.anaphoric,
    };
  });
  const meetings = gold.meetings.map((m) => ({
    participants: m.participants,
    kind: m.kind,
    place: m.place,
    date: m.date,
    endDate: m.endDate,
    status: m.status,
    mentions: m.mentions.map((x) => at(text, x)),
  }));
  return { persons, organizations, statements, meetings };
}
