// Cuts an article body into the pieces the reader sees, from the spans the API returns (nothing is
// parsed here). Two levels: statement contents at the top (one element per statement, so its text
// is exactly the content), and inside and between them the cues, audiences and speaker names.

export interface Span {
  start: number;
  end: number;
}

export interface InlineMark extends Span {
  kind: 'cue' | 'audience' | 'mention';
  /** The statement (cue, audience; several, space-separated, for a shared cue) or speaker (mention) it belongs to. */
  owner: string;
}

export interface ContentMark extends Span {
  statement: string;
}

export type Piece = { text: string } | { mark: InlineMark; text: string };

export type Block = { pieces: Piece[]; statement?: undefined } | { pieces: Piece[]; statement: string };

/** Keeps spans inside the text and non-empty; of two that overlap, the earlier one wins and the later starts after it. */
function disjoint<T extends Span>(spans: readonly T[], from: number, to: number, rank: (span: T) => number = () => 0): T[] {
  const sorted = spans
    .map((span) => ({ ...span, start: Math.max(span.start, from), end: Math.min(span.end, to) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || rank(a) - rank(b) || b.end - a.end);
  const out: T[] = [];
  let cursor = from;
  for (const span of sorted) {
    const start = Math.max(span.start, cursor);
    if (span.end <= start) continue;
    out.push({ ...span, start });
    cursor = span.end;
  }
  return out;
}

const INLINE_RANK = { cue: 0, audience: 1, mention: 2 } as const;

function piecesOf(text: string, inline: readonly InlineMark[], from: number, to: number): Piece[] {
  const pieces: Piece[] = [];
  let cursor = from;
  for (const mark of disjoint(inline, from, to, (m) => INLINE_RANK[m.kind])) {
    if (mark.start > cursor) pieces.push({ text: text.slice(cursor, mark.start) });
    pieces.push({ mark, text: text.slice(mark.start, mark.end) });
    cursor = mark.end;
  }
  if (cursor < to) pieces.push({ text: text.slice(cursor, to) });
  return pieces;
}

export function layout(text: string, contents: readonly ContentMark[], inline: readonly InlineMark[]): Block[] {
  const blocks: Block[] = [];
  let cursor = 0;
  for (const content of disjoint(contents, 0, text.length)) {
    if (content.start > cursor) blocks.push({ pieces: piecesOf(text, inline, cursor, content.start) });
    blocks.push({ statement: content.statement, pieces: piecesOf(text, inline, content.start, content.end) });
    cursor = content.end;
  }
  if (cursor < text.length) blocks.push({ pieces: piecesOf(text, inline, cursor, text.length) });
  return blocks;
}

/** Reads the server's snippet (escaped text, matches in <b>…</b>) as text pieces, without innerHTML. */
export function snippetParts(snippet: string): { text: string; hit: boolean }[] {
  const decode = (s: string) =>
    s.replace(/&(lt|gt|amp|quot|#39|#x27|apos);/g, (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', '#39': "'", '#x27': "'", apos: "'" })[name] ?? '');
  return snippet
    .split(/(<b>.*?<\/b>)/s)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('<b>') && part.endsWith('</b>') ? { text: decode(part.slice(3, -4)), hit: true } : { text: decode(part), hit: false }));
}
