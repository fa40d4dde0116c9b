// The sieves for cues with no subject of their own, each on real news sentences.
import { describe, expect, it } from 'vitest';
import { attribute } from '../../../src/attribution/index.js';

function speakers(text: string): Array<[string | null, string, string | null | undefined]> {
  const r = attribute(text, { explain: true });
  const name = new Map([...r.persons, ...r.organizations].map((e) => [e.id, e.name]));
  return r.statements.map((s) => [s.speaker ? name.get(s.speaker) ?? null : null, s.cue.text, s.decidedBy]);
}

describe('sentence-subject: a participle or a verb mid-sentence speaks for the subject of its sentence', () => {
  it('the subject of the first clause, not the object named after it (VSO)', () => {
    const got = speakers('هاجم البرلماني المصري مصطفى بكري الرئيس التونسي السابق، منصف المرزوقي، الأربعاء، قائلا إنه "ارتهن نفسه خادما لفرنسا".');
    expect(got).toEqual([['مصطفى بكري', 'قائلا', 'sentence-subject']]);
  });
  it('a coordinated verb after a non-reporting verb of the same subject', () => {
    const got = speakers(
      'وقدر ميتشل أن هناك نحو 25 أميركيا محتجزون في تركيا. ' +
        'وقال وزير الخارجية التركي مولود جاويش أوغلو إن العلاقات تمر بمرحلة صعبة. ' +
        'لكن ميتشل أشاد أيضا بتركيا، العضو في حلف شمال الأطلسي، ووصفها بأنها "حليف وشريك حيوي".',
    );
    expect(got[2]).toEqual(['ميتشل', 'ووصفها', 'sentence-subject']);
  });
});

describe('gender agreement: a feminine cue does not take a masculine speaker back', () => {
  const text =
    'وجمعت كيت مكلور التبرعات عبر الإنترنت. قالت مكلور لصحيفة "فيلادلفيا إنكوايرر" إنها شعرت بالإحباط. ' +
    'يقول بوبيت إن الزوجين باعا سيارته. ' +
    'وقالت للصحيفة وهي تبكي: "لا أريد أن أفقد وظيفتي بسبب ذلك".';
  it('the feminine verb learnt from قالت مكلور picks her over the masculine speaker before', () => {
    const got = speakers(text);
    // the speaker is given by her fullest name in the text (كيت مكلور: a known given name starts it)
    expect(got.map((g) => g[0])).toEqual(['كيت مكلور', 'بوبيت', 'كيت مكلور']);
    expect(got[2][2]).toBe('recent-agreeing');
  });
  it('a masculine continuation keeps the masculine speaker', () => {
    const got = speakers(text.replace('وقالت للصحيفة وهي تبكي', 'وأضاف للصحيفة'));
    expect(got[2][0]).toBe('بوبيت');
    expect(got[2][2]).toBe('discourse-speaker');
  });
});

describe('a named subject with no statement is the topic the next continuation speaks of', () => {
  it('وأوضحت فلانة ما حدث … وقالت إنها', () => {
    const got = speakers(
      'وقالت وزيرة المساواة مارلين شيابا إن القانون سيصدر قريبا. ' +
        'وأوضحت لاغير، 22 عاما، ما حدث في مقابلة مع محطة إذاعة فرنسية الاثنين. ' +
        'وقالت إنها كانت في طريق عودتها إلى المنزل من العمل.',
    );
    expect(got.map((g) => g[0])).toEqual(['مارلين شيابا', 'لاغير']);
  });
});

describe('unnamed sources and groups', () => {
  it('a shorter designation of a source already met is the same source', () => {
    const got = speakers(
      'وأصر مسؤول في وزارة الداخلية الأمريكية على أن بلاده تطبق القانون. ' +
        'وقال وزير الخارجية المكسيكي إن الإجراءات قاسية. ' +
        'وقال مسؤول الداخلية "حاليا علينا الاختيار بين فرض القانون أو تجاهله".',
    );
    expect(got.map((g) => g[0])).toEqual(['مسؤول في وزارة الداخلية الأمريكية', 'وزير الخارجية المكسيكي', 'مسؤول في وزارة الداخلية الأمريكية']);
  });
  it('a generic description with a nationality refers back to the named holder of an office of that country', () => {
    const got = speakers(
      'وقال وزير الخارجية اليمني خالد اليماني إن الوفد لم يحضر. ' +
        'وقال المبعوث الأممي مارتن غريفيث إنه سيذهب إلى مسقط. ' +
        'وقال المسؤول اليمني إن الحوثيين اعتادوا على سياسة إفشال أي محاولات للسلام.',
    );
    expect(got[2][0]).toBe('خالد اليماني');
  });
  it('a group speaks as the group: a dual, a plural, مجموعة من, and a construct with a name', () => {
    expect(speakers('وقال الرئيس الفرنسي إيمانويل ماكرون إن الوضع صعب. وقال الشيخان إن كل ما ذكره الصحفي مطابق.')[1][0]).toBe('الشيخان');
    expect(speakers('وأعلنت مجموعة من الطلاب لشبكة "إيه بي سي" الإخبارية أن المظاهرة ستقام في 24 آذار.')[0][0]).toBe('مجموعة من الطلاب');
    const r = attribute('يقول بوبيت إن الزوجين باعا سيارته. وكتب محامو بوبيت في الدعوى أن الزوجين استخدما الحساب.');
    expect(r.persons.find((p) => p.name === 'بوبيت')?.role ?? null).toBeNull();
  });
});

describe('sentence-subject reads titles and skips objects', () => {
  it('a title standing for a person named before is the subject; a paper after ل is not', () => {
    const got = speakers(
      'وقالت وزيرة المساواة مارلين شيابا إن القانون سيصدر قريبا. ' +
        'وقالت الطالبة ماري لاغير إنها تعرضت للتحرش. ' +
        'وعبرت وزيرة المساواة لصحيفة لوباريزيان عن غضبها من هذا الهجوم، مشيرة إلى أن الهدف من القانون هو فرض حظر واضح على التحرش.',
    );
    expect(got[2][0]).toBe('مارلين شيابا');
    expect(got[2][2]).toBe('sentence-subject');
  });
  it('a named subject whose cue has only a noun phrase stays the topic', () => {
    const got = speakers(
      'ووقفت إيما غونزالس أمام الحشد. وقال الرئيس الأمريكي دونالد ترامب إن الطلاب شجعان. ' +
        'ودعت غونزالس، الأحد، السياسيين إلى الدخول في حوار حول الحد من انتشار السلاح. وقالت "نريد أن نمنحهم فرصة".',
    );
    expect(got[got.length - 1][0]).toBe('إيما غونزالس');
  });
});

describe('hashtag names', () => {
  it('#الاسم_الكامل is output as the name with spaces, its mention as written', () => {
    const r = attribute('وقال رئيس الوزراء الإيطالي، #جوزيبي_كونتي، إن بلاده "ليست وحيدة في مواجهة الأزمة".');
    const p = r.persons.find((x) => x.mentions.some((m) => m.text.includes('كونتي')));
    expect(p?.name).toBe('جوزيبي كونتي');
  });
});
