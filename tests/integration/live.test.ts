// Live coverage (lib/newsroom/actions/live.ts) against PostgreSQL: who may run it, what is
// refused (a draft, an ended coverage, bad input), the entries newest first with a taken-down
// one gone from readers but kept for the desk, every step expiring the story and its feed,
// the feed's route answering from the cache with shared-cache headers, and the story's
// JSON-LD a LiveBlogPosting that stays one once the coverage ends.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, requestFrom, signIn } from '../support/acting-as';
import { EDITORS_ONLY, madeStories } from '../support/stories';
import type { Who } from '../support/users';

requestFrom('203.0.113.61');
const articles = await import('@/lib/newsroom/actions/articles');
const live = await import('@/lib/newsroom/actions/live');
const { getLiveFeed, getLiveDesk } = await import('@/lib/newsroom/data/live');
const { getPublishedArticle } = await import('@/lib/newsroom/data/articles');
const { articleJsonLd } = await import('@/lib/newsroom/seo');
const { GET } = await import('@/app/api/truc-tiep/[id]/route');
const prisma = testPrisma();
const updated = cacheCalls.updated;
const stories = madeStories(prisma);

const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Lễ tuyên dương điển hình tiên tiến toàn tỉnh.' }] }] };

async function story(publish = true) {
  signIn('EDITOR');
  const saved = await articles.saveArticle({ version: 0, title: `Trực tiếp lễ tuyên dương ${Math.random().toString(36).slice(2, 8)}`, sapo: 'Sapo đủ dài cho bài tường thuật trực tiếp kiểm thử.', body, categoryId: 'cat-tdkt' });
  if (!saved.ok) throw new Error(saved.message);
  const { id, slug } = saved.data as { id: string; slug: string };
  stories.add(id);
  if (publish) expect(await articles.publishArticle({ id, version: 1 })).toMatchObject({ ok: true });
  return { id, slug };
}
const feed = (id: string) => GET(new Request(`http://127.0.0.1/api/truc-tiep/${id}`), { params: Promise.resolve({ id }) });

beforeEach(() => {
  updated.length = 0;
});
afterAll(async () => {
  await stories.remove();
  await prisma.$disconnect();
});

describe('role matrix', () => {
  it.each(EDITORS_ONLY)('open the coverage and post an entry: %s → %s', async (who: Who, allowed) => {
    const s = await story();
    signIn(who);
    expect((await live.startLive({ articleId: s.id })).ok).toBe(allowed);
    signIn('EDITOR');
    if (!allowed) expect(await live.startLive({ articleId: s.id })).toMatchObject({ ok: true });
    signIn(who);
    expect((await live.addLiveEntry({ articleId: s.id, body: 'Đồng chí Chủ tịch UBND tỉnh phát biểu khai mạc.' })).ok).toBe(allowed);
    expect(await prisma.liveEntry.count({ where: { articleId: s.id } })).toBe(allowed ? 1 : 0);
  });
});

