-- Accent-insensitive Vietnamese search: unaccent folds diacritics (including đ → d),
-- pg_trgm gives fuzzy matching on registry names.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- unaccent() is only STABLE (its dictionary could change); naming the dictionary makes
-- the result fixed, so this wrapper may be IMMUTABLE and used in indexes and triggers.
CREATE OR REPLACE FUNCTION bv_unaccent(input text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, input) $$;

-- Plain text of a structured article body: every "text" value in the JSON document.
CREATE OR REPLACE FUNCTION bv_body_text(body jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT coalesce(string_agg(t #>> '{}', ' '), '') FROM jsonb_path_query(body, 'strict $.**.text') AS t $$;

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'REPORTER', 'REGISTRAR');

-- CreateEnum
CREATE TYPE "ArticleStatus" AS ENUM ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ArticleLayout" AS ENUM ('STANDARD', 'EMAGAZINE');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('PARTY_COMMITTEE', 'PARTY_CELL', 'AGENCY', 'PUBLIC_SERVICE', 'ENTERPRISE', 'MASS_ORGANIZATION', 'OTHER');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE', 'OTHER');

-- CreateEnum
CREATE TYPE "RecipientKind" AS ENUM ('UNIT', 'COLLECTIVE', 'INDIVIDUAL');

-- CreateEnum
CREATE TYPE "CommendationKind" AS ENUM ('TITLE', 'FORM', 'RECOGNITION');

-- CreateEnum
CREATE TYPE "IssuingSystem" AS ENUM ('STATE', 'PARTY', 'MASS_ORGANIZATION');

-- CreateEnum
CREATE TYPE "AwardLevel" AS ENUM ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'GRASSROOTS');

-- CreateEnum
CREATE TYPE "CampaignKind" AS ENUM ('REGULAR', 'THEMATIC');

-- CreateEnum
CREATE TYPE "DecisionCategory" AS ENUM ('PERIODIC', 'CAMPAIGN', 'SUDDEN', 'CAREER', 'SERVICE_LENGTH', 'FOREIGN');

-- CreateEnum
CREATE TYPE "DecisionStatus" AS ENUM ('IN_FORCE', 'REVOKED');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "last_login_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "categories" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "parent_id" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "in_menu" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "categories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tags" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "media" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "original_name" TEXT,
    "mime" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "alt" TEXT NOT NULL DEFAULT '',
    "caption" TEXT,
    "credit" TEXT,
    "variants" JSONB NOT NULL DEFAULT '[]',
    "uploaded_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sapo" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "cover_id" TEXT,
    "cover_caption" TEXT,
    "layout" "ArticleLayout" NOT NULL DEFAULT 'STANDARD',
    "status" "ArticleStatus" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMP(3),
    "author_id" TEXT NOT NULL,
    "byline" TEXT,
    "category_id" TEXT NOT NULL,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "seo_title" TEXT,
    "seo_description" TEXT,
    "review_note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "view_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "search_vector" tsvector,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_slugs" (
    "slug" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_slugs_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "article_tags" (
    "article_id" TEXT NOT NULL,
    "tag_id" TEXT NOT NULL,

    CONSTRAINT "article_tags_pkey" PRIMARY KEY ("article_id","tag_id")
);

-- CreateTable
CREATE TABLE "article_revisions" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "sapo" TEXT NOT NULL,
    "body" JSONB NOT NULL,
    "meta" JSONB NOT NULL DEFAULT '{}',
    "editor_id" TEXT,
    "note" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_revisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "actor_id" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "diff" JSONB,
    "ip" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "units" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "kind" "UnitKind" NOT NULL,
    "parent_id" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "member_count" INTEGER,
    "description" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "search_text" TEXT,

    CONSTRAINT "units_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "collectives" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "description" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "search_text" TEXT,

    CONSTRAINT "collectives_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "individuals" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "full_name" TEXT NOT NULL,
    "position" TEXT,
    "unit_id" TEXT NOT NULL,
    "gender" "Gender",
    "birth_year" INTEGER,
    "publication_consent" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "search_text" TEXT,

    CONSTRAINT "individuals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "individual_unit_history" (
    "id" TEXT NOT NULL,
    "individual_id" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "position" TEXT,
    "started_at" DATE,
    "ended_at" DATE,

    CONSTRAINT "individual_unit_history_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commendation_types" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommendationKind" NOT NULL,
    "issuing_system" "IssuingSystem" NOT NULL,
    "level" "AwardLevel" NOT NULL,
    "authority" TEXT NOT NULL,
    "recipient_kinds" "RecipientKind"[],
    "legal_basis" TEXT,
    "description" TEXT,
    "rank" INTEGER NOT NULL DEFAULT 100,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "commendation_types_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaigns" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "theme" TEXT,
    "kind" "CampaignKind" NOT NULL,
    "launching_unit_id" TEXT,
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "occasion" TEXT,
    "description" TEXT,
    "closed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "decisions" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "signed_at" DATE NOT NULL,
    "issuing_authority" TEXT NOT NULL,
    "signer_name" TEXT NOT NULL,
    "signer_title" TEXT NOT NULL,
    "category" "DecisionCategory" NOT NULL,
    "campaign_id" TEXT,
    "summary" TEXT,
    "status" "DecisionStatus" NOT NULL DEFAULT 'IN_FORCE',
    "revoked_at" DATE,
    "revocation_reason" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "search_text" TEXT,

    CONSTRAINT "decisions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "awards" (
    "id" TEXT NOT NULL,
    "decision_id" TEXT NOT NULL,
    "type_id" TEXT NOT NULL,
    "unit_id" TEXT,
    "collective_id" TEXT,
    "individual_id" TEXT,
    "year" INTEGER NOT NULL,
    "achievement" TEXT,
    "streak_note" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "awards_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "article_campaigns" (
    "article_id" TEXT NOT NULL,
    "campaign_id" TEXT NOT NULL,

    CONSTRAINT "article_campaigns_pkey" PRIMARY KEY ("article_id","campaign_id")
);

