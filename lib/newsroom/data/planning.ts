import 'server-only';
// The planning calendar: for each day of a week or a month, the stories planned (ideas with
// an assignee, not stories yet), scheduled (the time they go out) and published, by section
// and by person, and the registry's dates beside them (a campaign's end, a council session,
// a comment period opening and closing). From the primary, never cached: staff see a move
// at once. Reporters see their own plans and scheduled stories, as the newsroom list does.
import { db } from '@/lib/db';
import { EDITOR_ROLES, NEWSROOM_ROLES } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';
import { dateOfIso, vietnamToday } from '@/lib/calendar/working-days';
import { addDays } from '@/lib/calendar/holidays';

export type CalendarItem =
  | { kind: 'plan'; id: string; version: number; title: string; note: string | null; assignee: { id: string; name: string }; category: string | null; mayEdit: boolean }
  | { kind: 'scheduled' | 'published'; id: string; title: string; at: Date; author: string; category: string }
  | { kind: 'event'; id: string; title: string; href: string | null };

/** Stories of each kind a view lists at most (a month of a busy desk may hold more). */
export const CALENDAR_STORY_LIMIT = 3000;

export interface PlanningCalendarDto {
  days: { date: string; items: CalendarItem[] }[];
  /** More stories than CALENDAR_STORY_LIMIT of a kind: the view says so. */
  truncated: boolean;
  categories: { id: string; name: string }[];
  people: { id: string; name: string }[];
}

/** Today in Vietnam: the calendar's default day. */
export function calendarToday(): string {
  return vietnamToday();
}

/** The instant a Vietnamese calendar day starts (UTC+7). */
const vietnamMidnight = (day: string) => new Date(dateOfIso(day).getTime() - 7 * 3_600_000);
const isoOf = (d: Date) => d.toISOString().slice(0, 10);

export async function getPlanningCalendar(user: CurrentUser, days: string[], filters: { categoryId: string | null; personId: string | null }): Promise<PlanningCalendarDto> {
  const editor = EDITOR_ROLES.includes(user.role);
  const from = days[0]!;
  const to = days[days.length - 1]!;
  const [categories, people] = await Promise.all([
    db.category.findMany({ orderBy: [{ parentId: { sort: 'asc', nulls: 'first' } }, { position: 'asc' }], select: { id: true, name: true, parentId: true } }),
    db.user.findMany({ where: { active: true, role: { in: [...NEWSROOM_ROLES] } }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
  ]);
  // A section includes its subsections.
  const sectionIds = filters.categoryId ? [filters.categoryId, ...categories.filter((c) => c.parentId === filters.categoryId).map((c) => c.id)] : null;
  // A reporter's calendar is their own; an editor's, everyone's or the person chosen.
  const person = editor ? filters.personId : user.id;
  const planWhere: Prisma.StoryPlanWhereInput = {
    cancelledAt: null,
    plannedFor: { gte: dateOfIso(from), lte: dateOfIso(to) },
    ...(sectionIds ? { categoryId: { in: sectionIds } } : {}),
    ...(person ? { assigneeId: person } : {}),
  };
  const window = { gte: vietnamMidnight(from), lt: vietnamMidnight(addDays(to, 1)) };
  const storyWhere = (status: 'SCHEDULED' | 'PUBLISHED'): Prisma.ArticleWhereInput => ({
    status,
    publishedAt: window,
    ...(sectionIds ? { categoryId: { in: sectionIds } } : {}),
    ...(status === 'SCHEDULED' && !editor ? { authorId: user.id } : person ? { authorId: person } : {}),
  });
  const storySelect = { id: true, title: true, publishedAt: true, author: { select: { name: true } }, category: { select: { name: true } } } as const;
  const [plans, scheduled, published, campaigns, sessions, periods] = await Promise.all([
    db.storyPlan.findMany({
      where: planWhere,
      orderBy: [{ plannedFor: 'asc' }, { createdAt: 'asc' }],
      select: { id: true, version: true, title: true, note: true, plannedFor: true, assignee: { select: { id: true, name: true } }, category: { select: { name: true } } },
    }),
    db.article.findMany({ where: storyWhere('SCHEDULED'), orderBy: { publishedAt: 'asc' }, take: CALENDAR_STORY_LIMIT + 1, select: storySelect }),
    db.article.findMany({ where: storyWhere('PUBLISHED'), orderBy: { publishedAt: 'asc' }, take: CALENDAR_STORY_LIMIT + 1, select: storySelect }),
    db.campaign.findMany({ where: { endDate: { gte: dateOfIso(from), lte: dateOfIso(to) } }, select: { id: true, slug: true, name: true, endDate: true } }),
    db.councilSession.findMany({ where: { heldOn: { gte: dateOfIso(from), lte: dateOfIso(to) } }, select: { id: true, title: true, heldOn: true } }),
    db.commentPeriod.findMany({
      where: { OR: [{ opensOn: { gte: dateOfIso(from), lte: dateOfIso(to) } }, { closesOn: { gte: dateOfIso(from), lte: dateOfIso(to) } }] },
      select: { id: true, slug: true, title: true, opensOn: true, closesOn: true },
    }),
  ]);

  const byDay = new Map<string, CalendarItem[]>(days.map((d) => [d, []]));
  const put = (day: string, item: CalendarItem) => byDay.get(day)?.push(item);
  for (const p of plans) {
    put(isoOf(p.plannedFor), { kind: 'plan', id: p.id, version: p.version, title: p.title, note: p.note, assignee: p.assignee, category: p.category?.name ?? null, mayEdit: editor || p.assignee.id === user.id });
  }
  for (const [kind, rows] of [['scheduled', scheduled], ['published', published]] as const) {
    for (const a of rows.slice(0, CALENDAR_STORY_LIMIT)) put(vietnamToday(a.publishedAt!), { kind, id: a.id, title: a.title, at: a.publishedAt!, author: a.author.name, category: a.category.name });
  }
  // The public pages, which every newsroom member may open (the registry's own are its staff's).
  for (const c of campaigns) put(isoOf(c.endDate!), { kind: 'event', id: `campaign-${c.id}`, title: `Kết thúc phong trào: ${c.name}`, href: `/vinh-danh/phong-trao/${c.slug}` });
  for (const s of sessions) put(isoOf(s.heldOn), { kind: 'event', id: `session-${s.id}`, title: `Phiên họp Hội đồng Thi đua – Khen thưởng: ${s.title}`, href: null });
  for (const p of periods) {
    put(isoOf(p.opensOn), { kind: 'event', id: `period-open-${p.id}`, title: `Bắt đầu lấy ý kiến nhân dân: ${p.title}`, href: `/vinh-danh/lay-y-kien/${p.slug}` });
    put(isoOf(p.closesOn), { kind: 'event', id: `period-close-${p.id}`, title: `Hết hạn lấy ý kiến nhân dân: ${p.title}`, href: `/vinh-danh/lay-y-kien/${p.slug}` });
  }
  return {
    days: days.map((date) => ({ date, items: byDay.get(date)! })),
    truncated: scheduled.length > CALENDAR_STORY_LIMIT || published.length > CALENDAR_STORY_LIMIT,
    categories: categories.map(({ id, name }) => ({ id, name })),
    people: editor ? people : people.filter((p) => p.id === user.id),
  };
}
