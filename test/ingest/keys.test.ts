// The keys ingest merges by, and the statement→meeting link rules, without a database.
import { describe, expect, it } from 'vitest';
import { claimSimilarity, claimTokens, corroborates, firstLastKey, isSurnameOnly, orgKey, rolesConflict, surnameKeyOf } from '../../src/ingest/keys.js';
import { linkStatementsToMeetings } from '../../src/ingest/links.js';
import { validateInput } from '../../src/ingest/validate.js';
import { ValidationError } from '../../src/ingest/errors.js';
import { span } from './build.js';

describe('orgKey', () => {
  it('drops generic heads and tails, keeps what distinguishes', () => {
    expect(orgKey('وزارة الخارجية الروسية')).toBe(orgKey('الخارجية الروسية'));
    expect(orgKey('الخارجية الروسية')).not.toBe(orgKey('الخارجية المصرية'));
    expect(orgKey('وكالة (تاس) الروسية للأنباء')).toBe(orgKey('وكالة تاس الروسية'));
    expect(orgKey('وكالة تاس')).toBe('تاس');
    expect(orgKey('قناة مير')).toBe('مير');
    expect(orgKey('موقع روسيا اليوم الالكتروني')).toBe(orgKey('روسيا اليوم'));
    expect(orgKey('وكالة أنباء سبوتنيك الروسية')).toBe(orgKey('وكالة سبوتنيك الروسية'));
    expect(orgKey('وزارة')).toBe('وزاره'); // a head alone stays
  });
});

describe('person keys', () => {
  it('spelling variants share first+last keys, different first names do not', () => {
    expect(firstLastKey('ديمترى بيسكوف')).toBe(firstLastKey('ديميتري بيسكوف'));
    expect(firstLastKey('دميترى بيسكوف')).toBe(firstLastKey('ديميتري بيسكوف'));
    expect(firstLastKey('سيرجى لافروف')).toBe(firstLastKey('سيرغي لافروف'));
    expect(firstLastKey('جورج بوش')).not.toBe(firstLastKey('جيب بوش'));
    expect(firstLastKey('بيسكوف')).toBeNull();
  });

  it('compound family names', () => {
    expect(surnameKeyOf('حسن نصر الله')).toBe(surnameKeyOf('نصر الله'));
    expect(surnameKeyOf('حسن نصر الله')).not.toBe(surnameKeyOf('الله'));
    expect(surnameKeyOf('محمد بن سلمان')).not.toBe(surnameKeyOf('محمد بن زايد'));
    expect(surnameKeyOf('ستافان دي ميستورا')).toBe(surnameKeyOf('دي ميستورا'));
    expect(surnameKeyOf('إبراهيم الغندور')).toBe(surnameKeyOf('غندور'));
    expect(isSurnameOnly('نصر الله')).toBe(true);
    expect(isSurnameOnly('ديمترى بيسكوف')).toBe(false);
  });

  it('roles conflict on nationality or on nothing in common', () => {
    expect(rolesConflict('وزير الخارجية الروسي', 'وزير الخارجية الأمريكي')).toBe(true);
    expect(rolesConflict('وزير الخارجية الروسى', 'وزير الخارجية الروسية')).toBe(false);
    expect(rolesConflict('المتحدث باسم الكرملين', 'وزير الدفاع')).toBe(true);
    expect(rolesConflict('المتحدث باسم قصر الرئاسة الروسى "الكرملين"', 'المتحدث باسم الرئاسة الروسية')).toBe(false);
    expect(rolesConflict(null, 'وزير الدفاع')).toBe(false);
    expect(rolesConflict('الرئيس الأمريكي', 'الرئيس الأميركي')).toBe(false);
  });
});

describe('claims', () => {
  it('the same claim in two wordings corroborates, another claim does not', () => {
    const a = claimTokens('وزير الخارجية الروسى سيرجى لافروف سيبحث مع الرئيس الأمريكى دونالد ترامب سبل التعاون فى مجال مكافحة الإرهاب');
    const b = claimTokens('وزير الخارجية الروسي سيرغي لافروف سيبحث مع الرئيس الأمريكي دونالد ترامب سبل التعاون في مجال مكافحة الإرهاب');
    const c = claimTokens('روسيا ترحب بأى إجراءات هادفة إلى إنهاء تصعيد حالة التوتر فى شبه الجزيرة الكورية');
    expect(corroborates(claimSimilarity(a, b))).toBe(true);
    expect(corroborates(claimSimilarity(a, c))).toBe(false);
    const d = claimTokens('موسكو ترحب بأى تصريحات أو إجراءات من شأنها إنهاء تصعيد حالة التوتر فى شبه الجزيرة الكورية');
    expect(corroborates(claimSimilarity(c, d))).toBe(true);
  });
});

describe('statement → meeting links', () => {
  const text =
    'وأفاد المكتب الصحفى بأن بوتين أجرى اتصالا هاتفيا مع ترامب "ناقش خلالها الجانبان عددا من القضايا".\n' +
    'وأضاف المكتب الصحفى أن "الرئيسين اتفقا على إحياء الحوار".\n' +
    'من ناحية أخرى أكد بيسكوف أن روسيا ترحب بالحوار.';
  const call = { mentions: [span(text, 'أجرى اتصالا هاتفيا مع ترامب')] };
  const statements = [
    { speaker: 'o1', cue: span(text, 'وأفاد'), content: span(text, 'بوتين أجرى اتصالا هاتفيا مع ترامب') }, // mention in content
    { speaker: 'o1', cue: span(text, 'وأفاد'), content: span(text, 'ناقش خلالها الجانبان عددا من القضايا') }, // same sentence
    { speaker: 'o1', cue: span(text, 'وأضاف'), content: span(text, 'الرئيسين اتفقا على إحياء الحوار') }, // continuation
    { speaker: 'p1', cue: span(text, 'أكد'), content: span(text, 'روسيا ترحب بالحوار') }, // another speaker: nothing
  ];
  it('links by content, then sentence, then continuation of the same speaker', () => {
    expect(linkStatementsToMeetings(text, statements, [call])).toEqual([[0], [0], [0], []]);
  });
});

describe('validateInput', () => {
  it('strips a BOM, trims metadata, checks dates and sizes', () => {
    const v = validateInput({ text: '\uFEFFنص', title: '  ', published: '2017-05-10', url: 'https://example.com/a' });
    expect(v).toMatchObject({ body: 'نص', title: null, published: '2017-05-10', url: 'https://example.com/a' });
    expect(() => validateInput({ text: 'نص', published: '2017-02-29' })).toThrow(ValidationError);
    expect(() => validateInput({ text: 'a\u0000b' })).toThrow(/NUL/);
    expect(() => validateInput({ text: 'نص', outlet: { name: '' } })).toThrow(/outlet/);
    expect(() => validateInput({ text: 'نص', url: 'ftp://x' })).toThrow(/http/);
  });
});
