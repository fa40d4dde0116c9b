import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTimeExpressions, resolveDate, resolveWeekday } from '../../src/attribution/dates.js';

// Real phrases from the seed, gold and dev articles (and a few of the same shape) → expected dates.
// [phrase, published, date, endDate, granularity]
const TABLE: [string, string, string | null, string | null, string][] = [
  // 000/001, published Wednesday 10 May 2017
  ['اليوم الأربعاء', '2017-05-10', '2017-05-10', null, 'day'],
  ['أمس الثلاثاء', '2017-05-10', '2017-05-09', null, 'day'],
  ['يوم 2 مايو', '2017-05-10', '2017-05-02', null, 'day'],
  ['(خلال الفترة ما بين 9- 11 مايو الجارى)', '2017-05-10', '2017-05-09', '2017-05-11', 'day'],
  ['من ال ” 9″  إلى ال “11” من الشهر الجاري', '2017-05-10', '2017-05-09', '2017-05-11', 'day'],
  ['تموز المقبل', '2017-05-10', '2017-07-01', '2017-07-31', 'month'],
  ['شباط الماضي', '2017-05-10', '2017-02-01', '2017-02-28', 'month'],
  ['في شهر تموز من العام الجاري', '2017-05-10', '2017-07-01', '2017-07-31', 'month'],
  ['صباح اليوم بتوقيت واشنطن', '2017-05-10', '2017-05-10', null, 'day'],
  ['الشهر الجاري', '2017-05-10', '2017-05-01', '2017-05-31', 'month'],
  ['العام الجاري', '2017-05-10', '2017-01-01', '2017-12-31', 'year'],
  ['العام المقبل', '2017-05-10', '2018-01-01', '2018-12-31', 'year'],
  ['الأسبوع المقبل', '2017-05-10', '2017-05-15', '2017-05-21', 'week'],
  ['يوم غد الأحد', '2017-05-13', '2017-05-14', null, 'day'],
  ['السبت', '2017-05-10', '2017-05-06', null, 'day'],
  ['الأحد المقبل', '2017-05-10', '2017-05-14', null, 'day'],
  ['الخميس الماضي', '2017-05-11', '2017-05-04', null, 'day'],
  // dev (Jawhara FM, Maghrebi months)
  ['في 19 ماي الحالي', '2017-05-27', '2017-05-19', null, 'day'],
  ['في 25 جاني', '2016-01-10', '2016-01-25', null, 'day'],
  ['الاثنين 27 فيفري', '2017-02-25', '2017-02-27', null, 'day'],
  ['صباح اليوم الاحد', '2017-03-12', '2017-03-12', null, 'day'],
  ['6 ماي2017', '2017-05-06', '2017-05-06', null, 'day'],
  ['يوم غد الأحد', '2017-05-06', '2017-05-07', null, 'day'],
  ['في 3 أفريل', '2017-03-21', '2017-04-03', null, 'day'],
  ['منتصف جويلية', '2017-06-09', '2017-07-01', '2017-07-31', 'month'],
  // dev (France 24, BBC, Al Arabiya, Sky News: Levantine and combined forms)
  ['ال12 حزيران/يونيو', '2018-05-27', '2018-06-12', null, 'day'],
  ['في 14 أيار/مايو', '2018-05-11', '2018-05-14', null, 'day'],
  ['في آذار/مارس', '2018-04-19', '2018-03-01', '2018-03-31', 'month'],
  ['في مطلع شهر يونيو/ حزيران', '2018-05-09', '2018-06-01', '2018-06-30', 'month'],
  ['في 12 مايو أيار', '2018-04-26', '2018-05-12', null, 'day'],
  ['6 ديسمبر كانون الأول', '2018-04-19', '2017-12-06', null, 'day'],
  ['في 11 كانون الأول/ديسمبر 2017', '2018-04-19', '2017-12-11', null, 'day'],
  ['الثلاثاء والأربعاء', '2018-04-25', '2018-04-24', '2018-04-25', 'day'],
  ['الليلة الاثنين', '2018-05-14', '2018-05-14', null, 'day'],
  ['الخميس', '2018-05-11', '2018-05-10', null, 'day'],
  ['الشهر الماضي', '2018-05-09', '2018-04-01', '2018-04-30', 'month'],
  ['هذا الأسبوع', '2018-02-22', '2018-02-19', '2018-02-25', 'week'],
  ['الشهر القادم', '2018-05-27', '2018-06-01', '2018-06-30', 'month'],
  // Arabic-Indic digits, explicit years, numeric dates
  ['١٥ كانون الأول ٢٠١٧', '2017-05-10', '2017-12-15', null, 'day'],
  ['يوم ٢ أيار', '2017-05-10', '2017-05-02', null, 'day'],
  ['بتاريخ 27/02/2017', '2017-05-10', '2017-02-27', null, 'day'],
  ['عام 2014', '2017-05-10', '2014-01-01', '2014-12-31', 'year'],
  ['تشرين الثاني الماضي', '2017-05-10', '2016-11-01', '2016-11-30', 'month'],
  ['آب المقبل', '2017-05-10', '2017-08-01', '2017-08-31', 'month'],
  ['أوت القادم', '2017-05-10', '2017-08-01', '2017-08-31', 'month'],
];

