-- The breaking-news bar (issue 21): one line and a link on every public page until its end time.
-- CreateTable
CREATE TABLE "breaking_news" (
    "id" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ends_at" TIMESTAMP(3) NOT NULL,
    "ended_at" TIMESTAMP(3),
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "breaking_news_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "breaking_news_ends_at_idx" ON "breaking_news"("ends_at");

-- AddForeignKey
ALTER TABLE "breaking_news" ADD CONSTRAINT "breaking_news_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


ALTER TABLE "breaking_news" ADD CONSTRAINT "breaking_news_ends_after_start_check" CHECK ("ends_at" > "starts_at");
