import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMeetings, type MeetingContext } from '../../src/attribution/meetings/index.js';
import type { AttributedMeeting, AttributedOrganization, AttributedPerson, Span } from '../../src/attribution/types.js';

// Builds context persons the way the persons extractor would: every name string located in the text.
function locate(text: string, names: string[], taken: boolean[]): Span[] {
  const out: Span[] = [];
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (taken.slice(i, i + name.length).some(Boolean)) continue;
      for (let k = i; k < i + name.length; k++) taken[k] = true;
      out.push({ text: name, start: i, end: i + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function ctx(
  text: string,
  people: [id: string, role: string | null, names: string[]][],
  published?: string,
  orgs: [id: string, kind: AttributedOrganization['kind'], names: string[]][] = [],
): MeetingContext {
  const taken = new Array(text.length).fill(false);
  const persons: AttributedPerson[] = people.map(([id, role, names]) => ({ id, name: names[0], nameEn: null, role, mentions: locate(text, names, taken) }));
  const organizations: AttributedOrganization[] = orgs.map(([id, kind, names]) => ({ id, name: names[0], nameEn: null, kind, mentions: locate(text, names, taken) }));
  return { persons, organizations, published };
}

const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
function find(ms: AttributedMeeting[], kind: string, participants: string[]): AttributedMeeting | undefined {
  return ms.find((m) => m.kind === kind && same(m.participants, participants));
}
function spansValid(text: string, ms: AttributedMeeting[]): void {
  for (const m of ms) for (const s of m.mentions) expect(text.slice(s.start, s.end)).toBe(s.text);
}

// ---------------------------------------------------------------- gold 000 (Youm7, 10 May 2017)

const T000 = `أعلن المتحدث باسم قصر الرئاسة الروسى "الكرملين" ديمترى بيسكوف اليوم الأربعاء، أن وزير الخارجية الروسى سيرجى لافروف سيبحث مع الرئيس الأمريكى دونالد ترامب سبل التعاون بين الدولتين فى مجال مكافحة الإرهاب، إلى جانب القضايا التى تطرق إليها الرئيس الروسى فلاديمير بوتين مع ترامب فى محادثة تليفونية جرت بينهما مؤخرا.
وقال بيسكوف- فى تصريح للصحفيين نقلته وكالة (تاس) الروسية للأنباء- أن لافروف وترامب سيبحثان أولا وقبل كل شيء العلاقات الثنائية المتعلقة بالتعاون فى مجال مكافحة الإرهاب وسيواصلان مناقشة القضايا التى كانت على جدول أعمال المحادثة الهاتفية الأخيرة بين الرئيسين الروسى والأمريكي".
ولم يعلق بيسكوف على ما اذا كانت المحادثات القادمة بين لافروف وترامب ستمهد الطريق لعقد اجتماع للرئيسين..قائلا "إن هذا الاجتماع يعقد لتعزيز المحادثة الهاتفية الأخيرة بين الرئيسين".
وأضاف أنه ليس هناك أى اتفاقات ملموسة حالية حول اجتماع فلاديمير بوتين ودونالد ترامب.
وكان لافروف قد وصل إلى الولايات المتحدة فى زيارة عمل تستغرق ثلاثة أيام، يلتقى خلالها اليوم مع نظيره الأمريكى ريكس تيلرسون والرئيس دونالد ترامب.
وأفاد المكتب الصحفى فى الكرملين فى وقت سابق بأن بوتين أجرى يوم 2 مايو اتصالا هاتفيا مع ترامب "ناقش خلالها الجانبان عددا من القضايا الموضوعية للتعاون بين البلدين على الساحة الدولية".
وبدأ أمس الثلاثاء وزير الخارجية الروسى سيرجى لافروف زيارة عمل إلى الولايات المتحدة لمدة ثلاثة أيام، (خلال الفترة ما بين 9- 11 مايو الجارى).`;

const P000: [string, string | null, string[]][] = [
  ['peskov', 'المتحدث باسم قصر الرئاسة الروسى "الكرملين"', ['ديمترى بيسكوف', 'بيسكوف']],
  ['lavrov', 'وزير الخارجية الروسى', ['سيرجى لافروف', 'لافروف']],
  ['trump', 'الرئيس الأمريكى', ['دونالد ترامب', 'ترامب']],
  ['putin', 'الرئيس الروسى', ['فلاديمير بوتين', 'بوتين']],
  ['tillerson', 'نظيره الأمريكى', ['ريكس تيلرسون']],
];

describe('gold 000: Lavrov in Washington (Youm7)', () => {
  const ms = findMeetings(T000, ctx(T000, P000, '2017-05-10'));
  it('spans are exact', () => spansValid(T000, ms));
  it('the Putin–Trump call: held, 2 May, one event for all its mentions', () => {
    const calls = ms.filter((m) => m.kind === 'phone_call');
    expect(calls).toHaveLength(1);
    expect(calls[0].participants.sort()).toEqual(['putin', 'trump']);
    expect(calls[0].status).toBe('held');
    expect(calls[0].date).toBe('2017-05-02');
    expect(calls[0].mentions.map((m) => m.text)).toContain('أجرى يوم 2 مايو اتصالا هاتفيا مع ترامب');
    expect(calls[0].mentions.length).toBeGreaterThanOrEqual(3);
  });
  it('the Lavrov visit: held, 9–11 May, in the United States', () => {
    const v = find(ms, 'visit', ['lavrov']);
    expect(v).toBeDefined();
    expect(v!.status).toBe('held');
    expect(v!.date).toBe('2017-05-09');
    expect(v!.endDate).toBe('2017-05-11');
    expect(v!.place).toBe('الولايات المتحدة');
  });
  it('"يلتقى خلالها اليوم مع نظيره … تيلرسون والرئيس … ترامب" gives two planned meetings today', () => {
    const lt = find(ms, 'meeting', ['lavrov', 'tillerson']);
    const ltr = find(ms, 'meeting', ['lavrov', 'trump']);
    expect(lt?.status).toBe('planned');
    expect(lt?.date).toBe('2017-05-10');
    expect(ltr?.status).toBe('planned');
    expect(ltr?.date).toBe('2017-05-10');
    // سيبحث مع … ترامب, سيبحثان, المحادثات القادمة … are the same Lavrov–Trump event
    expect(ltr!.mentions.length).toBeGreaterThanOrEqual(3);
  });
  it('the Putin–Trump meeting is speculated and undated', () => {
    const m = find(ms, 'meeting', ['putin', 'trump']);
    expect(m?.status).toBe('speculated');
    expect(m?.date).toBeNull();
    expect(m!.mentions.map((x) => x.text).join(' | ')).toContain('اجتماع فلاديمير بوتين ودونالد ترامب');
  });
  it('finds no more than the five events', () => {
    expect(ms).toHaveLength(5);
  });
});

// ---------------------------------------------------------------- gold 001 (SANA, 10 May 2017)

const T001 = `لافروف: أي لقاء قمة بين بوتين وترامب يجب أن يخرج بنتائج ملموسة

موسكو-سانا

أكد وزير الخارجية الروسي سيرغي لافروف أن أي لقاء قمة بين الرئيسين الروسي فلاديمير بوتين والأميركي دونالد ترامب يجب أن يخرج بنتائج قوية وملموسة وألا يكون فقط لاحداث أثر في الخارج.

وكان المتحدث باسم الرئاسة الروسية ديميتري بيسكوف توقع في شباط الماضي أن يلتقي بوتين وترامب على هامش قمة مجموعة العشرين التي تجري في تموز المقبل في مدينة هامبورغ بألمانيا وقال بيسكوف.. “ننطلق من أنه في شهر تموز من العام الجاري سيعقد اجتماع مجموعة العشرين في المانيا حيث سيلتقي الرئيسان بوتين وترامب بصورة أو بأخرى” لافتا في الوقت نفسه إلى عدم توافر أي تفاصيل دقيقة حول اللقاء المتوقع.

الخارجية الروسية : لافروف سيلتقي ترامب في واشنطن اليوم

وكان البيت الابيض أعلن في وقت سابق أن ترامب سيستقبل وزير الخارجية الروسي لإجراء محادثات في المكتب البيضوي في لقاء هو الأعلى مستوى بين ترامب ومسؤول روسي منذ وصوله الى السلطة مشيرا إلى أن اللقاء سيعقد في الساعة العاشرة والنصف من صباح اليوم بتوقيت واشنطن.

وذكر موقع روسيا اليوم الالكتروني أن لافروف الذي يقوم بزيارة عمل إلى الولايات المتحدة من ال ” 9″  إلى ال “11” من الشهر الجاري سيبحث مع نظيره الأمريكي ريكس تيلرسون في واشنطن اليوم أيضا الأزمة في سورية وأهم القضايا الدولية.

وسيكون لقاء لافروف مع تيلرسون هو الثالث لهما بعد تولي ترامب مهام الرئاسة في الولايات المتحدة.

وبعد اللقاء مع تيلرسون سيتوجه لافروف إلى ولاية ألاسكا الأمريكية حيث سيشارك في الاجتماع الوزاري لمجلس منطقة القطب الشمالي.`;

const P001: [string, string | null, string[]][] = [
  ['lavrov', 'وزير الخارجية الروسي', ['سيرغي لافروف', 'لافروف']],
  ['putin', 'الرئيس الروسي', ['فلاديمير بوتين', 'بوتين']],
  ['trump', 'الرئيس الأمريكي', ['دونالد ترامب', 'ترامب']],
  ['peskov', 'المتحدث باسم الرئاسة الروسية', ['ديميتري بيسكوف', 'بيسكوف']],
  ['tillerson', 'نظيره الأمريكي', ['ريكس تيلرسون', 'تيلرسون']],
];

describe('gold 001: SANA', () => {
  const ms = findMeetings(T001, ctx(T001, P001, '2017-05-10'));
  it('spans are exact', () => spansValid(T001, ms));
  it('the Putin–Trump summit meeting is speculated (أي لقاء … يجب أن، توقع، المتوقع)', () => {
    const m = find(ms, 'meeting', ['putin', 'trump']);
    expect(m?.status).toBe('speculated');
    expect(m!.mentions.length).toBeGreaterThanOrEqual(4);
  });
  it('the G20 summit is planned, in Hamburg, attended by both presidents', () => {
    const s = ms.find((m) => m.kind === 'summit');
    expect(s).toBeDefined();
    expect(s!.status).toBe('planned');
    expect(s!.place).toBe('مدينة هامبورغ بألمانيا');
    expect(s!.participants).toEqual(expect.arrayContaining(['putin', 'trump']));
    expect(s!.mentions).toHaveLength(2); // قمة مجموعة العشرين … / اجتماع مجموعة العشرين …
    // "في تموز المقبل": known to the month only, kept with that precision
    expect(s).toMatchObject({ date: '2017-07-01', endDate: '2017-07-31', datePrecision: 'month' });
  });
  it('Lavrov–Trump: planned today; ترامب سيستقبل وزير الخارجية الروسي resolves the role', () => {
    const m = find(ms, 'meeting', ['lavrov', 'trump']);
    expect(m?.status).toBe('planned');
    expect(m?.date).toBe('2017-05-10');
    expect(m!.mentions.map((x) => x.text).join(' | ')).toContain('سيستقبل وزير الخارجية الروسي');
  });
  it('Lavrov–Tillerson: planned today in Washington, four mentions merged', () => {
    const m = find(ms, 'meeting', ['lavrov', 'tillerson']);
    expect(m?.status).toBe('planned');
    expect(m?.date).toBe('2017-05-10');
    expect(m?.place).toBe('واشنطن');
    expect(m!.mentions.length).toBeGreaterThanOrEqual(3);
  });
  it('the visit takes the range من ال ” 9″ إلى ال “11” من الشهر الجاري', () => {
    const v = find(ms, 'visit', ['lavrov']);
    expect(v?.date).toBe('2017-05-09');
    expect(v?.endDate).toBe('2017-05-11');
    expect(v?.status).toBe('held');
  });
  it('the Arctic Council ministerial: Lavrov, planned, in Alaska (إلى … حيث سيشارك في)', () => {
    const m = ms.find((x) => x.mentions.some((s) => s.text.startsWith('الاجتماع الوزاري')));
    expect(m?.participants).toContain('lavrov');
    expect(m?.status).toBe('planned');
    expect(m?.place).toBe('ولاية ألاسكا الأمريكية');
  });
  it('no phone call is invented and there are exactly six events in this excerpt', () => {
    expect(ms.filter((m) => m.kind === 'phone_call')).toHaveLength(0);
    expect(ms).toHaveLength(6);
  });
});

// ---------------------------------------------------------------- dev sentences (other outlets)

describe('dev sentences', () => {
  it('d01: a phone call received, dated by the bare weekday السبت', () => {
    const t =
      'أعرب الرئيس الإيراني حسن روحاني، السبت، عن رغبة بلاده في تعزيز علاقاتها مع دول الجوار خاصة قطر، وذلك خلال اتصال هاتفي تلقاه من أمير قطر الشيخ تميم بن حمد آل ثاني لتهنئة على فوزه بالانتخابات الرئاسية التي جرت في 19 ماي الحالي.';
    const ms = findMeetings(t, ctx(t, [['rouhani', 'الرئيس الإيراني', ['حسن روحاني']], ['tamim', 'أمير قطر', ['تميم بن حمد آل ثاني']]], '2017-05-27'));
    expect(ms).toHaveLength(1);
    expect(ms[0].kind).toBe('phone_call');
    expect(ms[0].participants.sort()).toEqual(['rouhani', 'tamim']);
    expect(ms[0].date).toBe('2017-05-27'); // not the election's 19 May
    expect(ms[0].status).toBe('held');
  });
  it('d17: a planned visit and a held meeting, Levantine/combined month', () => {
    const t =
      'أعلن المسؤول في وزارة الخارجية الروسية، زامير كابولوف، أن وزير الخارجية الإيراني، محمد جواد #ظريف، سيزور موسكو في 14 أيار/مايو، ويلتقي بنظيره الروسي، سيرغي #لافروف، وفق ما ذكرت وكالة الإعلام الروسية الجمعة. وكان لافروف، قد قال الخميس عقب لقائه وزير الخارجية الألماني هايكو ماس في موسكو، إن روسيا تأمل.';
    const ms = findMeetings(
      t,
      ctx(t, [['kabulov', null, ['زامير كابولوف']], ['zarif', 'وزير الخارجية الإيراني', ['محمد جواد #ظريف']], ['lavrov', 'وزير الخارجية الروسي', ['سيرغي #لافروف', 'لافروف']], ['maas', 'وزير الخارجية الألماني', ['هايكو ماس']]], '2018-05-11'),
    );
    spansValid(t, ms);
    const v = ms.find((m) => m.kind === 'visit');
    expect(v?.participants).toContain('zarif');
    expect(v?.place).toBe('موسكو');
    expect(v?.date).toBe('2018-05-14');
    expect(v?.status).toBe('planned');
    const m = find(ms, 'meeting', ['lavrov', 'maas']);
    expect(m?.date).toBe('2018-05-10');
    expect(m?.status).toBe('held');
    expect(m?.place).toBe('موسكو');
  });
  it('d06: يلتقي ب… المبرمج ليوم الاثنين 27 فيفري → planned', () => {
    const t =
      'وأوضح أنه كان ينوي اتخاذ قرار الاستقالة من عدمه ، بعد اتمام جميع المشاورات، وبعد أن يلتقي برئيس الجمهورية الباجي قايد السبسي المبرمج ليوم الاثنين 27 فيفري، حسب تأكيده. وقال عبيد البريكي إنه لن يتراجع.';
    const ms = findMeetings(t, ctx(t, [['briki', null, ['عبيد البريكي']], ['essebsi', 'رئيس الجمهورية', ['الباجي قايد السبسي']]], '2017-02-25'));
    const m = ms.find((x) => x.kind === 'meeting');
    expect(m?.participants).toContain('essebsi');
    expect(m?.status).toBe('planned');
    expect(m?.date).toBe('2017-02-27');
  });
  it('an organisation as the convening body (اجتمعت اللجنة … السبت)', () => {
    const t = 'واجتمعت اللجنة الوطنية لمراقبة الحملة الرئاسية السبت وأوصت وسائل الإعلام بعدم النشر.';
    const ms = findMeetings(t, ctx(t, [], '2017-05-06', [['o1', 'other', ['اللجنة الوطنية لمراقبة الحملة الرئاسية']]]));
    expect(ms).toHaveLength(1);
    expect(ms[0].participants).toEqual(['o1']);
    expect(ms[0].date).toBe('2017-05-06');
    expect(ms[0].status).toBe('held');
  });
  it('press conferences and generic talk of negotiations are not meetings', () => {
    const t = 'وقال ماكرون في مؤتمر صحفي إن بلاده مستعدة لإجراء المفاوضات بهدف التوصل إلى اتفاق.';
    const ms = findMeetings(t, ctx(t, [['macron', 'الرئيس الفرنسي', ['ماكرون']]], '2018-04-26'));
    expect(ms.filter((m) => m.kind !== 'talks')).toHaveLength(0);
  });
  it('proposed: دعا إلى عقد لقاء', () => {
    const t = 'ودعا الرئيس أحمد سالم إلى عقد لقاء مع رئيس الوزراء كمال يوسف في أقرب وقت.';
    const ms = findMeetings(t, ctx(t, [['a', 'الرئيس', ['أحمد سالم']], ['b', 'رئيس الوزراء', ['كمال يوسف']]], '2018-04-26'));
    expect(ms).toHaveLength(1);
    expect(ms[0].status).toBe('proposed');
    expect(ms[0].participants.sort()).toEqual(['a', 'b']);
  });
  it('بحث … مع is talks; بحث عن is not', () => {
    const t1 = 'وبحث الرئيس أحمد سالم في القاهرة مع رئيس الوزراء كمال يوسف خطر التصعيد.';
    const ms1 = findMeetings(t1, ctx(t1, [['a', 'الرئيس', ['أحمد سالم']], ['b', 'رئيس الوزراء', ['كمال يوسف']]], '2018-04-26'));
    expect(ms1).toHaveLength(1);
    expect(ms1[0].kind).toBe('talks');
    expect(ms1[0].place).toBe('القاهرة');
    const t2 = 'وقال أحمد سالم إنه يبحث عن حلول للأزمة.';
    expect(findMeetings(t2, ctx(t2, [['a', null, ['أحمد سالم']]], '2018-04-26'))).toHaveLength(0);
  });
});

// ---------------------------------------------------------------- robustness

describe('robustness', () => {
  const words = ['لقاء', 'اجتماع', 'قمة', 'زيارة', 'اتصالا هاتفيا', 'مع', 'بين', 'و', 'أحمد', 'سالم', 'اليوم', 'أمس', 'سيلتقي', 'التقى', 'في', 'القاهرة', '.', '،', '"', ' ', '\n', '9- 11 مايو', 'الرئيسين', 'بينهما', 'هذا', 'أي'];
  it('never throws, spans valid, participants are context ids', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((a) => a.join(' '))),
        fc.integer({ min: 0, max: 3 }),
        fc.oneof(fc.constant(undefined), fc.constant('2017-05-10'), fc.string({ maxLength: 10 })),
        (text, k, published) => {
          const c = ctx(text, [['a', 'الرئيس المصري', ['أحمد']], ['b', k > 1 ? 'رئيس الوزراء' : null, ['سالم']]].slice(0, k) as [string, string | null, string[]][], published);
          const ms = findMeetings(text, c);
          spansValid(text, ms);
          for (const m of ms) for (const p of m.participants) expect(['a', 'b']).toContain(p);
        },
      ),
      { numRuns: 100 },
    );
  });
  it('tolerates junk in the context', () => {
    const t = 'التقى أحمد مع سالم اليوم.';
    const bad = { persons: [{ id: 'x', name: 'أحمد', nameEn: null, role: null, mentions: [{ text: 'zz', start: 500, end: 400 }] }], organizations: [] } as unknown as MeetingContext;
    expect(() => findMeetings(t, bad)).not.toThrow();
    expect(() => findMeetings(t, {} as MeetingContext)).not.toThrow();
  });
  it('gives valid meetings on a long article', () => {
    const unit = 'وأجرى الرئيس أحمد اتصالا هاتفيا مع سالم يوم 2 مايو، وسيلتقيان في القاهرة الأسبوع المقبل. ';
    const t = unit.repeat(1500);
    const c = ctx(t, [['a', 'الرئيس', ['أحمد']], ['b', null, ['سالم']]], '2017-05-10');
    const ms = findMeetings(t, c);
    spansValid(t, ms);
    expect(ms.length).toBeGreaterThan(0);
  });
});

