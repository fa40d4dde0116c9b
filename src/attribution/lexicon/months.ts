// Month and weekday names for the date resolver (dates.ts). Written in natural spelling; dates.ts
// folds them with normalize.fold() before use, so hamza seats, alef maqsura and taa marbuta
// variants need not be listed twice.

/** Month number (1–12) → every spelling we accept: Egyptian/Gulf, Maghrebi, Levantine. */
export const MONTH_NAMES: Record<number, string[]> = {
  1: ['يناير', 'جانفي', 'جانفييه', 'جاني', 'كانون الثاني', 'ينار'],
  2: ['فبراير', 'فيفري', 'فبرير', 'شباط'],
  3: ['مارس', 'آذار'],
  4: ['أبريل', 'إبريل', 'أفريل', 'ابريل', 'نيسان'],
  5: ['مايو', 'ماي', 'أيار'],
  6: ['يونيو', 'يونيه', 'جوان', 'حزيران'],
  7: ['يوليو', 'يوليه', 'جويلية', 'يوليوز', 'تموز'],
  8: ['أغسطس', 'أوت', 'غشت', 'آب'],
  9: ['سبتمبر', 'أيلول', 'شتنبر'],
  10: ['أكتوبر', 'تشرين الأول'],
  11: ['نوفمبر', 'تشرين الثاني', 'نونبر'],
  12: ['ديسمبر', 'كانون الأول', 'دجنبر'],
};

/**
 * Month spellings that are also ordinary words (آب "father"-like أب after folding, مارس "he
 * practised", ماي): accepted only with a day number, a year, a qualifier (المقبل…), شهر before,
 * or paired with another month name (آب/أغسطس).
 */
export const AMBIGUOUS_MONTHS = ['آب', 'مارس', 'ماي', 'جاني', 'أوت', 'غشت', 'ينار'];

/** Weekday index as Date.getUTCDay() (0 = Sunday) → spellings (with the article). */
export const WEEKDAY_NAMES: Record<number, string[]> = {
  0: ['الأحد'],
  1: ['الإثنين', 'الاثنين', 'الأثنين'],
  2: ['الثلاثاء', 'الثلاثا'],
  3: ['الأربعاء', 'الاربعاء'],
  4: ['الخميس'],
  5: ['الجمعة'],
  6: ['السبت'],
};

/** Qualifiers after a month, week, year or weekday. */
export const NEXT_WORDS = ['المقبل', 'المقبلة', 'القادم', 'القادمة', 'المقبلين'];
export const PREVIOUS_WORDS = ['الماضي', 'الماضية', 'المنصرم', 'المنصرمة', 'الفائت', 'الفائتة', 'السابق'];
export const CURRENT_WORDS = ['الجاري', 'الحالي', 'الجارية', 'الحالية'];
