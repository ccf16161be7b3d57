-- Registry lookups by name ("every word of the query begins a word of the name"): the
-- words of each search text in a GIN index, so the candidates of a query are found by
-- intersecting the lists of the words its terms begin, then checked exactly (the regex
-- "\mterm" the queries keep). The trigram indexes matched each term as a pattern: many
-- candidates for a common family name, and small tables (units, collectives) were read
-- whole with three patterns per row.
--
-- Words are the runs of letters and digits, as the regex's word boundaries see them:
-- every other character separates ("vp-duk", "6/7", "ubnd.hn" give two words each), so
-- every word a term may begin is in the index (no false negatives; the regex removes any
-- false positive).
CREATE FUNCTION bv_words(t text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('simple'::regconfig, regexp_replace(coalesce(t, ''), '[^[:alnum:]]+', ' ', 'g')) $$;

CREATE INDEX "individuals_search_words_idx" ON "individuals" USING gin (bv_words("search_text"));
CREATE INDEX "collectives_search_words_idx" ON "collectives" USING gin (bv_words("search_text"));
CREATE INDEX "units_search_words_idx" ON "units" USING gin (bv_words("search_text"));
