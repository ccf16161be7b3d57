import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { db } from '@/lib/db';
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
  return db.category.findMany({
    where: { parentId: null, inMenu: true },
    orderBy: { position: 'asc' },
    select: { id: true, slug: true, name: true, parentId: true },
  });
}
