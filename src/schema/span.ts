// `Span`: where something sits in its article's body.

import { builder } from './builder.js';

export interface SpanShape {
  start: number;
  end: number;
}

export const Span = builder.objectRef<SpanShape>('Span').implement({
  description:
    'A range of characters in an article body: `body.slice(start, end)` in JavaScript (UTF-16 code units, end exclusive) is the text.',
  fields: (t) => ({
    start: t.exposeInt('start', { description: 'Offset of the first character.' }),
    end: t.exposeInt('end', { description: 'Offset just past the last character.' }),
  }),
});
