import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorProfileForm } from '@/components/admin/author-form';
import { BackLink } from '@/components/admin/back-link';
import { requireStaff } from '@/lib/auth/session';
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { getAuthorProfile } from '@/lib/newsroom/data/authors';

export const metadata: Metadata = { title: 'Sửa hồ sơ tác giả' };
export const instant = false;

/** An administrator edits anyone's author profile. */
export default async function AuthorProfileAdminPage({ params }: PageProps<'/admin/tac-gia/[id]'>) {
  const { id } = await params;
  await requireStaff(ADMIN_ROLES, `/admin/tac-gia/${id}`);
  const profile = await getAuthorProfile(id);
  if (!profile) notFound();
  return (
    <div className="max-w-xl">
      <BackLink href={`/admin/nguoi-dung/${id}`}>Tài khoản</BackLink>
      <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Hồ sơ tác giả: {profile.name}</h1>
      <AuthorProfileForm profile={profile} />
    </div>
  );
}
