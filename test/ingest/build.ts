// Builds Attribution objects by hand for tests: spans are found in the text by substring, so a
// test reads like the article it describes.
import type {
  AttributedMeeting,
  AttributedOrganization,
  AttributedPerson,
  AttributedStatement,
  Attribution,
  MeetingKind,
  MeetingStatus,
  OrganizationKind,
  Span,
  StatementKind,
} from '../../src/attribution/types.js';

export function span(text: string, needle: string, occurrence = 0): Span {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the text`);
  }
  return { text: needle, start: at, end: at + needle.length };
}

/** Every occurrence of needle in text. */
export function spans(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push({ text: needle, start: at, end: at + needle.length });
  return out;
}

export class AttributionBuilder {
  private a: Attribution = { persons: [], organizations: [], statements: [], meetings: [] };
  constructor(readonly text: string) {}

  person(name: string, opts: { mentions?: string[]; role?: string | null; nameEn?: string | null } = {}): string {
    const id = `p${this.a.persons.length + 1}`;
    const mentionTexts = opts.mentions ?? [name];
    const p: AttributedPerson = {
      id,
      name,
      nameEn: opts.nameEn ?? null,
      role: opts.role ?? null,
      mentions: mentionTexts.flatMap((m) => spans(this.text, m)),
    };
    this.a.persons.push(p);
    return id;
  }

  org(name: string, opts: { mentions?: string[]; kind?: OrganizationKind; nameEn?: string | null } = {}): string {
    const id = `o${this.a.organizations.length + 1}`;
    const o: AttributedOrganization = {
      id,
      name,
      nameEn: opts.nameEn ?? null,
      kind: opts.kind ?? 'other',
      mentions: (opts.mentions ?? [name]).flatMap((m) => spans(this.text, m)),
    };
    this.a.organizations.push(o);
    return id;
  }

  statement(speaker: string | null, cue: string, content: string, opts: { kind?: StatementKind; via?: string | null; audience?: string | null; anaphoric?: boolean } = {}): this {
    const contentSpan = span(this.text, content);
    // The cue is the nearest occurrence before the content (after it when none is before).
    const before = this.text.lastIndexOf(cue, contentSpan.start - cue.length);
    const cueSpan = before >= 0 ? { text: cue, start: before, end: before + cue.length } : span(this.text, cue);
    const s: AttributedStatement = {
      speaker,
      cue: cueSpan,
      content: contentSpan,
      kind: opts.kind ?? 'indirect',
      via: opts.via ?? null,
      audience: opts.audience ? span(this.text, opts.audience) : null,
      anaphoric: opts.anaphoric ?? false,
    };
    this.a.statements.push(s);
    return this;
  }

  meeting(participants: string[], kind: MeetingKind, mentions: string[], opts: { date?: string | null; endDate?: string | null; status?: MeetingStatus; place?: string | null } = {}): this {
    const m: AttributedMeeting = {
      participants,
      kind,
      place: opts.place ?? null,
      date: opts.date ?? null,
      endDate: opts.endDate ?? null,
      status: opts.status ?? 'held',
      mentions: mentions.map((t) => span(this.text, t)),
    };
    this.a.meetings.push(m);
    return this;
  }

  build(): Attribution {
    return structuredClone(this.a);
  }
}

/** An engine stand-in returning a fixed attribution per text. */
export function fixedEngine(table: Map<string, Attribution>) {
  return (text: string): Attribution => {
    const a = table.get(text);
    if (!a) throw new Error('no attribution prepared for this text');
    return structuredClone(a);
  };
}
