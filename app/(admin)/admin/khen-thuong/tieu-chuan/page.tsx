import type { Metadata } from 'next';
import { BackLink } from '@/components/admin/back-link';
import { RuleVersionForm } from '@/components/admin/rule-version-form';
import { RuleCard } from '@/components/registry/rule-card';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { listRuleVersions } from '@/lib/registry/data/eligibility';
import { listCommendationTypesForStaff } from '@/lib/registry/data/commendation-types';

export const metadata: Metadata = { title: 'Tiêu chuẩn xét tặng' };
export const instant = false;

/**
 * The eligibility rules of the catalogue, each with its legal source and every version it
 * has had. Registrars read them; administrators add versions (never overwrite one).
 */
export default async function EligibilityRulesPage() {
  const user = await requireStaff(REGISTRY_ROLES, '/admin/khen-thuong/tieu-chuan');
  const [groups, types] = await Promise.all([listRuleVersions(), listCommendationTypesForStaff()]);
  const toConfirm = groups.filter(([latest]) => latest!.confirmation === 'TO_CONFIRM').length;
  const typeChoices = types.filter((t) => t.active).map((t) => ({ value: t.code, label: t.name }));
  return (
    <div className="max-w-4xl">
      <BackLink href="/admin/khen-thuong/danh-muc">Danh mục danh hiệu, hình thức</BackLink>
      <h1 className="mb-2 font-serif text-3xl font-bold text-brand-700">Tiêu chuẩn xét tặng</h1>
      <p className="mb-4 text-sm text-stone-700">
        Mỗi tiêu chuẩn ghi văn bản, điều khoản và thời gian áp dụng; hồ sơ đề nghị được kiểm tra theo tiêu chuẩn có hiệu lực vào ngày trình. Sửa một tiêu chuẩn là thêm
        phiên bản mới: phiên bản cũ được giữ nguyên để giải thích các lần xét trước.
      </p>
      {toConfirm > 0 ? (
        <p role="status" className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          <strong>{toConfirm.toLocaleString('vi-VN')} tiêu chuẩn chưa được đối chiếu với văn bản gốc.</strong> Kết quả kiểm tra theo các tiêu chuẩn này chỉ để tham khảo cho đến
          khi quản trị viên xác nhận điều, khoản.
        </p>
      ) : null}
      <ol className="space-y-4">
        {groups.map((versions) => {
          const [latest, ...older] = versions;
          return (
            <li key={latest!.ruleKey} className="rounded border border-stone-200 bg-white p-4">
              <h2 className="mb-2 font-semibold text-stone-900">
                {latest!.typeName} <span className="font-mono text-xs font-normal text-stone-600">{latest!.ruleKey}</span>
              </h2>
              <RuleCard rule={latest!} showVersion />
              {older.length > 0 ? (
                <details className="mt-3 text-sm">
                  <summary className="cursor-pointer text-brand-700">Các phiên bản trước ({older.length.toLocaleString('vi-VN')})</summary>
                  <ol className="mt-2 space-y-3 border-l-2 border-stone-200 pl-3">
                    {older.map((v) => (
                      <li key={v.id}>
                        <RuleCard rule={v} showVersion />
                        <p className="mt-1 text-xs text-stone-600">Ghi bởi {v.createdByName ?? 'dữ liệu ban đầu'}</p>
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
              {user.role === 'ADMIN' ? (
                <details className="mt-3 text-sm">
                  <summary className="cursor-pointer text-brand-700">Thêm phiên bản mới</summary>
                  <div className="mt-2">
                    <RuleVersionForm rule={latest!} types={typeChoices} />
                  </div>
                </details>
              ) : null}
            </li>
          );
        })}
      </ol>
      {user.role === 'ADMIN' ? (
        <section className="mt-6 rounded border border-stone-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">Thêm tiêu chuẩn</h2>
          <RuleVersionForm types={typeChoices} />
        </section>
      ) : null}
    </div>
  );
}
