// Where a short quotation is a name, not speech: after a noun that takes a quoted proper name
// (موقع "تويتر"، حملة "…"، مراسل "…") or a preposition of medium (عبر "تويتر"). cues.ts skips such a
// quotation when it looks for a cue's complement. Each entry's example sentence goes through the
// engine (test/attribution/lexicon.test.ts): the quoted name must not come out as a statement.

export interface QuotedNameEntry {
  /** Words written right before the opening mark (with or without ال; و/ب/ل are stripped). */
  forms: string[];
  /** A real sentence in which the word precedes a quoted name; `name` is that quoted name. */
  example: string;
  name: string;
}

export const QUOTED_NAME_HEADS: QuotedNameEntry[] = [
  { forms: ['موقع', 'منصة', 'تطبيق', 'حساب', 'صفحة', 'وسم', 'هاشتاغ', 'هاشتاق', 'شبكة'],
    example: 'قال الفنان في تغريدة على موقع "تويتر" إن فيديو الأغنية سينشر الساعة 20.', name: 'تويتر' },
  { forms: ['عبر', 'بواسطة'],
    example: 'وكتب اللاعب عبر "تويتر": إعارتي إلى الفريق انتهت رسميا اليوم.', name: 'تويتر' },
  { forms: ['حملة', 'منظمة', 'جمعية', 'مؤسسة', 'شركة', 'حركة', 'جماعة', 'تنظيم', 'حزب', 'تحالف', 'ائتلاف', 'مبادرة', 'عملية', 'برنامج', 'مشروع', 'مجموعة', 'جبهة', 'كتائب', 'ميليشيا'],
    example: 'وقال متحدث باسم حملة "جو فاند مي"، التي أطلقت لجمع التبرعات، إنه "ينظر في مزاعم سوء استخدام الأموال".', name: 'جو فاند مي' },
  { forms: ['مراسل', 'مراسلة', 'قناة', 'صحيفة', 'جريدة', 'مجلة', 'وكالة', 'إذاعة', 'تلفزيون', 'شبكة'],
    example: 'وقالت مراسلة "سكاي نيوز عربية" في بغداد إن المظاهرة انطلقت صباح السبت.', name: 'سكاي نيوز عربية' },
];

/** Relative pronouns: a quotation followed by "، الذي …" is a noun phrase (a name), not speech. */
export const RELATIVE_PRONOUNS = ['الذي', 'التي', 'الذين', 'اللذين', 'اللذان', 'اللتين', 'اللتان', 'اللواتي', 'اللاتي'];

export const RELATIVE_EXAMPLE = {
  example: 'أعلن "تحالف دعم الشرعية في اليمن"، الذي تقوده السعودية، "تدمير منظومة دفاع جوي" في صنعاء.',
  name: 'تحالف دعم الشرعية في اليمن',
  content: 'تدمير منظومة دفاع جوي',
};