// ---------------------------------------------------------------- constructions beyond the seed (invented names)

describe('other constructions', () => {
  it('a reception: استقبل X، أمس الأربعاء، بالقصر الملكي بالرباط، Y', () => {
    const t = 'استقبل العاهل المغربي الملك سالم الأول، أمس الأربعاء، بالقصر الملكي بالرباط، الرئيس الموريتاني كمال ولد أحمد.';
    const ms = findMeetings(t, ctx(t, [['k', 'العاهل المغربي', ['الملك سالم الأول']], ['p', 'الرئيس الموريتاني', ['كمال ولد أحمد']]], '2019-03-14'));
    expect(ms).toHaveLength(1);
    expect(ms[0].participants.sort()).toEqual(['k', 'p']);
    expect(ms[0].date).toBe('2019-03-13');
    expect(ms[0].place).toBe('الرباط');
    expect(ms[0].status).toBe('held');
  });
  it('a call and the talks held during it are one event (بحثا خلاله)', () => {
    const t = 'أجرى الرئيس التركي أحمد سليم اتصالا هاتفيا مع نظيره الروسي كمال يوسف بحثا خلاله الأوضاع في المنطقة.';
    const ms = findMeetings(t, ctx(t, [['a', 'الرئيس التركي', ['أحمد سليم']], ['b', 'الرئيس الروسي', ['كمال يوسف']]], '2019-03-14'));
    expect(ms).toHaveLength(1);
    expect(ms[0].kind).toBe('phone_call');
    expect(ms[0].status).toBe('held');
  });
  it('participants in a relative clause: القمة العربية التي شارك فيها X و Y', () => {
    const t = 'واختتمت في العاصمة الأردنية عمان، اليوم الخميس، أعمال القمة العربية التي شارك فيها الملك سالم الأول والرئيس المصري كمال يوسف.';
    const ms = findMeetings(t, ctx(t, [['k', 'الملك', ['الملك سالم الأول']], ['p', 'الرئيس المصري', ['كمال يوسف']]], '2019-03-14'));
    expect(ms).toHaveLength(1);
    expect(ms[0].kind).toBe('summit');
    expect(ms[0].participants.sort()).toEqual(['k', 'p']);
    expect(ms[0].date).toBe('2019-03-14');
    expect(ms[0].place).toBe('عمان');
    expect(ms[0].status).toBe('held');
  });
  it('a meeting during a visit inherits its day (زيارة يلتقي خلالها)', () => {
    const t = 'ويصل المبعوث الأممي أحمد سليم إلى طرابلس غدا الجمعة في زيارة يلتقي خلالها رئيس المجلس الرئاسي كمال يوسف.';
    const ms = findMeetings(t, ctx(t, [['a', 'المبعوث الأممي', ['أحمد سليم']], ['b', 'رئيس المجلس الرئاسي', ['كمال يوسف']]], '2019-03-14'));
    const v = find(ms, 'visit', ['a']);
    expect(v?.date).toBe('2019-03-15');
    expect(v?.place).toBe('طرابلس');
    expect(v?.status).toBe('planned');
    const m = find(ms, 'meeting', ['a', 'b']);
    expect(m?.date).toBe('2019-03-15');
    expect(m?.status).toBe('planned');
  });
  it('a meeting expected on the sidelines of a named summit stays apart from it', () => {
    const t = 'قال الرئيس الأمريكي أحمد سليم إن الرئيس الصيني كمال يوسف زعيم قوي. وتوقع مراقبون أن يجتمع الرئيسان على هامش قمة العشرين في أوساكا.';
    const ms = findMeetings(t, ctx(t, [['a', 'الرئيس الأمريكي', ['أحمد سليم']], ['b', 'الرئيس الصيني', ['كمال يوسف']]], '2019-03-14'));
    expect(find(ms, 'meeting', ['a', 'b'])?.status).toBe('speculated');
    expect(ms.find((m) => m.kind === 'summit')?.status).toBe('planned');
  });
});

