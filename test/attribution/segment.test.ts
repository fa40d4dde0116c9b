import { describe, expect, it } from 'vitest';
import { findQuotes, findSentences, markPositions, softNewlines, tokenize } from '../../src/attribution/segment.js';
import { attribute } from '../../src/attribution/index.js';
import { LINE_BREAK_EXAMPLES } from '../../src/attribution/lexicon/line-breaks.js';

describe('tokenize', () => {
  it('splits words and punctuation, keeps a hyphenated name whole, folds', () => {
    const t = tokenize('وقال مون جاى-إن: "نعم".');
    expect(t.filter((x) => x.word).map((x) => x.raw)).toEqual(['وقال', 'مون', 'جاى-إن', 'نعم']);
    expect(t[2].f).toBe('جايان');
    expect(t.some((x) => x.raw === ':')).toBe(true);
  });
  it('drops diacritics and tatweel in the folded form only', () => {
    const [a] = tokenize('لافتاً');
    expect(a.raw).toBe('لافتاً');
    expect(a.f).toBe('لافتا');
  });
  it('collects the same marks as markPositions (quotes, newlines, sentence ends)', () => {
    const units = ['ق', 'ا', 'ل', ' ', '\n', '.', '..', '!', '?', '؟', '۔', '"', '“', '”', '«', '»', '-', '#', '٥', '5', '\u064e', '\u200b', '\ud83d\ude00', '\ud83d', '،'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let n = 0; n < 300; n++) {
      let text = '';
      const len = next() % 40;
      for (let k = 0; k < len; k++) text += units[next() % units.length];
      const marks: number[] = [];
      tokenize(text, undefined, undefined, marks);
      expect(marks, JSON.stringify(text)).toEqual(markPositions(text));
    }
  });
});

describe('findQuotes', () => {
  it('pairs curly and straight quotes', () => {
    const text = 'وقال: “كما ترون فإننا بحاجة إلى القمم”. وأضاف "نحن مستعدون".';
    const q = findQuotes(text);
    expect(q.map((r) => text.slice(r.cStart, r.cEnd))).toEqual(['كما ترون فإننا بحاجة إلى القمم', 'نحن مستعدون']);
  });
  it('a quotation never closed runs to the end of its sentence', () => {
    const text = 'وأضاف: "نحن نعتقد أنه ليس هناك أي عائق. كما نقلت الوكالة عنه قوله إنه "سيصدر أمرا".';
    const q = findQuotes(text);
    expect(text.slice(q[0].cStart, q[0].cEnd)).toBe('نحن نعتقد أنه ليس هناك أي عائق');
    expect(q[0].closed).toBe(false);
    expect(text.slice(q[1].cStart, q[1].cEnd)).toBe('سيصدر أمرا');
  });
  it('a quotation left open at the end of a line ends at the line', () => {
    const text = 'عن المتحدث قوله "موسكو ترحب بأي تصريحات\nسطر آخر.';
    const q = findQuotes(text);
    expect(text.slice(q[0].cStart, q[0].cEnd)).toBe('موسكو ترحب بأي تصريحات');
  });
});

describe('findSentences', () => {
  it('splits on full stops but not on "..", nor inside a closed quotation', () => {
    const text = 'وقال "هذا أمر. وذاك أمر". وأضاف.. أن الأمر انتهى.\nسطر';
    const s = findSentences(text, findQuotes(text)).map((x) => text.slice(x.start, x.end).trim());
    expect(s).toEqual(['وقال "هذا أمر. وذاك أمر"', 'وأضاف.. أن الأمر انتهى', 'سطر']);
  });
  it('does not split decimals', () => {
    const text = 'سيحصل على 61.5 بالمائة.';
    expect(findSentences(text, []).length).toBe(1);
  });
});

describe('line breaks inside a sentence (hard-wrapped text)', () => {
  const statements = (text: string) => attribute(text).statements.map((s) => [s.cue.text, s.content.text]);
  for (const e of LINE_BREAK_EXAMPLES) {
    it(JSON.stringify(e.text), () => {
      expect(statements(e.text)).toContainEqual([e.cue, e.content]);
    });
  }

  it('after a word that cannot end a sentence, or a comma, the newline is soft; after a final mark or a blank line it is not', () => {
    const text = 'قال الوزير إن\nالحل سياسي.\nوأضاف المتحدث،\nفي بيان، أن الوفد وصل.\n\nفي\nالعاصمة';
    const soft = softNewlines(text, markPositions(text));
    const at = (k: number) => soft?.has(k) ?? false;
    const nl = [...text].flatMap((ch, k) => (ch === '\n' ? [k] : []));
    expect(nl.map(at)).toEqual([true, false, true, false, false, true]);
  });

  it('a line that ends without a period is still a sentence end in ordinary text', () => {
    // a real layout: a paragraph left without its final mark, the next one a new sentence
    const text = 'وتوقف بعضلة القلب والتنفس\nأكد وزير الخارجية أنه أبلغ الكونغرس بالقرار.';
    expect(softNewlines(text, markPositions(text))).toBeNull();
    expect(statements(text)).toEqual([['أكد', 'أبلغ الكونغرس بالقرار']]);
  });

  it('a text wrapped at a width is read as the sentences it holds', () => {
    const wrapped = [
      'وقال المتحدث باسم وزارة الخارجية في مؤتمر صحفي عقده صباح اليوم',
      'في العاصمة إن الحكومة ستواصل العمل مع شركائها الدوليين للوصول',
      'إلى حل سياسي للأزمة. وأضاف أن الوفد سيغادر إلى جنيف يوم الأحد',
      'المقبل لحضور جولة جديدة من المحادثات برعاية الأمم المتحدة.',
      'وأكد المتحدث أن بلاده لن تقبل أي شروط مسبقة من الطرف الآخر وأنها',
      'ستعرض مقترحاتها على المبعوث الدولي خلال الجولة المقبلة.',
    ].join('\n');
    const out = statements(wrapped);
    expect(out.map(([cue]) => cue)).toEqual(['وقال', 'وأضاف', 'وأكد']);
    expect(out[0][1]).toBe('الحكومة ستواصل العمل مع شركائها الدوليين للوصول\nإلى حل سياسي للأزمة');
    // the same text unwrapped gives the same statements
    expect(statements(wrapped.replace(/\n/g, ' ')).map(([cue]) => cue)).toEqual(['وقال', 'وأضاف', 'وأكد']);
  });
});
