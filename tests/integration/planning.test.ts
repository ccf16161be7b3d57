// The planning calendar (lib/newsroom/actions/planning.ts, lib/newsroom/data/planning.ts)
// against PostgreSQL: who plans and moves what, bad input and a move from an older view
// changing nothing, a week and a month holding planned, scheduled and published stories and
// the registry's dates on the right Vietnamese day, filters by section and person, and no
// plan ever publishing anything.
import { afterAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { requestFrom, signIn } from '../support/acting-as';
import { seededUsers } from '../support/users';

requestFrom('203.0.113.71');
const { createPlan, movePlan, cancelPlan } = await import('@/lib/newsroom/actions/planning');
const { getPlanningCalendar } = await import('@/lib/newsroom/data/planning');
const { calendarDays, readCalendarQuery, stepDay } = await import('@/lib/newsroom/schemas/plan');
const prisma = testPrisma();
const plans: string[] = [];
const stories: string[] = [];
const run = Math.random().toString(36).slice(2, 8);
const editor = { id: seededUsers.EDITOR.id, role: 'EDITOR' as const, name: 'x', email: 'x', unitId: null };
const reporter = { id: seededUsers.REPORTER.id, role: 'REPORTER' as const, name: 'x', email: 'x', unitId: null };

async function planned(input: Record<string, unknown>) {
  const result = await createPlan({ title: `Đề tài ${run}`, plannedFor: '2031-03-04', assigneeId: seededUsers.REPORTER.id, ...input });
  if (result.ok) plans.push((result.data as { id: string }).id);
  return result;
}

afterAll(async () => {
  await prisma.auditEvent.deleteMany({ where: { entity: 'storyPlan', entityId: { in: plans } } });
  await prisma.storyPlan.deleteMany({ where: { id: { in: plans } } });
  await prisma.article.deleteMany({ where: { id: { in: stories } } });
  await prisma.$disconnect();
});

describe('the views', () => {
  it('a week runs Monday to Sunday; a month covers whole weeks; the address falls back when it says nonsense', () => {
    expect(calendarDays('tuan', '2031-03-06')).toEqual(['2031-03-03', '2031-03-04', '2031-03-05', '2031-03-06', '2031-03-07', '2031-03-08', '2031-03-09']);
    const month = calendarDays('thang', '2031-03-15');
    expect([month[0], month.at(-1), month.length]).toEqual(['2031-02-24', '2031-04-06', 42]);
    expect(stepDay('thang', '2031-01-31', 1)).toBe('2031-02-01');
    expect(readCalendarQuery({ xem: 'nam', ngay: '2031-02-30', 'chuyen-muc': ['a', 'b'] }, '2031-03-01')).toEqual({ view: 'tuan', day: '2031-03-01', categoryId: null, personId: null });
  });
});

describe('plans', () => {
  it('an editor plans for anyone on staff; a reporter only for themselves; nobody for a registrar', async () => {
    signIn('EDITOR');
    expect(await planned({ assigneeId: seededUsers.REPORTER2.id })).toMatchObject({ ok: true });
    expect(await planned({ assigneeId: seededUsers.REGISTRAR.id })).toMatchObject({ ok: false });
    signIn('REPORTER');
    expect(await planned({ assigneeId: seededUsers.REPORTER2.id })).toMatchObject({ ok: false, message: 'Phóng viên chỉ lên kế hoạch cho chính mình.' });
    expect(await planned({})).toMatchObject({ ok: true });
    for (const who of ['REGISTRAR', 'UNIT_OFFICER', null] as const) {
      signIn(who);
      expect((await planned({})).ok).toBe(false);
    }
  });

  it('refuses bad input, changing nothing', async () => {
    signIn('EDITOR');
    const before = await prisma.storyPlan.count();
    for (const input of [{ title: 'ab' }, { plannedFor: '2031-02-30' }, { plannedFor: 'mai' }, { categoryId: 'khong-co' }, { assigneeId: 'khong-co' }, { note: 'x'.repeat(1001) }]) {
      expect((await planned(input)).ok, JSON.stringify(input)).toBe(false);
    }
    expect(await prisma.storyPlan.count()).toBe(before);
  });

  it('moves and drops: a reporter their own, an editor any; a move from an older view is refused and says where the plan is', async () => {
    signIn('EDITOR');
    const made = (await planned({ assigneeId: seededUsers.REPORTER.id, title: `Phóng sự chuyển đổi số ${run}` })) as { ok: true; data: { id: string } };
    const id = made.data.id;
    signIn('REPORTER2');
    expect(await movePlan({ id, version: 0, plannedFor: '2031-03-05' })).toMatchObject({ ok: false, message: 'Phóng viên chỉ sửa được kế hoạch của mình.' });
    signIn('REPORTER');
    expect(await movePlan({ id, version: 0, plannedFor: '2031-03-05' })).toMatchObject({ ok: true });
    signIn('EDITOR');
    const stale = await movePlan({ id, version: 0, plannedFor: '2031-03-06' });
    expect(stale.ok).toBe(false);
    expect(stale.message).toContain('05/03/2031');
    expect(await movePlan({ id, version: 1, plannedFor: '2031-03-06' })).toMatchObject({ ok: true });
    expect(await cancelPlan({ id, version: 2, cancelled: true })).toMatchObject({ ok: true });
    expect(await movePlan({ id, version: 3, plannedFor: '2031-03-07' })).toMatchObject({ ok: false });
    expect(await cancelPlan({ id, version: 3, cancelled: false })).toMatchObject({ ok: true });
    const row = await prisma.storyPlan.findUniqueOrThrow({ where: { id }, select: { plannedFor: true, cancelledAt: true, version: true } });
    expect(row).toEqual({ plannedFor: new Date('2031-03-06T00:00:00Z'), cancelledAt: null, version: 4 });
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'storyPlan', entityId: id }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(['plan.create', 'plan.move', 'plan.move', 'plan.cancel', 'plan.restore']);
  });
});

