// Organization heads and well-known organization names, as data. Each entry has an example in
// which the organization appears (tested).
import type { OrganizationKind } from '../types.js';

export interface OrgHeadEntry {
  /** Head noun forms (without ال when the form takes it freely, e.g. 'وكالة' also matches 'الوكالة'). */
  forms: string[];
  kind: OrganizationKind;
  /** Whether the head needs a complement to name an organization (وكالة X); false for الكرملين. */
  needsComplement: boolean;
  /** True for media that relay statements (via). */
  media?: boolean;
  example: string;
}

export const ORG_HEADS: OrgHeadEntry[] = [
  { forms: ['وكالة', 'وكالات'], kind: 'news_agency', needsComplement: true, media: true, example: 'ونقلت وكالة الأنباء الفرنسية عن مصدر دبلوماسي أن الاجتماع تأجل.' },
  { forms: ['قناة', 'تلفزيون', 'التلفزيون', 'إذاعة', 'الإذاعة', 'راديو', 'شبكة'], kind: 'tv', needsComplement: true, media: true, example: 'وقال الوزير في مقابلة مع قناة الجزيرة إن المفاوضات متعثرة.' },
  { forms: ['صحيفة', 'جريدة', 'مجلة', 'يومية', 'أسبوعية'], kind: 'newspaper', needsComplement: true, media: true, example: 'وذكرت صحيفة نيويورك تايمز أن الإدارة تدرس خيارات عسكرية.' },
  { forms: ['موقع'], kind: 'other', needsComplement: true, media: true, example: 'وذكر موقع روسيا اليوم الالكتروني أن الوزير سيصل غدا.' },
  { forms: ['وسائل', 'وسائل الإعلام'], kind: 'other', needsComplement: true, media: true, example: 'وقال الزعيم الكوري الشمالي لوسائل إعلام صينية إنه يرجو التوصل إلى اتفاق.' },
  { forms: ['وزارة'], kind: 'ministry', needsComplement: true, example: 'وقالت وزارة الخارجية الروسية في بيان إن موسكو سترد.' },
  { forms: ['الخارجية', 'الداخلية', 'الدفاع'], kind: 'ministry', needsComplement: true, example: 'وأعلنت الخارجية الأمريكية أن الوزير سيزور المنطقة.' },
  { forms: ['الحكومة', 'حكومة'], kind: 'government', needsComplement: false, example: 'وقالت الحكومة السورية إن الهجوم عدوان سافر.' },
  { forms: ['الرئاسة', 'رئاسة'], kind: 'government', needsComplement: true, example: 'وأعلنت الرئاسة المصرية أن الرئيس سيلتقي نظيره.' },
  { forms: ['المكتب', 'مكتب'], kind: 'government', needsComplement: true, example: 'وأفاد المكتب الصحفي في الكرملين بأن الرئيس أجرى اتصالا هاتفيا.' },
  { forms: ['الجيش', 'جيش'], kind: 'other', needsComplement: false, example: 'وأعلن الجيش الإسرائيلي أنه أسقط طائرة مسيرة.' },
  { forms: ['القوات', 'قوات'], kind: 'other', needsComplement: true, example: 'وقالت قوات سوريا الديمقراطية إنها سيطرت على القرية.' },
  { forms: ['حركة', 'الحركة', 'حزب', 'الحزب', 'جماعة', 'الجماعة', 'تنظيم', 'التنظيم', 'تيار', 'ائتلاف', 'التحالف', 'تحالف', 'جبهة', 'الجبهة'], kind: 'party', needsComplement: true, example: 'وقالت حركة حماس في بيان إن القرار باطل.' },
  { forms: ['جهاز', 'الجهاز'], kind: 'other', needsComplement: true, example: 'من جهته أصدر جهاز المنافسة ومنع الاحتكار بيانا أكد فيه أنه لم يتلقَّ أية شكوى تتعلق بهذا القطاع.' },
  { forms: ['نقابة', 'النقابة'], kind: 'other', needsComplement: true, example: 'وقبل استقالة فوكودا، أصدرت نقابة الصحف المطبوعة في اليابان بيانا تدعو فيه إلى توفير حماية أفضل للنساء في مكان العمل.' },
  { forms: ['منظمة', 'المنظمة', 'هيئة', 'الهيئة', 'لجنة', 'اللجنة', 'مجلس', 'المجلس', 'الاتحاد', 'اتحاد', 'الجامعة', 'جامعة', 'البرلمان', 'برلمان', 'بعثة', 'البعثة', 'مفوضية', 'المفوضية', 'محكمة', 'المحكمة', 'البنك', 'صندوق'], kind: 'other', needsComplement: true, example: 'وقالت منظمة العفو الدولية إن المعتقلين تعرضوا للتعذيب.' },
  { forms: ['السلطات', 'سلطات', 'الشرطة', 'شرطة', 'النيابة', 'نيابة', 'الادعاء', 'الديوان', 'ديوان', 'السفارة', 'سفارة', 'القنصلية', 'الكونغرس', 'الكونجرس', 'الحرس', 'المرصد', 'مرصد', 'الشركة', 'شركة', 'الأجهزة', 'الداخلية', 'الرئاسة'], kind: 'government', needsComplement: true, example: 'وقالت الشرطة البريطانية إن الضابط نقل إلى المستشفى.' },
  { forms: ['بيان', 'البيان'], kind: 'other', needsComplement: true, example: 'وقال بيان الأمم المتحدة إن المبعوث سيلتقي الأطراف.' },
  { forms: ['فريق'], kind: 'other', needsComplement: true, example: 'وكان فريق حملة المرشح أعلن حصول "عملية قرصنة واسعة".' },
];

