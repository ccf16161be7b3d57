import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { db, reader } from '@/lib/db';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/newsroom/data/articles';
import type { UnitEventKind, UnitKind } from '@/lib/generated/prisma/enums';
import { formatDate, viCollator } from '@/lib/common/format';

// Units as readers see them (the tree, a unit's page) and as the registrar's pages list them
// (uncached, from the primary: depth-first order with indentation and counts).

export interface UnitNodeDto {
  id: string;
  slug: string;
  name: string;
  kind: UnitKind;
  active: boolean;
  children: UnitNodeDto[];
}

type TreeRow = { id: string; slug: string; name: string; kind: UnitKind; active: boolean; parentId: string | null };

/** Nested from flat rows (a parent not among them makes its unit a root), siblings in Vietnamese order. */
function nest(rows: TreeRow[]): UnitNodeDto[] {
  const nodes = new Map(rows.map((u) => [u.id, { id: u.id, slug: u.slug, name: u.name, kind: u.kind, active: u.active, children: [] as UnitNodeDto[] }]));
  const roots: UnitNodeDto[] = [];
  for (const unit of rows) {
    const node = nodes.get(unit.id)!;
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (list: UnitNodeDto[]) => {
    list.sort((a, b) => viCollator.compare(a.name, b.name));
    list.forEach((n) => sort(n.children));
  };
  sort(roots);
  return roots;
}

/**
 * The hierarchy as it is now (one query): units that ended (merged, split, dissolved) keep
 * their pages but are not in it — unless `withEnded` (the registry's unit filter, where a
 * reader may still look a former unit up): then each is under the unit it was last in, its
 * name marked.
 */
export async function getUnitTree(withEnded = false): Promise<UnitNodeDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const units = await reader().unit.findMany({ where: withEnded ? {} : { endedOn: null }, select: { id: true, slug: true, name: true, kind: true, active: true, parentId: true, endedOn: true } });
  return nest(units.map((u) => ({ ...u, name: u.endedOn ? `${u.name} (đến ${formatDate(u.endedOn)})` : u.name })));
}

/**
 * The hierarchy as it stood on `day` (YYYY-MM-DD; one query): the units that existed then
 * (one that ended — merged, split, dissolved — is gone from its last day on, though its
 * period under its successor runs on for the roll-ups), each under the parent it had then
 * (unit_periods), by the name it bore then (the first rename after that day, not undone, says
 * what it was called before). A unit entered without a founding date is taken to have
 * existed all along.
 */
export async function getUnitTreeOn(day: string): Promise<UnitNodeDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const rows = await reader().$queryRaw<TreeRow[]>`
    SELECT u.id, u.slug, u.kind, p.parent_id AS "parentId",
      -- A unit that ended later was at work on that day (a deactivation has no date: as now).
      (u.active OR u.ended_on IS NOT NULL) AS active,
      COALESCE((SELECT e.before->>'name' FROM unit_events e
        WHERE e.unit_id = u.id AND e.kind = 'RENAMED' AND e.undone_at IS NULL AND e.effective_on > ${day}::date
        ORDER BY e.effective_on, e.created_at LIMIT 1), u.name) AS name
    FROM unit_periods p JOIN units u ON u.id = p.unit_id
    WHERE (p.valid_from IS NULL OR p.valid_from <= ${day}::date) AND (p.valid_to IS NULL OR p.valid_to > ${day}::date)
      AND (u.ended_on IS NULL OR u.ended_on > ${day}::date)`;
  return nest(rows);
}

export const storySelect = { article: { select: cardSelect } } as const;
export const byNewest = (a: ArticleCardDto, b: ArticleCardDto) => b.publishedAt.getTime() - a.publishedAt.getTime();

