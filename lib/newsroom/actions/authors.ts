'use server';
// An author's profile (the page /tac-gia/<slug> and the name on bylines): a staff member of
// the newsroom edits their own, an administrator anyone's. A new slug keeps the old one,
// which redirects; a save over a newer change is refused, showing what is there now.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { NEWSROOM_ROLES } from '@/lib/auth/roles';
import { tags } from '@/lib/platform/cache-tags';
import { authorPath, authorProfileSchema, profileVersion } from '@/lib/newsroom/schemas/author';

export const updateAuthorProfile = withRole(NEWSROOM_ROLES, authorProfileSchema, async (input, user, tx) => {
  if (input.id !== user.id && user.role !== 'ADMIN') throw new ActionError('Bạn chỉ sửa được hồ sơ tác giả của mình.');
  // The row lock orders two saves of one profile: the second sees the first's change.
  const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM users WHERE id = ${input.id} FOR UPDATE`;
  if (!locked) throw new ActionError('Tài khoản không còn tồn tại.');
  const current = await tx.user.findUniqueOrThrow({
    where: { id: input.id },
    select: { name: true, slug: true, authorProfile: { select: { jobTitle: true, bio: true, photoId: true } } },
  });
  const profile = current.authorProfile ?? { jobTitle: null, bio: null, photoId: null };
  const before = { name: current.name, slug: current.slug, ...profile };
  if (profileVersion(before) !== input.version) {
    throw new ActionError(
      `Hồ sơ vừa được người khác lưu trong lúc bạn sửa (tên hiện là "${current.name}", địa chỉ ${authorPath(current.slug)}). Tải lại trang để xem bản mới rồi sửa tiếp; thay đổi của bạn chưa được lưu.`,
    );
  }
  const after = { name: input.name, slug: input.slug, jobTitle: input.jobTitle, bio: input.bio, photoId: input.photoId };
  if (profileVersion(after) === input.version) throw new ActionError('Không có gì thay đổi.');

  const slugChanged = input.slug !== current.slug;
  if (slugChanged) {
    const holder = await tx.user.findFirst({ where: { slug: input.slug, id: { not: input.id } }, select: { id: true } });
    const former = await tx.userSlug.findFirst({ where: { slug: input.slug, userId: { not: input.id } }, select: { slug: true } });
    if (holder || former) throw new ActionError('Địa chỉ trang này đã có người dùng.', { slug: ['Chọn địa chỉ khác'] });
  }
  if (input.photoId && input.photoId !== profile.photoId) {
    const photo = await tx.media.findUnique({ where: { id: input.photoId }, select: { id: true } });
    if (!photo) throw new ActionError('Ảnh đã chọn không còn trong thư viện.', { photoId: ['Chọn ảnh khác'] });
  }
  // The old slug keeps answering (a redirect); taking back an earlier one drops it from the list.
  if (slugChanged) {
    await tx.userSlug.deleteMany({ where: { slug: input.slug, userId: input.id } });
    await tx.userSlug.create({ data: { slug: current.slug, userId: input.id } });
  }
  const fields = { jobTitle: input.jobTitle, bio: input.bio, photoId: input.photoId };
  await tx.user.update({
    where: { id: input.id },
    data: { name: input.name, slug: input.slug, authorProfile: { upsert: { create: fields, update: fields } } },
  });

  // A new name or address changes every byline of theirs; the rest only the author's page.
  const bylines = input.name !== current.name || slugChanged;
  return {
    message: slugChanged ? `Đã lưu. Trang tác giả nay ở ${authorPath(input.slug)}; địa chỉ cũ tự chuyển tới đó.` : 'Đã lưu hồ sơ tác giả.',
    data: { slug: input.slug },
    audit: [{ action: 'author.update', entity: 'user', entityId: input.id, diff: { before, after } }],
    tags: [tags.author(input.id), tags.authorSlug(current.slug), tags.authorSlug(input.slug), ...(bylines ? [tags.articles] : [])],
  };
});
