import 'server-only';
// Author pages (/tac-gia/<slug>): a staff member's name, role, photo and the stories that
// carry their name, paged. A story signed with another byline (a pen name, "Nhóm phóng viên")
// is never listed here nor linked from its byline, so a pen name stays a pen name.
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';
import { NEWSROOM_ROLES } from '@/lib/auth/roles';
import { cardSelect, publishedWhere, toCard, toCover, type ArticleCardDto } from '@/lib/newsroom/data/cards';
import { CATEGORY_PAGE_SIZE } from '@/lib/newsroom/data/listings';
import type { Prisma } from '@/lib/generated/prisma/client';
import { profileVersion } from '@/lib/newsroom/schemas/author';

export interface AuthorPageDto {
  author: {
    id: string;
    slug: string;
    name: string;
    jobTitle: string | null;
    bio: string | null;
    photo: { src: string; width: number; height: number; alt: string } | null;
  };
  articles: ArticleCardDto[];
  page: number;
  pageCount: number;
  total: number;
}

export type AuthorLookup = { kind: 'found'; data: AuthorPageDto } | { kind: 'moved'; slug: string } | { kind: 'missing' };

/** The stories an author's page lists: theirs, published, and signed with their own name. */
export function authorStoriesWhere(author: { id: string; name: string }, now: Date): Prisma.ArticleWhereInput {
  return { ...publishedWhere(now), authorId: author.id, OR: [{ byline: null }, { byline: author.name }] };
}

/**
 * One page of an author's stories, newest first; an earlier slug answers where the author
 * is now. An author has a page while they are on the newsroom's staff, and for good once a
 * story carries their name.
 */
export async function getAuthorPage(slug: string, page: number): Promise<AuthorLookup> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles, tags.authorSlug(slug));
  const user = await reader().user.findFirst({
    where: { OR: [{ slug }, { oldSlugs: { some: { slug } } }] },
    select: {
      id: true,
      slug: true,
      name: true,
      role: true,
      active: true,
      authorProfile: { select: { jobTitle: true, bio: true, photo: { select: { key: true, width: true, height: true, alt: true } } } },
    },
  });
  if (!user) return { kind: 'missing' };
  cacheTag(tags.author(user.id));
  // An earlier slug: its reader goes to the current one (which answers 404 if the page is gone).
  if (user.slug !== slug) return { kind: 'moved', slug: user.slug };
  const where = authorStoriesWhere(user, new Date());
  const [total, rows] = await Promise.all([
    reader().article.count({ where }),
    reader().article.findMany({ where, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip: (page - 1) * CATEGORY_PAGE_SIZE, take: CATEGORY_PAGE_SIZE, select: cardSelect }),
  ]);
  const onStaff = user.active && NEWSROOM_ROLES.includes(user.role);
  if (!onStaff && total === 0) return { kind: 'missing' };
  return {
    kind: 'found',
    data: {
      author: {
        id: user.id,
        slug: user.slug,
        name: user.name,
        jobTitle: user.authorProfile?.jobTitle ?? null,
        bio: user.authorProfile?.bio ?? null,
        photo: toCover(user.authorProfile?.photo ?? null),
      },
      articles: rows.map(toCard),
      page,
      pageCount: Math.max(1, Math.ceil(total / CATEGORY_PAGE_SIZE)),
      total,
    },
  };
}

/** Author slugs to prerender at build: the newsroom's active staff (at least one entry). */
export async function listAuthorSlugs(): Promise<string[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles);
  const rows = await reader().user.findMany({ where: { active: true, role: { in: [...NEWSROOM_ROLES] } }, orderBy: { createdAt: 'asc' }, take: 50, select: { slug: true } });
  return rows.length ? rows.map((r) => r.slug) : ['tac-gia'];
}

/** Author pages for the sitemap: the authors a published story is signed by. */
export async function listAuthorSitemapSlugs(): Promise<string[]> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.sitemap, tags.articles);
  const rows = await reader().$queryRaw<{ slug: string }[]>`
    SELECT DISTINCT u.slug FROM users u JOIN articles a ON a.author_id = u.id
    WHERE a.status = 'PUBLISHED' AND a.published_at <= ${new Date()} AND (a.byline IS NULL OR a.byline = u.name)
    ORDER BY u.slug`;
  return rows.map((r) => r.slug);
}

export interface AuthorProfileDto {
  id: string;
  name: string;
  slug: string;
  jobTitle: string | null;
  bio: string | null;
  photo: { id: string; alt: string } | null;
  /** What the form sends back (lib/newsroom/schemas/author.ts profileVersion). */
  version: string;
}

/** A staff member's profile for its edit form (from the primary: what was just saved). */
export async function getAuthorProfile(id: string): Promise<AuthorProfileDto | null> {
  const user = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, slug: true, authorProfile: { select: { jobTitle: true, bio: true, photo: { select: { id: true, alt: true } } } } },
  });
  if (!user) return null;
  const profile = { id: user.id, name: user.name, slug: user.slug, jobTitle: user.authorProfile?.jobTitle ?? null, bio: user.authorProfile?.bio ?? null, photo: user.authorProfile?.photo ?? null };
  return { ...profile, version: profileVersion({ ...profile, photoId: profile.photo?.id ?? null }) };
}
