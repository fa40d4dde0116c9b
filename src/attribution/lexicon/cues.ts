// Reporting cues of Arabic news, as data. Every entry carries a real-register example sentence in
// which one of its forms introduces a statement; test/attribution/lexicon.test.ts runs them all.
//
// forms: the written forms without the conjunctions و/ف (the matcher strips those). Matching folds
// alef/hamza/yaa/taa-marbuta, so one spelling per form is enough.
// comp: which complements make a statement:
//   'an'    – a clause after أن/إن/بأن (and إلى أن، على أن، عن أن)
//   'quote' – a quotation (possibly after a colon or an adjunct)
//   'colon' – unquoted speech after a colon
//   'ila'   – also a noun phrase after إلى (لفت إلى حدوث …)
// pos: 'verb' finite verb, 'part' participle (its own statement, subject taken from the clause),
//      'noun' verbal noun (قوله، بقوله).

export type CueComp = 'an' | 'quote' | 'colon' | 'ila';
export type CuePos = 'verb' | 'part' | 'noun';

export interface CueEntry {
  lemma: string;
  pos: CuePos;
  forms: string[];
  comp: CueComp[];
  /** Counted only with a named subject in the same clause (expectation verbs such as توقع). */
  needsNamedSubject?: boolean;
  /** Its 'ila' noun phrase counts only when it contains quoted words (a demand, دعا إلى …, unlike لفت إلى …). */
  npNeedsQuote?: boolean;
  /** A verb of description (وصف): its أن-clause ends with the description's quotation. */
  describes?: boolean;
  example: string;
}

const SPEECH: CueComp[] = ['an', 'quote', 'colon'];

