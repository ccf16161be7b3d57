-- The library images each story's body shows, as rows: a story page loads them in the
-- same query as the story, and "which stories use this image" becomes an index lookup
-- instead of a scan of every body. A trigger keeps the rows, so every write path (the
-- newsroom's save, restores, seeds, generators) maintains them.
CREATE TABLE "article_media" (
    "article_id" TEXT NOT NULL,
    "media_id" TEXT NOT NULL,

    CONSTRAINT "article_media_pkey" PRIMARY KEY ("article_id","media_id")
);

CREATE INDEX "article_media_media_id_idx" ON "article_media"("media_id");

-- Covers too: "which stories use this image" and deleting an image look them up.
CREATE INDEX "articles_cover_id_idx" ON "articles"("cover_id");

ALTER TABLE "article_media" ADD CONSTRAINT "article_media_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "article_media" ADD CONSTRAINT "article_media_media_id_fkey" FOREIGN KEY ("media_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Image nodes anywhere in a body (strict mode: each node visited once).
CREATE OR REPLACE FUNCTION bv_body_media_ids(body jsonb) RETURNS SETOF text
LANGUAGE sql IMMUTABLE AS $$
  SELECT DISTINCT ref #>> '{}'
  FROM jsonb_path_query(body, 'strict $.** ? (@.type == "image" && @.attrs.mediaId.type() == "string").attrs.mediaId') AS ref
$$;

CREATE OR REPLACE FUNCTION bv_article_media() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM article_media WHERE article_id = NEW.id;
  INSERT INTO article_media (article_id, media_id)
    SELECT NEW.id, m.id FROM bv_body_media_ids(NEW.body) AS ref(id) JOIN media m ON m.id = ref.id;
  RETURN NULL;
END $$;

CREATE TRIGGER "articles_body_media" AFTER INSERT OR UPDATE OF "body" ON "articles"
  FOR EACH ROW EXECUTE FUNCTION bv_article_media();

INSERT INTO article_media (article_id, media_id)
  SELECT a.id, m.id FROM articles a CROSS JOIN LATERAL bv_body_media_ids(a.body) AS ref(id) JOIN media m ON m.id = ref.id;
