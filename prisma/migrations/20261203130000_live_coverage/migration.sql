-- Live coverage of a story (issue 21): its entries, the summary at its top, when it ran.
-- AlterTable
ALTER TABLE "articles" ADD COLUMN     "live_ended_at" TIMESTAMP(3),
ADD COLUMN     "live_started_at" TIMESTAMP(3),
ADD COLUMN     "live_summary" TEXT;

-- CreateTable
CREATE TABLE "live_entries" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "author_id" TEXT,
    "title" TEXT,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removed_at" TIMESTAMP(3),
    "removed_reason" TEXT,

    CONSTRAINT "live_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "live_entries_article_id_created_at_idx" ON "live_entries"("article_id", "created_at" DESC);

-- AddForeignKey
ALTER TABLE "live_entries" ADD CONSTRAINT "live_entries_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_entries" ADD CONSTRAINT "live_entries_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Ended only after it started; an entry says what it is, a taken-down one why.
ALTER TABLE "articles" ADD CONSTRAINT "articles_live_period_check" CHECK ("live_ended_at" IS NULL OR ("live_started_at" IS NOT NULL AND "live_ended_at" >= "live_started_at"));
ALTER TABLE "live_entries" ADD CONSTRAINT "live_entries_body_length_check" CHECK (length("body") BETWEEN 1 AND 4000);
ALTER TABLE "live_entries" ADD CONSTRAINT "live_entries_removed_reason_check" CHECK (("removed_at" IS NULL) = ("removed_reason" IS NULL));