export const CUES: CueEntry[] = [
  { lemma: 'قال', pos: 'verb', forms: ['قال', 'قالت', 'قالا', 'قالتا', 'قالوا', 'يقول', 'تقول', 'يقولون', 'يقولان'], comp: SPEECH,
    example: 'وقال المتحدث باسم الحكومة إن الاجتماع سيعقد الأسبوع المقبل.' },
  { lemma: 'قائلا', pos: 'part', forms: ['قائلا', 'قائلة', 'قائلين', 'بالقول'], comp: SPEECH,
    example: 'ورفض الوزير التعليق على التقارير قائلا إن "التحقيق ما زال جاريا".' },
  { lemma: 'قوله', pos: 'noun', forms: ['قوله', 'بقوله', 'قولها', 'بقولها', 'قولهم', 'بقولهم', 'قولهما'], comp: SPEECH,
    example: 'ونقلت وكالة الأنباء الرسمية عن الوزير قوله إن "الحوار هو الطريق الوحيد".' },
  { lemma: 'أضاف', pos: 'verb', forms: ['أضاف', 'أضافت', 'أضافا', 'أضافوا', 'يضيف', 'تضيف'], comp: SPEECH,
    example: 'وأضاف أن بلاده لن تتراجع عن موقفها.' },
  { lemma: 'مضيفا', pos: 'part', forms: ['مضيفا', 'مضيفة', 'مضيفين'], comp: SPEECH,
    example: 'وأكد الرئيس التزامه بالاتفاق، مضيفا أن "الطرف الآخر لم يلتزم".' },
  { lemma: 'أكد', pos: 'verb', forms: ['أكد', 'أكدت', 'أكدا', 'أكدوا', 'يؤكد', 'تؤكد', 'يؤكدون', 'ليؤكد', 'لتؤكد'], comp: SPEECH,
    example: 'أكد وزير الخارجية أن المفاوضات ستستأنف قريبا.' },
  { lemma: 'مؤكدا', pos: 'part', forms: ['مؤكدا', 'مؤكدة', 'مؤكدين'], comp: SPEECH,
    example: 'ودعا رئيس الوزراء إلى التهدئة، مؤكدا أن الحكومة ستحمي المتظاهرين.' },
  { lemma: 'أعلن', pos: 'verb', forms: ['أعلن', 'أعلنت', 'أعلنا', 'أعلنوا', 'يعلن', 'تعلن'], comp: SPEECH,
    example: 'أعلن الجيش أن قواته سيطرت على المدينة بالكامل.' },
  { lemma: 'معلنا', pos: 'part', forms: ['معلنا', 'معلنة'], comp: SPEECH,
    example: 'وخرج الوزير إلى الصحفيين معلنا أن الاتفاق قد أبرم.' },
  { lemma: 'صرح', pos: 'verb', forms: ['صرح', 'صرحت', 'صرحوا', 'يصرح', 'تصرح'], comp: SPEECH,
    example: 'وصرح المتحدث للصحفيين بأن الوفد سيغادر غدا.' },
  { lemma: 'مصرحا', pos: 'part', forms: ['مصرحا', 'مصرحة'], comp: SPEECH,
    example: 'وغادر القاعة مصرحا بأن "الجلسة لم تكن مثمرة".' },
  { lemma: 'أوضح', pos: 'verb', forms: ['أوضح', 'أوضحت', 'أوضحوا', 'يوضح', 'توضح'], comp: SPEECH,
    example: 'وأوضح المسؤول أن المساعدات ستصل خلال أيام.' },
  { lemma: 'موضحا', pos: 'part', forms: ['موضحا', 'موضحة'], comp: SPEECH,
    example: 'ورفض الوزير الاتهامات، موضحا أن بلاده لم تتلق أي طلب رسمي.' },
  { lemma: 'أشار', pos: 'verb', forms: ['أشار', 'أشارت', 'أشاروا', 'يشير', 'تشير'], comp: SPEECH,
    example: 'وأشار الوزير إلى أن المحادثات ستستأنف الأسبوع المقبل.' },
  { lemma: 'مشيرا', pos: 'part', forms: ['مشيرا', 'مشيرة', 'مشيرين'], comp: SPEECH,
    example: 'وأعلن البيت الأبيض موعد اللقاء، مشيرا إلى أنه سيعقد صباح الخميس.' },
  { lemma: 'لفت', pos: 'verb', forms: ['لفت', 'لفتت', 'يلفت', 'تلفت'], comp: [...SPEECH, 'ila'],
    example: 'ولفت العاهل الأردني إلى أن الظروف الإقليمية هي السبب الرئيسي للأزمة.' },
  { lemma: 'لافتا', pos: 'part', forms: ['لافتا', 'لافتة'], comp: [...SPEECH, 'ila'],
    example: 'وانتقد الوزير الحكومة السابقة، لافتا إلى حدوث "تقصير في التواصل".' },
  { lemma: 'ذكر', pos: 'verb', forms: ['ذكر', 'ذكرت', 'ذكروا', 'تذكر'], comp: SPEECH,
    example: 'وذكرت الوكالة أن الانفجار وقع قرب مبنى البلدية.' },
  { lemma: 'أفاد', pos: 'verb', forms: ['أفاد', 'أفادت', 'أفادوا', 'يفيد', 'تفيد'], comp: SPEECH,
    example: 'وأفاد المكتب الإعلامي للرئاسة بأن الرئيس تلقى اتصالا هاتفيا من نظيره الفرنسي.' },
  { lemma: 'تابع', pos: 'verb', forms: ['تابع', 'تابعت', 'يتابع'], comp: SPEECH,
    example: 'وتابع "لن نقبل بأي حل يفرض علينا من الخارج".' },
  { lemma: 'أردف', pos: 'verb', forms: ['أردف', 'أردفت', 'يردف'], comp: SPEECH,
    example: 'وأردف قائلا إن "الحكومة ستواصل الحوار مع الجميع".' },
  { lemma: 'استطرد', pos: 'verb', forms: ['استطرد', 'استطردت'], comp: SPEECH,
    example: 'واستطرد الوزير أن الأزمة لن تحل إلا بالحوار.' },
  { lemma: 'شدد', pos: 'verb', forms: ['شدد', 'شددت', 'شددوا', 'يشدد', 'تشدد'], comp: SPEECH,
    example: 'وشدد الرئيس على أن "السيادة الوطنية غير قابلة للتفاوض".' },
  { lemma: 'مشددا', pos: 'part', forms: ['مشددا', 'مشددة'], comp: SPEECH,
    example: 'ودعا الأمين العام إلى وقف القتال، مشددا على أن المدنيين يدفعون الثمن.' },
  { lemma: 'اعتبر', pos: 'verb', forms: ['اعتبر', 'اعتبرت', 'اعتبروا', 'يعتبر', 'تعتبر'], comp: ['an'],
    example: 'واعتبر رئيس البرلمان أن القرار "خطوة في الاتجاه الصحيح".' },
  { lemma: 'معتبرا', pos: 'part', forms: ['معتبرا', 'معتبرة', 'معتبرين'], comp: ['an'],
    example: 'ورحب الحزب بالقرار، معتبرا أنه يمثل انتصارا للديمقراطية.' },
  { lemma: 'رأى', pos: 'verb', forms: ['رأى', 'رأت', 'رأوا', 'يرى', 'ترى'], comp: SPEECH,
    example: 'ورأى المبعوث الأممي أن الحل السياسي ما زال ممكنا.' },
  { lemma: 'وصف', pos: 'verb', forms: ['وصف', 'وصفت', 'يصف', 'تصف', 'وصفه', 'وصفها', 'وصفهم', 'وصفته', 'وصفتها', 'وصفتهم', 'يصفه', 'يصفها', 'تصفه', 'تصفها'], comp: ['quote', 'an'], describes: true,
    example: 'ووصف الوزير في تصريح صحفي القرار بـ"المتسرع".' },
  { lemma: 'واصفا', pos: 'part', forms: ['واصفا', 'واصفة'], comp: ['quote'],
    example: 'وانتقد الرئيس الهجوم واصفا إياه بـ"العمل الجبان".' },
  { lemma: 'كشف', pos: 'verb', forms: ['كشف', 'كشفت', 'يكشف', 'تكشف'], comp: SPEECH,
    example: 'وكشف مصدر حكومي أن الوزير سيقدم استقالته خلال أيام.' },
  { lemma: 'كاشفا', pos: 'part', forms: ['كاشفا', 'كاشفة'], comp: SPEECH,
    example: 'وتحدث الوزير عن الخطة الجديدة، كاشفا أن تنفيذها سيبدأ مطلع العام.' },
  { lemma: 'نفى', pos: 'verb', forms: ['نفى', 'نفت', 'نفوا', 'ينفي', 'تنفي'], comp: SPEECH,
    example: 'ونفى المتحدث باسم الوزارة أن تكون بلاده قد تلقت أي رسالة.' },
  { lemma: 'نافيا', pos: 'part', forms: ['نافيا', 'نافية'], comp: SPEECH,
    example: 'ودافع الوزير عن قراره، نافيا أن يكون قد تعرض لضغوط.' },
  { lemma: 'توقع', pos: 'verb', forms: ['توقع', 'توقعت'], comp: ['an'], needsNamedSubject: true,
    example: 'وكان المتحدث باسم الحكومة إياد الدهماني توقع الشهر الماضي أن يتم الاتفاق قبل الصيف.' },
  { lemma: 'حذر', pos: 'verb', forms: ['حذر', 'حذرت', 'حذروا', 'يحذر', 'تحذر'], comp: SPEECH,
    example: 'وحذر وزير الدفاع من أن أي هجوم سيقابل برد حازم.' },
  { lemma: 'محذرا', pos: 'part', forms: ['محذرا', 'محذرة'], comp: [...SPEECH],
    example: 'وهدد الرئيس بالرد، محذرا من أن "الرد سيكون قاسيا".' },
  { lemma: 'دعا', pos: 'verb', forms: ['دعا', 'دعت', 'دعوا', 'يدعو', 'تدعو'], comp: ['quote', 'an', 'ila'], npNeedsQuote: true,
    example: 'ودعا الرئيس الطرفين إلى "إجراء حوار مباشر دون شروط مسبقة".' },
  { lemma: 'أعرب', pos: 'verb', forms: ['أعرب', 'أعربت', 'يعرب', 'تعرب'], comp: ['an'],
    example: 'وأعرب الوزير عن أمله في أن تنجح المفاوضات في وقف الحرب.' },
  { lemma: 'معربا', pos: 'part', forms: ['معربا', 'معربة'], comp: ['an'],
    example: 'ورحب الأمين العام بالاتفاق، معربا عن أمله في أن يصمد وقف إطلاق النار.' },
  { lemma: 'أبلغ', pos: 'verb', forms: ['أبلغ', 'أبلغت', 'يبلغ', 'تبلغ'], comp: SPEECH,
    example: 'وأبلغ الوزير البرلمان أن الحكومة ستقدم الميزانية الأسبوع المقبل.' },
  { lemma: 'أوصى', pos: 'verb', forms: ['أوصى', 'أوصت', 'يوصي', 'توصي'], comp: ['quote', 'an'],
    example: 'وأوصت اللجنة وسائل الإعلام بـ"التحلي بروح المسؤولية".' },
  { lemma: 'بين', pos: 'verb', forms: ['بينت'], comp: ['an'],
    example: 'وبينت الوزارة أن عدد الضحايا ارتفع إلى عشرين.' },
  { lemma: 'مبينا', pos: 'part', forms: ['مبينا', 'مبينة'], comp: SPEECH,
    example: 'وتحدث الوزير عن الميزانية، مبينا أنه سيتم خفض النفقات.' },
  { lemma: 'أورد', pos: 'verb', forms: ['أورد', 'أوردت'], comp: ['an', 'quote'],
    example: 'وأوردت وكالة الأنباء الرسمية أن الرئيس استقبل الوفد في القصر.' },
  { lemma: 'نقل', pos: 'verb', forms: ['نقل', 'نقلت', 'نقلوا', 'نقلا'], comp: ['an'],
    example: 'ونقلت صحيفة محلية عن مصدر أمني أن المشتبه به اعتقل فجر اليوم.' },
  { lemma: 'كتب', pos: 'verb', forms: ['كتب', 'كتبت', 'يكتب', 'غرد', 'غردت'], comp: ['quote', 'colon'],
    example: 'وكتب الرئيس في تغريدة على تويتر "سنفعل ما يلزم لحماية بلادنا".' },
  { lemma: 'أقر', pos: 'verb', forms: ['أقر', 'أقرت', 'يقر', 'اعترف', 'اعترفت', 'يعترف'], comp: ['an'],
    example: 'واعترف الوزير بأن الحكومة ارتكبت أخطاء في إدارة الأزمة.' },
  { lemma: 'كتب', pos: 'verb', forms: ['كتب', 'كتبت', 'كتبوا', 'يكتب', 'تكتب'], comp: SPEECH,
    example: 'وكتب الرئيس الأمريكي في تغريدة على تويتر أن "الاتفاق كان كارثيا".' },
  { lemma: 'أصر', pos: 'verb', forms: ['أصر', 'أصرت', 'أصروا', 'يصر', 'تصر'], comp: ['an'],
    example: 'وأصر الجيش الإسرائيلي على أن طائراته عادت إلى المجال الجوي الإسرائيلي في الوقت المحدد.' },
  { lemma: 'قدر', pos: 'verb', forms: ['قدر', 'قدرت', 'يقدر', 'تقدر'], comp: ['an'],
    example: 'وقدر المسؤول أن هناك نحو 25 أميركيا محتجزون في تركيا.' },
  { lemma: 'زاعما', pos: 'part', forms: ['زاعما', 'زاعمة', 'زاعمين'], comp: ['an'],
    example: 'ورفع مشرد دعوى قضائية ضد زوجين جمعا أكثر من 400 ألف دولار لمساعدته، زاعما أنهما استخدما الأموال لأنفسهما.' },
  { lemma: 'زعم', pos: 'verb', forms: ['زعم', 'زعمت', 'يزعم', 'ادعى', 'ادعت', 'يدعي'], comp: ['an'],
    example: 'وزعم المتحدث أن قواته لم تستهدف المدنيين.' },
  { lemma: 'أبدى', pos: 'verb', forms: ['نوه', 'نوهت', 'منوها'], comp: ['an'],
    example: 'ونوه الوزير إلى أن الاتفاق يحتاج إلى موافقة البرلمان.' },
  { lemma: 'تعهد', pos: 'verb', forms: ['تعهد', 'تعهدت', 'يتعهد', 'وعد', 'وعدت'], comp: ['an'],
    example: 'وتعهد رئيس الحكومة بأن تتم محاسبة المسؤولين عن الحادث.' },
  { lemma: 'أجاب', pos: 'verb', forms: ['أجاب', 'أجابت', 'رد', 'ردت', 'علق', 'علقت'], comp: ['quote', 'colon'],
    example: 'وعلق المتحدث على الاتهامات: "هذه أكاذيب لا أساس لها".' },
  { lemma: 'تساءل', pos: 'verb', forms: ['تساءل', 'تساءلت', 'يتساءل', 'متسائلا', 'متسائلة'], comp: ['quote', 'colon'],
    example: 'وتساءل الوزير: "من سيدفع ثمن هذه الحرب؟".' },
  { lemma: 'خلص', pos: 'verb', forms: ['خلص', 'خلصت', 'اختتم', 'اختتمت', 'ختم'], comp: ['an', 'quote'],
    example: 'وخلص التقرير إلى أن الحكومة فشلت في حماية المدنيين.' },
  { lemma: 'أكد مجددا', pos: 'verb', forms: ['جدد', 'جددت'], comp: ['an'],
    example: 'وجدد الوزير التأكيد على أن بلاده لن تتخلى عن حلفائها.' },
  { lemma: 'هدد', pos: 'verb', forms: ['هدد', 'هددت', 'يهدد'], comp: ['an'],
    example: 'وهدد الرئيس بأن بلاده ستنسحب من الاتفاق إذا لم تتغير الشروط.' },
];
