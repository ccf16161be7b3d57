// Corrections and withdrawals (lib/newsroom/actions/corrections.ts) against PostgreSQL, called
// as an attacker would call them: the role matrix, bad input changing nothing, a lost update
// refused, what the story and the public list then show, the tags revalidated, the audit,
// and a withdrawn story's addresses leading to its notice — lifted by an administrator's undo.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, requestFrom, signIn } from '../support/acting-as';
import { EDITORS_ONLY, madeStories } from '../support/stories';
import type { Who } from '../support/users';

requestFrom('203.0.113.21');
const articles = await import('@/lib/newsroom/actions/articles');
const corrections = await import('@/lib/newsroom/actions/corrections');
const { getPublishedArticle } = await import('@/lib/newsroom/data/articles');
const { getWithdrawnNotice, listCorrections } = await import('@/lib/newsroom/data/corrections');
const { articleJsonLd } = await import('@/lib/newsroom/seo');
const prisma = testPrisma();
const updated = cacheCalls.updated;

const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung bài kiểm thử cải chính.' }] }] };
const stories = madeStories(prisma);

/** A published story of its own (the editor creates and publishes it). */
async function publishedStory() {
  signIn('EDITOR');
  const saved = await articles.saveArticle({
    version: 0,
    title: `Bài kiểm thử cải chính ${Math.random().toString(36).slice(2, 8)}`,
    sapo: 'Sapo đủ dài cho bài kiểm thử lời cải chính của tòa soạn.',
    body,
    categoryId: 'cat-tdkt',
  });
  if (!saved.ok) throw new Error(saved.message);
  const { id, slug } = saved.data as { id: string; slug: string };
  stories.add(id);
  const published = await articles.publishArticle({ id, version: 1 });
  expect(published.ok).toBe(true);
  return { id, slug, version: 2 };
}

const correction = (articleId: string, extra: Record<string, unknown> = {}) => ({
  articleId,
  wrongText: 'Bài viết ghi ngày trao tặng là 12/5.',
  rightText: 'Ngày trao tặng đúng là 15/5.',
  position: 'TOP',
  ...extra,
});

beforeEach(() => {
  updated.length = 0;
});
afterAll(async () => {
  await stories.remove();
  await prisma.$disconnect();
});

