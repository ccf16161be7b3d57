-- CreateEnum
CREATE TYPE "UnitEventKind" AS ENUM ('RENAMED', 'MOVED', 'MERGED', 'SPLIT', 'DISSOLVED');

-- AlterTable
ALTER TABLE "awards" ADD COLUMN     "holder_unit_id" TEXT;

-- AlterTable
ALTER TABLE "units" ADD COLUMN     "ended_on" DATE,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "unit_events" (
    "id" TEXT NOT NULL,
    "kind" "UnitEventKind" NOT NULL,
    "unit_id" TEXT NOT NULL,
    "effective_on" DATE NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "payload" JSONB,
    "note" TEXT,
    "created_by_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "undone_at" TIMESTAMP(3),
    "undone_by_id" TEXT,

    CONSTRAINT "unit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_successions" (
    "event_id" TEXT NOT NULL,
    "predecessor_id" TEXT NOT NULL,
    "successor_id" TEXT NOT NULL,
    "effective_on" DATE NOT NULL,

    CONSTRAINT "unit_successions_pkey" PRIMARY KEY ("event_id","predecessor_id","successor_id")
);

-- CreateTable
CREATE TABLE "unit_periods" (
    "id" TEXT NOT NULL,
    "unit_id" TEXT NOT NULL,
    "parent_id" TEXT,
    "valid_from" DATE,
    "valid_to" DATE,

    CONSTRAINT "unit_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_closure" (
    "ancestor_id" TEXT NOT NULL,
    "descendant_id" TEXT NOT NULL,
    "valid_from" DATE,
    "valid_to" DATE,
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "unit_closure_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "unit_events_unit_id_effective_on_idx" ON "unit_events"("unit_id", "effective_on");

-- CreateIndex
CREATE INDEX "unit_successions_predecessor_id_idx" ON "unit_successions"("predecessor_id");

-- CreateIndex
CREATE INDEX "unit_successions_successor_id_idx" ON "unit_successions"("successor_id");

-- CreateIndex
CREATE INDEX "unit_periods_unit_id_idx" ON "unit_periods"("unit_id");

-- CreateIndex
CREATE INDEX "unit_periods_parent_id_idx" ON "unit_periods"("parent_id");

-- CreateIndex
CREATE INDEX "unit_closure_ancestor_id_descendant_id_valid_from_valid_to_idx" ON "unit_closure"("ancestor_id", "descendant_id", "valid_from", "valid_to");

-- CreateIndex
CREATE INDEX "unit_closure_descendant_id_idx" ON "unit_closure"("descendant_id");

-- CreateIndex
CREATE INDEX "awards_holder_unit_id_idx" ON "awards"("holder_unit_id");

-- AddForeignKey
ALTER TABLE "unit_events" ADD CONSTRAINT "unit_events_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_events" ADD CONSTRAINT "unit_events_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_events" ADD CONSTRAINT "unit_events_undone_by_id_fkey" FOREIGN KEY ("undone_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "unit_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_successions" ADD CONSTRAINT "unit_successions_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_periods" ADD CONSTRAINT "unit_periods_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "units"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_periods" ADD CONSTRAINT "unit_periods_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "awards" ADD CONSTRAINT "awards_holder_unit_id_fkey" FOREIGN KEY ("holder_unit_id") REFERENCES "units"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- ── the structure through time ──
-- Every unit as it is now: one period under its current parent, since always.
INSERT INTO unit_periods (id, unit_id, parent_id, valid_from, valid_to)
SELECT md5('period:' || id), id, parent_id, NULL, NULL FROM units;

-- unit_closure from unit_periods: the unit itself (always), then each ancestor for the time
-- every link of the chain held (null bounds: since always / still).
CREATE FUNCTION bv_rebuild_unit_closure() RETURNS void LANGUAGE sql AS $$
  DELETE FROM unit_closure;
  INSERT INTO unit_closure (ancestor_id, descendant_id, valid_from, valid_to)
  SELECT id, id, NULL, NULL FROM units;
  INSERT INTO unit_closure (ancestor_id, descendant_id, valid_from, valid_to)
  WITH RECURSIVE up(ancestor_id, descendant_id, valid_from, valid_to, depth) AS (
    SELECT p.parent_id, p.unit_id, p.valid_from, p.valid_to, 1 FROM unit_periods p
    WHERE p.parent_id IS NOT NULL AND (p.valid_from IS NULL OR p.valid_to IS NULL OR p.valid_from < p.valid_to)
    UNION ALL
    SELECT p.parent_id, up.descendant_id,
      CASE WHEN up.valid_from IS NULL THEN p.valid_from WHEN p.valid_from IS NULL THEN up.valid_from ELSE greatest(up.valid_from, p.valid_from) END,
      CASE WHEN up.valid_to IS NULL THEN p.valid_to WHEN p.valid_to IS NULL THEN up.valid_to ELSE least(up.valid_to, p.valid_to) END,
      up.depth + 1
    FROM up JOIN unit_periods p ON p.unit_id = up.ancestor_id AND p.parent_id IS NOT NULL
      AND (p.valid_to IS NULL OR up.valid_from IS NULL OR p.valid_to > up.valid_from)
      AND (up.valid_to IS NULL OR p.valid_from IS NULL OR p.valid_from < up.valid_to)
    WHERE up.depth < 50
  )
  SELECT ancestor_id, descendant_id, valid_from, valid_to FROM up
  WHERE valid_from IS NULL OR valid_to IS NULL OR valid_from < valid_to;
$$;

-- A unit created (by the app, an import or the seed) is in the structure at once: a period
-- under its parent since always, and the parent's chain as its own.
CREATE FUNCTION bv_unit_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO unit_periods (id, unit_id, parent_id, valid_from, valid_to) VALUES (md5('period:' || NEW.id), NEW.id, NEW.parent_id, NULL, NULL);
  INSERT INTO unit_closure (ancestor_id, descendant_id, valid_from, valid_to) VALUES (NEW.id, NEW.id, NULL, NULL);
  IF NEW.parent_id IS NOT NULL THEN
    INSERT INTO unit_closure (ancestor_id, descendant_id, valid_from, valid_to)
    SELECT c.ancestor_id, NEW.id, c.valid_from, c.valid_to FROM unit_closure c WHERE c.descendant_id = NEW.parent_id;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER units_in_structure AFTER INSERT ON units FOR EACH ROW EXECUTE FUNCTION bv_unit_inserted();

SELECT bv_rebuild_unit_closure();

-- ── an award's holder: the recipient's unit on the decision's date ──
CREATE FUNCTION bv_award_holder(p_unit text, p_collective text, p_individual text, p_decision text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce(
    p_unit,
    (SELECT unit_id FROM collectives WHERE id = p_collective),
    (SELECT h.unit_id FROM individual_unit_history h, decisions d
      WHERE h.individual_id = p_individual AND d.id = p_decision
        AND (h.started_at IS NULL OR h.started_at <= d.signed_at) AND (h.ended_at IS NULL OR h.ended_at > d.signed_at)
      ORDER BY h.started_at DESC NULLS LAST LIMIT 1),
    (SELECT unit_id FROM individuals WHERE id = p_individual))
$$;

UPDATE awards SET holder_unit_id = bv_award_holder(unit_id, collective_id, individual_id, decision_id);

-- Filled on insert, and again when the recipient is corrected (never by a reorganisation,
-- which moves no award).
CREATE FUNCTION bv_award_fill_holder() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.unit_id IS DISTINCT FROM OLD.unit_id OR NEW.collective_id IS DISTINCT FROM OLD.collective_id OR NEW.individual_id IS DISTINCT FROM OLD.individual_id THEN
    NEW.holder_unit_id := bv_award_holder(NEW.unit_id, NEW.collective_id, NEW.individual_id, NEW.decision_id);
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER awards_fill_holder BEFORE INSERT OR UPDATE OF unit_id, collective_id, individual_id ON awards FOR EACH ROW EXECUTE FUNCTION bv_award_fill_holder();

