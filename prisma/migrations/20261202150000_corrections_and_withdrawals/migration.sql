-- Corrections (cải chính) and withdrawals of published stories: Press Law 2016, art. 42.
-- CreateEnum
CREATE TYPE "CorrectionKind" AS ENUM ('CORRECTION', 'WITHDRAWAL');

-- CreateEnum
CREATE TYPE "CorrectionPosition" AS ENUM ('TOP', 'BOTTOM');

-- AlterEnum
ALTER TYPE "ArticleStatus" ADD VALUE 'WITHDRAWN';

-- CreateTable
CREATE TABLE "article_corrections" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "kind" "CorrectionKind" NOT NULL,
    "apology" BOOLEAN NOT NULL DEFAULT false,
    "wrong_text" TEXT,
    "right_text" TEXT NOT NULL,
    "notified" TEXT,
    "reason" TEXT,
    "position" "CorrectionPosition" NOT NULL DEFAULT 'TOP',
    "published_at" TIMESTAMP(3) NOT NULL,
    "lifted_at" TIMESTAMP(3),
    "author_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "article_corrections_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_corrections_article_id_published_at_idx" ON "article_corrections"("article_id", "published_at");

-- CreateIndex
CREATE INDEX "article_corrections_published_at_idx" ON "article_corrections"("published_at" DESC);

-- AddForeignKey
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A correction says what was wrong; a withdrawal keeps the staff's reason.
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_wrong_text_check" CHECK ("kind" <> 'CORRECTION' OR ("wrong_text" IS NOT NULL AND length("wrong_text") > 0));
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_reason_check" CHECK ("kind" <> 'WITHDRAWAL' OR ("reason" IS NOT NULL AND length("reason") > 0));
ALTER TABLE "article_corrections" ADD CONSTRAINT "article_corrections_lifted_check" CHECK ("lifted_at" IS NULL OR "kind" = 'WITHDRAWAL');
