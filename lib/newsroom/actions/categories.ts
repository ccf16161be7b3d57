'use server';
// Sections of the newspaper (ADMIN only). Two levels: a section and its subsections. A
// section's address never changes after creation (readers' and search engines' links
// keep working); a section with stories or subsections cannot be deleted.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { tags } from '@/lib/platform/cache-tags';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { slugify } from '@/lib/common/slug';
import { createCategorySchema, deleteCategorySchema, updateCategorySchema } from '@/lib/newsroom/schemas/category';

type Tx = Prisma.TransactionClient;

async function checkParent(tx: Tx, parentId: string | undefined, selfId?: string) {
  if (!parentId) return;
  if (parentId === selfId) throw new ActionError('Một chuyên mục không thể là chuyên mục con của chính nó.', { parentId: ['Chọn chuyên mục cha khác'] });
  const parent = await tx.category.findUnique({ where: { id: parentId }, select: { parentId: true } });
  if (!parent) throw new ActionError('Chuyên mục cha không còn tồn tại.', { parentId: ['Chọn lại chuyên mục cha'] });
  if (parent.parentId) throw new ActionError('Chỉ có hai cấp: chuyên mục cha phải là chuyên mục cấp trên cùng.', { parentId: ['Chọn một chuyên mục cấp trên cùng'] });
  if (selfId && (await tx.category.count({ where: { parentId: selfId } })) > 0) {
    throw new ActionError('Chuyên mục này đang có chuyên mục con nên không thể trở thành chuyên mục con.', { parentId: ['Để trống (cấp trên cùng)'] });
  }
}

const publicTags = (slug: string) => [tags.categories, tags.category(slug), tags.articles, tags.sitemap];

export const createCategory = withRole(ADMIN_ROLES, createCategorySchema, async (input, _user, tx) => {
  const slug = input.slug || slugify(input.name, 60);
  if (!slug) throw new ActionError('Không tạo được đường dẫn từ tên này.', { slug: ['Nhập đường dẫn'] });
  if (await tx.category.findUnique({ where: { slug }, select: { id: true } })) throw new ActionError('Đường dẫn đã được chuyên mục khác dùng.', { slug: ['Chọn đường dẫn khác'] });
  await checkParent(tx, input.parentId);
  const created = await tx.category.create({
    data: { slug, name: input.name, description: input.description, parentId: input.parentId ?? null, position: input.position, inMenu: input.inMenu },
    select: { id: true, slug: true, name: true, parentId: true, position: true, inMenu: true },
  });
  return {
    message: `Đã tạo chuyên mục "${created.name}" (/chuyen-muc/${created.slug}).`,
    data: { id: created.id },
    audit: [{ action: 'category.create', entity: 'category', entityId: created.id, diff: { after: created } }],
    tags: publicTags(created.slug),
  };
});

export const updateCategory = withRole(ADMIN_ROLES, updateCategorySchema, async (input, _user, tx) => {
  const before = await tx.category.findUnique({ where: { id: input.id }, select: { slug: true, name: true, description: true, parentId: true, position: true, inMenu: true } });
  if (!before) throw new ActionError('Chuyên mục không còn tồn tại.');
  await checkParent(tx, input.parentId, input.id);
  const after = { name: input.name, description: input.description, parentId: input.parentId ?? null, position: input.position, inMenu: input.inMenu };
  await tx.category.update({ where: { id: input.id }, data: after });
  return {
    message: `Đã lưu chuyên mục "${input.name}".`,
    audit: [{ action: 'category.update', entity: 'category', entityId: input.id, diff: { before, after } }],
    tags: publicTags(before.slug),
  };
});

export const deleteCategory = withRole(ADMIN_ROLES, deleteCategorySchema, async (input, _user, tx) => {
  const category = await tx.category.findUnique({ where: { id: input.id }, select: { slug: true, name: true, _count: { select: { articles: true, children: true } } } });
  if (!category) throw new ActionError('Chuyên mục không còn tồn tại.');
  if (category._count.children > 0) throw new ActionError(`Không xóa được: "${category.name}" còn ${category._count.children} chuyên mục con.`);
  if (category._count.articles > 0) throw new ActionError(`Không xóa được: "${category.name}" còn ${category._count.articles} bài viết. Hãy chuyển các bài sang chuyên mục khác trước.`);
  await tx.category.delete({ where: { id: input.id } });
  return {
    message: `Đã xóa chuyên mục "${category.name}".`,
    audit: [{ action: 'category.delete', entity: 'category', entityId: input.id, diff: { before: { slug: category.slug, name: category.name } } }],
    tags: publicTags(category.slug),
  };
});
