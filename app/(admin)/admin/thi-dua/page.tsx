import type { Metadata } from 'next';
import Link from 'next/link';
import { DossierList } from '@/components/admin/pipeline/dossier-list';
import { ButtonLink } from '@/components/ui/button';
import { formatDateTime } from '@/lib/common/format';
import { listDossiers } from '@/lib/registry/data/dossiers';
import { listRegistrationsToReview } from '@/lib/registry/data/registrations';
import { requirePipelineScope, scopeRootUnit } from '@/lib/registry/data/scope';
import { currentYear } from '@/lib/registry/pipeline-year';

export const metadata: Metadata = { title: 'Thi đua – đề nghị khen thưởng' };
export const instant = false;

/** The pipeline's desk: what waits for this account, and the way to each screen. */
export default async function PipelineHome() {
  const { user, scope } = await requirePipelineScope('/admin/thi-dua');
  const year = currentYear();
  const [unit, waiting, toReview] = await Promise.all([
    scopeRootUnit(scope),
    listDossiers(scope, 'cho-xu-ly'),
    listRegistrationsToReview(scope, year),
  ]);
  const writes = !scope.all || scope.role === 'ADMIN';
  return (
    <div className="max-w-4xl">
      <h1 className="mb-1 font-serif text-3xl font-bold text-brand-700">Thi đua – đề nghị khen thưởng</h1>
      <p className="mb-4 text-stone-700">
        {unit ? (
          <>
            Phạm vi của bạn: <strong>{unit.name}</strong> và các đơn vị trực thuộc.
          </>
        ) : user.role === 'REGISTRAR' ? (
          'Bạn tiếp nhận đăng ký và hồ sơ các đơn vị trình lên cơ quan quyết định.'
        ) : (
          'Quản trị: mọi đơn vị, mọi cấp.'
        )}
      </p>
      <div className="mb-6 flex flex-wrap gap-2">
        {unit ? <ButtonLink href={`/admin/thi-dua/dang-ky/${unit.id}?nam=${year}`}>Đăng ký thi đua năm {year} của đơn vị</ButtonLink> : null}
        <ButtonLink href={`/admin/thi-dua/dang-ky?nam=${year}`} variant="outline">
          Tổng hợp đăng ký năm {year}
        </ButtonLink>
        <ButtonLink href="/admin/thi-dua/ho-so" variant="outline">
          Hồ sơ đề nghị khen thưởng
        </ButtonLink>
        {writes ? (
          <ButtonLink href="/admin/thi-dua/ho-so/moi" variant="outline">
            Lập hồ sơ mới
          </ButtonLink>
        ) : null}
        {scope.all ? (
          <>
            <ButtonLink href="/admin/thi-dua/hoi-dong" variant="outline">
              Hội đồng Thi đua – Khen thưởng
            </ButtonLink>
            <ButtonLink href="/admin/thi-dua/lay-y-kien" variant="outline">
              Lấy ý kiến nhân dân
            </ButtonLink>
            <ButtonLink href={`/admin/thi-dua/bao-cao?nam=${year}`} variant="outline">
              Báo cáo năm
            </ButtonLink>
          </>
        ) : null}
      </div>
      <section aria-labelledby="waiting" className="mb-6">
        <h2 id="waiting" className="mb-2 text-xl font-semibold">
          Hồ sơ chờ bạn xử lý ({waiting.length.toLocaleString('vi-VN')})
        </h2>
        <DossierList items={waiting} empty="Không có hồ sơ nào đang chờ ở cấp của bạn." />
      </section>
      <section aria-labelledby="to-review">
        <h2 id="to-review" className="mb-2 text-xl font-semibold">
          Đăng ký thi đua chờ tiếp nhận ({toReview.length.toLocaleString('vi-VN')})
        </h2>
        {toReview.length === 0 ? (
          <p className="text-sm text-stone-600">Không có bản đăng ký nào chờ bạn tiếp nhận.</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded border border-stone-200 bg-white text-sm">
            {toReview.map((r) => (
              <li key={r.id} className="p-3">
                <Link href={`/admin/thi-dua/dang-ky/${r.unitId}?nam=${year}`} className="font-semibold text-brand-700 hover:underline">
                  {r.unitName}
                </Link>
                <span className="block text-stone-600">
                  {r.entries.toLocaleString('vi-VN')} mục · gửi {r.submittedAt ? formatDateTime(r.submittedAt) : ''}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
