import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RevokeDecisionForm, WithdrawRevocationForm } from '@/components/admin/revoke-form';
import { StoryLinks } from '@/components/admin/story-links';
import { requireStaff } from '@/lib/auth/session';
import { getDecisionForStaff } from '@/lib/registry/data/decisions';
import { formatDate } from '@/lib/common/format';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { registryPaths } from '@/lib/registry/labels';
import { BackLink } from '@/components/admin/back-link';

export const metadata: Metadata = { title: 'Quyết định' };
export const instant = false;

export default async function RegistrarDecisionPage({ params }: PageProps<'/admin/khen-thuong/[id]'>) {
  const { id } = await params;
  await requireStaff(REGISTRY_ROLES, `/admin/khen-thuong/${id}`);
  const found = await getDecisionForStaff(id);
  if (!found) notFound();
  const { decision: d, awards, total, stories } = found;
  return (
    <div className="max-w-4xl">
      <BackLink href="/admin/khen-thuong">Quyết định khen thưởng</BackLink>
      <h1 className="mb-1 font-serif text-3xl font-bold text-brand-700">Quyết định số {d.number}</h1>
      <p className="mb-4 text-stone-600">
        {formatDate(d.signedAt)} · {d.issuingAuthority} ·{' '}
        <Link href={registryPaths.decision(d.slug)} className="text-brand-700 underline">
          trang công khai
        </Link>
      </p>
      {d.status === 'REVOKED' ? (
        <section aria-label="Đã thu hồi" className="space-y-3 rounded bg-stone-100 p-3">
          <p role="note">
            Đã thu hồi{d.revokedAt ? ` ngày ${formatDate(d.revokedAt)}` : ''}: {d.revocationReason}
          </p>
          <WithdrawRevocationForm id={d.id} number={d.number} />
        </section>
      ) : (
        <section aria-labelledby="revoke-heading" className="rounded border border-stone-200 bg-white p-4">
          <h2 id="revoke-heading" className="mb-2 font-semibold">
            Thu hồi quyết định
          </h2>
          <p className="mb-3 text-sm text-stone-700">Quyết định vẫn hiển thị công khai, được đánh dấu đã thu hồi cùng lý do, và không còn được tính trong mọi số liệu.</p>
          <RevokeDecisionForm id={d.id} />
        </section>
      )}
      <section aria-labelledby="stories-heading" className="mt-6 rounded border border-stone-200 bg-white p-4">
        <h2 id="stories-heading" className="mb-2 font-semibold">
          Bài viết liên quan
        </h2>
        <StoryLinks kind="decision" id={d.id} initial={stories.map((s) => ({ id: s.id, label: s.title }))} />
      </section>
      <section aria-labelledby="awards-heading" className="mt-6">
        <h2 id="awards-heading" className="mb-2 font-semibold">
          Đối tượng được khen thưởng ({total.toLocaleString('vi-VN')})
        </h2>
        <table className="w-full border-collapse bg-white text-sm">
          <caption className="sr-only">Đối tượng được khen thưởng và giấy chứng nhận</caption>
          <thead>
            <tr className="border-b border-stone-300 text-left">
              <th className="p-2">#</th>
              <th className="p-2">Đối tượng</th>
              <th className="p-2">Danh hiệu / hình thức</th>
              <th className="p-2">Năm</th>
              <th className="p-2">Giấy chứng nhận</th>
            </tr>
          </thead>
          <tbody>
            {awards.map((a, i) => {
              const name = a.individual ? `${a.individual.fullName}${a.individual.position ? `, ${a.individual.position}` : ''}` : (a.collective?.name ?? a.unit?.name ?? '');
              return (
                <tr key={a.id} className="border-b border-stone-100">
                  <td className="p-2 text-stone-600">{i + 1}</td>
                  <td className="p-2">
                    {name}
                    {a.individual && !a.individual.publicationConsent ? <span className="ml-1 text-xs text-stone-600">(không công khai)</span> : null}
                  </td>
                  <td className="p-2">{a.type.name}</td>
                  <td className="p-2">{a.year}</td>
                  <td className="p-2">
                    <a href={`/api/admin/awards/${a.id}/certificate`} className="text-brand-700 underline" target="_blank" rel="noopener">
                      In (PDF)<span className="sr-only">: {name}</span>
                    </a>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {total > awards.length ? <p className="mt-2 text-sm text-stone-600">Hiển thị {awards.length} dòng đầu.</p> : null}
      </section>
    </div>
  );
}
