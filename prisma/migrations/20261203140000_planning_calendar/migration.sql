-- The desk's planning calendar (issue 21): stories planned for a day, with an assignee; never published.
-- CreateTable
CREATE TABLE "story_plans" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "note" TEXT,
    "planned_for" DATE NOT NULL,
    "assignee_id" TEXT NOT NULL,
    "category_id" TEXT,
    "created_by_id" TEXT,
    "cancelled_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "story_plans_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "story_plans_planned_for_idx" ON "story_plans"("planned_for");

-- CreateIndex
CREATE INDEX "story_plans_assignee_id_planned_for_idx" ON "story_plans"("assignee_id", "planned_for");

-- CreateIndex
CREATE INDEX "campaigns_end_date_idx" ON "campaigns"("end_date");

-- AddForeignKey
ALTER TABLE "story_plans" ADD CONSTRAINT "story_plans_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_plans" ADD CONSTRAINT "story_plans_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "story_plans" ADD CONSTRAINT "story_plans_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE SET NULL ON UPDATE CASCADE;


ALTER TABLE "story_plans" ADD CONSTRAINT "story_plans_title_length_check" CHECK (length("title") BETWEEN 3 AND 200);
ALTER TABLE "story_plans" ADD CONSTRAINT "story_plans_note_length_check" CHECK ("note" IS NULL OR length("note") <= 1000);
