import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditUserForm } from '@/components/admin/user-forms';
import { requireStaff } from '@/lib/auth/session';
import { getAccountForEdit } from '@/lib/auth/data/accounts';
import { listUnitTree } from '@/lib/registry/data/units';
import Link from 'next/link';
import { ADMIN_ROLES, isNewsroom } from '@/lib/auth/roles';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Sửa tài khoản' };
export const instant = false;

export default async function EditUserPage({ params }: PageProps<'/admin/nguoi-dung/[id]'>) {
  const { id } = await params;
  await requireStaff(ADMIN_ROLES, `/admin/nguoi-dung/${id}`);
  const [user, tree] = await Promise.all([getAccountForEdit(id), listUnitTree()]);
  if (!user) notFound();
  const units = tree.filter((u) => u.active || u.id === user.unitId).map((u) => ({ value: u.id, label: u.label }));
  return (
    <div className="max-w-md">
      <BackLink href="/admin/nguoi-dung">Người dùng</BackLink>
      <h1 className="mb-1 font-serif text-3xl font-bold text-brand-700">{user.name}</h1>
      <p className="mb-4 text-stone-600">{user.email}</p>
      <EditUserForm user={user} units={units} />
      {isNewsroom(user.role) ? (
        <p className="mt-6 text-sm">
          <Link href={`/admin/tac-gia/${user.id}`} className="font-semibold text-brand-700 underline">
            Sửa hồ sơ tác giả (trang tác giả, chức danh, ảnh)
          </Link>
        </p>
      ) : null}
    </div>
  );
}
