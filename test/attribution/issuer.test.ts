// A document as the subject of a reporting verb speaks for its issuer (src/attribution/issuer.ts).
// Sentences from dev2 (non-held-out files) and the ant corpus.
import { describe, expect, it } from 'vitest';
import { DOCUMENT_NOUNS } from '../../src/attribution/lexicon/orgs.js';
import { statements } from './statements-helper.js';

describe('a document speaks for its issuer', () => {
  for (const e of DOCUMENT_NOUNS) {
    it(`lexicon: ${e.forms[0]}: ${e.example}`, () => {
      const st = statements(e.example);
      expect(st.map((s) => s.speaker)).toContain(e.issuer);
    });
  }
  it('construct: "وقال بيان اللجنة" → the committee named before', () => {
    const st = statements('ودعت اللجنة الدولية للصليب الأحمر إلى ضبط النفس في سوريا. وقال بيان اللجنة، الأربعاء، إن الأفراد العاملين في المجال الطبي في الغوطة الشرقية غير قادرين على التعامل مع الأعداد الكبيرة من الجرحى.');
    expect(st.find((s) => s.cue === 'وقال')).toMatchObject({ speaker: 'اللجنة الدولية للصليب الأحمر', valid: true });
  });
  it('ل + issuer: "وذكر بيان للحكومة" → the government named before', () => {
    const st = statements('وقالت حكومة بوركينا فاسو إن الهجوم استهدف مقر الجيش. وذكر بيان للحكومة إنه تم "تحييد" أربعة مسلحين في حادث السفارة الفرنسية.');
    const s = st.find((x) => x.cue === 'وذكر');
    expect(s?.speaker).toMatch(/^حكومة بوركينا/);
  });
  it('bare "وقال البيان" → the issuer of the document named before it', () => {
    const st = statements(
      'عقد المجلس الوزاري للأمن الوطني العراقي اجتماعا طارئا. وناقش المجلس تداعيات الاحتجاجات في بعض المناطق العراقية، وفق ما ذكر بيان للمجلس عقب الاجتماع.\nوقال البيان: "رصدت أجهزتنا الأمنية والاستخبارية مجاميع مندسة صغيرة ومنظمة".',
    );
    expect(st.find((s) => s.cue === 'وقال')).toMatchObject({ speaker: 'المجلس الوزاري للأمن الوطني العراقي', content: 'رصدت أجهزتنا الأمنية والاستخبارية مجاميع مندسة صغيرة ومنظمة' });
  });
  it('"أصدر X بيانا، أعلن فيه" → X, the subject of the issuing verb', () => {
    const st = statements('وأصدر النائب العام المصري، المستشار نبيل صادق، بيانا، أعلن فيه "نجاح الإجراءات القانونية التى اتخذتها النيابة العامة لاسترداد المتهم".');
    expect(st[0]).toMatchObject({ cue: 'أعلن', speaker: 'نبيل صادق', valid: true });
  });
  it('"أصدرت شركة X بيانا أكدت فيه" (ant corpus) → the company', () => {
    const st = statements('أصدرت شركة #العربية_للطيران الإماراتية بيانا أكدت فيه أنها عينت فريقا من الخبراء والمختصين لدراسة وضمان حماية استثمارات الشركة.');
    expect(st[0].speaker).toMatch(/^شركة/);
  });
  it('a body that issues nothing keeps speaking as itself', () => {
    const st = statements('وقالت وزارة الخارجية الروسية في بيان إن موسكو سترد.');
    expect(st[0].speaker).toBe('وزارة الخارجية الروسية');
  });
});
