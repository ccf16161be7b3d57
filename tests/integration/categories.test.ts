// Sections of the newspaper: ADMIN only (every other role refused, called directly), two
// levels, Vietnamese names to addresses, deletes refused while stories or subsections
// remain, an audit event for each change, and the public tags each change expires.
import { afterAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, signIn } from '../support/acting-as';

const updated = cacheCalls.updated;

const { createCategory, updateCategory, deleteCategory } = await import('@/lib/newsroom/actions/categories');
const prisma = testPrisma();
const as = (id: string | null, role = 'ADMIN') => signIn(id ? { id, role } : null);
const created: string[] = [];

afterAll(async () => {
  await prisma.auditEvent.deleteMany({ where: { entity: 'category', entityId: { in: created } } });
  await prisma.category.deleteMany({ where: { id: { in: created }, parentId: { not: null } } });
  await prisma.category.deleteMany({ where: { id: { in: created } } });
});

describe('categories', () => {
  it.each([
    ['user-editor', 'EDITOR'],
    ['user-reporter', 'REPORTER'],
    ['user-registrar', 'REGISTRAR'],
  ])('refuses %s (%s)', async (id, role) => {
    as(id, role);
    expect(await createCategory({ name: 'Chuyên mục trái phép', position: 1 })).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    expect(await updateCategory({ id: 'cat-tdkt', name: 'Đổi tên trái phép' })).toMatchObject({ ok: false });
    expect(await deleteCategory({ id: 'cat-tdkt' })).toMatchObject({ ok: false });
    expect(await prisma.category.count({ where: { name: { in: ['Chuyên mục trái phép', 'Đổi tên trái phép'] } } })).toBe(0);
  });

  it('creates a section with an address from its Vietnamese name, and keeps two levels', async () => {
    as('user-admin');
    updated.length = 0;
    const r = await createCategory({ name: 'Gương sáng đồng bằng', description: 'Người tốt việc tốt.', position: '7', inMenu: 'on' });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('/chuyen-muc/guong-sang-dong-bang') });
    const parentId = (r as { data: { id: string } }).data.id;
    created.push(parentId);
    expect(updated).toEqual(expect.arrayContaining(['categories', 'category:guong-sang-dong-bang', 'articles', 'sitemap']));
    expect(await prisma.auditEvent.count({ where: { entity: 'category', entityId: parentId, action: 'category.create' } })).toBe(1);

    expect(await createCategory({ name: 'Trùng địa chỉ', slug: 'guong-sang-dong-bang' })).toMatchObject({ ok: false, fieldErrors: { slug: [expect.any(String)] } });
    expect(await createCategory({ name: 'Đường dẫn sai', slug: 'Có Dấu' })).toMatchObject({ ok: false, fieldErrors: { slug: [expect.stringMatching(/chữ thường không dấu/)] } });
    expect(await createCategory({ name: 'x' })).toMatchObject({ ok: false, fieldErrors: { name: ['Tên chuyên mục cần ít nhất 2 ký tự'] } });

    const child = await createCategory({ name: 'Nông dân giỏi', parentId });
    expect(child).toMatchObject({ ok: true });
    const childId = (child as { data: { id: string } }).data.id;
    created.push(childId);
    // A third level is refused, and so is a section with subsections moving under another.
    expect(await createCategory({ name: 'Cấp ba', parentId: childId })).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await updateCategory({ id: parentId, name: 'Gương sáng đồng bằng', parentId: 'cat-tdkt' })).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await updateCategory({ id: childId, name: 'Nông dân giỏi', parentId: childId })).toMatchObject({ ok: false });

    // Renaming keeps the address; the audit has before and after.
    expect(await updateCategory({ id: parentId, name: 'Gương sáng miền Tây', position: 8, inMenu: '' })).toMatchObject({ ok: true });
    expect(await prisma.category.findUniqueOrThrow({ where: { id: parentId } })).toMatchObject({ name: 'Gương sáng miền Tây', slug: 'guong-sang-dong-bang', inMenu: false, position: 8 });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { entity: 'category', entityId: parentId, action: 'category.update' } });
    expect(audit.diff).toMatchObject({ before: { name: 'Gương sáng đồng bằng', inMenu: true }, after: { name: 'Gương sáng miền Tây', inMenu: false } });

    // Delete: refused with a subsection, then allowed once empty.
    expect(await deleteCategory({ id: parentId })).toMatchObject({ ok: false, message: expect.stringMatching(/chuyên mục con/) });
    expect(await deleteCategory({ id: childId })).toMatchObject({ ok: true });
    expect(await deleteCategory({ id: parentId })).toMatchObject({ ok: true });
    expect(await prisma.category.count({ where: { id: { in: [parentId, childId] } } })).toBe(0);
  });

  it('refuses to delete a section that still has stories', async () => {
    as('user-admin');
    // A subsection of the seed (no subsections of its own) with stories in it.
    const section = await prisma.category.findFirstOrThrow({ where: { parentId: { not: null }, articles: { some: {} } }, select: { id: true, _count: { select: { articles: true } } } });
    expect(await deleteCategory({ id: section.id })).toMatchObject({ ok: false, message: expect.stringContaining(`còn ${section._count.articles} bài viết`) });
    expect(await prisma.category.count({ where: { id: section.id } })).toBe(1);
  });
});
