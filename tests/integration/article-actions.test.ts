// The newsroom's Server Actions against PostgreSQL, called as an attacker would call them
// (directly, with any input): the role matrix of the README cell by cell, version checks,
// revisions, audit, slugs and revalidation.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, requestFrom, signIn } from '../support/acting-as';

type Role = 'ADMIN' | 'EDITOR' | 'REPORTER' | 'REGISTRAR';
requestFrom('203.0.113.9');
const scheduled = vi.hoisted(() => [] as { id: string; at: Date }[]);
vi.mock('@/lib/newsroom/data/scheduled-publishing', () => ({ schedulePublish: async (id: string, at: Date) => void scheduled.push({ id, at }) }));
const updated = cacheCalls.updated;
const secondPass = cacheCalls.secondPasses;

const actions = await import('@/lib/newsroom/actions/articles');
const prisma = testPrisma();

const users: Record<Role | 'REPORTER2', { id: string; email: string; role: Role }> = {
  ADMIN: { id: 'user-admin', email: 'quantri@bangvang.local', role: 'ADMIN' },
  EDITOR: { id: 'user-editor', email: 'bientap@bangvang.local', role: 'EDITOR' },
  REPORTER: { id: 'user-reporter', email: 'phongvien@bangvang.local', role: 'REPORTER' },
  REPORTER2: { id: 'user-reporter-2', email: 'phongvien2@bangvang.local', role: 'REPORTER' },
  REGISTRAR: { id: 'user-registrar', email: 'thiduakhenthuong@bangvang.local', role: 'REGISTRAR' },
};
const as = (who: keyof typeof users | null) => signIn(who ? { ...users[who], name: who } : null);

const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Nội dung thử nghiệm.' }] }] };
const draft = (extra: Record<string, unknown> = {}) => ({
  version: 0,
  title: `Bài kiểm thử hành động ${Math.random().toString(36).slice(2, 8)}`,
  sapo: 'Sapo đủ dài cho bài kiểm thử các hành động của tòa soạn.',
  body,
  categoryId: 'cat-tdkt',
  tags: ['Kiểm thử'],
  ...extra,
});
const created: string[] = [];
async function create(who: keyof typeof users, extra: Record<string, unknown> = {}) {
  as(who);
  const r = await actions.saveArticle(draft(extra));
  expect(r).toMatchObject({ ok: true });
  const data = (r as { data: { id: string; version: number; slug: string } }).data;
  created.push(data.id);
  return data;
}
const state = (id: string) => prisma.article.findUniqueOrThrow({ where: { id }, select: { status: true, version: true, title: true, slug: true, publishedAt: true } });

beforeEach(() => {
  updated.length = 0;
  secondPass.length = 0;
  scheduled.length = 0;
});
afterAll(async () => {
  await prisma.auditEvent.deleteMany({ where: { entity: 'article', entityId: { in: created } } });
  await prisma.article.deleteMany({ where: { id: { in: created } } });
  await prisma.tag.deleteMany({ where: { slug: 'kiem-thu', articles: { none: {} } } });
  await prisma.$disconnect();
});

