'use server';
// The media library's Server Actions (uploads arrive through app/api/admin/media, which
// can take a 15 MB body). Editors manage every image, reporters the ones they uploaded.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { tags } from '@/lib/platform/cache-tags';
import { mediaStorage } from '@/lib/media/storage';
import { mediaUsage } from '@/lib/media/library';
import { storageKeys } from '@/lib/media/variant-widths';
import { canManageMedia, NEWSROOM_ROLES } from '@/lib/auth/roles';
import { mediaIdSchema, updateMediaSchema } from '@/lib/media/schemas/media';

const NOT_YOURS = 'Phóng viên chỉ sửa hoặc xóa được ảnh do mình tải lên.';

/** Alt text, caption and credit of a library image. */
export const updateMedia = withRole(NEWSROOM_ROLES, updateMediaSchema, async (input, user, tx) => {
  const before = await tx.media.findUnique({ where: { id: input.id }, select: { id: true, alt: true, caption: true, credit: true, uploadedById: true } });
  if (!before) throw new ActionError('Ảnh không còn trong thư viện.');
  if (!canManageMedia(user, before)) throw new ActionError(NOT_YOURS);
  const after = { alt: input.alt, caption: input.caption, credit: input.credit };
  await tx.media.update({ where: { id: input.id }, data: after });
  // Public pages show the alt text (covers) and the caption and credit (body images).
  const uses = await mediaUsage(tx, input.id);
  const published = uses.filter((u) => u.status === 'PUBLISHED');
  // An author's portrait shows its alt text on the author's page.
  const portraits = await tx.authorProfile.findMany({ where: { photoId: input.id }, select: { userId: true } });
  return {
    message: 'Đã lưu thông tin ảnh.',
    audit: [{ action: 'media.update', entity: 'media', entityId: input.id, diff: { before: { alt: before.alt, caption: before.caption, credit: before.credit }, after } }],
    tags: [...(published.length > 0 ? [tags.articles, ...published.map((u) => tags.article(u.id))] : []), ...portraits.map((p) => tags.author(p.userId))],
  };
});

/** Delete an image no story uses; the files go once the row is gone. */
export const deleteMedia = withRole(NEWSROOM_ROLES, mediaIdSchema, async (input, user, tx) => {
  // The row lock makes a concurrent save that adds this image wait, or wait for it: the
  // usage check below then sees every committed use (lib/newsroom/actions/articles.ts locks too).
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM media WHERE id = ${input.id} FOR UPDATE`;
  if (!locked) throw new ActionError('Ảnh không còn trong thư viện.');
  const media = await tx.media.findUniqueOrThrow({ where: { id: input.id }, select: { id: true, key: true, variants: true, alt: true, caption: true, credit: true, uploadedById: true } });
  if (!canManageMedia(user, media)) throw new ActionError(NOT_YOURS);
  const uses = await mediaUsage(tx, input.id);
  if (uses.length > 0) {
    const names = uses.slice(0, 3).map((u) => `"${u.title}"`).join(', ');
    throw new ActionError(`Không xóa được: ảnh đang được dùng trong ${uses.length} bài (${names}${uses.length > 3 ? ', …' : ''}). Hãy gỡ ảnh khỏi các bài đó trước.`);
  }
  const portraits = await tx.authorProfile.findMany({ where: { photoId: input.id }, select: { user: { select: { name: true } } } });
  if (portraits.length > 0) {
    throw new ActionError(`Không xóa được: ảnh đang là ảnh chân dung của ${portraits.map((p) => p.user.name).join(', ')} trên trang tác giả. Hãy đổi ảnh chân dung trước.`);
  }
  await tx.media.delete({ where: { id: input.id } });
  return {
    message: 'Đã xóa ảnh khỏi thư viện.',
    audit: [{ action: 'media.delete', entity: 'media', entityId: input.id, diff: { before: { key: media.key, alt: media.alt, caption: media.caption, credit: media.credit } } }],
    tags: [],
    afterCommit: () => mediaStorage().remove(storageKeys(media)),
  };
});
