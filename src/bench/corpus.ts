// Synthetic Arabic news articles for the benchmarks, built by recombining the sentence patterns of
// the real corpus (the seed texts and /work/shared/corpus/dev): a lead with a reporting verb and an
// indirect clause ("أعلن ... أن ..."), a quotation relayed by an agency ("وقال ... - في تصريح
// للصحفيين نقلته وكالة تاس - إن "...""), a meeting, call, visit, talks or summit with a date
// expression anchored on the publication day ("اليوم الأربعاء", "أمس الثلاثاء", "يوم 12 مايو",
// "الأحد المقبل"), an anaphoric continuation ("وأضاف أن "...""), a second speaker with a participle
// ("من جهته، أكد ... أن ...، مشيرا إلى أن ..."), and a relayed "قوله" ("ونقلت وكالة ... عن ... قوله
// إن "...""). Persons (real ones, with their spelling variants, and a large pool of synthetic
// ones), agencies, outlets, places, topics and dates are drawn from lists.
//
// Every article is a pure function of (index, seed): a corpus can be rebuilt or resumed exactly.
// Each article also comes with the attribution its text was built from (exact spans), the
// "oracle": ingest can use it instead of the engine, so the database benchmark does not depend on
// the engine's recall, and the engine's own cost can be told apart from the database's.

import type { Attribution, AttributedMeeting, AttributedOrganization, AttributedPerson, AttributedStatement, MeetingKind, MeetingStatus, OrganizationKind, Span } from '../attribution/types.js';
import type { OutletInput } from '../ingest/validate.js';

// ---------------------------------------------------------------------------------------------
// Lists

interface PersonSpec {
  /** Spelling variants of the full name; the first is the usual one. */
  names: string[];
  /** The family name as used alone for a back-reference, or null when it would be ambiguous. */
  short: string | null;
  role: string;
  nameEn: string | null;
}