describe('anaphors pick the event their own cue agrees with', () => {
  it('القمة المقررة … بتاريخ goes to the planned summit, not the one just held', () => {
    const t =
      'أعرب الزعيم أحمد سليم عن أمله في أن تضع قمته المرتقبة مع الرئيس كمال يوسف حدا للمواجهة، وذلك خلال لقائه المفاجئ السبت مع الرئيس سالم عمر. ' +
      'وشكر أحمد سليم سالم عمر على جهوده في سبيل القمة المقررة في سنغافورة بتاريخ ال12 حزيران/يونيو.';
    const ms = findMeetings(
      t,
      ctx(t, [['a', 'الزعيم', ['أحمد سليم']], ['b', 'الرئيس', ['كمال يوسف']], ['c', 'الرئيس', ['سالم عمر']]], '2018-05-27'),
    );
    spansValid(t, ms);
    const planned = ms.find((m) => m.participants.includes('a') && m.participants.includes('b'));
    const held = ms.find((m) => m.participants.includes('a') && m.participants.includes('c'));
    expect(planned?.status).toBe('planned');
    expect(planned?.date).toBe('2018-06-12');
    expect(planned?.place).toBe('سنغافورة');
    expect(held?.status).toBe('held');
    expect(held?.date).toBe('2018-05-26');
  });
});
