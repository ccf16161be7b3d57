-- CreateTable
CREATE TABLE "unit_aliases" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "unit_aliases_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "unit_aliases_key_key" ON "unit_aliases"("key");

-- CreateIndex
CREATE INDEX "unit_aliases_unit_id_idx" ON "unit_aliases"("unit_id");

-- AddForeignKey
ALTER TABLE "unit_aliases" ADD CONSTRAINT "unit_aliases_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_aliases" ADD CONSTRAINT "unit_aliases_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

