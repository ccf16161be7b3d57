import 'server-only';
// Reads of the public's comment periods: the public pages (what the notice publishes, and
// nothing else about the people in it), and the registrar's (the comments, never public).
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';

export type PeriodPhase = 'upcoming' | 'open' | 'ended';

export function periodPhase(period: { opensOn: Date; closesOn: Date }, today: string): PeriodPhase {
  if (today < period.opensOn.toISOString().slice(0, 10)) return 'upcoming';
  if (today > period.closesOn.toISOString().slice(0, 10)) return 'ended';
  return 'open';
}

const publicPeriodSelect = { slug: true, title: true, opensOn: true, closesOn: true, workingDays: true, notice: true, _count: { select: { candidates: true } } } as const;

export async function listPublicPeriods() {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  return reader().commentPeriod.findMany({ orderBy: [{ opensOn: 'desc' }, { slug: 'asc' }], take: 200, select: publicPeriodSelect });
}

export async function getPublicPeriod(slug: string) {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  return reader().commentPeriod.findUnique({
    where: { slug },
    select: {
      ...publicPeriodSelect,
      rule: { select: { legalSource: true, article: true, confirmation: true, statement: true } },
      candidates: { orderBy: { position: 'asc' }, select: { id: true, name: true, jobTitle: true, unitName: true, summary: true, proposed: true } },
    },
  });
}

export async function listStaffPeriods() {
  const periods = await db.commentPeriod.findMany({
    orderBy: [{ opensOn: 'desc' }, { slug: 'asc' }],
    take: 200,
    select: { id: true, slug: true, title: true, opensOn: true, closesOn: true, summarizedAt: true, _count: { select: { candidates: true, comments: true } } },
  });
  const unmarked = await db.publicComment.groupBy({ by: ['periodId'], where: { verdict: null }, _count: { _all: true } });
  const open = new Map(unmarked.map((u) => [u.periodId, u._count._all]));
  return periods.map((p) => ({ ...p, unmarked: open.get(p.id) ?? 0 }));
}

export async function getStaffPeriod(id: string) {
  return db.commentPeriod.findUnique({
    where: { id },
    select: {
      id: true,
      slug: true,
      title: true,
      opensOn: true,
      closesOn: true,
      workingDays: true,
      notice: true,
      version: true,
      summarizedAt: true,
      article: { select: { id: true, title: true, status: true } },
      rule: { select: { statement: true, legalSource: true, article: true, confirmation: true, note: true } },
      candidates: {
        orderBy: { position: 'asc' },
        select: {
          id: true,
          name: true,
          jobTitle: true,
          unitName: true,
          proposed: true,
          row: { select: { dossier: { select: { id: true, code: true } } } },
          comments: { orderBy: { createdAt: 'asc' }, select: { id: true, authorName: true, contact: true, body: true, createdAt: true, verdict: true, verdictNote: true, reviewedAt: true, reviewedBy: { select: { name: true } } } },
        },
      },
    },
  });
}

/** Closed sessions whose passed candidates may go to the public (the open form's choices). */
export async function sessionsForComment() {
  return db.councilSession.findMany({
    where: { status: 'CLOSED', candidates: { some: { outcome: 'PASSED', row: { published: { none: {} } } } } },
    orderBy: { heldOn: 'desc' },
    select: { id: true, code: true, title: true, heldOn: true },
  });
}