describe('role matrix', () => {
  it.each(EDITORS_ONLY)('attach a correction: %s → %s', async (who: Who, allowed) => {
    const story = await publishedStory();
    signIn(who);
    const r = await corrections.addCorrection(correction(story.id));
    expect(r.ok).toBe(allowed);
    expect(await prisma.articleCorrection.count({ where: { articleId: story.id } })).toBe(allowed ? 1 : 0);
  });

  it.each([
    ['ADMIN', true],
    ['EDITOR', true],
    ['REPORTER', false],
    ['REGISTRAR', false],
  ] as const)('withdraw a story: %s → %s', async (who: Who, allowed) => {
    const story = await publishedStory();
    signIn(who);
    const r = await corrections.withdrawArticle({ id: story.id, version: story.version, reason: 'Số liệu trong bài sai nghiêm trọng.', notice: 'Bài viết có thông tin sai, tòa soạn đã gỡ bỏ.' });
    expect(r.ok).toBe(allowed);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe(allowed ? 'WITHDRAWN' : 'PUBLISHED');
  });

  it.each([
    ['ADMIN', true],
    ['EDITOR', false],
  ] as const)('put a withdrawn story back: %s → %s', async (who: Who, allowed) => {
    const story = await publishedStory();
    signIn('EDITOR');
    expect((await corrections.withdrawArticle({ id: story.id, version: story.version, reason: 'Ảnh minh họa sai người.', notice: 'Bài viết đã được gỡ để kiểm tra lại.' })).ok).toBe(true);
    signIn(who);
    const r = await corrections.reinstateArticle({ id: story.id, version: story.version + 1, note: 'Đã kiểm tra: ảnh đúng người.' });
    expect(r.ok).toBe(allowed);
    // An editor cannot go round it with "publish" either.
    if (!allowed) expect((await articles.publishArticle({ id: story.id, version: story.version + 1 })).ok).toBe(false);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe(allowed ? 'PUBLISHED' : 'WITHDRAWN');
  });

  it('refuses everything signed out', async () => {
    const story = await publishedStory();
    signIn(null);
    expect(await corrections.addCorrection(correction(story.id))).toEqual({ ok: false, message: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.' });
    expect(await prisma.articleCorrection.count({ where: { articleId: story.id } })).toBe(0);
  });
});

describe('a correction', () => {
  it('shows on the story at once (dated, placed), in its JSON-LD and in the public list', async () => {
    const story = await publishedStory();
    signIn('EDITOR');
    const r = await corrections.addCorrection(correction(story.id, { position: 'BOTTOM', apology: 'on', notified: 'Ban Thi đua – Khen thưởng tỉnh' }));
    expect(r).toMatchObject({ ok: true });
    expect(updated).toEqual(expect.arrayContaining(['articles', `article:${story.id}`, `article-slug:${story.slug}`, 'corrections']));

    const lookup = await getPublishedArticle(story.slug);
    if (lookup.kind !== 'found') throw new Error('story not found');
    expect(lookup.article.corrections).toEqual([
      expect.objectContaining({ wrongText: 'Bài viết ghi ngày trao tặng là 12/5.', rightText: 'Ngày trao tặng đúng là 15/5.', position: 'BOTTOM', apology: true }),
    ]);
    const at = lookup.article.corrections[0]!.publishedAt;
    expect(lookup.article.modifiedAt.getTime()).toBe(Math.max(at.getTime(), lookup.article.updatedAt.getTime()));
    const ld = articleJsonLd(lookup.article)['@graph'][0] as Record<string, unknown>;
    expect(ld.dateModified).toBe(lookup.article.modifiedAt.toISOString());
    expect(ld.correction).toEqual([{ '@type': 'CorrectionComment', text: 'Bài viết ghi ngày trao tặng là 12/5. → Ngày trao tặng đúng là 15/5.', datePublished: at.toISOString() }]);

    const list = await listCorrections(1);
    expect(list.entries[0]).toMatchObject({ kind: 'CORRECTION', apology: true, story: { title: lookup.article.title, slug: story.slug, section: 'Thi đua – Khen thưởng', linked: true } });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: story.id, action: 'article.correction.add' } });
    expect(audit.diff).toMatchObject({ after: { rightText: 'Ngày trao tặng đúng là 15/5.', notified: 'Ban Thi đua – Khen thưởng tỉnh' } });
  });

  it('is refused with field messages when it says too little, and on a story that is not online', async () => {
    const story = await publishedStory();
    signIn('EDITOR');
    const short = await corrections.addCorrection(correction(story.id, { wrongText: 'sai', rightText: '' }));
    expect(short).toMatchObject({ ok: false, fieldErrors: { wrongText: [expect.stringContaining('ít nhất 5 ký tự')], rightText: [expect.stringContaining('ít nhất 5 ký tự')] } });
    expect(await corrections.addCorrection(correction(story.id, { position: 'MIDDLE' }))).toMatchObject({ ok: false, fieldErrors: { position: expect.any(Array) } });
    await articles.unpublishArticle({ id: story.id, version: story.version });
    expect(await corrections.addCorrection(correction(story.id))).toEqual({ ok: false, message: 'Chỉ bài đang đăng mới đính kèm cải chính được.' });
    expect(await prisma.articleCorrection.count({ where: { articleId: story.id } })).toBe(0);
  });

  it('is edited with its version (before → after in the log); a stale edit is refused and changes nothing', async () => {
    const story = await publishedStory();
    signIn('EDITOR');
    const added = await corrections.addCorrection(correction(story.id));
    const id = (added as { data: { id: string } }).data.id;
    const first = await corrections.editCorrection({ id, version: 1, wrongText: 'Bài viết ghi ngày trao tặng là 12/5.', rightText: 'Ngày trao tặng đúng là 16/5.', position: 'TOP' });
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    signIn('ADMIN');
    const stale = await corrections.editCorrection({ id, version: 1, wrongText: 'Bài viết ghi ngày trao tặng là 12/5.', rightText: 'Ngày trao tặng đúng là 17/5.', position: 'TOP' });
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/đã được sửa lúc .* trong khi bạn đang sửa/);
    expect(await prisma.articleCorrection.findUniqueOrThrow({ where: { id } })).toMatchObject({ rightText: 'Ngày trao tặng đúng là 16/5.', version: 2 });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: story.id, action: 'article.correction.edit' } });
    expect(audit.diff).toMatchObject({ correctionId: id, before: { rightText: 'Ngày trao tặng đúng là 15/5.' }, after: { rightText: 'Ngày trao tặng đúng là 16/5.' } });
  });
});

