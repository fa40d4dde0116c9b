-- Consonant skeletons of person names and aliases, so that a Latin query finds a person stored
-- only in Arabic (persons(search: "Khashoggi") finds خاشقجي). isnad_skeleton is the SQL twin of
-- arabicSkeleton (src/db/skeleton.ts; test/search/skeleton.test.ts holds them equal): fold, تش as
-- ش, عبد + ال written apart, the article dropped per word, Latin letters dropped, the letter
-- classes below, everything else (vowels, ح ه ع, hamza, digits) dropped, repeated letters once.
CREATE FUNCTION isnad_skeleton(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(
    regexp_replace(
      regexp_replace(
        regexp_replace(
          translate(
            regexp_replace(
              regexp_replace(
                regexp_replace(
                  regexp_replace(isnad_fold(input), '[a-z]', '', 'g'),
                  'تش', 'ش', 'g'),
                '(^| )عبد ?ال', '\1عبد ', 'g'),
              '(^| )ال', '\1', 'g'),
            'بپتطثدضذجقكغخسصشزژظفڤلمنر',
            'bbttttttkkkkkssssssfflmnr'),
          '[^a-z ]', '', 'g'),
        '([a-z])\1+', '\1', 'g'),
      ' +', ' ', 'g'),
    ' ');

-- isnad_vowel_skeleton = arabicVowelSkeleton: the same with the written long vowels kept (ا a,
-- و u, ي i). Computed at query time for the few rows a skeleton matches, to rank namesakes of one
-- skeleton by the query's vowels.
CREATE FUNCTION isnad_vowel_skeleton(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(
    regexp_replace(
      regexp_replace(
        regexp_replace(
          translate(
            regexp_replace(
              regexp_replace(
                regexp_replace(
                  regexp_replace(isnad_fold(input), '[a-z]', '', 'g'),
                  'تش', 'ش', 'g'),
                '(^| )عبد ?ال', '\1عبد ', 'g'),
              '(^| )ال', '\1', 'g'),
            'بپتطثدضذجقكغخسصشزژظفڤلمنراوي',
            'bbttttttkkkkkssssssfflmnraui'),
          '[^a-z ]', '', 'g'),
        '([a-z])\1+', '\1', 'g'),
      ' +', ' ', 'g'),
    ' ');

ALTER TABLE "person" ADD COLUMN "name_skeleton" text GENERATED ALWAYS AS (isnad_skeleton("name")) STORED;
ALTER TABLE "person_alias" ADD COLUMN "skeleton" text GENERATED ALWAYS AS (isnad_skeleton("text")) STORED;

CREATE INDEX "person_name_skeleton_trgm_idx" ON "person" USING GIN ("name_skeleton" gin_trgm_ops) WITH (fastupdate = off);
CREATE INDEX "person_alias_skeleton_trgm_idx" ON "person_alias" USING GIN ("skeleton" gin_trgm_ops) WITH (fastupdate = off);
