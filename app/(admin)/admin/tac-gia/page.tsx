import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorProfileForm } from '@/components/admin/author-form';
import { requireStaff } from '@/lib/auth/session';
import { NEWSROOM_ROLES } from '@/lib/auth/roles';
import { getAuthorProfile } from '@/lib/newsroom/data/authors';

export const metadata: Metadata = { title: 'Hồ sơ tác giả' };
export const instant = false;

/** A newsroom staff member's own author profile. */
export default async function OwnAuthorProfilePage() {
  const user = await requireStaff(NEWSROOM_ROLES, '/admin/tac-gia');
  const profile = await getAuthorProfile(user.id);
  if (!profile) notFound();
  return (
    <div className="max-w-xl">
      <h1 className="mb-1 font-serif text-3xl font-bold text-brand-700">Hồ sơ tác giả</h1>
      <p className="mb-4 text-sm text-stone-700">
        Bạn đọc thấy họ tên, chức danh, ảnh và lời giới thiệu này trên trang tác giả, nơi liệt kê các bài đăng tên bạn. Bài ký bút danh không hiện ở đó và không dẫn tới đó.
      </p>
      <AuthorProfileForm profile={profile} />
    </div>
  );
}
