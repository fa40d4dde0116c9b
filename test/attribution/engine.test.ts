// The engine on short real-register sentences: cues, content spans, speakers, relay, anaphora.
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.js';
import { nameKey, phoneticKey } from '../../src/attribution/normalize.js';

function run(text: string) {
  const r = attribute(text);
  const ents = new Map([...r.persons, ...r.organizations].map((e) => [e.id, e]));
  return {
    r,
    st: r.statements.map((s) => ({
      cue: s.cue.text,
      content: s.content.text,
      kind: s.kind,
      speaker: s.speaker ? ents.get(s.speaker)!.name : null,
      via: s.via ? ents.get(s.via)!.name : null,
      audience: s.audience?.text ?? null,
      anaphoric: s.anaphoric,
    })),
  };
}

describe('indirect statements', () => {
  it('a title chain and a name; the أن-clause to the end of the sentence', () => {
    const { st, r } = run('أكد وزير الخارجية السوداني إبراهيم الغندور الأربعاء أن الخرطوم تقدمت بشكوى ضد القاهرة في مجلس الأمن الدولي.');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ cue: 'أكد', speaker: 'إبراهيم الغندور', kind: 'indirect', content: 'الخرطوم تقدمت بشكوى ضد القاهرة في مجلس الأمن الدولي', anaphoric: false });
    expect(r.persons[0].role).toBe('وزير الخارجية السوداني');
  });
  it('a fused pronoun (إنه) is left out; a later short name resolves to the full person', () => {
    const { st } = run('قال الرئيس الفرنسي إيمانويل ماكرون إنه سيزور الجزائر قريبا. وقال ماكرون إن العلاقات ممتازة.');
    expect(st.map((s) => [s.speaker, s.content])).toEqual([
      ['إيمانويل ماكرون', 'سيزور الجزائر قريبا'],
      ['إيمانويل ماكرون', 'العلاقات ممتازة'],
    ]);
  });
  it('a clause ends before a new cue with a conjunction, and before a gloss', () => {
    const { st } = run('وأوضح الوزير أنه كان ينوي الاستقالة بعد المشاورات، حسب تأكيده. وأضاف أن بلاده لن تسمح بدخول اللاجئين لكنه أوضح أن حكومته ستواصل تقديم المساعدات.');
    expect(st.map((s) => s.content)).toEqual(['كان ينوي الاستقالة بعد المشاورات', 'بلاده لن تسمح بدخول اللاجئين', 'حكومته ستواصل تقديم المساعدات']);
  });
  it('a call for something: دعا + إلى and the noun phrase it asks for, when it quotes words', () => {
    const { st } = run('ودعت الأمم المتحدة إلى فتح "تحقيق مستقل" في الحادث.');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ cue: 'ودعت', speaker: 'الأمم المتحدة', kind: 'indirect', content: 'فتح "تحقيق مستقل" في الحادث' });
    // the annotation guideline: a noun-phrase object without quoted words is not a statement
    expect(run('ودعت الأمم المتحدة إلى فتح تحقيق مستقل في الحادث.').st).toEqual([]);
  });
  it('nested speech is a separate statement with its own speaker', () => {
    const { st } = run('قال الأمين العام للحزب الجمهوري عصام الشابي إن الاجتماع كان مثمرا. وأوضح الشابي، في تصريح لوكالة تونس افريقيا للأنباء، أن رئيس الحكومة يوسف الشاهد أكد أن الدولة وجدت كل الدعم.');
    expect(st.slice(1).map((s) => [s.cue, s.speaker, s.content, s.via])).toEqual([
      ['وأوضح', 'عصام الشابي', 'رئيس الحكومة يوسف الشاهد أكد أن الدولة وجدت كل الدعم', 'وكالة تونس افريقيا للأنباء'],
      ['أكد', 'يوسف الشاهد', 'الدولة وجدت كل الدعم', null],
    ]);
  });
});

