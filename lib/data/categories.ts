import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { reader } from '@/lib/db';
import { tags } from '@/lib/cache-tags';

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
