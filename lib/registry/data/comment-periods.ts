import 'server-only';
// Reads of the public's comment periods: the public pages (what the notice publishes, and
// nothing else about the people in it), and the registrar's (the comments, never public).
import { cacheLife, cacheTag } from 'next/cache';
import { db, reader } from '@/lib/db';
import { tags } from '@/lib/platform/cache-tags';
import { vietnamToday } from '@/lib/calendar/working-days';
import { loadWorkingCalendar } from '@/lib/registry/data/procedure-rules';

export type PeriodPhase = 'upcoming' | 'open' | 'ended';

export function periodPhase(period: { opensOn: Date; closesOn: Date }, today: string): PeriodPhase {
  if (today < period.opensOn.toISOString().slice(0, 10)) return 'upcoming';
  if (today > period.closesOn.toISOString().slice(0, 10)) return 'ended';
  return 'open';
}

const publicPeriodSelect = { slug: true, title: true, opensOn: true, closesOn: true, workingDays: true, notice: true, _count: { select: { candidates: true } } } as const;

/**
 * Whether a period is open depends on the day: a cached page is refreshed at Vietnam's next
 * midnight at the latest (the comment action checks the day itself in any case).
 */
function untilMidnight(now = new Date()): number {
  const vietnam = new Date(now.getTime() + 7 * 3600_000);
  const midnight = Date.UTC(vietnam.getUTCFullYear(), vietnam.getUTCMonth(), vietnam.getUTCDate() + 1);
  return Math.max(60, Math.ceil((midnight - vietnam.getTime()) / 1000));
}

function dayCache() {
  cacheLife({ stale: 60, revalidate: Math.min(3600, untilMidnight()), expire: 30 * 24 * 3600 });
  cacheTag(tags.registry);
  return vietnamToday();
}

export async function listPublicPeriods() {
  'use cache';
  const today = dayCache();
  const periods = await reader().commentPeriod.findMany({ orderBy: [{ opensOn: 'desc' }, { slug: 'asc' }], take: 200, select: publicPeriodSelect });
  return periods.map((p) => ({ ...p, phase: periodPhase(p, today) }));
}

export async function getPublicPeriod(slug: string) {
  'use cache';
  const today = dayCache();
  const period = await reader().commentPeriod.findUnique({
    where: { slug },
    select: {
      ...publicPeriodSelect,
      rule: { select: { legalSource: true, article: true, confirmation: true, statement: true } },
      candidates: { orderBy: { position: 'asc' }, select: { id: true, name: true, jobTitle: true, unitName: true, summary: true, proposed: true } },
    },
  });
  if (!period) return null;
  const phase = periodPhase(period, today);
  // The countdown: working days left, today included (the page is refreshed by midnight).
  const calendar = phase === 'open' ? await loadWorkingCalendar(reader()) : null;
  const remaining = calendar ? calendar.countWorkingDays(today, period.closesOn.toISOString().slice(0, 10)) : 0;
  return { ...period, phase, remaining, todayCounts: calendar?.isWorkingDay(today) ?? false };
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