describe('a withdrawal', () => {
  it('takes the story off the site, keeps it and the reason for staff, names its addresses with the notice, and is undone by an administrator', async () => {
    const story = await publishedStory();
    signIn('EDITOR');
    // A rename first: the old address must answer with the notice too.
    const renamed = await articles.saveArticle({ id: story.id, version: story.version, title: 'Bài kiểm thử cải chính đổi tên', sapo: 'Sapo đủ dài cho bài kiểm thử lời cải chính của tòa soạn.', body, categoryId: 'cat-tdkt', slug: `${story.slug}-moi` });
    expect(renamed.ok).toBe(true);
    const bad = await corrections.withdrawArticle({ id: story.id, version: story.version + 1, reason: 'ngắn', notice: '' });
    expect(bad).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(Array), notice: expect.any(Array) } });
    const r = await corrections.withdrawArticle({ id: story.id, version: story.version + 1, reason: 'Nhân vật trong bài không phải người được khen.', notice: 'Bài viết có thông tin sai về nhân vật; tòa soạn đã gỡ bỏ và xin lỗi bạn đọc.', apology: true });
    expect(r).toMatchObject({ ok: true, data: { version: story.version + 2 } });
    expect(updated).toEqual(expect.arrayContaining(['articles', 'sitemap', `article:${story.id}`, `article-slug:${story.slug}`, `article-slug:${story.slug}-moi`, 'corrections']));

    // Both its addresses send the reader to the notice; no published story answers them.
    expect(await getPublishedArticle(`${story.slug}-moi`)).toEqual({ kind: 'withdrawn', slug: `${story.slug}-moi` });
    expect(await getPublishedArticle(story.slug)).toEqual({ kind: 'withdrawn', slug: `${story.slug}-moi` });
    const kept = await prisma.article.findUniqueOrThrow({ where: { id: story.id }, select: { status: true, body: true, corrections: { select: { kind: true, reason: true, rightText: true } } } });
    expect(kept).toMatchObject({ status: 'WITHDRAWN', body, corrections: [{ kind: 'WITHDRAWAL', reason: 'Nhân vật trong bài không phải người được khen.' }] });
    for (const slug of [story.slug, `${story.slug}-moi`]) {
      expect(await getWithdrawnNotice(slug)).toMatchObject({ slug: `${story.slug}-moi`, title: 'Bài kiểm thử cải chính đổi tên', section: 'Thi đua – Khen thưởng', notice: 'Bài viết có thông tin sai về nhân vật; tòa soạn đã gỡ bỏ và xin lỗi bạn đọc.', apology: true });
    }
    const listed = (await listCorrections(1)).entries.find((e) => e.kind === 'WITHDRAWAL' && e.story.slug === `${story.slug}-moi`);
    // The staff's reason never reaches the public list.
    expect(listed).toBeDefined();
    expect(JSON.stringify(listed)).not.toContain('Nhân vật trong bài không phải');

    signIn('ADMIN');
    const back = await corrections.reinstateArticle({ id: story.id, version: story.version + 2, note: 'Đã xác minh lại: nhân vật đúng.' });
    expect(back).toMatchObject({ ok: true });
    const after = await prisma.article.findUniqueOrThrow({ where: { id: story.id }, select: { status: true, publishedAt: true } });
    expect(after.status).toBe('PUBLISHED');
    expect((await getPublishedArticle(`${story.slug}-moi`)).kind).toBe('found');
    expect(await getWithdrawnNotice(story.slug)).toBeNull();
    // The withdrawal stays on record, dated with its lifting.
    const entry = (await listCorrections(1)).entries.find((e) => e.id === listed!.id);
    expect(entry?.liftedAt).toBeInstanceOf(Date);
    const actions = (await prisma.auditEvent.findMany({ where: { entityId: story.id }, orderBy: { createdAt: 'asc' }, select: { action: true } })).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(['article.withdraw', 'article.reinstate']));
  });

  it('is refused on a stale version, naming who saved in between', async () => {
    const story = await publishedStory();
    signIn('EDITOR');
    const r = await corrections.withdrawArticle({ id: story.id, version: story.version - 1, reason: 'Số liệu trong bài sai nghiêm trọng.', notice: 'Bài viết có thông tin sai, tòa soạn đã gỡ bỏ.' });
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/trong khi bạn đang sửa/);
    expect((await prisma.article.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('PUBLISHED');
    expect(await prisma.articleCorrection.count({ where: { articleId: story.id } })).toBe(0);
  });
});

const { GET } = await import('@/app/(site)/bai-viet/[slug]/da-go/route');
describe('the notice address', () => {
  const call = (slug: string) => GET(new Request(`http://127.0.0.1/bai-viet/${slug}/da-go`), { params: Promise.resolve({ slug }) });

  it('answers 410 with the notice (escaped, no staff reason), sends an old slug to the current one, and a story that is online back to itself', async () => {
    const story = await publishedStory();
    signIn('EDITOR');
    await corrections.withdrawArticle({ id: story.id, version: story.version, reason: 'Lý do nội bộ không được lộ ra ngoài.', notice: 'Bài có thông tin sai <script>alert(1)</script>; tòa soạn đã gỡ.' });
    const gone = await call(story.slug);
    expect(gone.status).toBe(410);
    expect(gone.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await gone.text();
    expect(html).toContain('<h1 style="color:#8b0b20;font-size:1.6rem;margin:1.5rem 0 .5rem">Bài viết đã bị gỡ</h1>');
    expect(html).toContain('Bài có thông tin sai &lt;script&gt;alert(1)&lt;/script&gt;; tòa soạn đã gỡ.');
    expect(html).not.toContain('Lý do nội bộ');

    const online = await publishedStory();
    expect((await call(online.slug)).headers.get('location')).toBe(`/bai-viet/${online.slug}`);
    expect((await call('khong-co-bai-nay')).status).toBe(307);
    expect((await call('../../etc/passwd')).headers.get('location')).toBe(`/bai-viet/${encodeURIComponent('../../etc/passwd')}`);
  });
});
