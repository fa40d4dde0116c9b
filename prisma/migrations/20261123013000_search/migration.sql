-- Search: folding functions that mirror src/attribution/normalize.ts, full-text search vectors
-- (the `arabic` configuration over folded text) and trigram indexes for finding persons and
-- organizations by any spelling. Queries: src/db/search.ts. The SQL functions must stay equal to
-- their TypeScript twins (test/search/fold.test.ts compares them character by character).

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS unaccent;

-- pg_trgm declares its similarity functions with COST 1, as cheap as comparing two integers. On
-- Arabic names they take some 20-30 µs a row, and with the wrong estimate the planner prefers
-- reading a table of a few thousand persons to the trigram indexes (100 ms instead of 0.2 ms per
-- condition). Tell it the truth. Skipped, with a notice, where pg_trgm belongs to another role;
-- not kept by pg_dump (extension members are not dumped): rerun this block after a restore.
DO $$
DECLARE f regprocedure;
BEGIN
  FOR f IN
    SELECT p.oid::regprocedure FROM pg_proc p
    JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
    JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'pg_trgm'
    WHERE p.proname LIKE '%similarity%'
  LOOP
    EXECUTE format('ALTER FUNCTION %s COST 100', f);
  END LOOP;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm belongs to another role: its similarity functions keep COST 1';
END
$$;

-- Lower-casing as JavaScript's toLowerCase() does: ICU's root locale, whatever the database's
-- collation (a database created with LC_CTYPE=C would lower-case ASCII only). Builds without ICU
-- fall back to the database's default collation.
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') THEN
    CREATE FUNCTION isnad_lower(input text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN lower(input COLLATE "und-x-icu");
  ELSE
    CREATE FUNCTION isnad_lower(input text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN lower(input);
  END IF;
END
$$;

-- The functions below use SQL-standard bodies (RETURN ...): names are resolved once, when the
-- function is created, so expression indexes and generated columns that call them keep working
-- under the restricted search_path of ANALYZE, REINDEX, pg_dump/restore and autovacuum.

-- fold(): diacritics (U+0610-061A, U+064B-065F, U+0670, U+06D6-06ED) and tatweel removed;
-- أ إ آ ٱ ٲ ٳ → ا, ى ی ئ → ي, ة ۀ ہ → ه, ؤ → و, ک گ → ك; Arabic-Indic and Eastern Arabic-Indic
-- digits → ASCII; lower-cased (a capital sigma first becomes σ: fold() lower-cases one character
-- at a time and never produces a final ς); runs of white space (JavaScript's \s, which includes
-- the no-break spaces fold() maps to a space) collapsed to one space; trimmed.
-- One regexp_replace per target letter rather than one translate(): translate() compares every
-- character of the text with every character of its set, 4 ms for an article of 1,000 characters.
CREATE FUNCTION isnad_fold(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN btrim(
    regexp_replace(
      isnad_lower(
        regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(regexp_replace(
          CASE WHEN input ~ '[\u0660-\u0669\u06F0-\u06F9]'
            THEN translate(input, E'\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669\u06F0\u06F1\u06F2\u06F3\u06F4\u06F5\u06F6\u06F7\u06F8\u06F9',
                                  '01234567890123456789')
            ELSE input END,
          '[\u0610-\u061A\u0640\u064B-\u065F\u0670\u06D6-\u06ED]+', '', 'g'),
          '[\u0622\u0623\u0625\u0671\u0672\u0673]', E'\u0627', 'g'),
          '[\u0626\u0649\u06CC]', E'\u064A', 'g'),
          '[\u0629\u06C0\u06C1]', E'\u0647', 'g'),
          '\u0624', E'\u0648', 'g'),
          '[\u06A9\u06AF]', E'\u0643', 'g'),
          '\u03A3', E'\u03C3', 'g')),
      '[\u0009-\u000D\u0020\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]+', ' ', 'g'),
    ' ');

