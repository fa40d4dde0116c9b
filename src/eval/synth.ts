// Synthetic articles for the attribution benchmark: real sentence patterns of Arabic news
// (lead + sourcing + continuation + relay + participle + headline), recombined with persons,
// agencies, places and dates drawn from lists. Deterministic (seeded).

const PERSONS: Array<[string, string, string]> = [
  // [title chain, full name, short name]
  ['وزير الخارجية الفرنسي', 'جان إيف لودريان', 'لودريان'],
  ['المتحدث باسم الخارجية الصينية', 'قنغ شوانغ', 'شوانغ'],
  ['الرئيس التركي', 'رجب طيب أردوغان', 'أردوغان'],
  ['رئيس الوزراء العراقي', 'حيدر العبادي', 'العبادي'],
  ['وزير الخارجية الأردني', 'أيمن الصفدي', 'الصفدي'],
  ['الأمين العام للأمم المتحدة', 'أنطونيو غوتيريش', 'غوتيريش'],
  ['المستشارة الألمانية', 'أنغيلا ميركل', 'ميركل'],
  ['وزير الخارجية السعودي', 'عادل الجبير', 'الجبير'],
  ['رئيس الحكومة اللبنانية', 'سعد الحريري', 'الحريري'],
  ['المبعوث الأممي إلى اليمن', 'مارتن غريفيث', 'غريفيث'],
  ['وزير الخارجية المصري', 'سامح شكري', 'شكري'],
  ['الناطق باسم الحكومة التونسية', 'إياد الدهماني', 'الدهماني'],
];
const AGENCIES = ['وكالة الأنباء الفرنسية', 'وكالة رويترز', 'وكالة الأناضول', 'وكالة تاس الروسية', 'وكالة الأنباء الألمانية', 'وكالة سبوتنيك'];
const CHANNELS = ['لقناة الجزيرة', 'لقناة العربية', 'لبي بي سي', 'لصحيفة الشرق الأوسط', 'لوكالة رويترز'];
const PLACES = ['باريس', 'أنقرة', 'بغداد', 'عمان', 'نيويورك', 'برلين', 'الرياض', 'بيروت', 'القاهرة', 'تونس', 'جنيف', 'موسكو'];
const DAYS = ['اليوم الأربعاء', 'الثلاثاء', 'أمس الإثنين', 'مساء الجمعة', 'السبت', 'الأحد'];
const TOPICS = [
  'الحل السياسي في سوريا ما زال ممكنا رغم التصعيد الأخير',
  'بلاده لن تقبل بأي تدخل في شؤونها الداخلية',
  'المفاوضات ستستأنف الأسبوع المقبل في جنيف بمشاركة جميع الأطراف',
  'الحكومة ستقدم مشروع الميزانية الجديد إلى البرلمان قبل نهاية الشهر',
  'الاتفاق يمثل خطوة مهمة نحو تحقيق الاستقرار في المنطقة',
  'المساعدات الإنسانية ستصل إلى المدنيين خلال الأيام القادمة',
  'التعاون الاقتصادي بين البلدين سيشهد تطورا كبيرا في المرحلة المقبلة',
];
const QUOTES = [
  'نحن مستعدون للحوار مع الجميع دون شروط مسبقة',
  'لن نسمح لأي طرف بتهديد أمننا الوطني',
  'الوضع الإنساني خطير جدا ويتطلب تحركا دوليا عاجلا',
  'سنواصل العمل مع شركائنا من أجل السلام',
  'هذه خطوة في الاتجاه الصحيح لكنها غير كافية',
];

function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

export function synthArticles(count: number, seed = 42): string[] {
  const r = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)];
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    const [title, full, short] = pick(PERSONS);
    let [title2, full2, short2] = pick(PERSONS);
    if (full2 === full) [title2, full2, short2] = PERSONS[(PERSONS.findIndex((p) => p[1] === full) + 1) % PERSONS.length];
    const lines: string[] = [];
    lines.push(`${short}: ${pick(TOPICS)}`);
    lines.push('');
    lines.push(`${pick(PLACES)} - أكد ${title} ${full} ${pick(DAYS)}، أن ${pick(TOPICS)}.`);
    lines.push(`وقال ${short} في تصريح ${pick(CHANNELS)} إن "${pick(QUOTES)}". وأضاف أن ${pick(TOPICS)}، مشيرا إلى أن ${pick(TOPICS)}.`);
    lines.push(`ونقلت ${pick(AGENCIES)} عن ${title2} ${full2} قوله، خلال مؤتمر صحفي في ${pick(PLACES)}، "${pick(QUOTES)}".`);
    lines.push(`وتابع ${short2} "${pick(QUOTES)}"، لافتا إلى أن ${pick(TOPICS)}.`);
    lines.push(`وكان ${short} قد التقى ${title2} ${full2} في ${pick(PLACES)} ${pick(DAYS)} لبحث العلاقات الثنائية.`);
    if (r() < 0.5) lines.push(`من جانبه، شدد ${title2} على أن ${pick(TOPICS)}، معتبرا أن "${pick(QUOTES)}".`);
    if (r() < 0.5) lines.push(`وقالت مصادر مطلعة لـ${pick(AGENCIES)} إن ${pick(TOPICS)}.`);
    out.push(lines.join('\n'));
  }
  return out;
}
