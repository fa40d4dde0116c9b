// Line breaks that do not end a sentence. Hard-wrapped text (pasted, e-mailed) breaks lines inside
// sentences; segment.ts joins such a line to the next when its last word cannot end a sentence
// (a complementizer, a preposition, a conjunction, a relative pronoun) or when it ends with a
// comma, and, in a text whose lines are all wrapped, at every line end without a final mark.
// Each example sentence goes through the engine (test/attribution/segment.test.ts).

/** Words after which a sentence cannot end (written as in text; segment.ts folds them). */
export const NON_FINAL_WORDS = [
  // complementizers
  'أن', 'إن', 'بأن', 'لأن', 'أنه', 'إنه', 'أنها', 'إنها', 'بأنه', 'بأنها', 'أنهم', 'إنهم', 'أننا', 'إننا', 'وأن', 'وإن',
  // prepositions
  'في', 'على', 'إلى', 'الى', 'من', 'عن', 'مع', 'بين', 'حول', 'ضد', 'لدى', 'عند', 'منذ', 'خلال', 'نحو', 'عبر', 'بحسب', 'وفق', 'حسب',
  // conjunctions and relatives
  'و', 'أو', 'ثم', 'لكن', 'بل', 'أم', 'الذي', 'التي', 'الذين', 'اللذين', 'اللتين',
];

export const LINE_BREAK_EXAMPLES = [
  {
    text: 'وقال وزير الخارجية إن\n"الحل في سوريا لا يمكن أن يكون إلا سياسيا".',
    cue: 'وقال',
    content: 'الحل في سوريا لا يمكن أن يكون إلا سياسيا',
  },
  {
    text: 'وأكد المتحدث باسم الحكومة أن الاجتماع سيعقد في\nالعاصمة الأسبوع المقبل.',
    cue: 'وأكد',
    content: 'الاجتماع سيعقد في\nالعاصمة الأسبوع المقبل',
  },
];