describe('direct statements', () => {
  it('after a colon, inside straight quotes; a participle is its own statement', () => {
    const { st } = run('وقال الملك عبد الله الثاني: "هناك تقصير من العالم"، مشيرا إلى أن بلاده تحملت عبء استضافة اللاجئين.');
    expect(st.map((s) => [s.cue, s.kind, s.content, s.anaphoric])).toEqual([
      ['وقال', 'direct', 'هناك تقصير من العالم', false],
      ['مشيرا', 'indirect', 'بلاده تحملت عبء استضافة اللاجئين', false],
    ]);
  });
  it('a quotation right after إن is direct; a quoted name in the adjunct is skipped', () => {
    const { st } = run('وقال الأسد في مقابلة أوردتها قناة "روسيا اليوم" الفضائية إن "أي عمل عسكري دون موافقة الحكومة غير شرعي".');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ kind: 'direct', content: 'أي عمل عسكري دون موافقة الحكومة غير شرعي' });
  });
  it('a bare continuation takes the previous speaker and is anaphoric', () => {
    const { st } = run('قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحكومة ستواصل عملها. وأضاف "سنقدم مساعدات إنسانية بقدر إمكانياتنا".');
    expect(st[1]).toMatchObject({ cue: 'وأضاف', speaker: 'بنيامين نتنياهو', kind: 'direct', anaphoric: true });
  });
});

describe('relay and audience', () => {
  it('نقلت وكالة X عن Y قوله: via X, cue قوله, speaker Y, audience from لقناة', () => {
    const { st } = run('ونقلت وكالة تاس الروسية عن الوزير سيرغي شويغو قوله في تصريح لقناة مير التلفزيونية "نحن مستعدون للحوار".');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ cue: 'قوله', speaker: 'سيرغي شويغو', via: 'وكالة تاس', audience: 'لقناة مير', kind: 'direct' });
  });
  it('في تصريح للصحفيين نقلته وكالة X: audience and via; a continuation inherits them', () => {
    const { st } = run('وقال المتحدث باسم الحكومة إياد الدهماني - في تصريح للصحفيين نقلته وكالة الأنباء الألمانية - إن الحكومة باقية. وأضاف أن الانتخابات ستجرى في موعدها.');
    expect(st[0]).toMatchObject({ audience: 'للصحفيين', via: 'وكالة الأنباء الألمانية' });
    expect(st[1]).toMatchObject({ speaker: 'إياد الدهماني', audience: 'للصحفيين', via: 'وكالة الأنباء الألمانية', anaphoric: true });
  });
});

describe('organizations and sources as speakers', () => {
  it('the White House, a ministry, an unnamed source', () => {
    const { st } = run('وكان البيت الأبيض أعلن في وقت سابق أن الرئيس سيستقبل الوزير. وقالت وزارة الخارجية الروسية إن موسكو سترد. وقال مسؤول أميركي إن السفارة ستنقل.');
    expect(st.map((s) => s.speaker)).toEqual(['البيت الأبيض', 'وزارة الخارجية الروسية', 'مسؤول أميركي']);
  });
  it('a spokesperson after a relayed unnamed official is a new speaker, not a continuation', () => {
    const { st } = run(
      'ونقلت وكالة رويترز عن مسؤول أوروبي قوله إن الاتحاد يسعى للحفاظ على الاتفاق.\n' +
        'وحذرت المتحدثة باسم المفوضية الأوروبية من أن انهيار الاتفاق سيهدد استقرار المنطقة.',
    );
    expect(st.map((s) => [s.speaker, s.via, s.anaphoric])).toEqual([
      ['مسؤول أوروبي', 'رويترز', false],
      ['المتحدثة باسم المفوضية الأوروبية', null, false],
    ]);
  });
  it('a title names the last speaker when he was introduced as its counterpart (بنظيره الروسي)', () => {
    const { st } = run(
      'أعلن مسؤول روسي أن ظريف سيلتقي بنظيره الروسي، سيرغي لافروف، في موسكو.\n' +
        'وكان لافروف قد قال إن الاتفاق يجب أن يبقى.\n' +
        'واعتبر وزير الخارجية الروسي أن العقوبات غير شرعية.',
    );
    expect(st.map((s) => s.speaker)).toEqual(['مسؤول روسي', 'سيرغي لافروف', 'سيرغي لافروف']);
  });
  it('a purpose clause after a title is not a name (لإجراء محادثات)', () => {
    const { r, st } = run('وكان البيت الأبيض أعلن أن الرئيس سيستقبل وزير الخارجية الفرنسي لإجراء محادثات في المكتب البيضوي.');
    expect(st.map((s) => s.speaker)).toEqual(['البيت الأبيض']);
    expect(r.persons.map((p) => p.name)).not.toContain('لإجراء محادثات');
  });
  it('polls are not speakers', () => {
    const { st } = run('وأشارت آخر الاستطلاعات إلى أن المرشح سيحصل على 61 بالمائة من الأصوات.');
    expect(st).toHaveLength(0);
  });
  it('a headline "X: claim" on the first line', () => {
    const { st } = run('الغندور: السيادة على حلايب غير خاضعة للتفاوض\nأكد وزير الخارجية السوداني إبراهيم الغندور أن بلاده تقدمت بشكوى.');
    expect(st[0]).toMatchObject({ cue: ':', speaker: 'إبراهيم الغندور', content: 'السيادة على حلايب غير خاضعة للتفاوض', kind: 'indirect' });
  });
});