export interface UnitPageDto {
  id: string;
  slug: string;
  code: string;
  name: string;
  shortName: string | null;
  kind: UnitKind;
  active: boolean;
  memberCount: number | null;
  description: string | null;
  /** The day it ended (merged, split, dissolved): its page stays, with what became of it. */
  endedOn: Date | null;
  ancestors: { slug: string; name: string }[];
  children: { slug: string; name: string; kind: UnitKind; active: boolean }[];
  /** Its history of reorganisation (steps not undone), newest first. */
  events: UnitEventDto[];
  /** Units merged into it, with the day and how many awards each holds (shown apart from its own). */
  predecessors: { slug: string; name: string; since: Date; awards: number }[];
  collectives: { slug: string; name: string }[];
  members: { slug: string; fullName: string; position: string | null }[];
  memberTotal: number;
  stories: ArticleCardDto[];
}

export const UNIT_MEMBERS_SHOWN = 200;

/** A unit with its surroundings: two queries (the unit, then its ancestors). */
export async function getUnitPage(slug: string): Promise<UnitPageDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry, tags.articles);
  const now = new Date();
  const unit = await reader().unit.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      code: true,
      name: true,
      shortName: true,
      kind: true,
      active: true,
      memberCount: true,
      description: true,
      endedOn: true,
      children: { where: { endedOn: null }, select: { slug: true, name: true, kind: true, active: true } },
      // Its history: the steps about it, and the merge that took it into another.
      events: { where: { undoneAt: null }, select: unitEventSelect },
      successors: { where: { event: { undoneAt: null } }, select: { event: { select: unitEventSelect } } },
      predecessors: {
        where: { event: { undoneAt: null } },
        select: { effectiveOn: true, event: { select: unitEventSelect }, predecessor: { select: { slug: true, name: true, _count: { select: { heldAwards: { where: { decision: { status: 'IN_FORCE' } } } } } } } },
      },
      collectives: { select: { slug: true, name: true } },
      individuals: {
        where: { publicationConsent: true },
        select: { slug: true, fullName: true, position: true },
        orderBy: { fullName: 'asc' },
        take: UNIT_MEMBERS_SHOWN,
      },
      _count: { select: { individuals: { where: { publicationConsent: true } } } },
      articles: { where: { article: publishedWhere(now) }, select: storySelect },
    },
  });
  if (!unit) return null;
  const ancestors = await reader().$queryRaw<{ slug: string; name: string }[]>`
    WITH RECURSIVE chain(id, parent_id, slug, name, depth) AS (
      SELECT p.id, p.parent_id, p.slug, p.name, 1 FROM units u JOIN units p ON p.id = u.parent_id WHERE u.id = ${unit.id}
      UNION ALL
      SELECT p.id, p.parent_id, p.slug, p.name, c.depth + 1 FROM chain c JOIN units p ON p.id = c.parent_id WHERE c.depth < 50
    )
    SELECT slug, name FROM chain ORDER BY depth DESC`;
  // Who recorded a step is for staff only.
  // A part of a split finds the split through its predecessor (once, however many parts).
  const splitInto = [...new Map(unit.predecessors.filter((p) => p.event.kind === 'SPLIT').map((p) => [p.event.id, p.event])).values()];
  const events = [...new Map([...unit.events, ...unit.successors.map((s) => s.event), ...splitInto].map((e) => [e.id, e])).values()]
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .map((e) => ({ ...e, createdBy: null }));
  const { id, slug: unitSlug, code, name, shortName, kind, active, memberCount, description, endedOn, children, collectives, individuals, _count, articles, predecessors } = unit;
  return {
    id,
    slug: unitSlug,
    code,
    name,
    shortName,
    kind,
    active,
    memberCount,
    description,
    endedOn,
    ancestors,
    events,
    // Units merged into it (a split's parts do not carry its history as their own).
    predecessors: predecessors
      .filter((p) => p.event.kind === 'MERGED')
      .map((p) => ({ slug: p.predecessor.slug, name: p.predecessor.name, since: p.effectiveOn, awards: p.predecessor._count.heldAwards }))
      .sort((a, b) => viCollator.compare(a.name, b.name)),
    children: children.sort((a, b) => viCollator.compare(a.name, b.name)),
    collectives: collectives.sort((a, b) => viCollator.compare(a.name, b.name)),
    members: individuals.sort((a, b) => viCollator.compare(a.fullName, b.fullName)),
    memberTotal: _count.individuals,
    stories: articles.map((a) => toCard(a.article)).sort(byNewest),
  };
}

