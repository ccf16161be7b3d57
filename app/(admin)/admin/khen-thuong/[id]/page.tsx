import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevokeDecisionForm } from '@/components/admin/revoke-form';
import { requireStaff } from '@/lib/admin-session';
import { db } from '@/lib/db';
import { formatDate } from '@/lib/format';
import { REGISTRY_ROLES } from '@/lib/permissions';
import { registryPaths } from '@/lib/registry/labels';

export const metadata: Metadata = { title: 'Quyết định' };
export const instant = false;

export default async function RegistrarDecisionPage({ params }: PageProps<'/admin/khen-thuong/[id]'>) {
  const { id } = await params;
  await requireStaff(REGISTRY_ROLES, `/admin/khen-thuong/${id}`);
  const d = await db.decision.findUnique({ where: { id }, select: { id: true, slug: true, number: true, signedAt: true, issuingAuthority: true, status: true, revokedAt: true, revocationReason: true } });
  if (!d) notFound();
  return (
    <div className="max-w-xl">
      <p className="mb-2 text-sm">
        <Link href="/admin/khen-thuong" className="text-brand-700 underline">
          ‹ Quyết định khen thưởng
        </Link>
      </p>
      <h1 className="mb-1 font-serif text-3xl font-bold text-brand-700">Quyết định số {d.number}</h1>
      <p className="mb-4 text-stone-600">
        {formatDate(d.signedAt)} · {d.issuingAuthority} ·{' '}
        <Link href={registryPaths.decision(d.slug)} className="text-brand-700 underline">
          trang công khai
        </Link>
      </p>
      {d.status === 'REVOKED' ? (
        <p role="note" className="rounded bg-stone-100 p-3">
          Đã thu hồi{d.revokedAt ? ` ngày ${formatDate(d.revokedAt)}` : ''}: {d.revocationReason}
        </p>
      ) : (
        <section aria-labelledby="revoke-heading" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="revoke-heading" className="mb-2 font-semibold">
            Thu hồi quyết định
          </h2>
          <p className="mb-3 text-sm text-stone-700">Quyết định vẫn hiển thị công khai, được đánh dấu đã thu hồi cùng lý do, và không còn được tính trong mọi số liệu.</p>
          <RevokeDecisionForm id={d.id} />
        </section>
      )}
    </div>
  );
}
