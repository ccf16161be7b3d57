import 'server-only';
// Newsroom reads: never cached (they depend on who asks and must show the latest save).
import type { CurrentUser } from '@/lib/auth/session';
import type { RecordKind, RecordOption } from '@/lib/registry/data/record-picker';
import type { articleStatusLabels } from '@/lib/newsroom/schemas/article';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatDate } from '@/lib/common/format';
import type { ArticleBody } from '@/lib/newsroom/schemas/article-body';
import type { ArticleListFilters } from '@/lib/newsroom/schemas/article';
import { searchTerms } from '@/lib/newsroom/schemas/search';

/** A story as the editor holds it (plain data, sent to the client component). */
export interface ArticleEditDto {
  id: string | null;
  version: number;
  status: keyof typeof articleStatusLabels;
  title: string;
  sapo: string;
  slug: string;
  body: ArticleBody;
  categoryId: string;
  tags: string[];
  coverId: string | null;
  coverCaption: string | null;
  layout: 'STANDARD' | 'EMAGAZINE';
  byline: string | null;
  seoTitle: string | null;
  seoDescription: string | null;
  featured: boolean;
  reviewNote: string | null;
  publishedAt: string | null;
  links: Record<RecordKind, RecordOption[]>;
}

export const ADMIN_PAGE_SIZE = 30;

export interface AdminArticleRow {
  id: string;
  title: string;
  status: ArticleEditDto['status'];
  categoryName: string;
  authorName: string;
  updatedAt: Date;
  publishedAt: Date | null;
  version: number;
  /** Editorial notes not yet resolved. */
  openNotes: number;
}

/** The newsroom list: editors see every story, reporters their own (two queries). */
export async function listAdminArticles(f: ArticleListFilters, user: CurrentUser) {
  const where: Prisma.ArticleWhereInput = {
    ...(user.role === 'REPORTER' ? { authorId: user.id } : f.author ? { authorId: f.author } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.category ? { OR: [{ categoryId: f.category }, { category: { parentId: f.category } }] } : {}),
  };
  const terms = searchTerms(f.q).slice(0, 8);
  if (terms.length > 0) {
    const query = terms.map((t) => `${t}:*`).join(' & ');
    const ids = await db.$queryRaw<{ id: string }[]>`SELECT id FROM articles WHERE search_vector @@ to_tsquery('simple', ${query}) LIMIT 5000`;
    where.id = { in: ids.map((r) => r.id) };
  }
  const orderBy: Prisma.ArticleOrderByWithRelationInput[] =
    f.sort === 'title' ? [{ title: 'asc' }] : f.sort === 'published' ? [{ publishedAt: { sort: 'desc', nulls: 'last' } }, { id: 'desc' }] : [{ updatedAt: 'desc' }, { id: 'desc' }];
  const [rows, total] = await Promise.all([
    db.article.findMany({
      where,
      orderBy,
      skip: (f.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        status: true,
        updatedAt: true,
        publishedAt: true,
        version: true,
        category: { select: { name: true } },
        author: { select: { name: true } },
        _count: { select: { notes: { where: { parentId: null, resolvedAt: null } } } },
      },
    }),
    db.article.count({ where }),
  ]);
  return {
    rows: rows.map(({ _count, category, author, ...r }): AdminArticleRow => ({ ...r, categoryName: category.name, authorName: author.name, openNotes: _count.notes })),
    total,
    pageCount: Math.ceil(total / ADMIN_PAGE_SIZE),
  };
}

export async function getEditorOptions() {
  const [categories, authors] = await Promise.all([
    db.category.findMany({ orderBy: [{ parentId: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }], select: { id: true, name: true, parent: { select: { name: true } } } }),
    db.user.findMany({ where: { role: { in: ['EDITOR', 'REPORTER', 'ADMIN'] } }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  return {
    categories: categories.map((c) => ({ id: c.id, name: c.parent ? `${c.parent.name} › ${c.name}` : c.name })),
    authors,
  };
}

/** A story as the editor loads it, with readable labels for its registry links. */
export async function getArticleForEdit(id: string): Promise<(ArticleEditDto & { authorId: string; authorName: string }) | null> {
  const a = await db.article.findUnique({
    where: { id },
    include: {
      author: { select: { name: true } },
      tags: { select: { tag: { select: { name: true } } } },
      decisions: { select: { decision: { select: { id: true, number: true, signedAt: true } } } },
      campaigns: { select: { campaign: { select: { id: true, name: true } } } },
      units: { select: { unit: { select: { id: true, name: true } } } },
      collectives: { select: { collective: { select: { id: true, name: true, unit: { select: { name: true } } } } } },
      individuals: { select: { individual: { select: { id: true, fullName: true, position: true, unit: { select: { name: true } } } } } },
    },
  });
  if (!a) return null;
  return {
    id: a.id,
    version: a.version,
    status: a.status,
    title: a.title,
    sapo: a.sapo,
    slug: a.slug,
    body: a.body as ArticleBody,
    categoryId: a.categoryId,
    tags: a.tags.map((t) => t.tag.name),
    coverId: a.coverId,
    coverCaption: a.coverCaption,
    layout: a.layout,
    byline: a.byline,
    seoTitle: a.seoTitle,
    seoDescription: a.seoDescription,
    featured: a.featured,
    reviewNote: a.reviewNote,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    authorId: a.authorId,
    authorName: a.author.name,
    links: {
      decision: a.decisions.map(({ decision: d }) => ({ id: d.id, label: `QĐ ${d.number} (${formatDate(d.signedAt)})` })),
      campaign: a.campaigns.map(({ campaign: c }) => ({ id: c.id, label: c.name })),
      unit: a.units.map(({ unit: u }) => ({ id: u.id, label: u.name })),
      collective: a.collectives.map(({ collective: c }) => ({ id: c.id, label: `${c.name} (${c.unit.name})` })),
      individual: a.individuals.map(({ individual: i }) => ({ id: i.id, label: `${i.fullName}${i.position ? `, ${i.position}` : ''} (${i.unit.name})` })),
    },
  };
}

export async function listRevisions(articleId: string) {
  return db.articleRevision.findMany({
    where: { articleId },
    orderBy: { version: 'desc' },
    select: { id: true, version: true, title: true, note: true, createdAt: true, editor: { select: { name: true } } },
  });
}

export async function getRevisions(articleId: string, ids: string[]) {
  return db.articleRevision.findMany({ where: { articleId, id: { in: ids } }, select: { id: true, version: true, title: true, sapo: true, body: true, meta: true } });
}

/** Who wrote a story (the proxy's early 404 for stories an account may not see), or null. */
export async function getArticleAuthor(id: string): Promise<{ authorId: string } | null> {
  return db.article.findUnique({ where: { id }, select: { authorId: true } });
}
