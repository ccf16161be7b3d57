-- A dossier's file taken off is kept, marked with when and by whom (issue 18).

-- AlterTable
ALTER TABLE "dossier_attachments" ADD COLUMN     "removed_at" TIMESTAMP(3),
ADD COLUMN     "removed_by_id" TEXT;

-- AddForeignKey
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_removed_by_id_fkey" FOREIGN KEY ("removed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

