-- Before the decision (issue 18): unit officers, emulation registrations and nomination
-- dossiers with their rows, steps and attachments.

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED');

-- CreateEnum
CREATE TYPE "DossierStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'DECIDED');

-- CreateEnum
CREATE TYPE "DossierAction" AS ENUM ('CREATE', 'SUBMIT', 'FORWARD', 'RETURN', 'ACCEPT', 'REJECT_ROW', 'RESTORE_ROW', 'RAISE_ROW', 'DECIDE');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'UNIT_OFFICER';

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "unit_id" TEXT;

-- CreateTable
CREATE TABLE "emulation_registrations" (
    "id" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
    "submitted_at" TIMESTAMP(3),
    "reviewed_at" TIMESTAMP(3),
    "review_note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "emulation_registrations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registration_entries" (
    "id" TEXT NOT NULL,
    "registration_id" TEXT NOT NULL,
    "type_id" TEXT NOT NULL,
    "unit_id" TEXT,
    "collective_id" TEXT,
    "individual_id" TEXT,

    CONSTRAINT "registration_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossiers" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "type_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "campaign_id" TEXT,
    "status" "DossierStatus" NOT NULL DEFAULT 'DRAFT',
    "holder_unit_id" TEXT,
    "deadline" DATE,
    "submitted_at" TIMESTAMP(3),
    "decision_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "dossiers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier_rows" (
    "id" TEXT NOT NULL,
    "dossier_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "RecipientKind" NOT NULL,
    "individual_id" TEXT,
    "collective_id" TEXT,
    "unit_id" TEXT,
    "new_name" TEXT,
    "new_unit_id" TEXT,
    "new_position" TEXT,
    "type_id" TEXT NOT NULL,
    "raised_from_type_id" TEXT,
    "achievement" TEXT NOT NULL,
    "rejected" BOOLEAN NOT NULL DEFAULT false,
    "rejection_note" TEXT,

    CONSTRAINT "dossier_rows_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier_steps" (
    "id" TEXT NOT NULL,
    "dossier_id" TEXT NOT NULL,
    "action" "DossierAction" NOT NULL,
    "from_level" TEXT,
    "to_level" TEXT,
    "note" TEXT,
    "actor_id" TEXT,
    "actor_name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dossier_steps_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "dossier_attachments" (
    "id" TEXT NOT NULL,
    "dossier_id" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "mime_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storage_key" TEXT NOT NULL,
    "uploaded_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dossier_attachments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "emulation_registrations_year_status_idx" ON "emulation_registrations"("year", "status");

-- CreateIndex
CREATE UNIQUE INDEX "emulation_registrations_unit_id_year_key" ON "emulation_registrations"("unit_id", "year");

-- CreateIndex
CREATE INDEX "registration_entries_type_id_individual_id_idx" ON "registration_entries"("type_id", "individual_id");

-- CreateIndex
CREATE INDEX "registration_entries_type_id_collective_id_idx" ON "registration_entries"("type_id", "collective_id");

-- CreateIndex
CREATE INDEX "registration_entries_type_id_unit_id_idx" ON "registration_entries"("type_id", "unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "registration_entries_registration_id_type_id_unit_id_key" ON "registration_entries"("registration_id", "type_id", "unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "registration_entries_registration_id_type_id_collective_id_key" ON "registration_entries"("registration_id", "type_id", "collective_id");

-- CreateIndex
CREATE UNIQUE INDEX "registration_entries_registration_id_type_id_individual_id_key" ON "registration_entries"("registration_id", "type_id", "individual_id");

-- CreateIndex
CREATE UNIQUE INDEX "dossiers_code_key" ON "dossiers"("code");

-- CreateIndex
CREATE INDEX "dossiers_unit_id_year_idx" ON "dossiers"("unit_id", "year");

-- CreateIndex
CREATE INDEX "dossiers_holder_unit_id_status_idx" ON "dossiers"("holder_unit_id", "status");

-- CreateIndex
CREATE INDEX "dossiers_status_deadline_idx" ON "dossiers"("status", "deadline");

-- CreateIndex
CREATE INDEX "dossier_rows_dossier_id_position_idx" ON "dossier_rows"("dossier_id", "position");

-- CreateIndex
CREATE INDEX "dossier_rows_individual_id_idx" ON "dossier_rows"("individual_id");

-- CreateIndex
CREATE INDEX "dossier_rows_collective_id_idx" ON "dossier_rows"("collective_id");

-- CreateIndex
CREATE INDEX "dossier_rows_unit_id_idx" ON "dossier_rows"("unit_id");

-- CreateIndex
CREATE INDEX "dossier_steps_dossier_id_created_at_idx" ON "dossier_steps"("dossier_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "dossier_attachments_storage_key_key" ON "dossier_attachments"("storage_key");

-- CreateIndex
CREATE INDEX "dossier_attachments_dossier_id_idx" ON "dossier_attachments"("dossier_id");

-- CreateIndex
CREATE INDEX "users_unit_id_idx" ON "users"("unit_id");

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "emulation_registrations" ADD CONSTRAINT "emulation_registrations_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_registration_id_fkey" FOREIGN KEY ("registration_id") REFERENCES "emulation_registrations"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "commendation_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_collective_id_fkey" FOREIGN KEY ("collective_id") REFERENCES "collectives"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_individual_id_fkey" FOREIGN KEY ("individual_id") REFERENCES "individuals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_holder_unit_id_fkey" FOREIGN KEY ("holder_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "commendation_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_rows" ADD CONSTRAINT "dossier_rows_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_rows" ADD CONSTRAINT "dossier_rows_individual_id_fkey" FOREIGN KEY ("individual_id") REFERENCES "individuals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_rows" ADD CONSTRAINT "dossier_rows_collective_id_fkey" FOREIGN KEY ("collective_id") REFERENCES "collectives"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_rows" ADD CONSTRAINT "dossier_rows_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_rows" ADD CONSTRAINT "dossier_rows_new_unit_id_fkey" FOREIGN KEY ("new_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_rows" ADD CONSTRAINT "dossier_rows_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "commendation_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_rows" ADD CONSTRAINT "dossier_rows_raised_from_type_id_fkey" FOREIGN KEY ("raised_from_type_id") REFERENCES "commendation_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_steps" ADD CONSTRAINT "dossier_steps_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_dossier_id_fkey" FOREIGN KEY ("dossier_id") REFERENCES "dossiers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dossier_attachments" ADD CONSTRAINT "dossier_attachments_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A unit officer belongs to exactly one unit; no other role has one. (Compared as text:
-- the enum value added above cannot be used as a literal in the same transaction.)
ALTER TABLE "users" ADD CONSTRAINT "users_officer_unit"
  CHECK ((role::text = 'UNIT_OFFICER') = (unit_id IS NOT NULL));

ALTER TABLE "registration_entries" ADD CONSTRAINT "registration_entries_one_recipient"
  CHECK (num_nonnulls(unit_id, collective_id, individual_id) = 1);

-- A row names an existing record of its kind, or a new person/collective in a unit.
ALTER TABLE "dossier_rows" ADD CONSTRAINT "dossier_rows_one_recipient"
  CHECK (
    (num_nonnulls(unit_id, collective_id, individual_id) = 1 AND new_name IS NULL AND new_unit_id IS NULL)
    OR (num_nonnulls(unit_id, collective_id, individual_id) = 0 AND new_name IS NOT NULL AND new_unit_id IS NOT NULL AND kind <> 'UNIT')
  );
ALTER TABLE "dossier_rows" ADD CONSTRAINT "dossier_rows_kind_matches"
  CHECK (
    (kind = 'UNIT' AND collective_id IS NULL AND individual_id IS NULL)
    OR (kind = 'COLLECTIVE' AND unit_id IS NULL AND individual_id IS NULL)
    OR (kind = 'INDIVIDUAL' AND unit_id IS NULL AND collective_id IS NULL)
  );
ALTER TABLE "dossiers" ADD CONSTRAINT "dossiers_decided_has_decision"
  CHECK (status <> 'DECIDED' OR decision_id IS NOT NULL);
