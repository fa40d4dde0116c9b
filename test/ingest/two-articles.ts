// Two articles about the same events (modelled on the seed's Youm7 and SANA articles), with the
// attributions an engine would give: the same persons in other spellings, the same meetings, a
// corroborated claim. Shared by graph.test.ts and batch.test.ts.
import { AttributionBuilder } from './build.js';

export const A =
  'أعلن المتحدث باسم الكرملين ديمترى بيسكوف اليوم الأربعاء، أن وزير الخارجية الروسى سيرجى لافروف سيبحث مع الرئيس الأمريكى دونالد ترامب سبل التعاون فى مجال مكافحة الإرهاب.\n' +
  'وكان لافروف يلتقى اليوم مع نظيره الأمريكى ريكس تيلرسون.\n' +
  'وأفاد المكتب الصحفى فى الكرملين بأن بوتين أجرى يوم 2 مايو اتصالا هاتفيا مع ترامب.\n' +
  'وأضاف بيسكوف أنه ليس هناك أى اتفاقات ملموسة حالية حول اجتماع فلاديمير بوتين ودونالد ترامب.\n' +
  'وذكرت الخارجية الروسية أن الوزير سيعود إلى موسكو بعد المحادثات.';

export const B =
  'أكد المتحدث باسم الرئاسة الروسية ديميتري بيسكوف أن وزير الخارجية الروسي سيرغي لافروف سيبحث مع الرئيس الأمريكي دونالد ترامب سبل التعاون في مجال مكافحة الإرهاب.\n' +
  'وتوقع بيسكوف أن يلتقي بوتين وترامب على هامش قمة مجموعة العشرين في تموز المقبل.\n' +
  'وقالت وزارة الخارجية الروسية إن لقاء لافروف مع ترامب تم في المكتب البيضوي.\n' +
  'وقالت الخارجية المصرية إن القاهرة ترحب بالحوار.';

export function articleA() {
  const b = new AttributionBuilder(A);
  const peskov = b.person('ديمترى بيسكوف', { mentions: ['ديمترى بيسكوف', 'بيسكوف'], role: 'المتحدث باسم الكرملين' });
  const lavrov = b.person('سيرجى لافروف', { mentions: ['سيرجى لافروف', 'لافروف'], role: 'وزير الخارجية الروسى' });
  const trump = b.person('دونالد ترامب', { mentions: ['دونالد ترامب', 'ترامب'], role: 'الرئيس الأمريكى' });
  const tillerson = b.person('ريكس تيلرسون', { role: 'نظيره الأمريكى' });
  const putin = b.person('فلاديمير بوتين', { mentions: ['فلاديمير بوتين', 'بوتين'] });
  const office = b.org('المكتب الصحفى فى الكرملين', { kind: 'government' });
  const mfa = b.org('الخارجية الروسية', { kind: 'ministry' });
  b.statement(peskov, 'أعلن', 'وزير الخارجية الروسى سيرجى لافروف سيبحث مع الرئيس الأمريكى دونالد ترامب سبل التعاون فى مجال مكافحة الإرهاب');
  b.statement(office, 'وأفاد', 'بوتين أجرى يوم 2 مايو اتصالا هاتفيا مع ترامب');
  b.statement(peskov, 'وأضاف', 'ليس هناك أى اتفاقات ملموسة حالية حول اجتماع فلاديمير بوتين ودونالد ترامب');
  b.statement(mfa, 'وذكرت', 'الوزير سيعود إلى موسكو بعد المحادثات');
  b.meeting([lavrov, trump], 'meeting', ['سيبحث مع الرئيس الأمريكى دونالد ترامب'], { date: '2017-05-10', status: 'planned' });
  b.meeting([lavrov, tillerson], 'meeting', ['يلتقى اليوم مع نظيره الأمريكى ريكس تيلرسون'], { date: '2017-05-10', status: 'planned' });
  b.meeting([putin, trump], 'phone_call', ['أجرى يوم 2 مايو اتصالا هاتفيا مع ترامب'], { date: '2017-05-02', status: 'held' });
  b.meeting([putin, trump], 'meeting', ['اجتماع فلاديمير بوتين ودونالد ترامب'], { status: 'speculated' });
  return b.build();
}

export function articleB() {
  const b = new AttributionBuilder(B);
  const peskov = b.person('ديميتري بيسكوف', { mentions: ['ديميتري بيسكوف', 'بيسكوف'], role: 'المتحدث باسم الرئاسة الروسية' });
  const lavrov = b.person('سيرغي لافروف', { mentions: ['سيرغي لافروف', 'لافروف'], role: 'وزير الخارجية الروسي' });
  const trump = b.person('دونالد ترامب', { mentions: ['دونالد ترامب', 'ترامب'] });
  const putin = b.person('بوتين');
  const mfa = b.org('وزارة الخارجية الروسية', { kind: 'ministry' });
  const egypt = b.org('الخارجية المصرية', { kind: 'ministry' });
  b.statement(peskov, 'أكد', 'وزير الخارجية الروسي سيرغي لافروف سيبحث مع الرئيس الأمريكي دونالد ترامب سبل التعاون في مجال مكافحة الإرهاب');
  b.statement(peskov, 'وتوقع', 'يلتقي بوتين وترامب على هامش قمة مجموعة العشرين في تموز المقبل');
  b.statement(mfa, 'وقالت', 'لقاء لافروف مع ترامب تم في المكتب البيضوي');
  b.statement(egypt, 'وقالت', 'القاهرة ترحب بالحوار');
  b.meeting([lavrov, trump], 'meeting', ['سيبحث مع الرئيس الأمريكي دونالد ترامب', 'لقاء لافروف مع ترامب'], { date: '2017-05-10', status: 'held', place: 'المكتب البيضوي' });
  b.meeting([putin, trump], 'meeting', ['يلتقي بوتين وترامب على هامش قمة مجموعة العشرين'], { date: '2017-07-07', endDate: '2017-07-08', status: 'speculated' });
  b.meeting([putin, trump], 'summit', ['قمة مجموعة العشرين في تموز المقبل'], { date: '2017-07-07', endDate: '2017-07-08', status: 'planned' });
  return b.build();
}
