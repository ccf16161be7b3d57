import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateUserForm } from '@/components/admin/user-forms';
import { requireStaff } from '@/lib/auth/session';
import { listAccounts } from '@/lib/auth/data/accounts';
import { listUnitTree } from '@/lib/registry/data/units';
import { formatDateTime } from '@/lib/common/format';
import { ADMIN_ROLES, roleLabels } from '@/lib/auth/roles';

export const metadata: Metadata = { title: 'Người dùng' };
export const instant = false;

export default async function UsersPage() {
  await requireStaff(ADMIN_ROLES, '/admin/nguoi-dung');
  const [users, tree] = await Promise.all([listAccounts(), listUnitTree()]);
  const units = tree.filter((u) => u.active).map((u) => ({ value: u.id, label: u.label }));
  return (
    <div className="grid gap-8 lg:grid-cols-[1fr_22rem]">
      <div>
        <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Người dùng</h1>
        <div className="overflow-x-auto rounded border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-600" role="region" aria-label="Danh sách người dùng" tabIndex={0}>
          <table className="w-full min-w-[36rem] text-left text-sm">
            <caption className="sr-only">Tài khoản</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className="p-2">Họ tên</th>
                <th scope="col" className="p-2">Email</th>
                <th scope="col" className="p-2">Vai trò</th>
                <th scope="col" className="p-2">Đăng nhập gần nhất</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className={`border-t border-stone-200 ${u.active ? '' : 'text-stone-500'}`}>
                  <td className="p-2">
                    <Link href={`/admin/nguoi-dung/${u.id}`} className="font-semibold text-brand-700 underline-offset-2 hover:underline">
                      {u.name}
                    </Link>
                    {u.active ? null : ' (đã khóa)'}
                  </td>
                  <td className="p-2">{u.email}</td>
                  <td className="p-2">
                    {roleLabels[u.role]}
                    {u.unit ? <span className="block text-stone-600">{u.unit.name}</span> : null}
                  </td>
                  <td className="p-2">{u.lastLoginAt ? formatDateTime(u.lastLoginAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      <section aria-labelledby="new-user" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="new-user" className="mb-3 font-semibold">Tạo tài khoản</h2>
        <CreateUserForm units={units} />
      </section>
    </div>
  );
}