/** Real public figures of the corpus's years, with the spelling variants Arabic outlets use. */
export const FAMOUS_PERSONS: PersonSpec[] = [
  { names: ['شتيفن زايبرت', 'ستيفن زايبرت', 'شتيفان زايبرت'], short: 'زايبرت', role: 'المتحدث باسم الحكومة الألمانية', nameEn: 'Steffen Seibert' },
  { names: ['فيديريكا موغيريني', 'فيدريكا موغريني'], short: 'موغيريني', role: 'مسؤولة السياسة الخارجية في الاتحاد الأوروبي', nameEn: 'Federica Mogherini' },
  { names: ['جيريمي هانت'], short: 'هانت', role: 'وزير الخارجية البريطاني', nameEn: 'Jeremy Hunt' },
  { names: ['هيذر نويرت', 'هيذر ناورت', 'هيثر نويرت'], short: 'نويرت', role: 'المتحدثة باسم وزارة الخارجية الأمريكية', nameEn: 'Heather Nauert' },
  { names: ['بهرام قاسمي'], short: 'قاسمي', role: 'المتحدث باسم وزارة الخارجية الإيرانية', nameEn: 'Bahram Qasemi' },
  { names: ['مايك بومبيو'], short: 'بومبيو', role: 'وزير الخارجية الأمريكي', nameEn: 'Mike Pompeo' },
  { names: ['حسن روحاني'], short: 'روحاني', role: 'الرئيس الإيراني', nameEn: 'Hassan Rouhani' },
  { names: ['محمد جواد ظريف'], short: 'ظريف', role: 'وزير الخارجية الإيراني', nameEn: 'Mohammad Javad Zarif' },
  { names: ['عباس عراقجي'], short: 'عراقجي', role: 'نائب وزير الخارجية الإيراني', nameEn: 'Abbas Araghchi' },
  { names: ['رجب طيب أردوغان', 'رجب طيب اردوغان'], short: 'أردوغان', role: 'الرئيس التركي', nameEn: 'Recep Tayyip Erdogan' },
  { names: ['مولود جاويش أوغلو'], short: 'جاويش أوغلو', role: 'وزير الخارجية التركي', nameEn: 'Mevlut Cavusoglu' },
  { names: ['إيمانويل ماكرون', 'ايمانويل ماكرون'], short: 'ماكرون', role: 'الرئيس الفرنسي', nameEn: 'Emmanuel Macron' },
  { names: ['جان إيف لودريان', 'جان ايف لودريان'], short: 'لودريان', role: 'وزير الخارجية الفرنسي', nameEn: 'Jean-Yves Le Drian' },
  { names: ['أنغيلا ميركل', 'أنجيلا ميركل'], short: 'ميركل', role: 'المستشارة الألمانية', nameEn: 'Angela Merkel' },
  { names: ['بنيامين نتنياهو'], short: 'نتنياهو', role: 'رئيس الوزراء الإسرائيلي', nameEn: 'Benjamin Netanyahu' },
  { names: ['محمود عباس'], short: null, role: 'الرئيس الفلسطيني', nameEn: 'Mahmoud Abbas' },
  { names: ['رياض منصور'], short: null, role: 'المندوب الفلسطيني لدى الأمم المتحدة', nameEn: 'Riyad Mansour' },
  { names: ['بشار الأسد'], short: 'الأسد', role: 'الرئيس السوري', nameEn: 'Bashar al-Assad' },
  { names: ['وليد المعلم'], short: 'المعلم', role: 'وزير الخارجية السوري', nameEn: 'Walid Muallem' },
  { names: ['ستيفان دي ميستورا', 'ستافان دي ميستورا'], short: 'دي ميستورا', role: 'المبعوث الأممي إلى سوريا', nameEn: 'Staffan de Mistura' },
  { names: ['أنطونيو غوتيريش', 'أنطونيو جوتيريش'], short: 'غوتيريش', role: 'الأمين العام للأمم المتحدة', nameEn: 'Antonio Guterres' },
  { names: ['عبد الفتاح السيسي'], short: 'السيسي', role: 'الرئيس المصري', nameEn: 'Abdel Fattah el-Sisi' },
  { names: ['سامح شكري'], short: 'شكري', role: 'وزير الخارجية المصري', nameEn: 'Sameh Shoukry' },
  { names: ['الباجي قائد السبسي'], short: 'السبسي', role: 'الرئيس التونسي', nameEn: 'Beji Caid Essebsi' },
  { names: ['يوسف الشاهد'], short: 'الشاهد', role: 'رئيس الحكومة التونسية', nameEn: 'Youssef Chahed' },
  { names: ['راشد الغنوشي'], short: 'الغنوشي', role: 'رئيس حركة النهضة', nameEn: 'Rached Ghannouchi' },
  { names: ['أيمن الصفدي'], short: 'الصفدي', role: 'وزير الخارجية الأردني', nameEn: 'Ayman Safadi' },
  { names: ['عادل الجبير'], short: 'الجبير', role: 'وزير الخارجية السعودي', nameEn: 'Adel al-Jubeir' },
  { names: ['تميم بن حمد آل ثاني'], short: 'تميم', role: 'أمير قطر', nameEn: 'Tamim bin Hamad Al Thani' },
  { names: ['شينزو آبي', 'شينزو ابي'], short: null, role: 'رئيس الوزراء الياباني', nameEn: 'Shinzo Abe' },
  { names: ['كيم جونغ أون', 'كيم جونغ اون'], short: null, role: 'الزعيم الكوري الشمالي', nameEn: 'Kim Jong-un' },
  { names: ['شي جين بينغ'], short: null, role: 'الرئيس الصيني', nameEn: 'Xi Jinping' },
  { names: ['وانغ يي'], short: null, role: 'وزير الخارجية الصيني', nameEn: 'Wang Yi' },
  { names: ['بوريس جونسون'], short: 'جونسون', role: 'وزير الخارجية البريطاني', nameEn: 'Boris Johnson' },
  { names: ['تيريزا ماي'], short: null, role: 'رئيسة الوزراء البريطانية', nameEn: 'Theresa May' },
  { names: ['حسن نصر الله'], short: 'نصر الله', role: 'الأمين العام لحزب الله', nameEn: 'Hassan Nasrallah' },
  { names: ['سعد الحريري'], short: 'الحريري', role: 'رئيس الوزراء اللبناني', nameEn: 'Saad Hariri' },
  { names: ['ميشال عون'], short: null, role: 'الرئيس اللبناني', nameEn: 'Michel Aoun' },
  { names: ['خليفة حفتر'], short: 'حفتر', role: 'قائد الجيش الوطني الليبي', nameEn: 'Khalifa Haftar' },
  { names: ['فايز السراج'], short: 'السراج', role: 'رئيس حكومة الوفاق الليبية', nameEn: 'Fayez al-Sarraj' },
  { names: ['إبراهيم الغندور', 'إبراهيم غندور'], short: 'الغندور', role: 'وزير الخارجية السوداني', nameEn: 'Ibrahim Ghandour' },
  { names: ['نيكي هيلي'], short: 'هيلي', role: 'المندوبة الأمريكية لدى الأمم المتحدة', nameEn: 'Nikki Haley' },
  { names: ['فيديريكا موغيريني'], short: 'موغيريني', role: 'مسؤولة السياسة الخارجية في الاتحاد الأوروبي', nameEn: 'Federica Mogherini' },
];