describe('the calendar', () => {
  it('puts plans, scheduled and published stories and registry dates on their Vietnamese day, filtered by section and person; planning publishes nothing', async () => {
    const published = await prisma.article.count({ where: { status: 'PUBLISHED' } });
    signIn('EDITOR');
    const mine = (await planned({ title: `Kế hoạch của phóng viên ${run}`, plannedFor: '2031-05-12', categoryId: 'cat-guong' })) as { ok: true; data: { id: string } };
    await planned({ title: `Kế hoạch của người khác ${run}`, plannedFor: '2031-05-13', assigneeId: seededUsers.REPORTER2.id, categoryId: 'cat-kinh-te' });
    // Scheduled at 23:30 on the 13th in Vietnam (16:30 UTC): the 13th, not the 14th.
    const late = await prisma.article.create({
      data: { title: `Hẹn giờ ${run}`, slug: `hen-gio-lich-${run}`, sapo: 'Sapo', body: { type: 'doc', content: [] }, categoryId: 'cat-phong-trao', authorId: seededUsers.REPORTER.id, status: 'SCHEDULED', publishedAt: new Date('2031-05-13T16:30:00Z') },
      select: { id: true },
    });
    stories.push(late.id);
    // Just after midnight on the 12th in Vietnam (17:05 UTC on the 11th).
    const early = await prisma.article.create({
      data: { title: `Đã đăng ${run}`, slug: `da-dang-lich-${run}`, sapo: 'Sapo', body: { type: 'doc', content: [] }, categoryId: 'cat-kinh-te', authorId: seededUsers.REPORTER2.id, status: 'PUBLISHED', publishedAt: new Date('2031-05-11T17:05:00Z') },
      select: { id: true },
    });
    stories.push(early.id);
    const campaign = await prisma.campaign.create({ data: { slug: `phong-trao-lich-${run}`, name: `Phong trào thử lịch ${run}`, kind: 'THEMATIC', startDate: new Date('2031-01-01T00:00:00Z'), endDate: new Date('2031-05-15T00:00:00Z') }, select: { id: true } });

    const week = calendarDays('tuan', '2031-05-12');
    const all = await getPlanningCalendar(editor, week, { categoryId: null, personId: null });
    const titles = (day: string) => all.days.find((d) => d.date === day)!.items.map((i) => `${i.kind}:${i.title}`);
    expect(titles('2031-05-12')).toEqual(expect.arrayContaining([`plan:Kế hoạch của phóng viên ${run}`, `published:Đã đăng ${run}`]));
    expect(titles('2031-05-13')).toEqual(expect.arrayContaining([`plan:Kế hoạch của người khác ${run}`, `scheduled:Hẹn giờ ${run}`]));
    expect(titles('2031-05-14')).not.toContain(`scheduled:Hẹn giờ ${run}`);
    expect(titles('2031-05-15')).toContain(`event:Kết thúc phong trào: Phong trào thử lịch ${run}`);

    // A section (subsections included), a person.
    const section = await getPlanningCalendar(editor, week, { categoryId: 'cat-tdkt', personId: null });
    const sectionTitles = section.days.flatMap((d) => d.items.filter((i) => i.kind !== 'event').map((i) => i.title));
    expect(sectionTitles).toEqual(expect.arrayContaining([`Kế hoạch của phóng viên ${run}`, `Hẹn giờ ${run}`]));
    expect(sectionTitles).not.toContain(`Kế hoạch của người khác ${run}`);
    const person = await getPlanningCalendar(editor, week, { categoryId: null, personId: seededUsers.REPORTER2.id });
    expect(person.days.flatMap((d) => d.items.filter((i) => i.kind === 'plan').map((i) => i.title))).toEqual([`Kế hoạch của người khác ${run}`]);

    // A reporter's calendar: their own plans and scheduled stories; what is published, theirs.
    const own = await getPlanningCalendar(reporter, week, { categoryId: null, personId: seededUsers.REPORTER2.id });
    const ownTitles = own.days.flatMap((d) => d.items.map((i) => i.title));
    expect(ownTitles).toContain(`Kế hoạch của phóng viên ${run}`);
    expect(ownTitles).not.toContain(`Kế hoạch của người khác ${run}`);
    expect(own.days.flatMap((d) => d.items).find((i) => i.kind === 'plan' && i.id === mine.data.id)).toMatchObject({ mayEdit: true });

    expect(await prisma.article.count({ where: { status: 'PUBLISHED' } })).toBe(published + 1);
    await prisma.campaign.delete({ where: { id: campaign.id } });
  });

  it('says so when a view holds more stories than it lists', async () => {
    const rows = Array.from({ length: 3001 }, (_, i) => ({
      id: `lich-nhieu-${run}-${i}`,
      title: `Bài nhiều ${run} ${i}`,
      slug: `bai-nhieu-lich-${run}-${i}`,
      sapo: 'Sapo',
      body: { type: 'doc', content: [] },
      categoryId: 'cat-xa-hoi',
      authorId: seededUsers.REPORTER.id,
      status: 'PUBLISHED' as const,
      publishedAt: new Date(Date.UTC(2032, 0, 5 + (i % 7), 3)),
    }));
    await prisma.article.createMany({ data: rows });
    stories.push(...rows.map((r) => r.id));
    const week = calendarDays('tuan', '2032-01-05');
    const full = await getPlanningCalendar(editor, week, { categoryId: null, personId: null });
    expect(full.truncated).toBe(true);
    expect(full.days.flatMap((d) => d.items).filter((i) => i.kind === 'published')).toHaveLength(3000);
    expect((await getPlanningCalendar(editor, week, { categoryId: 'cat-kinh-te', personId: null })).truncated).toBe(false);
  });
});
