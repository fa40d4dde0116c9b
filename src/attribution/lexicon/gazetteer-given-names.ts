// Given names as Arabic news writes them, with the usual English spelling: Arabic, Persian and
// Turkish names, and the Western, Russian and other foreign names of world news in their common
// Arabic transliterations. Two uses: a person's English name (romanize.ts spells each word it
// knows from here), and finding named persons who say nothing (a given name followed by another
// name word is a person: `مع جيسون غرينبلات مبعوث الرئيس`, `مثلما فعل جيمي كارتر`).
//
// Format: 'English: عربي | عربي2'. A leading `~` marks a name that is also a common word
// (سعيد happy, أمين secretary, علي = على folded): it is spelled, but never starts a name alone.
// Forms are compared folded (fold(): أ/إ/آ → ا, ى → ي, ة → ه).
const ARABIC = [
  'Mohammed: محمد', 'Ahmed: أحمد | احمد', 'Mahmoud: محمود', 'Mustafa: مصطفى | مصطفي', '~Ali: علي', '~Hassan: حسن', 'Hussein: حسين',
  'Omar: عمر', 'Othman: عثمان', 'Khaled: خالد', 'Saad: سعد', '~Saeed: سعيد', 'Abdullah: عبدالله | عبد الله', 'Youssef: يوسف',
  'Ibrahim: إبراهيم | ابراهيم', 'Ismail: إسماعيل | اسماعيل', '~Nabil: نبيل', '~Saleh: صالح', 'Salman: سلمان', '~Mansour: منصور',
  'Faisal: فيصل', 'Talal: طلال', 'Walid: وليد', 'Tamim: تميم', 'Hamad: حمد', 'Hamid: حامد', 'Majid: ماجد', 'Rashid: راشد',
  'Sultan: سلطان', 'Zayed: زايد', 'Nasser: ناصر', 'Fahd: فهد', 'Turki: تركي', 'Nayef: نايف', 'Bandar: بندر', 'Adel: عادل',
  '~Jamal: جمال', 'Kamal: كمال', 'Jalal: جلال', 'Bilal: بلال', 'Hisham: هشام', 'Osama: أسامة | اسامة', 'Usama: اسامه',
  'Tarek: طارق', 'Ziad: زياد', 'Fadi: فادي', 'Rami: رامي', 'Sami: سامي', 'Samir: سمير', 'Munir: منير', 'Bashir: بشير',
  'Bashar: بشار', '~Hafez: حافظ', 'Maher: ماهر', 'Riad: رياض', 'Riyad: رياض', 'Fouad: فؤاد', 'Emad: عماد', 'Imad: عماد',
  'Ayman: أيمن | ايمن', 'Anwar: أنور | انور', 'Yasser: ياسر', 'Yahya: يحيى | يحيي', 'Zakaria: زكريا', 'Suleiman: سليمان',
  'Daoud: داود', 'Moussa: موسى | موسي', 'Issa: عيسى | عيسي', 'Haroun: هارون', 'Idris: إدريس | ادريس', 'Nouri: نوري',
  'Haidar: حيدر', 'Abbas: عباس', 'Jaafar: جعفر', 'Qassem: قاسم', 'Hashem: هاشم', 'Hani: هاني', 'Ghassan: غسان', 'Marwan: مروان',
  'Nizar: نزار', 'Wael: وائل', 'Raed: رائد', 'Iyad: إياد | اياد', 'Nidal: نضال', 'Jihad: جهاد', 'Ismael: اسماعيل',
  'Rafik: رفيق', 'Hamza: حمزة', 'Anas: أنس | انس', 'Moaz: معاذ', 'Mohannad: مهند', 'Muhannad: مهند', 'Shadi: شادي',
  'Fawzi: فوزي', 'Fathi: فتحي', 'Lotfi: لطفي', 'Habib: حبيب', 'Mounir: منير', 'Moncef: منصف', 'Rached: راشد', 'Beji: الباجي',
  'Youssef: يوسف', 'Noureddine: نور الدين | نورالدين', 'Salaheddine: صلاح الدين', 'Salah: صلاح', 'Nasreddine: نصر الدين',
  'Abdelaziz: عبد العزيز | عبدالعزيز', 'Abdulrahman: عبد الرحمن | عبدالرحمن', 'Abdelkader: عبد القادر | عبدالقادر',
  'Abdelhamid: عبد الحميد | عبدالحميد', 'Abdelmalek: عبد الملك | عبدالملك', 'Abdelfattah: عبد الفتاح | عبدالفتاح',
  'Abdulkarim: عبد الكريم | عبدالكريم', 'Abdelrahim: عبد الرحيم | عبدالرحيم', 'Abdelilah: عبد الإله | عبدالإله',
  'Abdulhadi: عبد الهادي | عبدالهادي', 'Abdelmajid: عبد المجيد | عبدالمجيد', 'Abdelatif: عبد اللطيف | عبداللطيف',
  'Abu Bakr: أبو بكر | ابو بكر', 'Mahmoud: محمود', 'Tayyip: طيب', 'Recep: رجب', 'Ekrem: أكرم', '~Karim: كريم', '~Amin: أمين | امين',
  '~Jamil: جميل', '~Hadi: هادي', '~Aziz: عزيز', '~Adnan: عدنان', 'Hosni: حسني', 'Anwar: انور', 'Gamal: جمال',
  'Yousri: يسري', 'Magdy: مجدي', 'Hamdi: حمدي', 'Ramzi: رمزي', 'Sherif: شريف', 'Ashraf: أشرف | اشرف', 'Tamer: تامر',
  'Amr: عمرو', 'Essam: عصام', 'Hazem: حازم', 'Alaa: علاء', 'Hatem: حاتم', 'Wissam: وسام', 'Sobhi: صبحي', 'Atef: عاطف',
  'Mousa: موسى', 'Saif: سيف', 'Seif: سيف', 'Rifaat: رفعت', 'Naguib: نجيب', 'Najib: نجيب', 'Nawaf: نواف', 'Mishaal: مشعل',
  'Fares: فارس', 'Firas: فراس', 'Hakim: حكيم', 'Hamdan: حمدان', 'Mubarak: مبارك', 'Qaboos: قابوس', 'Sabah: صباح',
  'Abdelmoneim: عبد المنعم | عبدالمنعم', '~Khalifa: خليفة', 'Fayez: فايز', 'Aref: عارف', 'Akram: أكرم | اكرم',
  'Hassan: حسان', 'Mehdi: مهدي', 'Hadi: الهادي', 'Reza: رضا', 'Javad: جواد',
  'Hossein: حسين', 'Mojtaba: مجتبى', 'Ebrahim: إبراهيم', 'Qassem: قاسم', 'Abbas: عباس',
  'Mevlut: مولود', 'Ahmet: أحمد', 'Numan: نعمان', 'Ibrahim: ابراهيم',
  // women
  'Fatima: فاطمة', 'Aisha: عائشة', 'Khadija: خديجة', 'Maryam: مريم', 'Zainab: زينب', 'Sara: سارة', 'Nour: نور', 'Hanan: حنان',
  'Huda: هدى', 'Mona: منى', 'Rania: رانيا', 'Lina: لينا', 'Dina: دينا', 'Reem: ريم', 'Rana: رنا', 'Sawsan: سوسن', 'Suzan: سوزان',
  'Leila: ليلى | ليلي', 'Salma: سلمى', 'Samira: سميرة', 'Amina: أمينة | امينة', 'Nadia: نادية', 'Hind: هند', 'Haifa: هيفاء',
  'Nawal: نوال', 'Samar: سمر', 'Ghada: غادة', 'Abeer: عبير', '~Asmaa: أسماء | اسماء', 'Iman: إيمان | ايمان', 'Najat: نجاة',
  'Latifa: لطيفة', 'Wafa: وفاء', 'Yasmine: ياسمين', 'Tawakkol: توكل', 'Hala: هالة', 'Maha: مها', 'Nada: ندى', 'Rasha: رشا',
  'Lubna: لبنى', 'Soad: سعاد', 'Intissar: انتصار', 'Bouthaina: بثينة', 'Hanadi: هنادي', 'Manal: منال', 'Nisreen: نسرين',
];