// The synthetic pool: first × family names, each family name used by several first names, so
// resolution must tell them apart by the first name. Back-references to them use the full name.
const FIRST_NAMES = ['أحمد', 'محمد', 'خالد', 'عمر', 'يوسف', 'سامي', 'كريم', 'طارق', 'نبيل', 'فؤاد', 'هشام', 'وائل', 'جمال', 'ماجد', 'رامي', 'زياد', 'بسام', 'عماد', 'فادي', 'مروان', 'ليلى', 'سلمى', 'رانيا', 'هدى', 'منى', 'نادية', 'سعاد', 'لبنى', 'ريم', 'دينا'];
const FAMILY_NAMES = ['الحسيني', 'العمري', 'الخطيب', 'المصري', 'البرغوثي', 'الزعبي', 'العلي', 'الشامي', 'الحلبي', 'النجار', 'الحداد', 'العطار', 'الدباغ', 'السقا', 'القاسم', 'الربيعي', 'الجبوري', 'التميمي', 'الكبيسي', 'الدليمي', 'العبيدي', 'الساعدي', 'الموسوي', 'الحكيم', 'الطائي', 'الشمري', 'العنزي', 'المطيري', 'الدوسري', 'القحطاني', 'الغامدي', 'الزهراني', 'البلوشي', 'الكعبي', 'المهيري', 'بن علي', 'بن سالم', 'بن يوسف', 'بوعزيزي', 'الطرابلسي'];
const SYNTHETIC_ROLES = ['المتحدث باسم وزارة الخارجية', 'وزير الداخلية', 'وزير المالية', 'عضو البرلمان', 'المحلل السياسي', 'رئيس لجنة الشؤون الخارجية', 'المستشار الإعلامي للرئاسة', 'سفير بلاده لدى الأمم المتحدة', 'نائب رئيس الوزراء', 'وزير الاقتصاد'];

export interface OrgSpec {
  name: string;
  kind: OrganizationKind;
  nameEn: string | null;
}

/** Agencies and channels that relay statements (`via`). */
export const AGENCIES: OrgSpec[] = [
  { name: 'وكالة تاس', kind: 'news_agency', nameEn: 'TASS' },
  { name: 'وكالة سبوتنيك', kind: 'news_agency', nameEn: 'Sputnik' },
  { name: 'وكالة رويترز', kind: 'news_agency', nameEn: 'Reuters' },
  { name: 'وكالة الأنباء الفرنسية', kind: 'news_agency', nameEn: 'AFP' },
  { name: 'وكالة أسوشيتد برس', kind: 'news_agency', nameEn: 'Associated Press' },
  { name: 'وكالة الأناضول', kind: 'news_agency', nameEn: 'Anadolu' },
  { name: 'وكالة إرنا', kind: 'news_agency', nameEn: 'IRNA' },
  { name: 'وكالة سانا', kind: 'news_agency', nameEn: 'SANA' },
  { name: 'وكالة الأنباء الألمانية', kind: 'news_agency', nameEn: 'dpa' },
  { name: 'وكالة تونس افريقيا للأنباء', kind: 'news_agency', nameEn: 'TAP' },
  { name: 'قناة روسيا اليوم', kind: 'tv', nameEn: 'RT' },
  { name: 'قناة الجزيرة', kind: 'tv', nameEn: 'Al Jazeera' },
];

/** The publishing outlets (never a speaker of their own articles). */
export const OUTLETS: OutletInput[] = [
  { name: 'جوهرة أف أم', nameEn: 'Jawhara FM', kind: 'newspaper' },
  { name: 'فرانس 24', nameEn: 'France 24 Arabic', kind: 'tv' },
  { name: 'بي بي سي عربي', nameEn: 'BBC Arabic', kind: 'tv' },
  { name: 'سي إن إن بالعربية', nameEn: 'CNN Arabic', kind: 'tv' },
  { name: 'العربية نت', nameEn: 'Al Arabiya', kind: 'tv' },
  { name: 'سكاي نيوز عربية', nameEn: 'Sky News Arabia', kind: 'tv' },
  { name: 'اليوم السابع', nameEn: 'Youm7', kind: 'newspaper' },
  { name: 'الأهرام', nameEn: 'Al-Ahram', kind: 'newspaper' },
];