/** Documents: as the subject of a reporting verb a document speaks for its issuer (issuer.ts). */
export interface DocumentNounEntry {
  forms: string[];
  /** A sentence where the document's issuer is the speaker. */
  example: string;
  /** The issuer's designation in the example (tested). */
  issuer: string;
}

export const DOCUMENT_NOUNS: DocumentNounEntry[] = [
  { forms: ['بيان', 'بيانا'], example: 'وقال بيان اللجنة، الأربعاء، إن الأفراد العاملين في المجال الطبي في الغوطة الشرقية غير قادرين على التعامل مع الأعداد الكبيرة من الجرحى.', issuer: 'اللجنة' },
];

/** Verbs that issue a document whose relative clause reports speech: "أصدر X بيانا أعلن فيه". */
export const ISSUING_VERBS = ['أصدر', 'أصدرت', 'أصدروا', 'نشر', 'نشرت', 'وزع', 'وزعت', 'وجه', 'وجهت', 'بث', 'بثت'];

/** Names that designate an organization on their own (no head needed). */
export interface OrgNameEntry {
  forms: string[];
  name: string;
  nameEn: string;
  kind: OrganizationKind;
  media?: boolean;
  /** Ambiguous alone (العربية، الجزيرة): counted only after a head such as قناة/وكالة/صحيفة. */
  ambiguous?: boolean;
  example: string;
}

