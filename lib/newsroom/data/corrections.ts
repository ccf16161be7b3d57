import 'server-only';
// Corrections and withdrawals: the public list "Thông tin cải chính, xin lỗi" (each entry
// with what art. 42.4 of the Press Law 2016 names: the story's title, section and date, the
// wrong information and the corrected one), its feed, the newsroom's view of one story's
// corrections, and the withdrawn addresses proxy.ts answers with 410.
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';

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
} as const;

type EntryRow = {
  id: string;
  kind: 'CORRECTION' | 'WITHDRAWAL';
  apology: boolean;
  wrongText: string | null;
  rightText: string;
  publishedAt: Date;
  liftedAt: Date | null;
  article: { title: string; slug: string; status: string; publishedAt: Date | null; category: { name: string } };
};

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
  title: string;
  section: string;
  publishedAt: Date | null;
  withdrawnAt: Date;
  notice: string;
  apology: boolean;
}

/**
 * Every withdrawn story's addresses (its slug and the slugs it had before) with its notice.
 * Withdrawals are few; the proxy holds this map and reloads it every few seconds.
 */
export async function loadWithdrawnNotices(): Promise<Map<string, WithdrawnNoticeDto>> {
  const rows = await reader().article.findMany({
    where: { status: 'WITHDRAWN' },
    select: {
      slug: true,
      title: true,
      publishedAt: true,
      category: { select: { name: true } },
      oldSlugs: { select: { slug: true } },
      corrections: { where: { kind: 'WITHDRAWAL', liftedAt: null }, orderBy: { publishedAt: 'desc' }, take: 1, select: { rightText: true, apology: true, publishedAt: true } },
    },
  });
  const notices = new Map<string, WithdrawnNoticeDto>();
  for (const row of rows) {
    const last = row.corrections[0];
    const notice: WithdrawnNoticeDto = {
      title: row.title,
      section: row.category.name,
      publishedAt: row.publishedAt,
      withdrawnAt: last?.publishedAt ?? row.publishedAt ?? new Date(0),
      notice: last?.rightText ?? 'Bài viết đã được tòa soạn gỡ bỏ.',
      apology: last?.apology ?? false,
    };
    for (const slug of [row.slug, ...row.oldSlugs.map((s) => s.slug)]) notices.set(slug, notice);
  }
  return notices;
}