const PLACES = ['موسكو', 'واشنطن', 'باريس', 'طهران', 'الدوحة', 'أنقرة', 'القاهرة', 'عمان', 'الرياض', 'بيروت', 'دمشق', 'جنيف', 'أستانا', 'سوتشي', 'برلين', 'لندن', 'بكين', 'تونس', 'الجزائر', 'الرباط', 'نيويورك', 'فيينا', 'بغداد', 'الكويت', 'مسقط'];

const TOPICS = ['سبل التعاون الثنائي', 'تطورات الأزمة السورية', 'التعاون في مجال مكافحة الإرهاب', 'الملف النووي الإيراني', 'الأوضاع في شبه الجزيرة الكورية', 'عملية السلام في الشرق الأوسط', 'العلاقات الاقتصادية بين البلدين', 'الأزمة الخليجية', 'الوضع الأمني في ليبيا', 'ملف اللاجئين', 'أسعار النفط', 'التبادل التجاري', 'الأمن الإقليمي', 'إعادة الإعمار', 'وقف إطلاق النار'];

// Clauses of reported speech, modeled on the dev corpus's contents; recombined two at a time.
const CLAUSES = [
  'بلاده تولي أهمية بالغة لتطوير علاقاتها مع دول الجوار',
  'الحل السياسي هو السبيل الوحيد لإنهاء الأزمة',
  'الحوار بين الجانبين يجب أن يستمر دون شروط مسبقة',
  'هناك أرضيات كثيرة لتعزيز التعاون على الصعيدين السياسي والاقتصادي',
  'الطرفين اتفقا على مواصلة المشاورات في الأسابيع المقبلة',
  'الحكومة لن تقبل بأي تدخل في شؤونها الداخلية',
  'المفاوضات تسير في الاتجاه الصحيح رغم الصعوبات',
  'المجتمع الدولي مطالب بتحمل مسؤولياته تجاه المدنيين',
  'بلاده مستعدة للتعاون في هذا المجال إلى أبعد الحدود',
  'الإرهاب يهدد أمن المنطقة بأسرها',
  'العقوبات لن تغير موقف بلاده',
  'الاتفاق النووي يجب أن يبقى قائما',
  'الوضع الإنساني يتدهور بشكل خطير',
  'الاجتماع كان بناء وصريحا',
  'الجانبين ناقشا عددا من القضايا الموضوعية للتعاون على الساحة الدولية',
  'وقف إطلاق النار صامد في معظم المناطق',
  'الانتخابات ستجرى في موعدها المحدد',
  'بلاده ترحب بأي إجراءات هادفة إلى إنهاء التصعيد',
  'العلاقات بين البلدين عريقة وتاريخية وراسخة',
  'الأزمة الاقتصادية تتطلب إصلاحات عاجلة',
  'اللجنة المشتركة ستعقد اجتماعها الأول قريبا',
  'التنسيق الأمني بين البلدين بلغ مستوى غير مسبوق',
  'المبادرة تحظى بدعم واسع من الأطراف الإقليمية',
  'الحكومة ماضية في تنفيذ برنامجها الإصلاحي',
  'ليس هناك أي اتفاقات ملموسة حتى الآن',
  'الهدف هو تهيئة الظروف لإطلاق عملية تسوية حقيقية',
  'الشعب وحده يقرر مستقبله',
  'القرار يمثل انتهاكا صارخا للقانون الدولي',
  'المرحلة المقبلة تتطلب توحيد الجهود',
  'بلاده لن تتخلى عن حلفائها',
  'المساعدات ستصل إلى المناطق المحاصرة خلال أيام',
  'الاستثمارات المشتركة ستتضاعف في العام المقبل',
];

const CONNECTORS = ['، و', '، مضيفا أن ', '، لكن ', '، كما أن '];

