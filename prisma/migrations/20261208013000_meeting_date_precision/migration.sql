-- A meeting's date may be known only to its month (تموز المقبل): date..end_date are then the
-- month's first and last day and date_precision says so. NULL exactly when the meeting is undated.
CREATE TYPE "DatePrecision" AS ENUM ('day', 'month');
ALTER TABLE "meeting" ADD COLUMN "date_precision" "DatePrecision";
UPDATE "meeting" SET "date_precision" = 'day' WHERE "date" IS NOT NULL;
