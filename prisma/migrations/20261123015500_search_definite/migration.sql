-- Full-text search, second pass: the Snowball `arabic` stemmer handles a word with the article
-- much better than without it: المفاوضات → مفاوض but مفاوضات → مفاوضا, الوزير → وزير but
-- وزير → زير (it takes the و for a conjunction), الحكومات → حكوم but حكومات → حكوما. So every
-- word is also indexed in its definite form, and a query matches a text when all its words match
-- as written or all match in their definite forms (src/db/search.ts).

-- Every Arabic word of a folded text in its definite form: a leading وال، فال، بال، كال، لل or ال
-- is removed, then every word of two letters or more gets ال. (Two passes with look-arounds:
-- capture groups make PostgreSQL's regex engine several times slower.)
CREATE FUNCTION isnad_definite(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN regexp_replace(
    regexp_replace(input,
      '(?<![\u0621-\u064A\u066E-\u06D3])(?:[وفبك]ال|لل|ال)(?=[\u0621-\u064A\u066E-\u06D3]{2})', '', 'g'),
    '(?<![\u0621-\u064A\u066E-\u06D3])(?=[\u0621-\u064A\u066E-\u06D3]{2})', 'ال', 'g');

-- The search vector of a text: its folded words, as written and in their definite forms.
CREATE FUNCTION isnad_tsvector(input text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (
    SELECT to_tsvector('arabic'::regconfig, f) || to_tsvector('arabic'::regconfig, isnad_definite(f))
    FROM (SELECT isnad_fold(input) AS f) folded
  );

-- The query for a user's search text (websearch syntax: "phrase", or, -word): every word as
-- written, or every word in its definite form.
CREATE FUNCTION isnad_tsquery(input text) RETURNS tsquery
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (
    SELECT websearch_to_tsquery('arabic'::regconfig, f) || websearch_to_tsquery('arabic'::regconfig, isnad_definite(f))
    FROM (SELECT isnad_fold(input) AS f) folded
  );

-- The search vectors again, with the definite forms (the GIN indexes go with the columns).
ALTER TABLE "statement" DROP COLUMN "search_vector";
ALTER TABLE "statement" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (isnad_tsvector("content")) STORED;

ALTER TABLE "article" DROP COLUMN "search_vector";
ALTER TABLE "article" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (
    setweight(isnad_tsvector(coalesce("title", '')), 'A') || setweight(isnad_tsvector("body"), 'B')
  ) STORED;

-- GIN indexes without the pending list (fastupdate): new rows go into the index at once, instead
-- of a list every search reads through until the next vacuum. With it, after an ingest of a few
-- thousand rows the planner rightly finds the indexes too costly and reads the whole table.
-- Ingest writes one article at a time, so the cost of updating the index on each insert is small.

-- CreateIndex
CREATE INDEX "statement_search_vector_idx" ON "statement" USING GIN ("search_vector") WITH (fastupdate = off);

-- CreateIndex
CREATE INDEX "article_search_vector_idx" ON "article" USING GIN ("search_vector") WITH (fastupdate = off);

ALTER INDEX "person_normalized_name_trgm_idx" SET (fastupdate = off);
ALTER INDEX "person_alias_normalized_trgm_idx" SET (fastupdate = off);
ALTER INDEX "organization_normalized_name_trgm_idx" SET (fastupdate = off);
ALTER INDEX "organization_alias_normalized_trgm_idx" SET (fastupdate = off);
ALTER INDEX "person_name_phonetic_trgm_idx" SET (fastupdate = off);
ALTER INDEX "person_name_en_key_trgm_idx" SET (fastupdate = off);
ALTER INDEX "person_alias_phonetic_trgm_idx" SET (fastupdate = off);
