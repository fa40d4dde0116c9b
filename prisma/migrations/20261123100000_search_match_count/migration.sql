-- Full-text search (src/db/search.ts newestMatches) first asks the GIN index for up to the search
-- window + 1 matches of a query: when it finds no more than the window, those are all the matches;
-- when it finds more, the newest are read in feed order instead. That first read must come from
-- the GIN index whatever the planner estimates: trusting an estimate that the matches are dense,
-- it would read the table in order and evaluate the query on every row until it has enough, which
-- for matches that are in fact few means the whole table (seconds at 100,000 articles). A
-- function's own settings are how PostgreSQL gives one query a plan choice without changing the
-- session's: with sequential and plain index scans off, only the bitmap scan of the GIN index is
-- left. ROWS is the planner's guess of how many ids come back where they are used (few matches:
-- a few dozen), so that it fetches their rows by primary key rather than scanning the table.
CREATE FUNCTION isnad_statement_match_ids(q tsquery, cap integer) RETURNS SETOF integer
  LANGUAGE sql STABLE PARALLEL SAFE ROWS 50
  SET enable_seqscan = off
  SET enable_indexscan = off
AS $$ SELECT id FROM statement WHERE search_vector @@ q LIMIT cap $$;

CREATE FUNCTION isnad_article_match_ids(q tsquery, cap integer) RETURNS SETOF integer
  LANGUAGE sql STABLE PARALLEL SAFE ROWS 50
  SET enable_seqscan = off
  SET enable_indexscan = off
AS $$ SELECT id FROM article WHERE search_vector @@ q LIMIT cap $$;