describe('the coverage', () => {
  it('runs on a published story only, newest entry first, each step expiring the story and its feed, and ends as a normal story', async () => {
    const draft = await story(false);
    expect(await live.startLive({ articleId: draft.id })).toMatchObject({ ok: false, message: 'Chỉ mở tường thuật trực tiếp trên bài đã đăng.' });
    expect(await live.addLiveEntry({ articleId: draft.id, body: 'Cập nhật trên bài chưa đăng.' })).toMatchObject({ ok: false });
    expect(await prisma.liveEntry.count({ where: { articleId: draft.id } })).toBe(0);

    const s = await story();
    expect((await feed(s.id)).status).toBe(404);
    updated.length = 0;
    expect(await live.startLive({ articleId: s.id })).toMatchObject({ ok: true });
    expect(updated).toEqual(expect.arrayContaining([`article:${s.id}`, `live:${s.id}`, 'articles']));
    expect(await live.startLive({ articleId: s.id })).toMatchObject({ ok: false, message: 'Bài đang tường thuật trực tiếp.' });

    updated.length = 0;
    await live.addLiveEntry({ articleId: s.id, title: 'Khai mạc', body: 'Buổi lễ bắt đầu lúc 8 giờ.' });
    expect(updated.sort()).toEqual([`article:${s.id}`, `live:${s.id}`].sort());
    const wrong = (await live.addLiveEntry({ articleId: s.id, body: 'Tặng Bằng khen cho 12 tập thể (sai số).' })) as { ok: true; data: { id: string } };
    await live.addLiveEntry({ articleId: s.id, title: 'Trao Huân chương', body: 'Trao Huân chương Lao động hạng Ba cho 3 tập thể.' });
    expect(await live.setLiveSummary({ articleId: s.id, summary: 'Hơn 120 điển hình được tuyên dương.' })).toMatchObject({ ok: true });

    // A wrong entry is taken down: gone for readers, kept (with the reason) for the desk.
    expect(await live.removeLiveEntry({ id: wrong.data.id, reason: 'Ngắn' })).toMatchObject({ ok: false });
    expect(await live.removeLiveEntry({ id: wrong.data.id, reason: 'Số tập thể chưa đúng, chờ xác minh.' })).toMatchObject({ ok: true });
    expect(await live.removeLiveEntry({ id: wrong.data.id, reason: 'Gỡ lần nữa cho chắc.' })).toMatchObject({ ok: false, message: 'Cập nhật này đã được gỡ.' });

    const read = await getLiveFeed(s.id);
    expect(read?.summary).toBe('Hơn 120 điển hình được tuyên dương.');
    expect(read?.entries.map((e) => e.title)).toEqual(['Trao Huân chương', 'Khai mạc']);
    const desk = await getLiveDesk(s.id);
    expect(desk?.entries.find((e) => e.id === wrong.data.id)).toMatchObject({ removedReason: 'Số tập thể chưa đúng, chờ xác minh.' });

    // The feed's route: the same entries, cacheable by a shared cache for a few seconds.
    const answer = await feed(s.id);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toMatch(/^public, max-age=5, s-maxage=5/);
    const json = (await answer.json()) as { complete: boolean; endedAt: string | null; entries: { title: string | null; body: string }[] };
    expect(json.endedAt).toBeNull();
    expect(json.complete).toBe(true);
    expect(json.entries.map((e) => e.title)).toEqual(['Trao Huân chương', 'Khai mạc']);
    expect(JSON.stringify(json)).not.toContain('sai số');

    const page = await getPublishedArticle(s.slug);
    if (page.kind !== 'found') throw new Error('not found');
    const ld = articleJsonLd(page.article)['@graph'][0] as Record<string, unknown>;
    expect(ld).toMatchObject({ '@type': 'LiveBlogPosting', coverageEndTime: undefined });
    expect((ld.liveBlogUpdate as { headline: string }[]).map((u) => u.headline)).toEqual(['Trao Huân chương', 'Khai mạc']);

    expect(await live.endLive({ articleId: s.id })).toMatchObject({ ok: true });
    expect(await live.addLiveEntry({ articleId: s.id, body: 'Một cập nhật sau khi kết thúc.' })).toMatchObject({ ok: false, message: 'Tường thuật trực tiếp của bài này đã kết thúc.' });
    expect(await live.startLive({ articleId: s.id })).toMatchObject({ ok: false });
    const ended = await getPublishedArticle(s.slug);
    if (ended.kind !== 'found') throw new Error('not found');
    expect(ended.article.live?.endedAt).toBeInstanceOf(Date);
    expect(ended.article.live?.entries).toHaveLength(2);
    expect((articleJsonLd(ended.article)['@graph'][0] as { coverageEndTime?: string }).coverageEndTime).toBe(ended.article.live!.endedAt!.toISOString());
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'article', entityId: s.id, action: { startsWith: 'live.' } }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(['live.start', 'live.entry', 'live.entry', 'live.entry', 'live.summary', 'live.remove', 'live.end']);
  });

  it('refuses an empty or oversized entry, changing nothing', async () => {
    const s = await story();
    await live.startLive({ articleId: s.id });
    for (const input of [{ body: '  ' }, { body: 'x'.repeat(4001) }, { title: 't'.repeat(161), body: 'Nội dung hợp lệ.' }]) {
      expect((await live.addLiveEntry({ articleId: s.id, ...input })).ok).toBe(false);
    }
    expect(await prisma.liveEntry.count({ where: { articleId: s.id } })).toBe(0);
  });
});
