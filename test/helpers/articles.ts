// Made-up articles for tests that need many statements.
const WORDS = ['السلام', 'الحوار', 'التعاون', 'الاستقرار', 'الأمن', 'الاقتصاد', 'التنمية', 'الحل', 'المفاوضات', 'الشراكة'];

/** An article of `n` distinct quoted statements by one speaker (the engine finds all `n`). */
export function articleOf(n: number, salt = ''): string {
  return Array.from(
    { length: n },
    (_, i) => `وقال ديمتري بيسكوف للصحفيين إن "${WORDS[i % 10]} ${WORDS[Math.floor(i / 10) % 10]} ${WORDS[Math.floor(i / 100) % 10]} مسألة رقم ${i + 1}${salt}".`,
  ).join('\n');
}
