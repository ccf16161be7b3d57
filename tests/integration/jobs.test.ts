// Scheduled publishing: the job publishes every due story once, leaves future and
// taken-down ones alone, audits it and asks its own server to revalidate.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { testPrisma } from '../support/db';

const { publishDueArticles } = await import('@/lib/newsroom/data/scheduled-publishing');
const prisma = testPrisma();
const ids = ['job-due', 'job-future', 'job-archived'];

afterAll(async () => {
  await prisma.auditEvent.deleteMany({ where: { entityId: { in: ids } } });
  await prisma.article.deleteMany({ where: { id: { in: ids } } });
  await prisma.$disconnect();
  vi.unstubAllGlobals();
});

describe('publishDueArticles', () => {
  it('publishes due scheduled stories once and revalidates them', async () => {
    const base = { sapo: 'Sapo của bài hẹn giờ đăng dùng trong kiểm thử.', body: { type: 'doc', content: [] }, categoryId: 'cat-tdkt', authorId: 'user-editor' };
    const now = new Date();
    await prisma.article.createMany({
      data: [
        { ...base, id: 'job-due', slug: 'bai-hen-gio-den-han', title: 'Đến hạn', status: 'SCHEDULED', publishedAt: new Date(now.getTime() - 1000) },
        { ...base, id: 'job-future', slug: 'bai-hen-gio-chua-den', title: 'Chưa đến', status: 'SCHEDULED', publishedAt: new Date(now.getTime() + 3_600_000) },
        { ...base, id: 'job-archived', slug: 'bai-da-go', title: 'Đã gỡ', status: 'ARCHIVED', publishedAt: new Date(now.getTime() - 1000) },
      ],
    });
    const calls: { url: string; body: { tags: string[] } }[] = [];
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init.body)) });
      return new Response('{}', { status: 200 });
    });

    expect(await publishDueArticles(now)).toEqual(['job-due']);
    expect(await publishDueArticles(now)).toEqual([]);
    const rows = await prisma.article.findMany({ where: { id: { in: ids } }, select: { id: true, status: true }, orderBy: { id: 'asc' } });
    expect(rows).toEqual([
      { id: 'job-archived', status: 'ARCHIVED' },
      { id: 'job-due', status: 'PUBLISHED' },
      { id: 'job-future', status: 'SCHEDULED' },
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/internal\/revalidate$/);
    expect(calls[0]!.body.tags).toEqual(expect.arrayContaining(['articles', 'article:job-due', 'article-slug:bai-hen-gio-den-han']));
    expect(await prisma.auditEvent.count({ where: { entityId: 'job-due', action: 'article.publish_scheduled' } })).toBe(1);
  });
});
