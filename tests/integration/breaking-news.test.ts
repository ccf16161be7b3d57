// The breaking-news bar's actions and read against PostgreSQL: who may turn it on and off,
// bad input changing nothing, one bar at a time, the tag every page depends on expired at
// once, and the read giving nothing once the bar has ended.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, requestFrom, signIn } from '../support/acting-as';
import { EDITORS_ONLY } from '../support/stories';
import type { Who } from '../support/users';

requestFrom('203.0.113.31');
const { endBreakingNews, setBreakingNews } = await import('@/lib/newsroom/actions/breaking');
const { getBreakingNews } = await import('@/lib/newsroom/data/breaking');
const prisma = testPrisma();
const updated = cacheCalls.updated;
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString();

beforeEach(async () => {
  updated.length = 0;
  await prisma.breakingNews.deleteMany({});
  await prisma.auditEvent.deleteMany({ where: { entity: 'breaking_news' } });
});
afterAll(async () => {
  await prisma.breakingNews.deleteMany({});
  await prisma.auditEvent.deleteMany({ where: { entity: 'breaking_news' } });
  await prisma.$disconnect();
});

describe('role matrix', () => {
  it.each(EDITORS_ONLY)('turn the bar on: %s → %s', async (who: Who, allowed) => {
    signIn(who);
    const r = await setBreakingNews({ text: 'Lễ trao Huân chương Lao động đang diễn ra', href: '/bai-viet/le-trao-tang', endsAt: inMinutes(30) });
    expect(r.ok).toBe(allowed);
    expect(await prisma.breakingNews.count()).toBe(allowed ? 1 : 0);
  });

  it('a reporter cannot turn off the editors’ bar', async () => {
    signIn('EDITOR');
    const on = await setBreakingNews({ text: 'Tin nóng của biên tập viên', href: '/', endsAt: inMinutes(30) });
    signIn('REPORTER');
    expect((await endBreakingNews({ id: (on as { data: { id: string } }).data.id })).ok).toBe(false);
    expect(await getBreakingNews()).toMatchObject({ text: 'Tin nóng của biên tập viên' });
  });
});

describe('the bar', () => {
  it('is on every page at once (its tag expired), one at a time, and gone when turned off', async () => {
    signIn('EDITOR');
    const first = await setBreakingNews({ text: 'Khai mạc Đại hội Thi đua yêu nước tỉnh', href: 'https://example.vn/truc-tiep', endsAt: inMinutes(60) });
    expect(first).toMatchObject({ ok: true });
    expect(updated).toEqual(['breaking']);
    expect(await getBreakingNews()).toMatchObject({ text: 'Khai mạc Đại hội Thi đua yêu nước tỉnh', href: 'https://example.vn/truc-tiep' });

    const second = await setBreakingNews({ text: 'Công bố danh sách Chiến sĩ thi đua cấp tỉnh', href: '/vinh-danh', endsAt: inMinutes(30) });
    expect(second).toMatchObject({ ok: true });
    expect(await getBreakingNews()).toMatchObject({ text: 'Công bố danh sách Chiến sĩ thi đua cấp tỉnh' });
    expect(await prisma.breakingNews.count({ where: { endedAt: null } })).toBe(1);

    updated.length = 0;
    const off = await endBreakingNews({ id: (second as { data: { id: string } }).data.id });
    expect(off).toMatchObject({ ok: true, message: 'Đã tắt tin nóng trên mọi trang.' });
    expect(updated).toEqual(['breaking']);
    expect(await getBreakingNews()).toBeNull();
    expect(await endBreakingNews({ id: (second as { data: { id: string } }).data.id })).toEqual({ ok: false, message: 'Tin nóng này đã tắt.' });
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'breaking_news' }, orderBy: { createdAt: 'asc' }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(['breaking.start', 'breaking.start', 'breaking.end']);
  });

  it('refuses a line too short, a link elsewhere than this site or https, and an end in the past or too far, changing nothing', async () => {
    signIn('EDITOR');
    const cases = [
      [{ text: 'Tin', href: '/', endsAt: inMinutes(10) }, 'text'],
      [{ text: 'Dòng tin đủ dài', href: 'javascript:alert(1)', endsAt: inMinutes(10) }, 'href'],
      [{ text: 'Dòng tin đủ dài', href: '//evil.example/x', endsAt: inMinutes(10) }, 'href'],
      [{ text: 'Dòng tin đủ dài', href: '/\\evil.example/x', endsAt: inMinutes(10) }, 'href'],
      [{ text: 'Dòng tin đủ dài', href: 'http://example.vn', endsAt: inMinutes(10) }, 'href'],
      [{ text: 'Dòng tin đủ dài', href: '/', endsAt: inMinutes(-5) }, 'endsAt'],
      [{ text: 'Dòng tin đủ dài', href: '/', endsAt: inMinutes(73 * 60) }, 'endsAt'],
      [{ text: 'Dòng tin đủ dài', href: '/', endsAt: 'không phải ngày' }, 'endsAt'],
    ] as const;
    for (const [input, field] of cases) {
      const r = await setBreakingNews(input);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      expect(Object.keys((r as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {}), JSON.stringify(input)).toContain(field);
    }
    expect(await prisma.breakingNews.count()).toBe(0);
  });

  it('gives nothing once its end time has passed (the cache entry goes stale then: its life is the time left)', async () => {
    await prisma.breakingNews.create({ data: { text: 'Tin đã hết giờ', href: '/', startsAt: new Date(Date.now() - 60_000), endsAt: new Date(Date.now() - 1_000) } });
    expect(await getBreakingNews()).toBeNull();
  });
});