describe('role matrix', () => {
  it.each([
    ['ADMIN', true],
    ['EDITOR', true],
    ['REPORTER', true],
    ['REGISTRAR', false],
  ] as const)('create a draft: %s → %s', async (role, allowed) => {
    as(role);
    const r = await actions.saveArticle(draft());
    if (r.ok) created.push((r.data as { id: string }).id);
    expect(r.ok).toBe(allowed);
    if (!allowed) expect(r.message).toBe('Tài khoản của bạn không có quyền thực hiện thao tác này.');
  });

  it('refuses everything without a session, changing nothing', async () => {
    const { id } = await create('REPORTER');
    as(null);
    for (const r of [await actions.saveArticle(draft({ id, version: 1 })), await actions.publishArticle({ id, version: 1 }), await actions.submitArticle({ id, version: 1 })]) {
      expect(r).toEqual({ ok: false, message: 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.' });
    }
    expect(await state(id)).toMatchObject({ status: 'DRAFT', version: 1 });
  });

  it('lets a reporter edit and submit only their own draft', async () => {
    const { id } = await create('REPORTER');
    as('REPORTER2');
    expect((await actions.saveArticle(draft({ id, version: 1 }))).ok).toBe(false);
    expect((await actions.submitArticle({ id, version: 1 })).ok).toBe(false);
    as('REPORTER');
    expect((await actions.submitArticle({ id, version: 1 })).ok).toBe(true);
    // Once submitted, the reporter can no longer change it; an editor can.
    const again = await actions.saveArticle(draft({ id, version: 2 }));
    expect(again).toMatchObject({ ok: false, message: 'Bài đã gửi duyệt hoặc đã đăng: chỉ biên tập viên được sửa.' });
    as('EDITOR');
    expect((await actions.saveArticle(draft({ id, version: 2 }))).ok).toBe(true);
  });

  it.each([
    ['publishArticle', { ADMIN: true, EDITOR: true, REPORTER: false, REGISTRAR: false }],
    ['unpublishArticle', { ADMIN: true, EDITOR: true, REPORTER: false, REGISTRAR: false }],
    ['sendBackArticle', { ADMIN: true, EDITOR: true, REPORTER: false, REGISTRAR: false }],
    ['scheduleArticle', { ADMIN: true, EDITOR: true, REPORTER: false, REGISTRAR: false }],
  ] as const)('%s per role', async (name, matrix) => {
    for (const [role, allowed] of Object.entries(matrix) as [Role, boolean][]) {
      const { id } = await create('REPORTER');
      as('REPORTER');
      await actions.submitArticle({ id, version: 1 });
      if (name === 'unpublishArticle') {
        as('EDITOR');
        await actions.publishArticle({ id, version: 2 });
      }
      const version = (await state(id)).version;
      as(role);
      const input = { id, version, note: 'Cần bổ sung số liệu.', publishAt: new Date(Date.now() + 3_600_000) };
      const r = await (actions[name] as (i: unknown) => Promise<{ ok: boolean }>)(input);
      expect([role, r.ok]).toEqual([role, allowed]);
      if (!allowed) expect((await state(id)).version).toBe(version);
    }
  });
});

describe('the audit log', () => {
  it('keeps each step of a story as before → after', async () => {
    const { id } = await create('REPORTER');
    as('REPORTER');
    await actions.saveArticle(draft({ id, version: 1, title: 'Tiêu đề đã sửa cho nhật ký' }));
    await actions.submitArticle({ id, version: 2 });
    as('EDITOR');
    await actions.publishArticle({ id, version: 3 });
    const events = await prisma.auditEvent.findMany({ where: { entityId: id, action: { in: ['article.update', 'article.submit', 'article.publish'] } }, orderBy: { id: 'asc' }, select: { action: true, diff: true } });
    expect(events.map((e) => e.action)).toEqual(['article.update', 'article.submit', 'article.publish']);
    expect(events[0]!.diff).toMatchObject({ before: { version: 1 }, after: { version: 2, title: 'Tiêu đề đã sửa cho nhật ký' } });
    expect(events[1]!.diff).toMatchObject({ before: { status: 'DRAFT', version: 2 }, after: { status: 'IN_REVIEW', version: 3 } });
    expect(events[2]!.diff).toMatchObject({ before: { status: 'IN_REVIEW', version: 3 }, after: { status: 'PUBLISHED', version: 4 } });
  });
});

describe('saving', () => {
  it('refuses a save from a stale version and keeps the newer one', async () => {
    const { id } = await create('EDITOR');
    as('EDITOR');
    expect((await actions.saveArticle(draft({ id, version: 1, title: 'Bản của người thứ nhất' }))).ok).toBe(true);
    const stale = await actions.saveArticle(draft({ id, version: 1, title: 'Bản của người thứ hai' }));
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/CHƯA được lưu/);
    expect(await state(id)).toMatchObject({ title: 'Bản của người thứ nhất', version: 2 });
  });

  it('gives field errors in Vietnamese for bad input, including unsafe links, and writes nothing', async () => {
    as('EDITOR');
    const before = await prisma.article.count();
    const r = await actions.saveArticle(
      draft({ title: 'Ngắn', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] } }),
    );
    expect(r.ok).toBe(false);
    const fieldErrors = (r as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(fieldErrors.title).toEqual(['Tiêu đề cần ít nhất 5 ký tự']);
    expect(Object.entries(fieldErrors).find(([k]) => k.startsWith('body'))?.[1]).toContain('Liên kết chỉ được là http(s) hoặc đường dẫn nội bộ');
    expect(await prisma.article.count()).toBe(before);
  });

  it('keeps a revision per save, audits each change, and restores an old revision as a new one', async () => {
    const { id } = await create('EDITOR', { title: 'Tiêu đề phiên bản một' });
    as('EDITOR');
    await actions.saveArticle(draft({ id, version: 1, title: 'Tiêu đề phiên bản hai' }));
    const revisions = await prisma.articleRevision.findMany({ where: { articleId: id }, orderBy: { version: 'asc' } });
    expect(revisions.map((r) => [r.version, r.title])).toEqual([
      [1, 'Tiêu đề phiên bản một'],
      [2, 'Tiêu đề phiên bản hai'],
    ]);
    const restored = await actions.restoreRevision({ id, version: 2, revisionId: revisions[0]!.id });
    expect(restored.ok).toBe(true);
    expect(await state(id)).toMatchObject({ title: 'Tiêu đề phiên bản một', version: 3 });
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'article', entityId: id }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.action, a.actorId, a.ip])).toEqual([
      ['article.create', 'user-editor', '203.0.113.9'],
      ['article.update', 'user-editor', '203.0.113.9'],
      ['article.restore', 'user-editor', '203.0.113.9'],
    ]);
  });

  it('revalidates the public story, old address and new, when a published story is renamed', async () => {
    const { id, slug } = await create('EDITOR');
    as('EDITOR');
    await actions.publishArticle({ id, version: 1 });
    expect(updated).toEqual(expect.arrayContaining(['articles', `article:${id}`, `article-slug:${slug}`]));
    updated.length = 0;
    const r = await actions.saveArticle(draft({ id, version: 2, slug: `${slug}-moi` }));
    expect(r.ok).toBe(true);
    expect(updated).toEqual(expect.arrayContaining(['articles', 'sitemap', `article-slug:${slug}`, `article-slug:${slug}-moi`]));
    expect(await prisma.articleSlug.findUnique({ where: { slug } })).toMatchObject({ articleId: id });
    // A second pass follows for renders that were in flight during the change.
    expect(secondPass.at(-1)).toEqual(expect.arrayContaining(['articles', `article-slug:${slug}-moi`]));
    // A draft touches nothing public: only its own tag.
    updated.length = 0;
    secondPass.length = 0;
    const other = await create('EDITOR');
    expect(updated).toEqual([`article:${other.id}`]);
    expect(secondPass).toEqual([]);
  });

  it('refuses a slug another story uses, with a field message', async () => {
    const first = await create('EDITOR');
    as('EDITOR');
    const r = await actions.saveArticle(draft({ slug: first.slug }));
    expect(r).toMatchObject({ ok: false, fieldErrors: { slug: ['Đường dẫn đã được dùng, hãy chọn đường dẫn khác'] } });
  });

  it('schedules in the future only, and queues the job', async () => {
    const { id } = await create('EDITOR');
    as('EDITOR');
    expect((await actions.scheduleArticle({ id, version: 1, publishAt: new Date(Date.now() - 1000) })).ok).toBe(false);
    const at = new Date(Date.now() + 3_600_000);
    expect((await actions.scheduleArticle({ id, version: 1, publishAt: at })).ok).toBe(true);
    expect(scheduled).toEqual([{ id, at }]);
    expect(await state(id)).toMatchObject({ status: 'SCHEDULED', publishedAt: at });
  });
});
