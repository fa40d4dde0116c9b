// Which meetings a statement is about. The engine's contract has no statement→meeting link, so
// ingest derives it from where the meeting mentions are, in this order:
//  1. a mention of the meeting overlaps the statement's content span ("…سيبحث مع نظيره الفرنسي…"
//     inside what the speaker said);
//  2. otherwise, a mention inside the statement's sentence (from the sentence holding the cue to
//     the end of the sentence holding the content; sentences end at . ! ? ؟ or a line break);
//  3. otherwise, a continuation inherits: when the previous statement of the article has the same
//     speaker and ends at most CONTINUATION_GAP characters before this one's cue (وأضاف …),
//     this statement is about what the previous one was about.
// Pure: no database, testable on hand-made spans.
import type { Span } from '../attribution/types.js';

export const CONTINUATION_GAP = 300;

export interface LinkStatement {
  speaker: string | null;
  cue: Span;
  content: Span;
}

const SENTENCE_END = /[.!?؟\n]/;

function sentenceStart(text: string, at: number): number {
  let i = at;
  while (i > 0 && !SENTENCE_END.test(text[i - 1])) i--;
  return i;
}

function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !SENTENCE_END.test(text[i])) i++;
  return i;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** For each statement, the indices of the meetings (in `meetings` order) it is about. */
export function linkStatementsToMeetings(
  text: string,
  statements: LinkStatement[],
  meetings: { mentions: Span[] }[],
): number[][] {
  const result: number[][] = [];
  statements.forEach((s, i) => {
    const inContent = new Set<number>();
    meetings.forEach((m, k) => {
      if (m.mentions.some((span) => overlaps(span, s.content))) inContent.add(k);
    });
    if (inContent.size) {
      result.push([...inContent].sort((a, b) => a - b));
      return;
    }
    const from = sentenceStart(text, Math.min(s.cue.start, s.content.start));
    const to = sentenceEnd(text, Math.max(s.cue.end, s.content.end));
    const sentence = { start: from, end: to };
    const inSentence = new Set<number>();
    meetings.forEach((m, k) => {
      if (m.mentions.some((span) => overlaps(span, sentence))) inSentence.add(k);
    });
    if (inSentence.size) {
      result.push([...inSentence].sort((a, b) => a - b));
      return;
    }
    const prev = statements[i - 1];
    if (
      prev &&
      s.speaker !== null &&
      prev.speaker === s.speaker &&
      Math.min(s.cue.start, s.content.start) - Math.max(prev.content.end, prev.cue.end) <= CONTINUATION_GAP
    ) {
      result.push([...result[i - 1]]);
      return;
    }
    result.push([]);
  });
  return result;
}
