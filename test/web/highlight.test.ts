// The quote explorer's text layout (web/src/highlight.ts): spans in, pieces out, nothing parsed.
import { expect, test } from 'vitest';
import { layout, snippetParts, type Block, type InlineMark } from '../../web/src/highlight.js';

const text = 'قال الوزير إن "الحل سياسي" وأضاف أن "الحوار مستمر".';
const span = (needle: string) => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`not in the text: ${needle}`);
  return { start, end: start + needle.length };
};
const joined = (block: Block) => block.pieces.map((piece) => piece.text).join('');

test('one block per statement whose text is exactly its content; the blocks rebuild the text', () => {
  const contents = [
    { ...span('الحل سياسي'), statement: 's1' },
    { ...span('الحوار مستمر'), statement: 's2' },
  ];
  const inline: InlineMark[] = [
    { ...span('قال'), kind: 'cue', owner: 's1' },
    { ...span('وأضاف'), kind: 'cue', owner: 's2' },
    { ...span('الوزير'), kind: 'mention', owner: 'p1' },
  ];
  const blocks = layout(text, contents, inline);
  expect(blocks.map((b) => b.pieces.map((p) => p.text).join('')).join('')).toBe(text);
  const quoted = blocks.filter((b) => b.statement);
  expect(quoted.map((b) => [b.statement, joined(b)])).toEqual([
    ['s1', 'الحل سياسي'],
    ['s2', 'الحوار مستمر'],
  ]);
  const marks = blocks.flatMap((b) => b.pieces.flatMap((p) => ('mark' in p ? [[p.mark.kind, p.text]] : [])));
  expect(marks).toEqual([
    ['cue', 'قال'],
    ['mention', 'الوزير'],
    ['cue', 'وأضاف'],
  ]);
});

test('a name that straddles a quotation is cut at its edge, and spans outside the text are dropped', () => {
  const contents = [{ ...span('الحل سياسي'), statement: 's1' }];
  const straddling = { start: span('الحل').start - 2, end: span('الحل').end, kind: 'mention' as const, owner: 'p1' };
  const blocks = layout(text, contents, [straddling, { start: text.length + 5, end: text.length + 9, kind: 'cue', owner: 's1' }]);
  expect(blocks.map((b) => b.pieces.map((p) => p.text).join('')).join('')).toBe(text);
  const pieces = blocks.flatMap((b) => b.pieces.filter((p) => 'mark' in p).map((p) => [b.statement ?? null, p.text]));
  expect(pieces).toEqual([
    [null, text.slice(straddling.start, span('الحل').start)],
    ['s1', 'الحل'],
  ]);
});

test('of two overlapping contents the first keeps its span and the second starts after it', () => {
  const a = span('الحل سياسي');
  const blocks = layout(text, [{ ...a, statement: 'a' }, { start: a.start + 4, end: a.end + 3, statement: 'b' }], []);
  expect(blocks.filter((b) => b.statement).map((b) => [b.statement, joined(b)])).toEqual([
    ['a', 'الحل سياسي'],
    ['b', text.slice(a.end, a.end + 3)],
  ]);
});

test("the server's snippet becomes text and hits, entities decoded, no HTML kept", () => {
  expect(snippetParts('…قال إن <b>المفاوضات</b> &lt;صعبة&gt; &amp; <b>طويلة</b>')).toEqual([
    { text: '…قال إن ', hit: false },
    { text: 'المفاوضات', hit: true },
    { text: ' <صعبة> & ', hit: false },
    { text: 'طويلة', hit: true },
  ]);
});
