// Where a person's name starts and stops, which words can never be part of one, and the named
// persons the text mentions without their speaking. Sentences from real articles (dev, dev2 and
// the unannotated corpus).
import { describe, expect, it } from 'vitest';
import { attribute } from '../../src/attribution/index.js';
import { GROUP_BEFORE_SURNAME, NON_NAME_WORDS } from '../../src/attribution/lexicon/name-words.js';
import { givenNameCut, notNameForm, pronounSuffixed } from '../../src/attribution/name-words.js';
import { fold } from '../../src/attribution/normalize.js';

const names = (text: string) => attribute(text).persons.map((p) => p.name);
const words = (text: string) => attribute(text).persons.flatMap((p) => [p.name, ...p.mentions.map((m) => m.text)]).join(' ').split(/\s+/);

describe('words that are never part of a name (lexicon/name-words.ts)', () => {
  for (const c of NON_NAME_WORDS) {
    it(`${c.what}: ${c.example}`, () => {
      expect(words(c.example)).not.toContain(c.not);
      for (const w of c.forms) expect(notNameForm(fold(w)), w).toBe(true);
    });
  }
  it('a surname after a collective noun names a group, not its person', () => {
    expect(names(GROUP_BEFORE_SURNAME.example)).toEqual([]);
  });
  it('verbal nouns by pattern: مفاعلة, افتعالا, ب/ل + افتعال', () => {
    for (const w of ['مقارنة', 'مساعدة', 'محاولة', 'احتفالا', 'اعتراضا', 'باتخاذ', 'لإجراء']) expect(notNameForm(fold(w)), w).toBe(true);
    for (const w of ['ماكرون', 'مصطفى', 'بومبيو', 'لافروف', 'فاطمة', 'ميستورا']) expect(notNameForm(fold(w)), w).toBe(false);
  });
});

describe('a word with a pronoun suffix is no name', () => {
  it('ه after a consonant, ته, تها, ها, هم: the pronoun', () => {
    for (const w of ['مكتبه', 'لمساعدته', 'سفاراتها', 'بإمكانها', 'استعادتها', 'حكومتهم', 'زيارته']) expect(pronounSuffixed(w), w).toBe(true);
  });
  it('names ending in ه after a long vowel or ل, short words, Persian زاده', () => {
    for (const w of ['عبدالله', 'وجيه', 'سيبويه', 'شاه', 'طه', 'علي زاده'.split(' ')[1], 'حمزة', 'فاطمة', 'نتنياهو', 'شحاته']) expect(pronounSuffixed(w), w).toBe(false);
  });
  it('e04: وفق ما أفاد مكتبه gives no person مكتبه', () => {
    const text = 'وقال عباس إن الحل يجب أن يكون سياسيا "لتحسين الأوضاع الأمنية والإنسانية في قطاع غزة"، وفق ما أفاد مكتبه.';
    expect(words(text)).not.toContain('مكتبه');
  });
});

describe('named persons who say nothing are persons too', () => {
  it('e04: a given name and a surname after مع', () => {
    const text = 'وأوضح في مقابلة مع صحيفة "القدس" الفلسطينية، بينما يقوم بجولة في المنطقة مع جيسون غرينبلات مبعوث الرئيس الأميركي دونالد ترمب الخاص للشرق الأوسط، أن الخطة جاهزة.';
    expect(names(text)).toContain('جيسون غرينبلات');
  });
  it('e28: past presidents in a comparison, one with a conjunction glued to his given name', () => {
    const text = 'مثلما فعل جيمي كارتر عندما وسع العمليات في الخليج العربي ورونالد ريغان الذي وسع سباق التسلح مع الاتحاد السوفيتي وجورج بوش الابن عندما شن الحربين على العراق وأفغانستان.';
    const ns = names(text);
    expect(ns).toContain('جيمي كارتر');
    expect(ns.some((n) => n.startsWith('جورج بوش'))).toBe(true);
    expect(ns.some((n) => n.startsWith('و'))).toBe(false);
  });
  it('d16: well-known surnames alone name their persons', () => {
    const text = 'وقال نصر الله إن المشروع الحالي في الشرق الأوسط له ثلاثة أضلع هي ترامب ونتنياهو ومحمد بن سلمان، وسقوط أحدهم يزيل المشروع كله.';
    const ns = names(text);
    expect(ns).toContain('ترامب');
    expect(ns).toContain('نتنياهو');
  });
  it('a closed-class word that folds like a given name starts nothing (آن = أن, لدينا ≠ ل + دينا)', () => {
    expect(givenNameCut(fold('أن'))).toBe(-1);
    expect(givenNameCut(fold('لدينا'))).toBe(-1);
    expect(givenNameCut(fold('لمصطفى'))).toBe(1);
    const text = 'وقال الرئيس السوداني عمر البشير "لدينا خياران فقط لحل الأمر، إما بالتفاوض وإما بالتحكيم".';
    expect(names(text).some((n) => n.includes('دينا'))).toBe(false);
  });
});

describe('where a name span starts and stops', () => {
  it('e19: a state name before a given name is not part of the person', () => {
    const text = 'ودعت غونزالس السياسيين، ومن ضمنهم ترامب والسيناتور عن ولاية فلوريدا ماركو روبيو والحاكم ريك سكوت، إلى الدخول في حوار.';
    const ns = names(text);
    expect(ns).toContain('ماركو روبيو');
    expect(ns).toContain('ريك سكوت');
    expect(ns.some((n) => n.includes('فلوريدا'))).toBe(false);
  });
  it('d13: a well-known surname ends the name (بومبيو يشغل منصب is no name)', () => {
    const text = 'وقال ترامب إن بومبيو في طريقه إلى بيونغ يانغ، حيث التقى كيم الشهر الماضي عندما كان بومبيو يشغل منصب مدير الاستخبارات المركزية الأمريكية. كما يعتبر بومبيو أعلى مسؤول أمريكي يزور بيونغ يانغ.';
    const ns = names(text);
    expect(ns).toContain('بومبيو');
    expect(ns.some((n) => n.startsWith('بومبيو '))).toBe(false);
  });
  it('e11: a known name takes the next word in only when the pair recurs (ترامب استخدم)', () => {
    const text = 'ويقول الصحفي روبرت كوستا في تعليق له على تويتر: "الرئيس ترامب استخدم عبارة (حيوان) مرة أخرى". وقال ترامب إن المهاجرين استخدموا الثغرات، وإنه استخدم صلاحياته.';
    expect(names(text).some((n) => n.includes('استخدم'))).toBe(false);
  });
  it('e19: spelled letters (إيه بي سي) are no name', () => {
    const text = 'وأعلنت مجموعة من الطلاب لشبكة "إيه بي سي" الإخبارية أن المظاهرة ستقام في 24 آذار/مارس.';
    expect(names(text)).toEqual([]);
  });
});