const LEAD_CUES = ['أعلن', 'أكد', 'قال', 'صرح', 'أوضح', 'ذكر'];
const SECOND_CUES = ['أكد', 'قال', 'أوضح', 'اعتبر', 'رأى'];
const PARTICIPLES = ['مشيرا إلى أن', 'مؤكدا أن', 'موضحا أن', 'لافتا إلى أن'];
const CONTINUATIONS = ['وأضاف', 'وتابع', 'وأردف'];

const WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
const MONTHS = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

// ---------------------------------------------------------------------------------------------
// Randomness: a small seeded generator, so article i is the same on every machine.

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
  /** Zipf-like: index k with weight 1/(k+1). */
  zipf(n: number): number {
    const h = Math.log(n) + 0.5772;
    let target = this.next() * h;
    for (let k = 0; k < n; k++) {
      target -= 1 / (k + 1);
      if (target <= 0) return k;
    }
    return n - 1;
  }
}

// ---------------------------------------------------------------------------------------------
// Text builder that records spans as it goes.

class TextBuilder {
  text = '';
  add(s: string): this {
    this.text += s;
    return this;
  }
  span(s: string): Span {
    const start = this.text.length;
    this.text += s;
    return { text: s, start, end: this.text.length };
  }
}

interface CastMember {
  spec: PersonSpec;
  /** The spelling this article uses. */
  name: string;
  /** How the article refers back to the person. */
  short: string;
  localId: string;
  mentions: Span[];
}

export interface SyntheticArticle {
  index: number;
  text: string;
  title: string;
  outlet: OutletInput;
  url: string;
  published: string;
  /** The attribution the text was built from. */
  oracle: Attribution;
}

export const CORPUS_URL_PREFIX = 'https://bench.isnad.invalid/a/';
const DAY = 86_400_000;
const EPOCH = Date.UTC(2012, 0, 1);
/**
 * The corpus is a news stream: article i appears on day i / ARTICLES_PER_DAY, so the 100k corpus
 * spans about 14 years and every size has the same density of articles per day. (Drawing all
 * dates from one fixed span made a larger corpus denser, so each speaker's ±31-day
 * corroboration window held more statements: the cost grew with the density, not the size.)
 */
export const ARTICLES_PER_DAY = 20;

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The synthetic pool of persons, FIRST_NAMES × FAMILY_NAMES (1,200). */
function syntheticPerson(k: number): PersonSpec {
  const first = FIRST_NAMES[k % FIRST_NAMES.length];
  const family = FAMILY_NAMES[Math.floor(k / FIRST_NAMES.length) % FAMILY_NAMES.length];
  return { names: [`${first} ${family}`], short: null, role: SYNTHETIC_ROLES[k % SYNTHETIC_ROLES.length], nameEn: null };
}
export const SYNTHETIC_POOL_SIZE = FIRST_NAMES.length * FAMILY_NAMES.length;

function castMember(rng: Rng, localId: string, avoid: PersonSpec | null): CastMember {
  for (;;) {
    // Two thirds of the speakers are public figures (Zipf: a few dominate), one third the pool.
    const spec = rng.next() < 0.66 ? FAMOUS_PERSONS[rng.zipf(FAMOUS_PERSONS.length)] : syntheticPerson(rng.int(SYNTHETIC_POOL_SIZE));
    if (avoid && spec.names[0] === avoid.names[0]) continue;
    const name = rng.pick(spec.names);
    return { spec, name, short: spec.short ?? name, localId, mentions: [] };
  }
}

function clause(rng: Rng): string {
  const a = rng.pick(CLAUSES);
  if (rng.next() < 0.5) return a;
  let b = rng.pick(CLAUSES);
  if (b === a) b = CLAUSES[(CLAUSES.indexOf(a) + 1) % CLAUSES.length];
  return a + rng.pick(CONNECTORS) + b;
}

/** A day expression relative to the publication day, and the day it resolves to. */
function dayExpression(rng: Rng, published: number, tense: 'past' | 'future' | 'today'): { text: string; date: string } {
  const weekday = (ms: number) => WEEKDAYS[new Date(ms).getUTCDay()];
  if (tense === 'today') return { text: `اليوم ${weekday(published)}`, date: iso(published) };
  if (tense === 'past') {
    if (rng.next() < 0.5) return { text: `أمس ${weekday(published - DAY)}`, date: iso(published - DAY) };
    const d = published - (2 + rng.int(20)) * DAY;
    const day = new Date(d);
    return { text: `يوم ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}`, date: iso(d) };
  }
  const ahead = 2 + rng.int(6);
  const d = published + ahead * DAY;
  if (rng.next() < 0.5) return { text: `${weekday(d)} المقبل`, date: iso(d) };
  const day = new Date(d);
  return { text: `يوم ${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} الجاري`, date: iso(d) };
}

