// Words that are never part of a person's name, by class, each with a real sentence in which the
// engine used to take the word into a name (test/attribution/name-spans.test.ts runs them).
// Compared folded; a leading و/ف is tried off as well.

export interface NonNameClass {
  what: string;
  forms: string[];
  /** A real sentence; `not` is a word of it that must not be in any person's name. */
  example: string;
  not: string;
}

export const NON_NAME_WORDS: NonNameClass[] = [
  {
    what: 'compass directions after a place (محافظة أزمير غرب تركيا)',
    forms: ['غرب', 'شرق', 'شمال', 'جنوب', 'غربي', 'شرقي', 'شمالي', 'جنوبي', 'وسط', 'بشرق', 'بغرب', 'بشمال', 'بجنوب', 'جنوبي', 'شمالي', 'جنوب شرق'],
    example: 'قررت محكمة في محافظة أزمير غرب تركيا الأربعاء، إرجاء محاكمة القس.',
    not: 'غرب',
  },
  {
    what: 'closed-class words that open a clause (مما اضطر، إلا الصدق، كيف بدأت)',
    forms: ['مما', 'إلا', 'الا', 'ألا', 'كيف', 'لما', 'عما', 'ممن', 'لكي', 'كي', 'لئلا', 'حينها', 'حينئذ', 'آنذاك', 'عنها', 'عنه', 'إليه', 'إليها', 'لديه', 'لديها', 'بهدف', 'لدرجة', 'ريثما', 'كلما', 'طالما', 'بينهم', 'بينها', 'بعدما', 'قبلما', 'عندئذ', 'أيضاً', 'قرب', 'بالقرب', 'بهذا', 'بهذه', 'لنا', 'لكم', 'لهما', 'بنا', 'بكم', 'علينا', 'عليكم', 'منا', 'منكم', 'لهذا', 'لهذه', 'بذلك', 'لذلك', 'لدينا', 'لديهم', 'لدينا', 'عندنا', 'عندهم'],
    example: 'وتظاهر مئات في البصرة قبل نحو أسبوع، احتجاجا على البطالة، مما اضطر رئيس الوزراء إلى التوجه هناك.',
    not: 'مما',
  },
  {
    what: 'players and trades of sports news, after a name (مروان فيلايني لاعب منتخب بلجيكا)',
    forms: ['لاعب', 'لاعبة', 'لاعبو', 'لاعبين', 'لاعبي', 'مدرب', 'مدربة', 'مدافع', 'مهاجم', 'حارس', 'نجم', 'نجمة', 'نجوم', 'جناح', 'هداف', 'بطل', 'بطلة', 'أبطال', 'صاحب', 'صاحبة', 'مالك', 'ممثلة', 'مغني', 'مغنية', 'فنان', 'فنانة', 'كاتب', 'كاتبة', 'شاعر'],
    example: 'وسجل مروان فيلايني لاعب منتخب بلجيكا هدف الفوز في الدقيقة الأخيرة.',
    not: 'لاعب',
  },
  {
    what: 'documents and media, never a name (أظهر فيديو، بحسب تقرير)',
    forms: ['تقرير', 'تقارير', 'فيديو', 'صورة', 'صور', 'مقطع', 'تسجيل', 'شريط', 'وثيقة', 'وثائق', 'رسالة', 'تغريدة', 'منشور'],
    example: 'وأظهر فيديو نشرته وسائل إعلام محلية أن الحافلة تعرضت للقصف.',
    not: 'فيديو',
  },
];

/** Collective nouns before a surname that make it the name of a group or a regime, not a person
 * (`وفد ميليشيات الحوثي`): a well-known surname alone after one of them is not taken as its person. */
export const GROUP_BEFORE_SURNAME = {
  forms: ['ميليشيات', 'ميليشيا', 'مليشيات', 'مليشيا', 'جماعة', 'جماعات', 'أنصار', 'عائلة', 'أسرة', 'تنظيم', 'حركة', 'قبيلة', 'عشيرة'],
  example: 'وقال إنه بذل الكثير من الجهود لإقناع وفد ميليشيات الحوثي بالقدوم إلى جنيف.',
};
