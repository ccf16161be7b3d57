-- Reader search over a large archive: the newest matches of a query are found month by
-- month inside one GIN index that holds each story's words, its publication month and its
-- section (btree_gin indexes the plain columns). "Word AND these months" is then answered
-- inside the index, skipping through a common word's long list by the short list of a few
-- months, instead of walking the date index and testing every story's words (slow for a
-- word of middling frequency) or fetching every match of a common word. It replaces the
-- words-only GIN index: a query without months or section uses its first column alone.
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Months since year 0 (UTC, as stored): year * 12 + month - 1. Immutable, so indexable.
CREATE FUNCTION bv_month(t timestamp) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT (extract(year FROM t) * 12 + extract(month FROM t) - 1)::integer $$;

CREATE INDEX "articles_search_window_idx" ON "articles" USING gin ("search_vector", bv_month("published_at"), "category_id");

DROP INDEX "articles_search_vector_idx";