/**
 * Article `index` of the corpus with this seed. About 1,000 characters, 6 statements (direct and
 * indirect, relayed or not, one anaphoric), 2 persons, 1–2 agencies, 1 meeting (sometimes 2).
 */
export function generateArticle(index: number, seed = 1): SyntheticArticle {
  const rng = new Rng(mulberry32((Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(seed, 0x85ebca6b)) >>> 0));
  const published = EPOCH + Math.floor(index / ARTICLES_PER_DAY) * DAY;
  const outlet = OUTLETS[rng.int(OUTLETS.length)];
  const a = castMember(rng, 'p1', null);
  const b = castMember(rng, 'p2', a.spec);
  const agencyA = rng.pick(AGENCIES);
  let agencyB = rng.pick(AGENCIES);
  if (agencyB.name === agencyA.name) agencyB = AGENCIES[(AGENCIES.indexOf(agencyA) + 1) % AGENCIES.length];
  const orgs: { spec: OrgSpec; localId: string; mentions: Span[] }[] = [];
  const org = (spec: OrgSpec) => {
    let o = orgs.find((x) => x.spec.name === spec.name);
    if (!o) orgs.push((o = { spec, localId: `o${orgs.length + 1}`, mentions: [] }));
    return o;
  };

  const t = new TextBuilder();
  const statements: AttributedStatement[] = [];
  const meetings: AttributedMeeting[] = [];
  const say = (speaker: CastMember, cue: Span, content: Span, kind: 'direct' | 'indirect', via: string | null, anaphoric: boolean, audience: Span | null = null) =>
    statements.push({ speaker: speaker.localId, cue, content, kind, via, audience, anaphoric });

  // 1. The lead: "أعلن وزير الخارجية الإيراني محمد جواد ظريف اليوم الأربعاء، أن ...".
  const today = dayExpression(rng, published, 'today');
  const leadCue = t.span(rng.pick(LEAD_CUES));
  t.add(` ${a.spec.role} `);
  a.mentions.push(t.span(a.name));
  t.add(` ${today.text}، أن `);
  const leadContent = t.span(clause(rng));
  t.add('.\n');
  say(a, leadCue, leadContent, 'indirect', null, false);

  // 2. Relayed quotation: "وقال ظريف - في تصريح للصحفيين نقلته وكالة تاس - إن "..."."
  const q1Cue = t.span('وقال');
  t.add(' ');
  a.mentions.push(t.span(a.short));
  t.add(' - في تصريح ');
  const audience = t.span('للصحفيين');
  t.add(' نقلته ');
  const gA = org(agencyA);
  gA.mentions.push(t.span(agencyA.name));
  t.add(' - إن "');
  const q1Content = t.span(clause(rng));
  t.add('".\n');
  say(a, q1Cue, q1Content, 'direct', gA.localId, false, audience);

  // 3. A meeting of the two speakers.
  const meetingKind = rng.int(5);
  const place = rng.pick(PLACES);
  const topic = rng.pick(TOPICS);
  const meeting = (kind: MeetingKind, status: MeetingStatus, mention: Span, date: string | null, placeText: string | null) =>
    meetings.push({ participants: [a.localId, b.localId], kind, place: placeText, date, endDate: null, status, mentions: [mention] });
  if (meetingKind === 0) {
    const when = dayExpression(rng, published, 'future');
    t.add('ومن المقرر أن يعقد ');
    a.mentions.push(t.span(a.short));
    t.add(' ');
    const m = t.span('لقاء');
    t.add(` مع ${b.spec.role} `);
    b.mentions.push(t.span(b.name));
    t.add(` في ${place} ${when.text}، لبحث ${topic}.\n`);
    meeting('meeting', 'planned', m, when.date, place);
  } else if (meetingKind === 1) {
    const when = dayExpression(rng, published, 'past');
    t.add('وكان ');
    a.mentions.push(t.span(a.short));
    t.add(' قد أجرى ');
    const m = t.span('اتصالا هاتفيا');
    t.add(` مع ${b.spec.role} `);
    b.mentions.push(t.span(b.name));
    t.add(` ${when.text}، بحثا خلاله ${topic}.\n`);
    meeting('phone_call', 'held', m, when.date, null);
  } else if (meetingKind === 2) {
    const when = dayExpression(rng, published, 'past');
    t.add('وأجرى ');
    a.mentions.push(t.span(a.short));
    t.add(` و${b.spec.role} `);
    b.mentions.push(t.span(b.name));
    t.add(' ');
    const m = t.span('محادثات');
    t.add(` في ${place} ${when.text} تناولت ${topic}.\n`);
    meeting('talks', 'held', m, when.date, place);
  } else if (meetingKind === 3) {
    const when = dayExpression(rng, published, 'future');
    t.add('ويقوم ');
    a.mentions.push(t.span(a.short));
    t.add(' ');
    const m = t.span('بزيارة');
    t.add(` إلى ${place} ${when.text} يلتقي خلالها ${b.spec.role} `);
    b.mentions.push(t.span(b.name));
    t.add('.\n');
    meeting('visit', 'planned', m, when.date, place);
  } else {
    const when = dayExpression(rng, published, 'past');
    t.add('وعقدت ');
    const m = t.span('قمة');
    t.add(' بين ');
    a.mentions.push(t.span(a.short));
    t.add(` و${b.spec.role} `);
    b.mentions.push(t.span(b.name));
    t.add(` في ${place} ${when.text}، تناولت ${topic}.\n`);
    meeting('summit', 'held', m, when.date, place);
  }

  // 4. Anaphoric continuation, still relayed by the same agency: "وأضاف أن "..."."
  const contCue = t.span(rng.pick(CONTINUATIONS));
  t.add(' أن "');
  const contContent = t.span(clause(rng));
  t.add('".\n');
  say(a, contCue, contContent, 'direct', gA.localId, true);

  // 5. The second speaker, with a participle: "من جهته، أكد ... أن ...، مشيرا إلى أن ...".
  t.add('من جهته، ');
  const bCue = t.span(rng.pick(SECOND_CUES));
  t.add(` ${b.spec.role} `);
  b.mentions.push(t.span(b.name));
  t.add(' أن ');
  const bContent = t.span(clause(rng));
  t.add('، ');
  const participle = rng.pick(PARTICIPLES);
  const pWord = participle.split(' ')[0];
  const pCue = t.span(pWord);
  t.add(participle.slice(pWord.length) + ' ');
  const pContent = t.span(clause(rng));
  t.add('.\n');
  say(b, bCue, bContent, 'indirect', null, false);
  say(b, pCue, pContent, 'indirect', null, false);

  // 6. "ونقلت وكالة سبوتنيك عن ظريف قوله إن "..."."
  t.add('ونقلت ');
  const gB = org(agencyB);
  gB.mentions.push(t.span(agencyB.name));
  t.add(' عن ');
  b.mentions.push(t.span(b.short));
  t.add(' ');
  const qCue = t.span('قوله');
  t.add(' إن "');
  const qContent = t.span(clause(rng));
  t.add('".\n');
  say(b, qCue, qContent, 'direct', gB.localId, false);

  // 7. Background, no statement ("يذكر أن" is impersonal). The number makes every text distinct.
  t.add(`يذكر أن ${topic} كان محور ${2 + (index % 97)} اجتماعا خلال الفترة الماضية، وفق إحصاء رقم ${index + 1}.`);

  const persons: AttributedPerson[] = [a, b].map((p) => ({
    id: p.localId,
    name: p.name,
    nameEn: p.spec.nameEn,
    role: p.spec.role,
    mentions: p.mentions,
  }));
  const organizations: AttributedOrganization[] = orgs.map((o) => ({
    id: o.localId,
    name: o.spec.name,
    nameEn: o.spec.nameEn,
    kind: o.spec.kind,
    mentions: o.mentions,
  }));
  const title = `${a.short}: ${topic} على طاولة البحث مع ${b.short}`;
  return {
    index,
    text: t.text,
    title,
    outlet,
    url: `${CORPUS_URL_PREFIX}${seed}/${index}`,
    published: iso(published),
    oracle: { persons, organizations, statements, meetings },
  };
}

/** A person of the corpus and spelling variants of their name, for the API's variant search. */
export function variantSearchTargets(): { canonical: string; variant: string }[] {
  return FAMOUS_PERSONS.filter((p) => p.names.length > 1).map((p) => ({ canonical: p.names[0], variant: p.names[p.names.length - 1] }));
}
