-- Author pages (issue 21): a slug for /tac-gia/<slug>, the earlier slugs that redirect, and the profile (job title, a short bio, a portrait from the media library).
-- AlterTable
ALTER TABLE "users" ADD COLUMN     "previous_slugs" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "slug" TEXT NOT NULL DEFAULT '';

-- An author's slug comes from the name, the way lib/common/slug.ts makes slugs (accents
-- dropped, đ → d, lower case, hyphens, at most 80 characters cut at a hyphen), unique against
-- every current and earlier slug (a second "Nguyễn Văn An" is nguyen-van-an-2). translate()
-- carries the accented letters because lower() only folds ASCII in the C locale.
CREATE FUNCTION "bv_slugify"(input TEXT) RETURNS TEXT LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  s TEXT;
  cut TEXT;
BEGIN
  s := lower(translate(normalize(coalesce(input, ''), NFC),
    'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹđĐ',
    'aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaaccccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooorrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuuuaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeooooooooyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyydd'));
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
  WHILE EXISTS (
    SELECT 1 FROM "users" u
    WHERE u."id" <> NEW."id" AND (u."slug" = candidate OR candidate = ANY (u."previous_slugs"))
  ) LOOP
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

ALTER TABLE "users" ADD CONSTRAINT "users_slug_format_check" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length("slug") <= 90);


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
CREATE INDEX "author_profiles_photo_id_idx" ON "author_profiles"("photo_id");

-- CreateIndex
CREATE UNIQUE INDEX "users_slug_key" ON "users"("slug");

-- AddForeignKey
ALTER TABLE "author_profiles" ADD CONSTRAINT "author_profiles_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "author_profiles" ADD CONSTRAINT "author_profiles_photo_id_fkey" FOREIGN KEY ("photo_id") REFERENCES "media"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

ALTER TABLE "author_profiles" ADD CONSTRAINT "author_profiles_bio_length_check" CHECK ("bio" IS NULL OR length("bio") <= 600);
