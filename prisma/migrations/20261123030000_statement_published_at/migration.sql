-- Statement lists are ordered by their article's date (newest first, undated last), then by
-- article, then by position (src/schema/statement.ts `statementOrder`). Ordering through the
-- article join made every page sort the whole joined table; the date is denormalized onto the
-- statement (an article's date never changes after ingest) and indexed in the order of the list.
--
-- Two columns:
--   published_at  the article's date, nullable like article.published_at (filters, PUBLISHED_ASC);
--   sort_date     the same date, or 0001-01-01 when the article is undated: a NOT NULL sort key.
-- Why the second: the lists put undated articles last, i.e. ORDER BY published_at DESC NULLS
-- LAST, and an index serves that order only if it is itself DESC NULLS LAST (or ASC NULLS FIRST).
-- schema.prisma cannot declare NULLS LAST, and Prisma's `sort: Desc` is PostgreSQL's DESC, which
-- defaults to NULLS FIRST. On a NOT NULL column the NULLS placement does not exist, so the index
-- Prisma declares, (sort_date DESC, article_id DESC, position), and Prisma's ORDER BY
-- sort_date DESC, article_id DESC, position ASC agree exactly, and undated statements (the
-- smallest sort_date) still come last.
ALTER TABLE "statement" ADD COLUMN "published_at" DATE;
ALTER TABLE "statement" ADD COLUMN "sort_date" DATE;

UPDATE "statement" s
SET "published_at" = a."published_at", "sort_date" = COALESCE(a."published_at", DATE '0001-01-01')
FROM "article" a
WHERE a."id" = s."article_id";

ALTER TABLE "statement" ALTER COLUMN "sort_date" SET NOT NULL;

-- The list of all statements, and of one speaker's / one relay's statements. The speaker
-- indexes also serve the corroboration lookup (src/ingest/corroboration.ts): a speaker's
-- statements within a date window. They supersede the single-column speaker and via indexes.
DROP INDEX "statement_speaker_person_id_idx";
DROP INDEX "statement_speaker_organization_id_idx";
DROP INDEX "statement_via_id_idx";

CREATE INDEX "statement_feed_idx" ON "statement"("sort_date" DESC, "article_id" DESC, "position");
CREATE INDEX "statement_person_feed_idx" ON "statement"("speaker_person_id", "sort_date" DESC, "article_id" DESC, "position");
CREATE INDEX "statement_organization_feed_idx" ON "statement"("speaker_organization_id", "sort_date" DESC, "article_id" DESC, "position");
CREATE INDEX "statement_via_feed_idx" ON "statement"("via_id", "sort_date" DESC, "article_id" DESC, "position");