const FOREIGN = [
  'John: جون', 'George: جورج', 'Mike: مايك', 'Michael: مايكل', 'David: ديفيد | دافيد', 'Donald: دونالد', 'James: جيمس',
  'Jim: جيم', 'Jimmy: جيمي', 'Robert: روبرت', 'Bob: بوب', 'Richard: ريتشارد', 'Peter: بيتر', 'Paul: بول', 'Mark: مارك',
  'Marco: ماركو', 'Andrew: أندرو | اندرو', 'Jason: جيسون', 'Rick: ريك', 'Ivan: إيفان | ايفان', 'Philip: فيليب', 'Cameron: كاميرون',
  'Kevin: كيفن', 'Brian: براين | بريان', 'Steven: ستيفن', 'Steve: ستيف', 'Stephen: ستيفن', 'Thomas: توماس', 'Tom: توم',
  'William: وليام | ويليام', 'Bill: بيل', 'Charles: تشارلز', 'Christopher: كريستوفر', 'Chris: كريس', 'Daniel: دانيال | دانييل',
  'Matthew: ماثيو', 'Anthony: أنتوني | انتوني', 'Joseph: جوزيف', 'Joe: جو', 'Edward: إدوارد | ادوارد', 'Henry: هنري',
  'Jack: جاك', 'Patrick: باتريك', 'Scott: سكوت', 'Eric: إريك | اريك', 'Gary: غاري', 'Jeff: جيف', 'Jeffrey: جيفري',
  'Jared: جاريد', 'Ivanka: إيفانكا | ايفانكا', 'Melania: ميلانيا', 'Hillary: هيلاري', 'Nancy: نانسي', 'Nikki: نيكي',
  'Sarah: ساره', 'Emma: إيما | ايما', 'Kate: كيت', 'Mary: ماري', 'Jacqueline: جاكلين', 'Jennifer: جنيفر | جينيفر',
  'Elizabeth: إليزابيث | اليزابيث', 'Catherine: كاثرين', 'Angela: أنغيلا | انغيلا | أنجيلا | انجيلا', 'Theresa: تيريزا',
  'Federica: فيديريكا | فيدريكا', 'Christine: كريستين', 'Marine: مارين', 'Ségolène: سيغولين', 'Anne: آن', 'Julia: جوليا',
  'Emmanuel: إيمانويل | ايمانويل | إيمانويل', 'François: فرانسوا', 'Nicolas: نيكولا', 'Jean: جان', 'Pierre: بيار | بيير',
  'Jacques: جاك', 'Laurent: لوران', 'Jean-Yves: جان إيف | جان ايف', 'Jean-Marc: جان مارك', 'Michel: ميشال | ميشيل', 'Louis: لويس',
  'Alain: ألان | آلان', 'Dominique: دومينيك', 'Marie: ماري', 'Florence: فلورانس', 'Olivier: أوليفييه',
  'Vladimir: فلاديمير', 'Sergei: سيرغي | سيرجي', 'Dmitry: دميتري | ديمتري | ديميتري', 'Alexei: أليكسي | اليكسي | ألكسي',
  'Alexander: ألكسندر | الكسندر', 'Mikhail: ميخائيل', 'Nikolai: نيكولاي', 'Yuri: يوري', 'Boris: بوريس', 'Igor: إيغور',
  'Viktor: فيكتور', 'Andrei: أندريه | اندريه', 'Maria: ماريا', 'Valentina: فالنتينا', 'Anatoly: أناتولي', 'Oleg: أوليغ',
  'Petro: بيترو', 'Volodymyr: فولوديمير', 'Angelino: أنجلينو', 'Silvio: سيلفيو', 'Matteo: ماتيو', 'Giuseppe: جوزيبي',
  'Antonio: أنطونيو | انطونيو', 'Pedro: بيدرو', 'Mariano: ماريانو', 'Carlos: كارلوس', 'Juan: خوان', 'José: خوسيه',
  'Luis: لويس', 'Nicolás: نيكولاس', 'Enrique: أنريكي | إنريكي | انريكي', 'Jair: جايير', 'Hugo: هوغو', 'Evo: إيفو',
  'Xi: شي', 'Shinzo: شينزو', 'Kim: كيم', 'Moon: مون', 'Narendra: ناريندرا', 'Imran: عمران', 'Nawaz: نواز', 'Ashraf: اشرف',
  'Benjamin: بنيامين', 'Avigdor: أفيغدور | افيغدور', 'Ehud: إيهود | ايهود', 'Shimon: شمعون', 'Reuven: رؤوفين', 'Naftali: نفتالي',
  'Ayelet: أييليت', 'Tzipi: تسيبي', 'Yair: يائير', 'Gilad: جلعاد', 'Staffan: ستافان | ستيفان', 'António: أنطونيو',
  'Ban: بان', 'Kofi: كوفي', 'Jens: ينس', 'Jean-Claude: جان كلود', 'Martin: مارتن',
  'Rex: ريكس', 'Jim: جيم', 'Nikki: نيكي', 'Sean: شون', 'Sarah: سارة', 'Heather: هيذر', 'Rudy: رودي',
  'Brett: بريت', 'Jeremy: جيريمي', 'Boris: بوريس', 'Theresa: تيريزا', 'Tony: توني', 'Gordon: غوردن', 'Alan: آلان',
  'Justin: جاستن', 'Malcolm: مالكولم', 'Recep: رجب', 
];

export interface GivenName {
  en: string;
  /** Arabic spellings as written. */
  ar: string[];
  /** Also a common word: spelled, but never taken to start a name by itself. */
  weak: boolean;
}

function parse(lines: string[]): GivenName[] {
  return lines.map((l) => {
    const weak = l.startsWith('~');
    const [en, ar] = (weak ? l.slice(1) : l).split(':');
    return { en: en.trim(), ar: ar.split('|').map((s) => s.trim()).filter(Boolean), weak };
  });
}

export const GIVEN_NAMES: GivenName[] = [...parse(ARABIC), ...parse(FOREIGN)];
