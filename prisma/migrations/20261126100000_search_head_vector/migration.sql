-- Ranking a search's candidates by their title and sapo only. The full vector (title,
-- sapo, body) finds the matches through the index; ranking the newest 1,000 of them by it
-- meant unpacking 1,000 bodies' words (stored compressed, out of the row): most of a
-- search's time over a large archive. The title-and-sapo vector is small and stays in the
-- row. Stories whose title or sapo hold the words rank first (title above sapo), the rest
-- by date, as before.
ALTER TABLE "articles" ADD COLUMN "head_vector" tsvector;

CREATE OR REPLACE FUNCTION bv_articles_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."head_vector" :=
    setweight(to_tsvector('simple', bv_unaccent(coalesce(NEW."title", ''))), 'A') ||
    setweight(to_tsvector('simple', bv_unaccent(coalesce(NEW."sapo", ''))), 'B');
  NEW."search_vector" :=
    NEW."head_vector" ||
    setweight(to_tsvector('simple', bv_unaccent(bv_body_text(NEW."body"))), 'C');
  RETURN NEW;
END $$;

UPDATE "articles" SET "head_vector" =
  setweight(to_tsvector('simple', bv_unaccent(coalesce("title", ''))), 'A') ||
  setweight(to_tsvector('simple', bv_unaccent(coalesce("sapo", ''))), 'B');
