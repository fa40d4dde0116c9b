// The engine's output, exactly as docs/attribution-output.md fixes it.
import type { AttributionInternalError } from './errors.js';

// Offsets are JavaScript string indices (UTF-16 code units); text === input.slice(start, end).

export interface Span {
  text: string;
  start: number;
  end: number;
}

export type OrganizationKind = 'news_agency' | 'ministry' | 'government' | 'tv' | 'newspaper' | 'party' | 'other';
export type StatementKind = 'direct' | 'indirect';
export type MeetingKind = 'meeting' | 'phone_call' | 'summit' | 'visit' | 'talks';
export type DatePrecision = 'day' | 'month';
export type MeetingStatus = 'held' | 'planned' | 'proposed' | 'speculated';

export interface AttributedPerson {
  id: string; // "p1", local to one output
  name: string; // canonical Arabic form: the fullest mention in the text
  nameEn: string | null;
  role: string | null;
  mentions: Span[];
}

export interface AttributedOrganization {
  id: string; // "o1"
  name: string;
  nameEn: string | null;
  kind: OrganizationKind;
  mentions: Span[];
}

export interface AttributedStatement {
  speaker: string | null; // a person or organization id
  cue: Span; // the reporting verb, or ":" for a headline
  content: Span;
  kind: StatementKind;
  via: string | null; // organization id of the relaying agency or channel
  audience: Span | null;
  anaphoric: boolean;
  /** With `explain`: the rule (sieve) that chose the speaker. */
  decidedBy?: string | null;
}

export interface AttributedMeeting {
  participants: string[]; // person (or organization) ids
  kind: MeetingKind;
  place: string | null;
  date: string | null; // YYYY-MM-DD
  endDate: string | null;
  /** 'day': date (..endDate) are the days; 'month': only the month is known, date..endDate are its
   * first and last day; null when undated. The engine always sets it; absent (an older output) means 'day'. */
  datePrecision?: DatePrecision | null;
  status: MeetingStatus;
  mentions: Span[];
}

export interface Attribution {
  persons: AttributedPerson[];
  organizations: AttributedOrganization[];
  statements: AttributedStatement[];
  meetings: AttributedMeeting[];
}

export interface AttributeOptions {
  /** Publication date, YYYY-MM-DD: anchors relative dates. */
  published?: string;
  /** The outlet's name, when known (it is never a speaker of its own article's quotes). */
  outlet?: string;
  /** Receives each exception the engine caught and recovered from (the output stays valid). */
  onError?: (report: AttributionInternalError) => void;
  /** Add to each statement `decidedBy`: the rule (sieve) that chose its speaker. */
  explain?: boolean;
}