/** Where a unit's former slug leads (the unit it was merged into), or null. */
export async function getMergedUnitSlug(slug: string): Promise<string | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const row = await reader().unitSlug.findUnique({ where: { slug }, select: { unit: { select: { slug: true } } } });
  return row?.unit.slug ?? null;
}


export interface UnitNode {
  id: string;
  name: string;
  code: string;
  parentId: string | null;
  active: boolean;
  /** The day it ended (merged, split, dissolved), or null. */
  endedOn: Date | null;
  version: number;
  depth: number;
  collectives: number;
  individuals: number;
  label: string;
}

export async function listUnitTree(): Promise<UnitNode[]> {
  const units = await db.unit.findMany({
    select: { id: true, name: true, code: true, parentId: true, active: true, endedOn: true, version: true, _count: { select: { collectives: true, individuals: true } } },
  });
  const children = new Map<string | null, typeof units>();
  const ids = new Set(units.map((u) => u.id));
  for (const u of units) {
    const parent = u.parentId && ids.has(u.parentId) ? u.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: UnitNode[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const u of (children.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'vi'))) {
      out.push({ id: u.id, name: u.name, code: u.code, parentId: u.parentId, active: u.active, endedOn: u.endedOn, version: u.version, depth, collectives: u._count.collectives, individuals: u._count.individuals, label: `${'\u00a0\u00a0'.repeat(depth)}${u.name}` });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** A unit as the registrar edits it, with its own award count. */
export async function getUnitForEdit(id: string) {
  const [unit, awards, heldAwards, events] = await Promise.all([
    db.unit.findUnique({
      where: { id },
      select: {
        id: true,
        name: true,
        slug: true,
        code: true,
        shortName: true,
        kind: true,
        description: true,
        active: true,
        parentId: true,
        endedOn: true,
        version: true,
        _count: { select: { children: true, collectives: true, individuals: true, officers: true, dossiers: true } },
      },
    }),
    db.award.count({ where: { unitId: id } }),
    db.award.count({ where: { holderUnitId: id } }),
    listUnitEvents(id),
  ]);
  return unit ? { unit, awards, heldAwards, events } : null;
}

export interface UnitEventDto {
  id: string;
  kind: UnitEventKind;
  effectiveOn: Date;
  createdAt: Date;
  undoneAt: Date | null;
  note: string | null;
  unit: { id: string; name: string; slug: string };
  before: unknown;
  after: unknown;
  successions: { predecessor: { id: string; name: string; slug: string }; successor: { id: string; name: string; slug: string } }[];
  createdBy: string | null;
}

const eventUnit = { select: { id: true, name: true, slug: true } } as const;
const unitEventSelect = {
  id: true,
  kind: true,
  effectiveOn: true,
  createdAt: true,
  undoneAt: true,
  note: true,
  before: true,
  after: true,
  unit: eventUnit,
  successions: { select: { predecessor: eventUnit, successor: eventUnit } },
  createdBy: { select: { name: true } },
} as const;

/** Every step of the structure that names the unit (as subject, predecessor or successor), newest first. */
export async function listUnitEvents(unitId: string): Promise<UnitEventDto[]> {
  const rows = await db.unitEvent.findMany({
    where: { OR: [{ unitId }, { successions: { some: { OR: [{ predecessorId: unitId }, { successorId: unitId }] } } }] },
    orderBy: [{ createdAt: 'desc' }],
    take: 100,
    select: unitEventSelect,
  });
  return rows.map(({ createdBy, ...e }) => ({ ...e, createdBy: createdBy?.name ?? null }));
}

/** These unit events, each with when it was undone (null: it stands, and the audit log offers its undo). */
export async function unitEventStates(ids: string[]): Promise<Map<string, Date | null>> {
  if (ids.length === 0) return new Map();
  const rows = await db.unitEvent.findMany({ where: { id: { in: ids } }, select: { id: true, undoneAt: true } });
  return new Map(rows.map((r) => [r.id, r.undoneAt]));
}