export const ORG_NAMES: OrgNameEntry[] = [
  { forms: ['الكرملين'], name: 'الكرملين', nameEn: 'Kremlin', kind: 'government', example: 'وقال الكرملين إن الرئيس لا يخطط للقاء نظيره.' },
  { forms: ['البيت الأبيض'], name: 'البيت الأبيض', nameEn: 'White House', kind: 'government', example: 'وكان البيت الأبيض أعلن في وقت سابق أن الرئيس سيستقبل الوزير.' },
  { forms: ['الإليزيه', 'قصر الإليزيه'], name: 'الإليزيه', nameEn: 'Élysée Palace', kind: 'government', example: 'وأعلن الإليزيه أن الرئيس سيزور الجزائر.' },
  { forms: ['البنتاغون', 'البنتاجون'], name: 'البنتاغون', nameEn: 'Pentagon', kind: 'ministry', example: 'وقال البنتاغون إن الضربة استهدفت مخازن أسلحة.' },
  { forms: ['الأمم المتحدة'], name: 'الأمم المتحدة', nameEn: 'United Nations', kind: 'other', example: 'وقالت الأمم المتحدة إن الوضع الإنساني كارثي.' },
  { forms: ['مجلس الأمن', 'مجلس الأمن الدولي'], name: 'مجلس الأمن الدولي', nameEn: 'UN Security Council', kind: 'other', example: 'ودعا مجلس الأمن الدولي إلى وقف فوري لإطلاق النار.' },
  { forms: ['الاتحاد الأوروبي'], name: 'الاتحاد الأوروبي', nameEn: 'European Union', kind: 'other', example: 'وقال الاتحاد الأوروبي إنه متمسك بالاتفاق النووي.' },
  { forms: ['حلف الناتو', 'الناتو', 'حلف شمال الأطلسي'], name: 'حلف شمال الأطلسي', nameEn: 'NATO', kind: 'other', example: 'وقال حلف الناتو إنه سيعزز وجوده في شرق أوروبا.' },
  { forms: ['جامعة الدول العربية', 'الجامعة العربية'], name: 'جامعة الدول العربية', nameEn: 'Arab League', kind: 'other', example: 'وأدانت جامعة الدول العربية القرار الأمريكي.' },
  { forms: ['رويترز'], name: 'رويترز', nameEn: 'Reuters', kind: 'news_agency', media: true, example: 'وقال مسؤول لرويترز إن المحادثات ستستأنف.' },
  { forms: ['فرانس برس', 'الفرنسية'], ambiguous: true, name: 'وكالة فرانس برس', nameEn: 'AFP', kind: 'news_agency', media: true, example: 'وقال المتحدث لوكالة فرانس برس إن الوفد وصل.' },
  { forms: ['أسوشيتد برس', 'أسوشيتدبرس'], name: 'أسوشيتد برس', nameEn: 'Associated Press', kind: 'news_agency', media: true, example: 'وذكرت وكالة أسوشيتد برس أن الانفجار وقع صباحا.' },
  { forms: ['تاس'], name: 'وكالة تاس', nameEn: 'TASS', kind: 'news_agency', media: true, example: 'ونقلت وكالة تاس الروسية عن الوزير قوله إن موسكو مستعدة.' },
  { forms: ['سبوتنيك'], name: 'وكالة سبوتنيك', nameEn: 'Sputnik', kind: 'news_agency', media: true, example: 'ونقلت وكالة سبوتنيك عن المتحدث قوله إن الرئيس سيحضر.' },
  { forms: ['ريا نوفوستي', 'نوفوستي'], name: 'ريا نوفوستي', nameEn: 'RIA Novosti', kind: 'news_agency', media: true, example: 'ونقلت وكالة ريا نوفوستي عن مصدر أن الطائرة هبطت.' },
  { forms: ['إنترفاكس', 'انترفاكس'], name: 'إنترفاكس', nameEn: 'Interfax', kind: 'news_agency', media: true, example: 'ونقلت وكالة إنترفاكس عن الوزير أن الصفقة أبرمت.' },
  { forms: ['إرنا'], name: 'وكالة إرنا', nameEn: 'IRNA', kind: 'news_agency', media: true, example: 'وفقا لما نقلته وكالة أنباء "إرنا" الإيرانية الرسمية.' },
  { forms: ['تسنيم'], name: 'وكالة تسنيم', nameEn: 'Tasnim', kind: 'news_agency', media: true, example: 'ونقلت وكالة تسنيم عن القائد أن بلاده سترد.' },
  { forms: ['فارس'], ambiguous: true, name: 'وكالة فارس', nameEn: 'Fars', kind: 'news_agency', media: true, example: 'وذكرت وكالة فارس أن البرلمان صوت على القانون.' },
  { forms: ['سانا'], name: 'الوكالة العربية السورية للأنباء (سانا)', nameEn: 'SANA', kind: 'news_agency', media: true, example: 'ونقلت وكالة سانا عن مصدر عسكري أن الدفاعات تصدت للصواريخ.' },
  { forms: ['واس'], name: 'وكالة الأنباء السعودية (واس)', nameEn: 'SPA', kind: 'news_agency', media: true, example: 'وذكرت وكالة الأنباء السعودية (واس) أن الملك استقبل الوفد.' },
  { forms: ['وام'], name: 'وكالة أنباء الإمارات (وام)', nameEn: 'WAM', kind: 'news_agency', media: true, example: 'وذكرت وكالة أنباء الإمارات (وام) أن الشيخ استقبل الوزير.' },
  { forms: ['قنا'], name: 'وكالة الأنباء القطرية (قنا)', nameEn: 'QNA', kind: 'news_agency', media: true, example: 'وذكرت وكالة الأنباء القطرية (قنا) أن الأمير تلقى اتصالا.' },
  { forms: ['كونا'], name: 'وكالة الأنباء الكويتية (كونا)', nameEn: 'KUNA', kind: 'news_agency', media: true, example: 'ونقلت وكالة كونا عن الوزير أن الوساطة مستمرة.' },
  { forms: ['بترا'], name: 'وكالة الأنباء الأردنية (بترا)', nameEn: 'Petra', kind: 'news_agency', media: true, example: 'وذكرت وكالة بترا أن الملك التقى الوفد.' },
  { forms: ['الأناضول'], ambiguous: true, name: 'وكالة الأناضول', nameEn: 'Anadolu Agency', kind: 'news_agency', media: true, example: 'وقال المسؤول لوكالة الأناضول إن المعبر سيفتح.' },
  { forms: ['شينخوا'], name: 'وكالة شينخوا', nameEn: 'Xinhua', kind: 'news_agency', media: true, example: 'وذكرت وكالة شينخوا أن الرئيس الصيني التقى نظيره.' },
  { forms: ['يونهاب'], name: 'وكالة يونهاب', nameEn: 'Yonhap', kind: 'news_agency', media: true, example: 'وذكرت وكالة يونهاب أن الزعيمين اتفقا على اللقاء.' },
  { forms: ['بي بي سي'], name: 'بي بي سي', nameEn: 'BBC', kind: 'tv', media: true, example: 'وقال الوزير لبي بي سي إن الخوف من الحرب موجود.' },
  { forms: ['فرانس24', 'فرانس 24'], name: 'فرانس24', nameEn: 'France 24', kind: 'tv', media: true, example: 'وقال المتحدث في مداخلة مع فرانس24 إن القائد سيعود.' },
  { forms: ['سي إن إن', 'CNN'], name: 'سي إن إن', nameEn: 'CNN', kind: 'tv', media: true, example: 'وقال الوزير في مقابلة مع سي إن إن إن بلاده لا تريد الحرب.' },
  { forms: ['روسيا اليوم'], name: 'روسيا اليوم', nameEn: 'RT (Russia Today)', kind: 'tv', media: true, example: 'في مقابلة أوردتها قناة "روسيا اليوم" الفضائية.' },
  { forms: ['الجزيرة'], ambiguous: true, name: 'قناة الجزيرة', nameEn: 'Al Jazeera', kind: 'tv', media: true, example: 'وقال المتحدث لقناة الجزيرة إن الوفد لن يشارك.' },
  { forms: ['العربية'], ambiguous: true, name: 'قناة العربية', nameEn: 'Al Arabiya', kind: 'tv', media: true, example: 'وقال الوزير لقناة العربية إن المحادثات مستمرة.' },
  { forms: ['سكاي نيوز عربية', 'سكاي نيوز'], name: 'سكاي نيوز عربية', nameEn: 'Sky News Arabia', kind: 'tv', media: true, example: 'وقال المسؤول لسكاي نيوز عربية إن الاتفاق قريب.' },
  { forms: ['الميادين'], ambiguous: true, name: 'قناة الميادين', nameEn: 'Al Mayadeen', kind: 'tv', media: true, example: 'وقال القيادي لقناة الميادين إن المقاومة سترد.' },
  { forms: ['المنار'], ambiguous: true, name: 'قناة المنار', nameEn: 'Al-Manar', kind: 'tv', media: true, example: 'وقال النائب لقناة المنار إن الحكومة ستشكل قريبا.' },
  { forms: ['فوكس نيوز'], name: 'فوكس نيوز', nameEn: 'Fox News', kind: 'tv', media: true, example: 'وقال الرئيس في مقابلة مع فوكس نيوز إنه لن يتراجع.' },
  { forms: ['نيويورك تايمز'], name: 'نيويورك تايمز', nameEn: 'The New York Times', kind: 'newspaper', media: true, example: 'وذكرت صحيفة نيويورك تايمز أن البيت الأبيض يدرس الخيارات.' },
  { forms: ['واشنطن بوست'], name: 'واشنطن بوست', nameEn: 'The Washington Post', kind: 'newspaper', media: true, example: 'وقال مسؤول لصحيفة واشنطن بوست إن القرار اتخذ.' },
  { forms: ['وول ستريت جورنال'], name: 'وول ستريت جورنال', nameEn: 'The Wall Street Journal', kind: 'newspaper', media: true, example: 'وذكرت صحيفة وول ستريت جورنال أن الشركة ستنسحب.' },
  { forms: ['الغارديان'], name: 'الغارديان', nameEn: 'The Guardian', kind: 'newspaper', media: true, example: 'وقال الوزير لصحيفة الغارديان إن بلاده ستستقبل اللاجئين.' },
  { forms: ['هآرتس'], name: 'هآرتس', nameEn: 'Haaretz', kind: 'newspaper', media: true, example: 'وذكرت صحيفة هآرتس أن الحكومة ستصوت على القرار.' },
  { forms: ['يديعوت أحرونوت'], name: 'يديعوت أحرونوت', nameEn: 'Yedioth Ahronoth', kind: 'newspaper', media: true, example: 'وذكرت صحيفة يديعوت أحرونوت أن الجيش رفع حالة التأهب.' },
  { forms: ['الشرق الأوسط'], ambiguous: true, name: 'الشرق الأوسط', nameEn: 'Asharq Al-Awsat', kind: 'newspaper', media: true, example: 'وقال المسؤول لصحيفة الشرق الأوسط إن الاتفاق وشيك.' },
  { forms: ['تويتر'], name: 'تويتر', nameEn: 'Twitter', kind: 'other', media: true, example: 'وكتب الرئيس على تويتر "سنرد بقوة".' },
];

/** Media-audience nouns: "للصحفيين" is an audience, never a relay. */
export const AUDIENCE_NOUNS = [
  'الصحفيين', 'الصحافيين', 'الصحافة', 'الصحفيون', 'الصحافيون', 'صحفيين', 'صحافيين', 'المراسلين', 'دبلوماسيين', 'الدبلوماسيين',
  'نواب', 'النواب', 'أعضاء', 'البرلمان', 'الحضور', 'أنصاره', 'أنصارها', 'مؤيديه', 'الطلاب', 'المشاركين', 'الجمهور', 'الشعب', 'المواطنين',
];