describe('normalize', () => {
  it('spelling variants of one transliterated name share a phonetic key', () => {
    expect(phoneticKey('ديمترى بيسكوف')).toBe(phoneticKey('دميتري بيسكوف'));
    expect(phoneticKey('سيرجى لافروف')).toBe(phoneticKey('سيرغي لافروف'));
    expect(nameKey('محمد جواد #ظريف')).toBe(nameKey('محمد جواد ظريف'));
  });
});

describe('agreement and sourcing leads', () => {
  it('a feminine verb with no subject goes back to the latest feminine speaker', () => {
    const { st } = run('قالت المتحدثة باسم الحكومة نادية الهاشمي إن الوزير سيستقيل. وقال وزير المالية خالد الزعبي إن الميزانية جاهزة. وأضافت أن الحكومة ستجتمع غدا.');
    expect(st.map((s) => s.speaker)).toEqual(['نادية الهاشمي', 'خالد الزعبي', 'نادية الهاشمي']);
  });
  it('a lead that names the relay sources the next statement of the person it names', () => {
    const { st } = run('أعرب الرئيس الإيراني حسن روحاني عن رغبة بلاده في تعزيز علاقاتها مع قطر، وفقا لما نقلته وكالة أنباء "إرنا" الرسمية.\nوقال روحاني إن "هناك فرصا كثيرة للتعاون".');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ speaker: 'حسن روحاني', kind: 'direct' });
    expect(st[0].via).toMatch(/إرنا/);
  });
  it('a spokesman "باسمه" speaks for the person last named', () => {
    const { st } = run('وكان القائد العسكري خليفة حفتر في باريس قبل نحو أسبوعين وقال متحدث باسمه إنه تلقى العلاج هناك.');
    expect(st[0]).toMatchObject({ speaker: 'خليفة حفتر', content: 'تلقى العلاج هناك' });
  });
});

describe('prepositional media are never subjects', () => {
  it('an unnamed source ends before the agency it spoke to (مصدر دبلوماسي لوكالة فرانس برس)', () => {
    const { st } = run('وقال مصدر دبلوماسي لوكالة فرانس برس إن الاجتماع تأجل إلى موعد لاحق.');
    expect(st).toHaveLength(1);
    expect(st[0]).toMatchObject({ cue: 'وقال', speaker: 'مصدر دبلوماسي', content: 'الاجتماع تأجل إلى موعد لاحق' });
  });
  it('"وقال لوكالة فرانس برس" keeps the previous speaker and makes the agency the relay', () => {
    const { st } = run('قال وزير الخارجية الفرنسي جان إيف لودريان إن الاتفاق قائم. وقال لوكالة فرانس برس إن بلاده لن تنسحب. وأضاف لبي بي سي أن الحوار ضروري.');
    expect(st.map((s) => s.speaker)).toEqual(['جان إيف لودريان', 'جان إيف لودريان', 'جان إيف لودريان']);
    expect(st[1].via).toBe('وكالة فرانس برس');
    expect(st[2].via).toBe('بي بي سي');
  });
});
