-- The council's vote, the public's comment period, and the calendar's announced days.
-- CreateEnum
CREATE TYPE "ProcedureKind" AS ENUM ('COUNCIL_VOTE', 'PUBLIC_COMMENT');

-- CreateEnum
CREATE TYPE "VoteBase" AS ENUM ('ALL_MEMBERS', 'VOTERS');

-- CreateEnum
CREATE TYPE "CouncilRole" AS ENUM ('CHAIR', 'VICE_CHAIR', 'STANDING', 'MEMBER');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PREPARING', 'VOTING', 'CLOSED');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('PRESENT', 'WRITTEN', 'ABSENT');

-- CreateEnum
CREATE TYPE "BallotMethod" AS ENUM ('PAPER', 'ELECTRONIC');

-- CreateEnum
CREATE TYPE "VoteOutcome" AS ENUM ('PASSED', 'NOT_PASSED');

-- CreateEnum
CREATE TYPE "CommentVerdict" AS ENUM ('RELEVANT', 'NOT_RELEVANT');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "DossierAction" ADD VALUE 'COUNCIL_VOTE';
ALTER TYPE "DossierAction" ADD VALUE 'PUBLIC_COMMENT';

-- CreateTable
CREATE TABLE "procedure_rules" (
    "id" TEXT NOT NULL,
    "rule_key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "type_id" TEXT NOT NULL,
    "kind" "ProcedureKind" NOT NULL,
    "share_numerator" INTEGER,
    "share_denominator" INTEGER,
    "base" "VoteBase",
    "written_votes" BOOLEAN NOT NULL DEFAULT false,
    "working_days" INTEGER,
    "statement" TEXT NOT NULL,
    "legal_source" TEXT NOT NULL,
    "article" TEXT,
    "effective_from" DATE NOT NULL,
    "effective_to" DATE,
    "confirmation" "RuleConfirmation" NOT NULL DEFAULT 'TO_CONFIRM',
    "note" TEXT,
    "withdrawn" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "procedure_rules_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "councils" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "quorum_numerator" INTEGER NOT NULL DEFAULT 2,
    "quorum_denominator" INTEGER NOT NULL DEFAULT 3,
    "quorum_source" TEXT,
    "quorum_confirmation" "RuleConfirmation" NOT NULL DEFAULT 'TO_CONFIRM',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "councils_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "council_members" (
    "id" TEXT NOT NULL,
    "council_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "role" "CouncilRole" NOT NULL,
    "term_from" DATE NOT NULL,
    "term_to" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "council_members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "council_sessions" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "council_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "location" TEXT,
    "status" "SessionStatus" NOT NULL DEFAULT 'PREPARING',
    "closed_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "council_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "session_attendance" (
    "session_id" TEXT NOT NULL,
    "member_id" TEXT NOT NULL,
    "attendance" "Attendance" NOT NULL,

    CONSTRAINT "session_attendance_pkey" PRIMARY KEY ("session_id","member_id")
);

-- CreateTable
CREATE TABLE "session_candidates" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "dossier_row_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "method" "BallotMethod" NOT NULL,
    "yes" INTEGER NOT NULL DEFAULT 0,
    "no" INTEGER NOT NULL DEFAULT 0,
    "abstain" INTEGER NOT NULL DEFAULT 0,
    "rule_id" TEXT,
    "base_count" INTEGER,
    "required" INTEGER,
    "outcome" "VoteOutcome",

    CONSTRAINT "session_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ballot_tokens" (
    "id" TEXT NOT NULL,
    "session_id" TEXT NOT NULL,
    "member_id" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "issued_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "used_at" TIMESTAMP(3),

    CONSTRAINT "ballot_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_periods" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "rule_id" TEXT,
    "opens_on" DATE NOT NULL,
    "working_days" INTEGER NOT NULL,
    "closes_on" DATE NOT NULL,
    "notice" TEXT,
    "article_id" TEXT,
    "summarized_at" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "comment_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "comment_candidates" (
    "id" TEXT NOT NULL,
    "period_id" TEXT NOT NULL,
    "dossier_row_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "job_title" TEXT,
    "unit_name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "proposed" TEXT NOT NULL,

    CONSTRAINT "comment_candidates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public_comments" (
    "id" TEXT NOT NULL,
    "period_id" TEXT NOT NULL,
    "candidate_id" TEXT NOT NULL,
    "author_name" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "address_hash" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "verdict" "CommentVerdict",
    "verdict_note" TEXT,
    "reviewed_by_id" TEXT,
    "reviewed_at" TIMESTAMP(3),

    CONSTRAINT "public_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_days" (
    "date" DATE NOT NULL,
    "day_off" BOOLEAN NOT NULL,
    "label" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "confirmation" "RuleConfirmation" NOT NULL DEFAULT 'TO_CONFIRM',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_days_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE INDEX "procedure_rules_type_id_kind_effective_from_idx" ON "procedure_rules"("type_id", "kind", "effective_from");

-- CreateIndex
CREATE UNIQUE INDEX "procedure_rules_rule_key_version_key" ON "procedure_rules"("rule_key", "version");

-- CreateIndex
CREATE INDEX "council_members_council_id_term_from_idx" ON "council_members"("council_id", "term_from");

-- CreateIndex
CREATE UNIQUE INDEX "council_sessions_code_key" ON "council_sessions"("code");

-- CreateIndex
CREATE INDEX "council_sessions_council_id_held_on_idx" ON "council_sessions"("council_id", "held_on");

-- CreateIndex
CREATE INDEX "session_candidates_dossier_row_id_idx" ON "session_candidates"("dossier_row_id");

-- CreateIndex
CREATE UNIQUE INDEX "session_candidates_session_id_dossier_row_id_key" ON "session_candidates"("session_id", "dossier_row_id");

-- CreateIndex
CREATE UNIQUE INDEX "ballot_tokens_token_hash_key" ON "ballot_tokens"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "ballot_tokens_session_id_member_id_key" ON "ballot_tokens"("session_id", "member_id");

-- CreateIndex
CREATE UNIQUE INDEX "comment_periods_slug_key" ON "comment_periods"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "comment_periods_article_id_key" ON "comment_periods"("article_id");

-- CreateIndex
CREATE INDEX "comment_periods_closes_on_idx" ON "comment_periods"("closes_on");

-- CreateIndex
CREATE INDEX "comment_candidates_dossier_row_id_idx" ON "comment_candidates"("dossier_row_id");

-- CreateIndex
CREATE UNIQUE INDEX "comment_candidates_period_id_dossier_row_id_key" ON "comment_candidates"("period_id", "dossier_row_id");

-- CreateIndex
CREATE INDEX "public_comments_period_id_created_at_idx" ON "public_comments"("period_id", "created_at");

-- CreateIndex
CREATE INDEX "public_comments_candidate_id_idx" ON "public_comments"("candidate_id");

-- AddForeignKey
ALTER TABLE "procedure_rules" ADD CONSTRAINT "procedure_rules_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "commendation_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_members" ADD CONSTRAINT "council_members_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_council_id_fkey" FOREIGN KEY ("council_id") REFERENCES "councils"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "council_sessions" ADD CONSTRAINT "council_sessions_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_attendance" ADD CONSTRAINT "session_attendance_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "council_members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_candidates" ADD CONSTRAINT "session_candidates_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_candidates" ADD CONSTRAINT "session_candidates_dossier_row_id_fkey" FOREIGN KEY ("dossier_row_id") REFERENCES "dossier_rows"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "session_candidates" ADD CONSTRAINT "session_candidates_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "procedure_rules"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ballot_tokens" ADD CONSTRAINT "ballot_tokens_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "council_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ballot_tokens" ADD CONSTRAINT "ballot_tokens_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "council_members"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_periods" ADD CONSTRAINT "comment_periods_rule_id_fkey" FOREIGN KEY ("rule_id") REFERENCES "procedure_rules"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_periods" ADD CONSTRAINT "comment_periods_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_periods" ADD CONSTRAINT "comment_periods_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_candidates" ADD CONSTRAINT "comment_candidates_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "comment_periods"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "comment_candidates" ADD CONSTRAINT "comment_candidates_dossier_row_id_fkey" FOREIGN KEY ("dossier_row_id") REFERENCES "dossier_rows"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_comments" ADD CONSTRAINT "public_comments_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "comment_periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_comments" ADD CONSTRAINT "public_comments_candidate_id_fkey" FOREIGN KEY ("candidate_id") REFERENCES "comment_candidates"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public_comments" ADD CONSTRAINT "public_comments_reviewed_by_id_fkey" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- A council rule has its share and base; a comment rule its working days.
ALTER TABLE "procedure_rules" ADD CONSTRAINT "procedure_rules_shape" CHECK (
  (kind = 'COUNCIL_VOTE' AND share_numerator > 0 AND share_denominator > 0 AND share_numerator <= share_denominator AND base IS NOT NULL AND working_days IS NULL)
  OR (kind = 'PUBLIC_COMMENT' AND working_days BETWEEN 1 AND 60 AND share_numerator IS NULL AND share_denominator IS NULL AND base IS NULL));
ALTER TABLE "procedure_rules" ADD CONSTRAINT "procedure_rules_dates" CHECK (effective_to IS NULL OR effective_to >= effective_from);

-- Rule versions are never rewritten nor removed, as eligibility rules are.
CREATE OR REPLACE FUNCTION bv_procedure_rules_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'procedure rule versions are kept: withdraw a rule with a new version' USING ERRCODE = 'check_violation';
  END IF;
  IF to_jsonb(NEW) IS DISTINCT FROM to_jsonb(OLD) THEN
    RAISE EXCEPTION 'procedure rule versions are immutable: insert a new version' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "procedure_rules_immutable" BEFORE UPDATE OR DELETE ON "procedure_rules"
  FOR EACH ROW EXECUTE FUNCTION bv_procedure_rules_immutable();

ALTER TABLE "council_members" ADD CONSTRAINT "council_members_term" CHECK (term_to IS NULL OR term_to >= term_from);
ALTER TABLE "session_candidates" ADD CONSTRAINT "session_candidates_tallies" CHECK (yes >= 0 AND no >= 0 AND abstain >= 0);
ALTER TABLE "comment_periods" ADD CONSTRAINT "comment_periods_dates" CHECK (closes_on >= opens_on AND working_days BETWEEN 1 AND 60);
ALTER TABLE "councils" ADD CONSTRAINT "councils_quorum" CHECK (quorum_numerator > 0 AND quorum_denominator > 0 AND quorum_numerator <= quorum_denominator);
