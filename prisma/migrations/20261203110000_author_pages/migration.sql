-- Author pages (issue 21): a slug for /tac-gia/<slug>, the earlier slugs that redirect (user_slugs), and the profile (job title, a short bio, a portrait from the media library).
-- AlterTable
ALTER TABLE "users" ADD COLUMN     "slug" TEXT NOT NULL DEFAULT '';

-- CreateTable
CREATE TABLE "user_slugs" (
    "slug" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_slugs_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "author_profiles" (
    "user_id" TEXT NOT NULL,
    "job_title" TEXT,
    "bio" TEXT,
    "photo_id" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "author_profiles_pkey" PRIMARY KEY ("user_id")
);

-- CreateIndex
CREATE INDEX "user_slugs_user_id_idx" ON "user_slugs"("user_id");

-- CreateIndex
CREATE INDEX "author_profiles_photo_id_idx" ON "author_profiles"("photo_id");


-- AddForeignKey
ALTER TABLE "user_slugs" ADD CONSTRAINT "user_slugs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "author_profiles" ADD CONSTRAINT "author_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "author_profiles" ADD CONSTRAINT "author_profiles_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- An author's slug comes from the name exactly as lib/common/slug.ts makes slugs: decomposed
-- (NFD), combining marks dropped, đ → d, lower case (ASCII by then), runs of anything else
-- as one hyphen, at most 80 characters cut at a hyphen; unique against every current and
-- earlier slug (a second "Nguyễn Văn An" is nguyen-van-an-2).
CREATE FUNCTION "bv_slugify"(input TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  s TEXT;
  cut TEXT;
BEGIN
  s := lower(translate(regexp_replace(normalize(coalesce(input, ''), NFD), '[\u0300-\u036f]', '', 'g'), 'đĐ', 'dD'));
  s := regexp_replace(regexp_replace(s, '[^a-z0-9]+', '-', 'g'), '^-+|-+$', '', 'g');
  IF length(s) > 80 THEN
    cut := left(s, 80);
    IF strpos(substr(cut, 42), '-') > 0 THEN
      cut := regexp_replace(cut, '-[^-]*$', '');
    END IF;
    s := regexp_replace(cut, '-+$', '');
  END IF;
  RETURN s;
END;
$$;

CREATE FUNCTION "users_fill_slug"() RETURNS TRIGGER LANGUAGE plpgsql AS $$
DECLARE
  base TEXT;
  candidate TEXT;
  n INTEGER := 1;
BEGIN
  IF NEW."slug" IS NOT NULL AND NEW."slug" <> '' THEN
    RETURN NEW;
  END IF;
  base := "bv_slugify"(NEW."name");
  IF base = '' THEN
    base := 'tac-gia';
  END IF;
  candidate := base;
  WHILE EXISTS (SELECT 1 FROM "users" u WHERE u."slug" = candidate AND u."id" <> NEW."id")
     OR EXISTS (SELECT 1 FROM "user_slugs" o WHERE o."slug" = candidate AND o."user_id" <> NEW."id") LOOP
    n := n + 1;
    candidate := base || '-' || n;
  END LOOP;
  NEW."slug" := candidate;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "users_fill_slug_on_insert" BEFORE INSERT ON "users"
  FOR EACH ROW EXECUTE FUNCTION "users_fill_slug"();
CREATE TRIGGER "users_fill_slug_on_update" BEFORE UPDATE OF "slug" ON "users"
  FOR EACH ROW WHEN (NEW."slug" = '') EXECUTE FUNCTION "users_fill_slug"();

-- Existing accounts, oldest first (the first "Nguyễn Văn An" keeps the plain slug).
DO $$
DECLARE
  r RECORD;
BEGIN
  FOR r IN SELECT "id" FROM "users" ORDER BY "created_at", "id" LOOP
    UPDATE "users" SET "slug" = '' WHERE "id" = r."id";
  END LOOP;
END;
$$;

-- After the backfill: until then every account had the empty slug.
-- CreateIndex
CREATE UNIQUE INDEX "users_slug_key" ON "users"("slug");

ALTER TABLE "users" ADD CONSTRAINT "users_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 90);
ALTER TABLE "user_slugs" ADD CONSTRAINT "user_slugs_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 90);
ALTER TABLE "author_profiles" ADD CONSTRAINT "author_profiles_bio_length_check" CHECK ("bio" IS NULL OR length("bio") <= 600);