describe('resolveDate on real phrases', () => {
  for (const [phrase, published, date, endDate, granularity] of TABLE) {
    it(`${phrase} @ ${published}`, () => {
      const r = resolveDate(phrase, published);
      expect(r).not.toBeNull();
      expect(r!.date).toBe(date);
      expect(r!.endDate).toBe(endDate);
      expect(r!.granularity).toBe(granularity);
    });
  }
});

describe('invalid or unanchored dates are null, never guessed', () => {
  it('30 شباط → null', () => {
    expect(resolveDate('30 شباط 2017', '2017-05-10')?.date ?? null).toBeNull();
    expect(resolveDate('في 30 فبراير', '2017-05-10')?.date ?? null).toBeNull();
  });
  it('31 نيسان → null', () => {
    expect(resolveDate('31 نيسان', '2017-05-10')?.date ?? null).toBeNull();
  });
  it('29 فيفري exists only in leap years', () => {
    expect(resolveDate('29 فيفري 2016', '2016-01-10')?.date).toBe('2016-02-29');
    expect(resolveDate('29 فيفري 2017', '2017-01-10')?.date ?? null).toBeNull();
  });
  it('a backwards range (11- 9 مايو) → null', () => {
    expect(resolveDate('11- 9 مايو', '2017-05-10')?.date ?? null).toBeNull();
  });
  it('relative expressions need a publication date', () => {
    expect(resolveDate('اليوم الأربعاء')?.date ?? null).toBeNull();
    expect(resolveDate('تموز المقبل')?.date ?? null).toBeNull();
    expect(resolveDate('يوم 2 مايو')?.date ?? null).toBeNull();
    // an explicit year needs no anchor
    expect(resolveDate('6 ماي2017')?.date).toBe('2017-05-06');
  });
  it('a malformed publication date anchors nothing', () => {
    expect(resolveDate('اليوم', '2017-13-45')?.date ?? null).toBeNull();
  });
});

describe('findTimeExpressions in running text', () => {
  const text =
    'وبدأ أمس الثلاثاء وزير الخارجية الروسى زيارة عمل إلى الولايات المتحدة لمدة ثلاثة أيام، (خلال الفترة ما بين 9- 11 مايو الجارى).';
  it('finds both expressions with exact spans', () => {
    const xs = findTimeExpressions(text, '2017-05-10');
    expect(xs.map((x) => x.text)).toEqual(['أمس الثلاثاء', 'خلال الفترة ما بين 9- 11 مايو الجارى']);
    for (const x of xs) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(xs[1].date).toBe('2017-05-09');
    expect(xs[1].endDate).toBe('2017-05-11');
  });
  it('does not read the outlet name روسيا اليوم as today', () => {
    const xs = findTimeExpressions('وذكر موقع روسيا اليوم الالكتروني أن', '2017-05-10');
    expect(xs).toEqual([]);
  });
  it('does not take مارس (he practised) or آب without context for a month', () => {
    expect(findTimeExpressions('مارس الضغط على الحكومة', '2017-05-10')).toEqual([]);
    expect(findTimeExpressions('ديسمبر', '2017-05-10')).toEqual([]);
  });
  it('keeps NBSP and odd quotes inside spans', () => {
    const t = 'من ال ” 9″\u00a0 إلى ال “11” من الشهر الجاري';
    const xs = findTimeExpressions(t, '2017-05-10');
    expect(xs).toHaveLength(1);
    expect(t.slice(xs[0].start, xs[0].end)).toBe(xs[0].text);
    expect(xs[0].date).toBe('2017-05-09');
  });
  it('a weekday that disagrees with اليوم snaps to the nearest such day', () => {
    // published a day late: "اليوم الأربعاء" in a paper dated Thursday
    expect(resolveDate('اليوم الأربعاء', '2017-05-11')?.date).toBe('2017-05-10');
  });
});