-- CreateTable
CREATE TABLE "article_decisions" (
    "article_id" TEXT NOT NULL,
    "decision_id" TEXT NOT NULL,

    CONSTRAINT "article_decisions_pkey" PRIMARY KEY ("article_id","decision_id")
);

-- CreateTable
CREATE TABLE "article_units" (
    "article_id" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,

    CONSTRAINT "article_units_pkey" PRIMARY KEY ("article_id","unit_id")
);

-- CreateTable
CREATE TABLE "article_collectives" (
    "article_id" TEXT NOT NULL,
    "collective_id" TEXT NOT NULL,

    CONSTRAINT "article_collectives_pkey" PRIMARY KEY ("article_id","collective_id")
);

-- CreateTable
CREATE TABLE "article_individuals" (
    "article_id" TEXT NOT NULL,
    "individual_id" TEXT NOT NULL,

    CONSTRAINT "article_individuals_pkey" PRIMARY KEY ("article_id","individual_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "categories_slug_key" ON "categories"("slug");

-- CreateIndex
CREATE INDEX "categories_parent_id_position_idx" ON "categories"("parent_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "tags_slug_key" ON "tags"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "media_key_key" ON "media"("key");

-- CreateIndex
CREATE INDEX "media_created_at_idx" ON "media"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "articles_slug_key" ON "articles"("slug");

-- CreateIndex
CREATE INDEX "articles_status_published_at_idx" ON "articles"("status", "published_at" DESC);

-- CreateIndex
CREATE INDEX "articles_category_id_status_published_at_idx" ON "articles"("category_id", "status", "published_at" DESC);

-- CreateIndex
CREATE INDEX "articles_layout_status_published_at_idx" ON "articles"("layout", "status", "published_at" DESC);

-- CreateIndex
CREATE INDEX "articles_author_id_idx" ON "articles"("author_id");

-- CreateIndex
CREATE INDEX "articles_search_vector_idx" ON "articles" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "article_slugs_article_id_idx" ON "article_slugs"("article_id");

-- CreateIndex
CREATE INDEX "article_tags_tag_id_idx" ON "article_tags"("tag_id");

-- CreateIndex
CREATE UNIQUE INDEX "article_revisions_article_id_version_key" ON "article_revisions"("article_id", "version");

-- CreateIndex
CREATE INDEX "audit_events_entity_entity_id_idx" ON "audit_events"("entity", "entity_id");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_created_at_idx" ON "audit_events"("actor_id", "created_at");

-- CreateIndex
CREATE INDEX "audit_events_created_at_idx" ON "audit_events"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "units_code_key" ON "units"("code");

-- CreateIndex
CREATE UNIQUE INDEX "units_slug_key" ON "units"("slug");

-- CreateIndex
CREATE INDEX "units_parent_id_idx" ON "units"("parent_id");

-- CreateIndex
CREATE INDEX "units_search_text_idx" ON "units" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "collectives_slug_key" ON "collectives"("slug");

-- CreateIndex
CREATE INDEX "collectives_unit_id_idx" ON "collectives"("unit_id");

-- CreateIndex
CREATE INDEX "collectives_search_text_idx" ON "collectives" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "individuals_slug_key" ON "individuals"("slug");

-- CreateIndex
CREATE INDEX "individuals_unit_id_idx" ON "individuals"("unit_id");

-- CreateIndex
CREATE INDEX "individuals_search_text_idx" ON "individuals" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "individual_unit_history_individual_id_idx" ON "individual_unit_history"("individual_id");

-- CreateIndex
CREATE INDEX "individual_unit_history_unit_id_idx" ON "individual_unit_history"("unit_id");

-- CreateIndex
CREATE UNIQUE INDEX "commendation_types_code_key" ON "commendation_types"("code");

-- CreateIndex
CREATE UNIQUE INDEX "commendation_types_slug_key" ON "commendation_types"("slug");

-- CreateIndex
CREATE INDEX "commendation_types_issuing_system_level_rank_idx" ON "commendation_types"("issuing_system", "level", "rank");

-- CreateIndex
CREATE UNIQUE INDEX "campaigns_slug_key" ON "campaigns"("slug");

-- CreateIndex
CREATE INDEX "campaigns_start_date_idx" ON "campaigns"("start_date");

-- CreateIndex
CREATE UNIQUE INDEX "decisions_slug_key" ON "decisions"("slug");

-- CreateIndex
CREATE INDEX "decisions_signed_at_idx" ON "decisions"("signed_at" DESC);

-- CreateIndex
CREATE INDEX "decisions_campaign_id_idx" ON "decisions"("campaign_id");

-- CreateIndex
CREATE INDEX "decisions_search_text_idx" ON "decisions" USING GIN ("search_text" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "decisions_issuing_authority_number_key" ON "decisions"("issuing_authority", "number");

-- CreateIndex
CREATE INDEX "awards_decision_id_position_idx" ON "awards"("decision_id", "position");

-- CreateIndex
CREATE INDEX "awards_type_id_year_idx" ON "awards"("type_id", "year");

-- CreateIndex
CREATE INDEX "awards_unit_id_year_idx" ON "awards"("unit_id", "year");

-- CreateIndex
CREATE INDEX "awards_collective_id_year_idx" ON "awards"("collective_id", "year");

-- CreateIndex
CREATE INDEX "awards_individual_id_year_idx" ON "awards"("individual_id", "year");

-- CreateIndex
CREATE INDEX "awards_year_idx" ON "awards"("year");

-- CreateIndex
CREATE INDEX "article_campaigns_campaign_id_idx" ON "article_campaigns"("campaign_id");

-- CreateIndex
CREATE INDEX "article_decisions_decision_id_idx" ON "article_decisions"("decision_id");

-- CreateIndex
CREATE INDEX "article_units_unit_id_idx" ON "article_units"("unit_id");

-- CreateIndex
CREATE INDEX "article_collectives_collective_id_idx" ON "article_collectives"("collective_id");

-- CreateIndex
CREATE INDEX "article_individuals_individual_id_idx" ON "article_individuals"("individual_id");

-- AddForeignKey
ALTER TABLE "categories" ADD CONSTRAINT "categories_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_cover_id_fkey" FOREIGN KEY ("cover_id") REFERENCES "media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_slugs" ADD CONSTRAINT "article_slugs_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_tags" ADD CONSTRAINT "article_tags_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_tags" ADD CONSTRAINT "article_tags_tag_id_fkey" FOREIGN KEY ("tag_id") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_editor_id_fkey" FOREIGN KEY ("editor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "units" ADD CONSTRAINT "units_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "collectives" ADD CONSTRAINT "collectives_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "individuals" ADD CONSTRAINT "individuals_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "individual_unit_history" ADD CONSTRAINT "individual_unit_history_individual_id_fkey" FOREIGN KEY ("individual_id") REFERENCES "individuals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "individual_unit_history" ADD CONSTRAINT "individual_unit_history_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_launching_unit_id_fkey" FOREIGN KEY ("launching_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "awards" ADD CONSTRAINT "awards_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "awards" ADD CONSTRAINT "awards_type_id_fkey" FOREIGN KEY ("type_id") REFERENCES "commendation_types"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "awards" ADD CONSTRAINT "awards_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "awards" ADD CONSTRAINT "awards_collective_id_fkey" FOREIGN KEY ("collective_id") REFERENCES "collectives"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "awards" ADD CONSTRAINT "awards_individual_id_fkey" FOREIGN KEY ("individual_id") REFERENCES "individuals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_campaigns" ADD CONSTRAINT "article_campaigns_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_campaigns" ADD CONSTRAINT "article_campaigns_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_decisions" ADD CONSTRAINT "article_decisions_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_decisions" ADD CONSTRAINT "article_decisions_decision_id_fkey" FOREIGN KEY ("decision_id") REFERENCES "decisions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_units" ADD CONSTRAINT "article_units_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_units" ADD CONSTRAINT "article_units_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_collectives" ADD CONSTRAINT "article_collectives_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_collectives" ADD CONSTRAINT "article_collectives_collective_id_fkey" FOREIGN KEY ("collective_id") REFERENCES "collectives"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_individuals" ADD CONSTRAINT "article_individuals_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_individuals" ADD CONSTRAINT "article_individuals_individual_id_fkey" FOREIGN KEY ("individual_id") REFERENCES "individuals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────── rules the database itself enforces ─────────────

-- An award goes to exactly one recipient: a unit, a collective or an individual.
ALTER TABLE "awards" ADD CONSTRAINT "awards_one_recipient"
  CHECK (num_nonnulls("unit_id", "collective_id", "individual_id") = 1);
ALTER TABLE "awards" ADD CONSTRAINT "awards_year_range" CHECK ("year" BETWEEN 1945 AND 2200);
ALTER TABLE "decisions" ADD CONSTRAINT "decisions_revocation_reason"
  CHECK ("status" <> 'REVOKED' OR ("revocation_reason" IS NOT NULL AND length(btrim("revocation_reason")) > 0));
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_dates" CHECK ("end_date" IS NULL OR "end_date" >= "start_date");
ALTER TABLE "units" ADD CONSTRAINT "units_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");
ALTER TABLE "categories" ADD CONSTRAINT "categories_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id");
ALTER TABLE "individuals" ADD CONSTRAINT "individuals_birth_year" CHECK ("birth_year" IS NULL OR "birth_year" BETWEEN 1900 AND 2100);
ALTER TABLE "articles" ADD CONSTRAINT "articles_published_has_time"
  CHECK ("status" NOT IN ('PUBLISHED', 'SCHEDULED') OR "published_at" IS NOT NULL);

-- ───────────── search columns, kept by triggers ─────────────

CREATE OR REPLACE FUNCTION bv_articles_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_vector" :=
    setweight(to_tsvector('simple', bv_unaccent(coalesce(NEW."title", ''))), 'A') ||
    setweight(to_tsvector('simple', bv_unaccent(coalesce(NEW."sapo", ''))), 'B') ||
    setweight(to_tsvector('simple', bv_unaccent(bv_body_text(NEW."body"))), 'C');
  RETURN NEW;
END $$;
CREATE TRIGGER "articles_search" BEFORE INSERT OR UPDATE OF "title", "sapo", "body" ON "articles"
  FOR EACH ROW EXECUTE FUNCTION bv_articles_search();

CREATE OR REPLACE FUNCTION bv_units_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_text" := lower(bv_unaccent(concat_ws(' ', NEW."name", NEW."short_name", NEW."code")));
  RETURN NEW;
END $$;
CREATE TRIGGER "units_search" BEFORE INSERT OR UPDATE OF "name", "short_name", "code" ON "units"
  FOR EACH ROW EXECUTE FUNCTION bv_units_search();

CREATE OR REPLACE FUNCTION bv_collectives_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_text" := lower(bv_unaccent(NEW."name"));
  RETURN NEW;
END $$;
CREATE TRIGGER "collectives_search" BEFORE INSERT OR UPDATE OF "name" ON "collectives"
  FOR EACH ROW EXECUTE FUNCTION bv_collectives_search();

CREATE OR REPLACE FUNCTION bv_individuals_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_text" := lower(bv_unaccent(concat_ws(' ', NEW."full_name", NEW."position")));
  RETURN NEW;
END $$;
CREATE TRIGGER "individuals_search" BEFORE INSERT OR UPDATE OF "full_name", "position" ON "individuals"
  FOR EACH ROW EXECUTE FUNCTION bv_individuals_search();

CREATE OR REPLACE FUNCTION bv_decisions_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_text" := lower(bv_unaccent(concat_ws(' ', NEW."number", NEW."issuing_authority", NEW."signer_name", NEW."summary")));
  RETURN NEW;
END $$;
CREATE TRIGGER "decisions_search" BEFORE INSERT OR UPDATE OF "number", "issuing_authority", "signer_name", "summary" ON "decisions"
  FOR EACH ROW EXECUTE FUNCTION bv_decisions_search();
