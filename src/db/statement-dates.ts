// The dates a statement row carries from its article (prisma/migrations/*_statement_published_at):
// `publishedAt`, the article's date or null, and `sortDate`, the NOT NULL key statement lists are
// ordered by (src/schema/statement.ts statementOrder): the date, or UNDATED_SORT_DATE when the
// article is undated, which sorts after every real date in the lists' newest-first order.

/** The sort date of a statement whose article is undated: before any real date. */
export const UNDATED_SORT_DATE = new Date('0001-01-01T00:00:00Z');

/** The date columns of a new statement row of an article published on `publishedAt`. */
export function statementDates(publishedAt: Date | null): { publishedAt: Date | null; sortDate: Date } {
  return { publishedAt, sortDate: publishedAt ?? UNDATED_SORT_DATE };
}
