import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { requireStaff } from '@/lib/auth/session';
import { EDITOR_ROLES, isNewsroom, PIPELINE_ROLES, REGISTRY_ROLES, roleLabels, STAFF_ROLES } from '@/lib/auth/roles';
import { site } from '@/lib/newsroom/site';

export const metadata: Metadata = { title: { template: `%s – Tòa soạn ${site.name}`, default: `Tòa soạn ${site.name}` }, robots: { index: false, follow: false } };

// Every newsroom page depends on who is signed in: rendered per request, never cached.
export const instant = false;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStaff(STAFF_ROLES);
  const links = [
    ...(isNewsroom(user.role)
      ? [
          { href: '/admin/bai-viet', label: 'Bài viết' },
          { href: '/admin/lich', label: 'Lịch' },
          { href: '/admin/anh', label: 'Thư viện ảnh' },
          { href: '/admin/tac-gia', label: 'Hồ sơ tác giả' },
          ...(EDITOR_ROLES.includes(user.role) ? [{ href: '/admin/tin-nong', label: 'Tin nóng' }] : []),
        ]
      : []),
    ...(PIPELINE_ROLES.includes(user.role) ? [{ href: '/admin/thi-dua', label: 'Thi đua' }] : []),
    ...(REGISTRY_ROLES.includes(user.role) ? [{ href: '/admin/khen-thuong', label: 'Khen thưởng' }] : []),
    ...(user.role === 'ADMIN'
      ? [
          { href: '/admin/chuyen-muc', label: 'Chuyên mục' },
          { href: '/admin/nguoi-dung', label: 'Người dùng' },
          { href: '/admin/nhat-ky', label: 'Nhật ký' },
        ]
      : []),
  ];
  return (
    <div className="min-h-screen bg-stone-50">
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href="/admin" className="font-serif text-xl font-bold">
            Tòa soạn {site.name}
          </Link>
          <nav aria-label="Tòa soạn" className="flex flex-wrap gap-1 text-sm font-semibold">
            {links.map((l) => (
              <Link key={l.href} href={l.href} className="whitespace-nowrap rounded px-3 py-1.5 hover:bg-brand-600">
                {l.label}
              </Link>
            ))}
          </nav>
          <span className="ml-auto whitespace-nowrap text-sm">
            {user.name} · {roleLabels[user.role]}
          </span>
          <SignOutButton />
        </div>
      </header>
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
