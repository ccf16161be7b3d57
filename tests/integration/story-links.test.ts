// Stories linked from the registry's side: who may, what changes, which pages expire.
import { afterAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, signIn } from '../support/acting-as';

const updated = cacheCalls.updated;

const { setStoryLinks } = await import('@/lib/registry/actions/story-links');
const { findStories } = await import('@/lib/newsroom/data/story-picker');
const prisma = testPrisma();
const as = (id: string, role: string) => signIn({ id, role });
let restore: () => Promise<unknown> = async () => {};
afterAll(() => restore());

describe('story links from a decision', () => {
  it('replaces the decision’s stories, expires both sides, and refuses reporters', async () => {
    const decision = await prisma.decision.findFirstOrThrow({ select: { id: true, articles: { select: { articleId: true } } } });
    const before = decision.articles.map((a) => a.articleId);
    restore = async () => {
      await prisma.articleDecision.deleteMany({ where: { decisionId: decision.id } });
      await prisma.articleDecision.createMany({ data: before.map((articleId) => ({ articleId, decisionId: decision.id })) });
    };
    const stories = await prisma.article.findMany({ where: { status: 'PUBLISHED', id: { notIn: before } }, take: 2, select: { id: true, title: true } });
    as('user-reporter', 'REPORTER');
    expect(await setStoryLinks({ kind: 'decision', id: decision.id, articleIds: stories.map((s) => s.id) })).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    expect(await findStories(stories[0]!.title)).toEqual([]);

    as('user-registrar', 'REGISTRAR');
    const found = await findStories(stories[0]!.title.split(' ').slice(0, 4).join(' '));
    expect(found.map((f) => f.id)).toContain(stories[0]!.id);
    updated.length = 0;
    expect(await setStoryLinks({ kind: 'decision', id: decision.id, articleIds: stories.map((s) => s.id) })).toMatchObject({ ok: true, message: 'Đã lưu 2 bài viết liên quan.' });
    const now = await prisma.articleDecision.findMany({ where: { decisionId: decision.id }, select: { articleId: true } });
    expect(now.map((l) => l.articleId).sort()).toEqual(stories.map((s) => s.id).sort());
    expect(updated).toEqual(expect.arrayContaining(['registry', 'articles', ...[...before, ...stories.map((s) => s.id)].map((id) => `article:${id}`)]));
    expect(await setStoryLinks({ kind: 'decision', id: decision.id, articleIds: ['khong-co'] })).toMatchObject({ ok: false, fieldErrors: { articleIds: [expect.any(String)] } });
  });
});

describe('the newsroom’s drafts stay the newsroom’s', () => {
  it('a registrar is offered, and can link, published stories only; an editor sees drafts marked', async () => {
    const title = 'Bản nháp liên kết hồ sơ chưa đăng tuyệt mật';
    const draft = await prisma.article.create({
      data: { title, slug: `ban-nhap-lien-ket-${Date.now()}`, sapo: 'Tóm tắt bản nháp chưa đăng.', body: { type: 'doc', content: [] }, categoryId: 'cat-tdkt', authorId: 'user-reporter', status: 'DRAFT' },
      select: { id: true },
    });
    const decision = await prisma.decision.findFirstOrThrow({ select: { id: true, articles: { select: { articleId: true } } } });
    try {
      as('user-registrar', 'REGISTRAR');
      expect(await findStories('lien ket ho so chua dang tuyet mat')).toEqual([]);
      // A replayed action with the draft's id is refused, and nothing changes.
      expect(await setStoryLinks({ kind: 'decision', id: decision.id, articleIds: [draft.id] })).toMatchObject({ ok: false, fieldErrors: { articleIds: [expect.any(String)] } });
      expect(await prisma.articleDecision.count({ where: { articleId: draft.id } })).toBe(0);
      as('user-editor', 'EDITOR');
      expect(await findStories('lien ket ho so chua dang tuyet mat')).toEqual([{ id: draft.id, label: `${title} (chưa đăng)` }]);
    } finally {
      await prisma.article.delete({ where: { id: draft.id } });
    }
  });
});