-- nameKey(): punctuation and symbols (JavaScript's [\p{P}\p{S}], Unicode 17, as ranges) become
-- spaces, then fold().
CREATE FUNCTION isnad_name_key(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN isnad_fold(regexp_replace(input,
    '[\u0021-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007E\u00A1-\u00A9\u00AB-\u00AC\u00AE-\u00B1\u00B4\u00B6-\u00B8\u00BB\u00BF\u00D7'
    '\u00F7\u02C2-\u02C5\u02D2-\u02DF\u02E5-\u02EB\u02ED\u02EF-\u02FF\u0375\u037E\u0384-\u0385\u0387\u03F6\u0482'
    '\u055A-\u055F\u0589-\u058A\u058D-\u058F\u05BE\u05C0\u05C3\u05C6\u05F3-\u05F4\u0606-\u060F\u061B\u061D-\u061F\u066A-\u066D'
    '\u06D4\u06DE\u06E9\u06FD-\u06FE\u0700-\u070D\u07F6-\u07F9\u07FE-\u07FF\u0830-\u083E\u085E\u0888\u0964-\u0965\u0970'
    '\u09F2-\u09F3\u09FA-\u09FB\u09FD\u0A76\u0AF0-\u0AF1\u0B70\u0BF3-\u0BFA\u0C77\u0C7F\u0C84\u0D4F\u0D79'
    '\u0DF4\u0E3F\u0E4F\u0E5A-\u0E5B\u0F01-\u0F17\u0F1A-\u0F1F\u0F34\u0F36\u0F38\u0F3A-\u0F3D\u0F85\u0FBE-\u0FC5'
    '\u0FC7-\u0FCC\u0FCE-\u0FDA\u104A-\u104F\u109E-\u109F\u10FB\u1360-\u1368\u1390-\u1399\u1400\u166D-\u166E\u169B-\u169C\u16EB-\u16ED\u1735-\u1736'
    '\u17D4-\u17D6\u17D8-\u17DB\u1800-\u180A\u1940\u1944-\u1945\u19DE-\u19FF\u1A1E-\u1A1F\u1AA0-\u1AA6\u1AA8-\u1AAD\u1B4E-\u1B4F\u1B5A-\u1B6A\u1B74-\u1B7F'
    '\u1BFC-\u1BFF\u1C3B-\u1C3F\u1C7E-\u1C7F\u1CC0-\u1CC7\u1CD3\u1FBD\u1FBF-\u1FC1\u1FCD-\u1FCF\u1FDD-\u1FDF\u1FED-\u1FEF\u1FFD-\u1FFE\u2010-\u2027'
    '\u2030-\u205E\u207A-\u207E\u208A-\u208E\u20A0-\u20C1\u2100-\u2101\u2103-\u2106\u2108-\u2109\u2114\u2116-\u2118\u211E-\u2123\u2125\u2127'
    '\u2129\u212E\u213A-\u213B\u2140-\u2144\u214A-\u214D\u214F\u218A-\u218B\u2190-\u2429\u2440-\u244A\u249C-\u24E9\u2500-\u2775\u2794-\u2B73'
    '\u2B76-\u2BFF\u2CE5-\u2CEA\u2CF9-\u2CFC\u2CFE-\u2CFF\u2D70\u2E00-\u2E2E\u2E30-\u2E5D\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u2FF0-\u2FFF\u3001-\u3004'
    '\u3008-\u3020\u3030\u3036-\u3037\u303D-\u303F\u309B-\u309C\u30A0\u30FB\u3190-\u3191\u3196-\u319F\u31C0-\u31E5\u31EF\u3200-\u321E'
    '\u322A-\u3247\u3250\u3260-\u327F\u328A-\u32B0\u32C0-\u33FF\u4DC0-\u4DFF\uA490-\uA4C6\uA4FE-\uA4FF\uA60D-\uA60F\uA673\uA67E\uA6F2-\uA6F7'
    '\uA700-\uA716\uA720-\uA721\uA789-\uA78A\uA828-\uA82B\uA836-\uA839\uA874-\uA877\uA8CE-\uA8CF\uA8F8-\uA8FA\uA8FC\uA92E-\uA92F\uA95F\uA9C1-\uA9CD'
    '\uA9DE-\uA9DF\uAA5C-\uAA5F\uAA77-\uAA79\uAADE-\uAADF\uAAF0-\uAAF1\uAB5B\uAB6A-\uAB6B\uABEB\uFB29\uFBB2-\uFBD2\uFD3E-\uFD4F\uFD90-\uFD91'
    '\uFDC8-\uFDCF\uFDFC-\uFDFF\uFE10-\uFE19\uFE30-\uFE52\uFE54-\uFE66\uFE68-\uFE6B\uFF01-\uFF0F\uFF1A-\uFF20\uFF3B-\uFF40\uFF5B-\uFF65\uFFE0-\uFFE6\uFFE8-\uFFEE'
    '\uFFFC-\uFFFD\U00010100-\U00010102\U00010137-\U0001013F\U00010179-\U00010189\U0001018C-\U0001018E\U00010190-\U0001019C\U000101A0\U000101D0-\U000101FC\U0001039F\U000103D0\U0001056F\U00010857'
    '\U00010877-\U00010878\U0001091F\U0001093F\U00010A50-\U00010A58\U00010A7F\U00010AC8\U00010AF0-\U00010AF6\U00010B39-\U00010B3F\U00010B99-\U00010B9C\U00010D6E\U00010D8E-\U00010D8F\U00010EAD'
    '\U00010ED0-\U00010ED8\U00010F55-\U00010F59\U00010F86-\U00010F89\U00011047-\U0001104D\U000110BB-\U000110BC\U000110BE-\U000110C1\U00011140-\U00011143\U00011174-\U00011175\U000111C5-\U000111C8\U000111CD\U000111DB\U000111DD-\U000111DF'
    '\U00011238-\U0001123D\U000112A9\U000113D4-\U000113D5\U000113D7-\U000113D8\U0001144B-\U0001144F\U0001145A-\U0001145B\U0001145D\U000114C6\U000115C1-\U000115D7\U00011641-\U00011643\U00011660-\U0001166C\U000116B9'
    '\U0001173C-\U0001173F\U0001183B\U00011944-\U00011946\U000119E2\U00011A3F-\U00011A46\U00011A9A-\U00011A9C\U00011A9E-\U00011AA2\U00011B00-\U00011B09\U00011BE1\U00011C41-\U00011C45\U00011C70-\U00011C71\U00011EF7-\U00011EF8'
    '\U00011F43-\U00011F4F\U00011FD5-\U00011FF1\U00011FFF\U00012470-\U00012474\U00012FF1-\U00012FF2\U00016A6E-\U00016A6F\U00016AF5\U00016B37-\U00016B3F\U00016B44-\U00016B45\U00016D6D-\U00016D6F\U00016E97-\U00016E9A\U00016FE2'
    '\U0001BC9C\U0001BC9F\U0001CC00-\U0001CCEF\U0001CCFA-\U0001CCFC\U0001CD00-\U0001CEB3\U0001CEBA-\U0001CED0\U0001CEE0-\U0001CEF0\U0001CF50-\U0001CFC3\U0001D000-\U0001D0F5\U0001D100-\U0001D126\U0001D129-\U0001D164\U0001D16A-\U0001D16C'
    '\U0001D183-\U0001D184\U0001D18C-\U0001D1A9\U0001D1AE-\U0001D1EA\U0001D200-\U0001D241\U0001D245\U0001D300-\U0001D356\U0001D6C1\U0001D6DB\U0001D6FB\U0001D715\U0001D735\U0001D74F'
    '\U0001D76F\U0001D789\U0001D7A9\U0001D7C3\U0001D800-\U0001D9FF\U0001DA37-\U0001DA3A\U0001DA6D-\U0001DA74\U0001DA76-\U0001DA83\U0001DA85-\U0001DA8B\U0001E14F\U0001E2FF\U0001E5FF'
    '\U0001E95E-\U0001E95F\U0001ECAC\U0001ECB0\U0001ED2E\U0001EEF0-\U0001EEF1\U0001F000-\U0001F02B\U0001F030-\U0001F093\U0001F0A0-\U0001F0AE\U0001F0B1-\U0001F0BF\U0001F0C1-\U0001F0CF\U0001F0D1-\U0001F0F5\U0001F10D-\U0001F1AD'
    '\U0001F1E6-\U0001F202\U0001F210-\U0001F23B\U0001F240-\U0001F248\U0001F250-\U0001F251\U0001F260-\U0001F265\U0001F300-\U0001F6D8\U0001F6DC-\U0001F6EC\U0001F6F0-\U0001F6FC\U0001F700-\U0001F7D9\U0001F7E0-\U0001F7EB\U0001F7F0\U0001F800-\U0001F80B'
    '\U0001F810-\U0001F847\U0001F850-\U0001F859\U0001F860-\U0001F887\U0001F890-\U0001F8AD\U0001F8B0-\U0001F8BB\U0001F8C0-\U0001F8C1\U0001F8D0-\U0001F8D8\U0001F900-\U0001FA57\U0001FA60-\U0001FA6D\U0001FA70-\U0001FA7C\U0001FA80-\U0001FA8A\U0001FA8E-\U0001FAC6'
    '\U0001FAC8\U0001FACD-\U0001FADC\U0001FADF-\U0001FAEA\U0001FAEF-\U0001FAF8\U0001FB00-\U0001FB92\U0001FB94-\U0001FBEF\U0001FBFA]+',
    ' ', 'g'));

-- phoneticKey(): per word of nameKey(), غ ق → ج, ث → س, ذ → ز, ط → ت, ض → د; the first letter
-- kept, ا و ي dropped from the rest, then a final ه dropped.
CREATE FUNCTION isnad_phonetic(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN (
    SELECT coalesce(string_agg(left(w, 1) || regexp_replace(regexp_replace(substr(w, 2), '[اوي]', '', 'g'), 'ه$', ''), ' ' ORDER BY n), '')
    FROM unnest(string_to_array(translate(isnad_name_key(input), 'غقثذطض', 'ججسزتد'), ' ')) WITH ORDINALITY AS t(w, n)
  );

-- Latin names (name_en): accents removed (unaccent), then fold(). Used on both sides of a
-- comparison in SQL, so it has no TypeScript twin.
CREATE FUNCTION isnad_latin(input text) RETURNS text
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN isnad_fold(unaccent('unaccent'::regdictionary, input));

-- Full-text search: the `arabic` configuration (Snowball stemmer) over folded text, so a query
-- folded the same way matches across hamza, alef, yaa and taa marbuta spellings and diacritics.
ALTER TABLE "statement" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (to_tsvector('arabic'::regconfig, isnad_fold("content"))) STORED;

ALTER TABLE "article" ADD COLUMN "search_vector" tsvector
  GENERATED ALWAYS AS (
    setweight(to_tsvector('arabic'::regconfig, isnad_fold(coalesce("title", ''))), 'A') ||
    setweight(to_tsvector('arabic'::regconfig, isnad_fold("body")), 'B')
  ) STORED;

-- CreateIndex
CREATE INDEX "statement_search_vector_idx" ON "statement" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "article_search_vector_idx" ON "article" USING GIN ("search_vector");

-- Trigram indexes for spelling-tolerant name search (similarity %, word similarity <%, LIKE).
-- CreateIndex
CREATE INDEX "person_normalized_name_trgm_idx" ON "person" USING GIN ("normalized_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "person_alias_normalized_trgm_idx" ON "person_alias" USING GIN ("normalized" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "organization_normalized_name_trgm_idx" ON "organization" USING GIN ("normalized_name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "organization_alias_normalized_trgm_idx" ON "organization_alias" USING GIN ("normalized" gin_trgm_ops);

-- Search keys of names, computed once when a row is written: the phonetic key of a person's name
-- and of every alias, and the folded, unaccented Latin name. (Expression indexes would do for the
-- index scans, but every recheck and every score would call the functions again.)
ALTER TABLE "person" ADD COLUMN "name_phonetic" text GENERATED ALWAYS AS (isnad_phonetic("name")) STORED;
ALTER TABLE "person" ADD COLUMN "name_en_key" text GENERATED ALWAYS AS (isnad_latin("name_en")) STORED;
ALTER TABLE "person_alias" ADD COLUMN "phonetic" text GENERATED ALWAYS AS (isnad_phonetic("text")) STORED;

-- CreateIndex
CREATE INDEX "person_name_phonetic_trgm_idx" ON "person" USING GIN ("name_phonetic" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "person_name_en_key_trgm_idx" ON "person" USING GIN ("name_en_key" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "person_alias_phonetic_trgm_idx" ON "person_alias" USING GIN ("phonetic" gin_trgm_ops);
