import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { db, reader } from '@/lib/db';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/newsroom/data/articles';
import type { UnitKind } from '@/lib/generated/prisma/enums';
import { viCollator } from '@/lib/common/format';

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

/** The whole hierarchy, siblings in Vietnamese order (one query). */
export async function getUnitTree(): Promise<UnitNodeDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  const units = await reader().unit.findMany({ select: { id: true, slug: true, name: true, kind: true, active: true, parentId: true } });
  const nodes = new Map(units.map((u) => [u.id, { id: u.id, slug: u.slug, name: u.name, kind: u.kind, active: u.active, children: [] as UnitNodeDto[] }]));
  const roots: UnitNodeDto[] = [];
  for (const unit of units) {
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
  ancestors: { slug: string; name: string }[];
  children: { slug: string; name: string; kind: UnitKind; active: boolean }[];
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
      children: { select: { slug: true, name: true, kind: true, active: true } },
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
  const { children, collectives, individuals, _count, articles, ...rest } = unit;
  return {
    ...rest,
    ancestors,
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
  depth: number;
  collectives: number;
  individuals: number;
  label: string;
}

export async function listUnitTree(): Promise<UnitNode[]> {
  const units = await db.unit.findMany({
    select: { id: true, name: true, code: true, parentId: true, active: true, _count: { select: { collectives: true, individuals: true } } },
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
      out.push({ id: u.id, name: u.name, code: u.code, parentId: u.parentId, active: u.active, depth, collectives: u._count.collectives, individuals: u._count.individuals, label: `${'\u00a0\u00a0'.repeat(depth)}${u.name}` });
      walk(u.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** A unit as the registrar edits it, with its own award count. */
export async function getUnitForEdit(id: string) {
  const [unit, awards] = await Promise.all([
    db.unit.findUnique({ where: { id }, select: { id: true, name: true, slug: true, code: true, shortName: true, kind: true, description: true, active: true, parentId: true } }),
    db.award.count({ where: { unitId: id } }),
  ]);
  return unit ? { unit, awards } : null;
}
