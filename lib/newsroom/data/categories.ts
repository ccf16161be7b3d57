import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';

export interface CategoryDto {
  id: string;
  slug: string;
  name: string;
  parentId: string | null;
}

/** Top-level sections shown in the navigation, in editorial order. */
export async function listMenuCategories(): Promise<CategoryDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.categories);
  return reader().category.findMany({
    where: { parentId: null, inMenu: true },
    orderBy: { position: 'asc' },
    select: { id: true, slug: true, name: true, parentId: true },
  });
}

/** Every section and subsection, parents first, for filters. */
export async function listAllCategories(): Promise<CategoryDto[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.categories);
  const rows = await reader().category.findMany({
    orderBy: [{ position: 'asc' }],
    select: { id: true, slug: true, name: true, parentId: true },
  });
  const roots = rows.filter((r) => !r.parentId);
  return roots.flatMap((root) => [root, ...rows.filter((r) => r.parentId === root.id)]);
}

// The administrator's section screens (uncached, from the primary).

/** Every section in display order, each with its story count. */
export async function listCategoriesForStaff() {
  return db.category.findMany({
    orderBy: [{ position: 'asc' }, { name: 'asc' }],
    select: { id: true, slug: true, name: true, parentId: true, position: true, inMenu: true, _count: { select: { articles: true } } },
  });
}

/** A section as its form edits it, and the top-level sections it may move under. */
export async function getCategoryForEdit(id: string) {
  const [category, roots] = await Promise.all([
    db.category.findUnique({
      where: { id },
      select: { id: true, slug: true, name: true, description: true, parentId: true, position: true, inMenu: true, _count: { select: { articles: true, children: true } } },
    }),
    db.category.findMany({ where: { parentId: null }, orderBy: { position: 'asc' }, select: { id: true, name: true } }),
  ]);
  return category ? { category, roots } : null;
}
