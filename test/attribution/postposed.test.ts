// Sources named after their words: "CLAUSE، وفق ما ذكر X" (src/attribution/postposed.ts).
// Sentences from dev2 (non-held-out files).
import { describe, expect, it } from 'vitest';
import { statements } from './statements-helper.js';

describe('postposed sources (وفق ما / بحسب ما / حسبما + a reporting verb)', () => {
  it('the clause before the comma is the content, without its conjunction; a document speaks for its issuer', () => {
    const st = statements(
      'عقد المجلس الوزاري للأمن الوطني العراقي اجتماعا طارئا.\nوناقش المجلس تداعيات الاحتجاجات في بعض المناطق العراقية، لا سيما جنوبي البلاد، وفق ما ذكر بيان للمجلس عقب الاجتماع.',
    );
    expect(st.find((s) => s.cue === 'ذكر')).toMatchObject({
      speaker: 'المجلس الوزاري للأمن الوطني العراقي',
      content: 'ناقش المجلس تداعيات الاحتجاجات في بعض المناطق العراقية، لا سيما جنوبي البلاد',
      valid: true,
    });
  });
  it('an unnamed source after بحسب ما أعلن', () => {
    const st = statements('وبين 19 نيسان/أبريل و31 أيار/مايو تم فصل 1995 طفلا عن 1940 بالغا اعتقلتهم دوريات حرس الحدود، بحسب ما أعلن متحدث باسم وزارة الداخلية خلال اتصال مع مراسلين.');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ cue: 'أعلن', speaker: 'متحدث باسم وزارة الداخلية', content: 'بين 19 نيسان/أبريل و31 أيار/مايو تم فصل 1995 طفلا عن 1940 بالغا اعتقلتهم دوريات حرس الحدود' });
  });
  it('a possessive body (مكتبه) is the office of the person named before', () => {
    const st = statements('والتقى كوشنير وغرينبلات، الجمعة، رئيس الوزراء الإسرائيلي بنيامين نتنياهو لمناقشة "دفع عملية السلام قدما"، وفق ما أفاد مكتبه.');
    expect(st.find((s) => s.cue === 'أفاد')).toMatchObject({ speaker: 'مكتب نتنياهو', content: 'التقى كوشنير وغرينبلات، الجمعة، رئيس الوزراء الإسرائيلي بنيامين نتنياهو لمناقشة "دفع عملية السلام قدما"' });
  });
  it('a correspondent replaces the quoted medium name the verb was read with', () => {
    const st = statements('وانطلقت مظاهرة في منفذ سفوان الحدودي مع الكويت في مدينة البصرة جنوبي العراق، وفق ما أفاد مراسل "سكاي نيوز عربية"، في بغداد، السبت.');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ cue: 'أفاد', content: 'انطلقت مظاهرة في منفذ سفوان الحدودي مع الكويت في مدينة البصرة جنوبي العراق' });
    expect(st[0].speaker).toMatch(/^مراسل/);
  });
  it('a medium after حسبما only relays the statement of the sentence', () => {
    const st = statements('أعلن المتحدث الأمني بوزارة الداخلية السعودية، اللواء منصور التركي، أن "أعداد الحجاج تجاوزت المليوني حاج من داخل وخارج المملكة"، حسبما أفادت وكالة الأنباء السعودية، السبت.');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ cue: 'أعلن', content: 'أعداد الحجاج تجاوزت المليوني حاج من داخل وخارج المملكة', via: 'وكالة الأنباء السعودية' });
  });
  it('a sentence that opens with وفقا لما is left to the cue\'s own reading', () => {
    expect(statements('وفقا لما قال نصر الله، فإن 55 صاروخا أطلقت نحو الجولان.').filter((s) => s.cue === 'أطلقت')).toHaveLength(0);
  });
});
