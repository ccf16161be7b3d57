-- A merged unit's slug keeps working: its public page redirects to the unit it was
-- merged into (links in stories, search engines and bookmarks do not break).
CREATE TABLE "unit_slugs" (
    "slug" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_slugs_pkey" PRIMARY KEY ("slug")
);

CREATE INDEX "unit_slugs_unit_id_idx" ON "unit_slugs"("unit_id");

ALTER TABLE "unit_slugs" ADD CONSTRAINT "unit_slugs_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;
