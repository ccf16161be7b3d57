// A story as lists show it (cards), and what a reader may see: shared by every list and by
// the search, and free of the database client so the benchmark can load it on its own.
import type { Prisma } from '@/lib/generated/prisma/client';

export interface ArticleCardDto {
  id: string;
  slug: string;
  title: string;
  sapo: string;
  publishedAt: Date;
  layout: 'STANDARD' | 'EMAGAZINE';
  category: { slug: string; name: string };
  cover: { src: string; width: number; height: number; alt: string } | null;
}

export const cardSelect = {
  id: true,
  slug: true,
  title: true,
  sapo: true,
  publishedAt: true,
  layout: true,
  category: { select: { slug: true, name: true } },
  cover: { select: { key: true, width: true, height: true, alt: true } },
} satisfies Prisma.ArticleSelect;

type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

export function toCard(row: CardRow): ArticleCardDto {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    sapo: row.sapo,
    // Only published rows are selected, and those always have a time (CHECK constraint).
    publishedAt: row.publishedAt!,
    layout: row.layout,
    category: row.category,
    cover: toCover(row.cover),
  };
}

/** A library image as a card shows it. */
export function toCover(media: { key: string; width: number; height: number; alt: string } | null): ArticleCardDto['cover'] {
  return media ? { src: `/media/${media.key}`, width: media.width, height: media.height, alt: media.alt } : null;
}

/** What a reader may see: published, and not in the future. */
export function publishedWhere(now: Date): Prisma.ArticleWhereInput {
  return { status: 'PUBLISHED', publishedAt: { lte: now } };
}
