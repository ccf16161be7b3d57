-- Editorial notes on stories (issue 21): the desk's notes and their replies, never published.
-- CreateTable
CREATE TABLE "article_notes" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "parent_id" TEXT,
    "author_id" TEXT,
    "body" TEXT NOT NULL,
    "quote" TEXT,
    "resolved_at" TIMESTAMP(3),
    "resolved_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_notes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_notes_article_id_resolved_at_idx" ON "article_notes"("article_id", "resolved_at");

-- CreateIndex
CREATE INDEX "article_notes_parent_id_idx" ON "article_notes"("parent_id");

-- AddForeignKey
ALTER TABLE "article_notes" ADD CONSTRAINT "article_notes_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_notes" ADD CONSTRAINT "article_notes_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "article_notes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_notes" ADD CONSTRAINT "article_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_notes" ADD CONSTRAINT "article_notes_resolved_by_id_fkey" FOREIGN KEY ("resolved_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


ALTER TABLE "article_notes" ADD CONSTRAINT "article_notes_body_length_check" CHECK (length("body") BETWEEN 1 AND 2000);
-- A resolver only on a resolved note (the resolver's account may be gone: SET NULL).
ALTER TABLE "article_notes" ADD CONSTRAINT "article_notes_resolver_check" CHECK ("resolved_at" IS NOT NULL OR "resolved_by_id" IS NULL);