describe('where an expression can begin (patterns only run at word starts and digit runs)', () => {
  const found = (text: string) => findTimeExpressions(text, '2017-05-10').map((x) => [x.text, x.kind, x.date, x.endDate]);
  it('after a one-letter proclitic (و ف ب) at a word start', () => {
    expect(found('وفي 15 مارس 2017 قال')).toEqual([['15 مارس 2017', 'day_month', '2017-03-15', null]]);
    expect(found('والسبت المقبل')).toEqual([['السبت المقبل', 'weekday', '2017-05-13', null]]);
    expect(found('فيناير المقبل')).toEqual([['يناير المقبل', 'month', '2018-01-01', '2018-01-31']]);
    expect(found('واليوم الأربعاء')).toEqual([['اليوم الأربعاء', 'relative_day', '2017-05-10', null]]);
  });
  it('at a day number behind quotes or white space', () => {
    expect(found('قال في « 15 » مارس')).toEqual([['15 » مارس', 'day_month', '2017-03-15', null]]);
    expect(found('وقال: "12 - 14 مايو" الجاري')).toEqual([['12 - 14 مايو', 'range', '2017-05-12', '2017-05-14']]);
    expect(found('بـ ١٥ شباط')).toEqual([['١٥ شباط', 'day_month', '2017-02-15', null]]);
  });
  it('digits glued to words: a month name before them, a numeric date after letters', () => {
    expect(found('في مارس2014')).toEqual([['مارس2014', 'month', '2014-03-01', '2014-03-31']]);
    expect(found('رقم x12/5/2019 هنا')).toEqual([['12/5/2019', 'numeric', '2019-05-12', null]]);
    expect(found('ب2019')).toEqual([]);
    expect(found('في 2019')).toEqual([['2019', 'year', '2019-01-01', '2019-12-31']]);
  });
  it('a range needs its second day number close after the first; a bare year four digits', () => {
    // the most the pattern allows between the day numbers: 6 + 3 + 6 + 6 + 6 chars
    const q = ' " « »';
    const farthest = `3${q}الي${q}ال    ${q}9 مايو`;
    expect(found(`من ${farthest}`)).toEqual([[`من ${farthest}`, 'range', '2017-05-03', '2017-05-09']]);
    expect(found(`من 3${q} الي 9 مايو`)).toEqual([['9 مايو', 'day_month', '2017-05-09', null]]);
    expect(found('بين 10 و12 مايو و 7 مايو')).toEqual([
      ['بين 10 و12 مايو', 'range', '2017-05-10', '2017-05-12'],
      ['7 مايو', 'day_month', '2017-05-07', null],
    ]);
    expect(found('منذ 219 و في 20190 وفي 1999')).toEqual([['1999', 'year', '1999-01-01', '1999-12-31']]);
  });
  it('astral letters are letters: they join or end words like any other', () => {
    expect(found('𝐀اليوم')).toEqual([]);
    expect(found('اليوم𝐀 و𝐀 السبت')).toEqual([['السبت', 'weekday', '2017-05-06', null]]);
  });
});

describe('resolveWeekday', () => {
  it('past, future, last and next', () => {
    expect(resolveWeekday('2017-05-10', 6, 'past')).toBe('2017-05-06');
    expect(resolveWeekday('2017-05-10', 3, 'past')).toBe('2017-05-10');
    expect(resolveWeekday('2017-05-10', 3, 'last')).toBe('2017-05-03');
    expect(resolveWeekday('2017-05-10', 1, 'future')).toBe('2017-05-15');
    expect(resolveWeekday('2017-05-10', 3, 'next')).toBe('2017-05-17');
    expect(resolveWeekday(undefined, 3, 'past')).toBeNull();
  });
});

describe('robustness', () => {
  const pieces = ['اليوم', 'أمس', ' ', '9', '-', '11', 'مايو', 'الجاري', 'من ال', '”', '“', 'إلى', 'شباط', '30', '\u00a0', '\n', 'الأحد', 'المقبل', '٢', 'ماي2017', 'x', '/', 'يونيو'];
  it('never throws, spans are exact, dates are ISO or null', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((a) => a.join(' '))),
        fc.oneof(fc.constant(undefined), fc.constant('2017-05-10'), fc.string({ maxLength: 12 })),
        (text, published) => {
          const xs = findTimeExpressions(text, published);
          let last = -1;
          for (const x of xs) {
            expect(text.slice(x.start, x.end)).toBe(x.text);
            expect(x.start).toBeGreaterThanOrEqual(last);
            last = x.end;
            if (x.date !== null) expect(x.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
  it('handles long inputs (repeated dates, long blank runs) with exact spans', () => {
    const long = 'يوم 2 مايو اجتماع '.repeat(10000) + ' '.repeat(50000) + '9- '.repeat(10000);
    const xs = findTimeExpressions(long, '2017-05-10');
    expect(xs.length).toBeGreaterThanOrEqual(10000);
    for (const x of xs) expect(long.slice(x.start, x.end)).toBe(x.text);
  });
});
