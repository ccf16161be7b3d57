import 'server-only';
// Corrections and withdrawals: the public list "Thông tin cải chính, xin lỗi" (each entry
// with what art. 42.4 of the Press Law 2016 names: the story's title, section and date, the
// wrong information and the corrected one), its feed, the newsroom's view of one story's
// corrections, and a withdrawn story's notice (answered with 410).
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';
import type { Prisma } from '@/lib/generated/prisma/client';

export const CORRECTIONS_PAGE_SIZE = 20;

export interface CorrectionEntryDto {
  id: string;
  kind: 'CORRECTION' | 'WITHDRAWAL';
  apology: boolean;
  wrongText: string | null;
  rightText: string;
  publishedAt: Date;
  liftedAt: Date | null;
  story: {
    title: string;
    slug: string;
    section: string;
    publishedAt: Date | null;
    /** Linked while it is online, or withdrawn (its address shows the notice). */
    linked: boolean;
  };
}

const entrySelect = {
  id: true,
  kind: true,
  apology: true,
  wrongText: true,
  rightText: true,
  publishedAt: true,
  liftedAt: true,
  article: { select: { title: true, slug: true, status: true, publishedAt: true, category: { select: { name: true } } } },
} satisfies Prisma.ArticleCorrectionSelect;

type EntryRow = Prisma.ArticleCorrectionGetPayload<{ select: typeof entrySelect }>;

function toEntry(row: EntryRow): CorrectionEntryDto {
  return {
    id: row.id,
    kind: row.kind,
    apology: row.apology,
    wrongText: row.wrongText,
    rightText: row.rightText,
    publishedAt: row.publishedAt,
    liftedAt: row.liftedAt,
    story: {
      title: row.article.title,
      slug: row.article.slug,
      section: row.article.category.name,
      publishedAt: row.article.publishedAt,
      linked: row.article.status === 'PUBLISHED' || row.article.status === 'WITHDRAWN',
    },
  };
}

/**
 * One page of every correction and withdrawal, newest first. A correction on a story that
 * was later taken down plainly (ARCHIVED) stays listed, without a link.
 */
export async function listCorrections(page: number): Promise<{ entries: CorrectionEntryDto[]; page: number; pageCount: number; total: number }> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.corrections, tags.articles);
  const where = { article: { publishedAt: { not: null } } };
  const [total, rows] = await Promise.all([
    reader().articleCorrection.count({ where }),
    reader().articleCorrection.findMany({ where, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip: (page - 1) * CORRECTIONS_PAGE_SIZE, take: CORRECTIONS_PAGE_SIZE, select: entrySelect }),
  ]);
  return { entries: rows.map(toEntry), page, pageCount: Math.max(1, Math.ceil(total / CORRECTIONS_PAGE_SIZE)), total };
}

/** The newsroom's view of one story's corrections and withdrawals (with the staff's reason). */
export async function listStoryCorrections(articleId: string) {
  return db.articleCorrection.findMany({
    where: { articleId },
    orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, kind: true, apology: true, wrongText: true, rightText: true, notified: true, reason: true, position: true, publishedAt: true, liftedAt: true, version: true, author: { select: { name: true } } },
  });
}
export type StoryCorrectionRow = Awaited<ReturnType<typeof listStoryCorrections>>[number];

export interface WithdrawnNoticeDto {
  /** The story's current slug (a notice asked for under an old one is sent there). */
  slug: string;
  title: string;
  section: string;
  publishedAt: Date | null;
  withdrawnAt: Date;
  notice: string;
  apology: boolean;
}

/** A withdrawn story's public notice, by its current or an old slug; null if it is not withdrawn. */
export async function getWithdrawnNotice(slug: string): Promise<WithdrawnNoticeDto | null> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.corrections, tags.articleSlug(slug));
  const row = await reader().article.findFirst({
    where: { status: 'WITHDRAWN', OR: [{ slug }, { oldSlugs: { some: { slug } } }] },
    select: {
      slug: true,
      title: true,
      publishedAt: true,
      category: { select: { name: true } },
      corrections: { where: { kind: 'WITHDRAWAL', liftedAt: null }, orderBy: { publishedAt: 'desc' }, take: 1, select: { rightText: true, apology: true, publishedAt: true } },
    },
  });
  const last = row?.corrections[0];
  if (!row || !last) return null;
  return { slug: row.slug, title: row.title, section: row.category.name, publishedAt: row.publishedAt, withdrawnAt: last.publishedAt, notice: last.rightText, apology: last.apology };
}
