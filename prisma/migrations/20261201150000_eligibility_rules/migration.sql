-- Eligibility rules of the commendation types, as versioned data with their legal source,
-- and the recognised initiatives the rules of the higher titles depend on.

-- CreateEnum
CREATE TYPE "RuleConfirmation" AS ENUM ('CONFIRMED', 'TO_CONFIRM');

-- CreateTable
CREATE TABLE "initiatives" (
    "id" TEXT NOT NULL,
    "individual_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "level" "AwardLevel" NOT NULL,
    "recognized_by" TEXT NOT NULL,
    "reference" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "initiatives_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eligibility_rules" (
    "id" TEXT NOT NULL,
    "rule_key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "type_id" TEXT NOT NULL,
    "statement" TEXT NOT NULL,
    "condition" JSONB NOT NULL,
    "legal_source" TEXT NOT NULL,
    "article" TEXT,
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "confirmation" "RuleConfirmation" NOT NULL DEFAULT 'TO_CONFIRM',
    "note" TEXT,
    "withdrawn" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "eligibility_rules_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "initiatives_individual_id_year_idx" ON "initiatives"("individual_id", "year");

-- CreateIndex
CREATE INDEX "eligibility_rules_type_id_effective_from_idx" ON "eligibility_rules"("type_id", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "eligibility_rules_rule_key_version_key" ON "eligibility_rules"("rule_key", "version");

-- AddForeignKey
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_individual_id_fkey" FOREIGN KEY ("individual_id") REFERENCES "individuals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eligibility_rules" ADD CONSTRAINT "eligibility_rules_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "commendation_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eligibility_rules" ADD CONSTRAINT "eligibility_rules_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Versions are history: once written, a rule's content never changes (a correction is a
-- new version). Only the author link may change (SET NULL when an account is deleted).
CREATE OR REPLACE FUNCTION bv_rules_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW.rule_key, NEW.version, NEW.type_id, NEW.statement, NEW.condition, NEW.legal_source, NEW.article,
      NEW.effective_from, NEW.effective_to, NEW.confirmation, NEW.note, NEW.withdrawn, NEW.created_at)
     IS DISTINCT FROM
     (OLD.rule_key, OLD.version, OLD.type_id, OLD.statement, OLD.condition, OLD.legal_source, OLD.article,
      OLD.effective_from, OLD.effective_to, OLD.confirmation, OLD.note, OLD.withdrawn, OLD.created_at) THEN
    RAISE EXCEPTION 'eligibility rule versions are immutable: insert a new version' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "eligibility_rules_immutable" BEFORE UPDATE ON "eligibility_rules"
  FOR EACH ROW EXECUTE FUNCTION bv_rules_immutable();

CREATE OR REPLACE FUNCTION bv_rules_no_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'eligibility rule versions are kept: withdraw a rule with a new version' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "eligibility_rules_no_delete" BEFORE DELETE ON "eligibility_rules"
  FOR EACH ROW EXECUTE FUNCTION bv_rules_no_delete();
