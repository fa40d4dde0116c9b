// Complements and quotations (cues.ts) on real sentences (dev2 and the ant corpus): a short
// quotation that is a name is not speech, a demand's noun phrase needs quoted words, a description
// ends with its quotation.
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.js';
import { QUOTED_NAME_HEADS, RELATIVE_EXAMPLE } from '../../src/attribution/lexicon/quoted-names.js';

const statements = (text: string) => attribute(text).statements.map((s) => [s.cue.text, s.content.text, s.kind]);

describe('a short quotation that is a name is not speech', () => {
  for (const e of QUOTED_NAME_HEADS) {
    it(`after ${e.forms[0]}: ${e.example}`, () => {
      const out = attribute(e.example).statements;
      expect(out.length).toBeGreaterThan(0);
      for (const s of out) expect(s.content.text).not.toBe(e.name);
    });
  }

  it('with a glued preposition (بموقع "إنستغرام")', () => {
    expect(statements('قالت المغنية في بيان عبر صفحتها بموقع "إنستغرام"، إنها تتعاطف مع المطالب التي عبّر عنها عدد من المغاربة.')).toEqual([
      ['قالت', 'تتعاطف مع المطالب التي عبّر عنها عدد من المغاربة', 'indirect'],
    ]);
  });

  it('followed by a relative clause ("X"، الذي …): the later quotation is the content', () => {
    expect(statements(RELATIVE_EXAMPLE.example)).toEqual([['أعلن', RELATIVE_EXAMPLE.content, 'direct']]);
  });

  it('a reporter of a quoted channel gives no statement of the channel name', () => {
    const text = 'وانطلقت مظاهرة في منفذ سفوان الحدودي مع الكويت، وفق ما أفاد مراسل "سكاي نيوز عربية"، في بغداد، السبت.';
    for (const s of attribute(text).statements) expect(s.content.text).not.toBe('سكاي نيوز عربية');
  });

  it('a long quotation after such a word is still speech', () => {
    expect(statements('وكتب اللاعب عبر "تويتر": "إعارتي إلى الفريق انتهت رسميا اليوم وأشكر الجميع على دعمهم الكبير".')).toEqual([
      ['وكتب', 'إعارتي إلى الفريق انتهت رسميا اليوم وأشكر الجميع على دعمهم الكبير', 'direct'],
    ]);
  });
});

describe('a noun phrase after a demand (دعا إلى …) counts only with quoted words', () => {
  it('without quotes: no statement', () => {
    expect(statements('في غضون ذلك، دعت اللجنة الدولية للصليب الأحمر إلى ضبط النفس في سوريا وإلى إتاحة المجال للوصول إلى المصابين.')).toEqual([]);
  });
  it('with quoted words: the noun phrase', () => {
    expect(statements('ودعا الرئيس الطرفين إلى "إجراء حوار مباشر دون شروط مسبقة".')).toEqual([['ودعا', 'إجراء حوار مباشر دون شروط مسبقة', 'direct']]);
  });
  it('an informative verb keeps its unquoted noun phrase (لافتا إلى …)', () => {
    const out = statements('وقال المتحدث إن اللقاء سيعقد قريبا، لافتا في الوقت نفسه إلى عدم توافر أي تفاصيل دقيقة حول اللقاء المتوقع.');
    expect(out).toContainEqual(['لافتا', 'عدم توافر أي تفاصيل دقيقة حول اللقاء المتوقع', 'indirect']);
  });
});

describe('a description (وصف … بأنه "…") is a statement that ends with its quotation', () => {
  it('with an object pronoun, the quotation right after بأنها', () => {
    expect(statements('ونفى القس الاتهامات ووصفها بأنها "مخزية ومقررة".')).toEqual([['ووصفها', 'مخزية ومقررة', 'direct']]);
  });
  it('a subject after the verb (وصفه سفير فرنسي بأنه "…")', () => {
    expect(statements('وقتل المهاجمون سبعة أشخاص في هجوم منسق على السفارة الفرنسية، وصفه سفير فرنسي بأنه "عمل إرهابي".')).toEqual([
      ['وصفه', 'عمل إرهابي', 'direct'],
    ]);
  });
  it('what follows the last quotation belongs to the main clause', () => {
    const out = statements('وكان الرئيس تعهد بالإشراف على اتفاق بين الطرفين وصفه بأنه سيكون "الأمثل" وكلف مستشاره بوضع خطة لتحقيق ذلك.');
    expect(out).toContainEqual(['وصفه', 'سيكون "الأمثل"', 'indirect']);
  });
  it('a participle after the quotation opens a new predicate (، مستشهدا …)', () => {
    const out = statements('لكن المسؤول أشاد أيضا بتركيا، ووصفها بأنها "حليف وشريك حيوي"، مستشهدا بدعمها للحملة ضد تنظيم داعش.');
    expect(out).toContainEqual(['ووصفها', 'حليف وشريك حيوي', 'direct']);
  });
});
