// Relay (via) and its sources (src/attribution/relay.ts, relay-source.ts). Sentences from dev2
// (non-held-out files) and the ant corpus.
import { describe, expect, it } from 'vitest';
import { statements } from './statements-helper.js';

describe('via: the medium that carried the words', () => {
  it('a quoted medium after a bare لـ, next to the cue (ant)', () => {
    const st = statements('من جانبه، أكد الفنان عبدالله السدحان لـ"العربية.نت" أن مسلسل بدون فلتر سيظهر برؤية مختلفة.');
    expect(st[0]).toMatchObject({ cue: 'أكد', via: 'العربية.نت', content: 'مسلسل بدون فلتر سيظهر برؤية مختلفة' });
  });
  it('a quoted medium in an interview before the cue: في تصريحات لـ"X"، في حوار مع "X" (ant)', () => {
    expect(statements('وفي تصريحات لـ"العربية.نت"، أكد منتج المسلسل جمال العدل أن الفنانة أصيبت أثناء تصوير مسلسل آخر.')[0].via).toBe('العربية.نت');
    expect(statements('في حوار خاص له مع "العربية نت"، كشف الممثل السوري أويس مخللاتي أن هناك جزءا ثالثا.')[0].via).toBe('العربية نت');
  });
  it('a scare-quoted word after لـ away from any cue or interview is no medium', () => {
    const st = statements('وقال الشاعر إن كثيرين يقعون ضحية لـ"نصابين" يأخذون القصائد ثم يختفون.');
    expect(st[0].via).toBeNull();
  });
  it('an abbreviation in quotes after a media head: لتلفزيون "إل. سي. إي"', () => {
    const st = statements('وأضاف الوزير في تصريح لتلفزيون "إل. سي. إي" أن الهجوم يستهدف بوركينا فاسو وفرنسا.');
    expect(st[0].via).toBe('تلفزيون "إل. سي. إي"');
  });
  it('a bare media head after ل (للصحيفة) is the paper named before', () => {
    const st = statements('وقالت كيت مكلور لصحيفة "فيلادلفيا إنكوايرر" الأمريكية إنها شعرت بالإحباط والخيانة.\nوقالت للصحيفة وهي تبكي: "لا أريد أن أفقد وظيفتي بسبب ذلك".');
    expect(st.map((s) => s.via)).toEqual(['صحيفة "فيلادلفيا إنكوايرر" الأمريكية', 'صحيفة "فيلادلفيا إنكوايرر" الأمريكية']);
  });
  it('في حديث إلى صحيفة X: إلى + a medium in an interview', () => {
    expect(statements('وقال الوزير في حديث إلى صحيفة الشرق الأوسط إن المفاوضات متعثرة.')[0].via).toBe('الشرق الأوسط');
  });
  it('إلى + a medium outside an interview is not a relay', () => {
    expect(statements('وقال الوزير إن الوفد وصل إلى قناة السويس صباحا.')[0].via).toBeNull();
  });
  it('وفقا لما جاء على حساب موقع قناة X: the words between the verb and the medium are skipped', () => {
    const st = statements('أعلن "تحالف دعم الشرعية في اليمن"، الذي تقوده السعودية، "تدمير منظومة دفاع جوي من نوع سام-6 في صنعاء"، السبت، وفقا لما جاء على حساب موقع قناة "الإخبارية" السعودية.');
    expect(st[0].via).toMatch(/قناة "الإخبارية"/);
  });
  it('an indefinite adjective ends a medium\'s name (وسائل إعلام محلية | قرار …)', () => {
    const st = statements('وأصدر النائب العام المصري، المستشار نبيل صادق، بيانا، أعلن فيه "نجاح الإجراءات القانونية"، حسبما نقلت وسائل إعلام محلية.\nونقلت وسائل إعلام محلية قرار النائب العام المصري بإحالة المتهم إلى النيابة.');
    expect(st[0].via).toBe('وسائل إعلام محلية');
  });
});

describe('the source behind a medium: نقلت X عن Y، ذكرت X نقلا عن Y', () => {
  it('نقلا عن after a medium subject: the source speaks, the paper relays', () => {
    const st = statements('وذكرت صحيفة واشنطن بوست نقلا عن مسؤولين أمريكيين أن الإدارة تدرس خيارات عسكرية.');
    expect(st[0]).toMatchObject({ speaker: 'مسؤولين أمريكيين', via: 'واشنطن بوست' });
  });
  it('a medium that reports facts itself stays the speaker', () => {
    expect(statements('وذكرت صحيفة نيويورك تايمز أن الإدارة تدرس خيارات عسكرية.')[0]).toMatchObject({ speaker: 'نيويورك تايمز', via: null });
  });
  it('a ل-medium is never a fallback speaker of a participle', () => {
    const st = statements('وعبرت وزيرة المساواة لصحيفة لاباريسيان عن غضبها من هذا الهجوم، مشيرة إلى أن الهدف من القانون الجديد هو فرض حظر اجتماعي واضح على التحرش.');
    expect(st[0].speaker ?? '').not.toMatch(/لاباريسيان/);
    expect(st[0].via).toBe('صحيفة لاباريسيان');
  });
});
