import type { Metadata } from 'next';
import { PageTitle, RegistryNav } from '@/components/registry/registry-nav';
import { listCommendationTypes } from '@/lib/registry/data/commendation-types';
import { formatNumber } from '@/lib/common/format';
import { ISSUING_SYSTEMS, LEVELS, commendationKindLabels, issuingSystemLabels, levelLabels, registryPaths } from '@/lib/registry/labels';

export const metadata: Metadata = {
  title: 'Danh hiệu và hình thức khen thưởng',
  description: 'Danh mục danh hiệu thi đua và hình thức khen thưởng theo hệ thống (Nhà nước, Đảng, đoàn thể) và cấp khen thưởng.',
  alternates: { canonical: registryPaths.types },
};

export default async function CommendationTypesPage() {
  const types = await listCommendationTypes();
  return (
    <div>
      <RegistryNav current={registryPaths.types} />
      <PageTitle eyebrow="Bảng Vàng">Danh hiệu và hình thức khen thưởng</PageTitle>
      {ISSUING_SYSTEMS.map((system) => {
        const ofSystem = types.filter((t) => t.issuingSystem === system);
        if (ofSystem.length === 0) return null;
        return (
          <section key={system} aria-labelledby={`system-${system}`} className="mb-10">
            <h2 id={`system-${system}`} className="mb-4 border-b-2 border-brand-600 pb-1 font-serif text-2xl font-bold text-brand-700">
              {issuingSystemLabels[system]}
            </h2>
            {LEVELS.map((level) => {
              const list = ofSystem.filter((t) => t.level === level);
              if (list.length === 0) return null;
              return (
                <div key={level} className="mb-5">
                  <h3 className="mb-2 text-sm font-bold uppercase tracking-wide text-stone-600">{levelLabels[level]}</h3>
                  <ul className="grid gap-3 sm:grid-cols-2">
                    {list.map((t) => (
                      <li key={t.slug} className="rounded border border-stone-200 p-3">
                        <a href={registryPaths.type(t.slug)} className="font-semibold text-brand-700 hover:underline">
                          {t.name}
                        </a>
                        <span className="block text-xs text-stone-600">
                          {commendationKindLabels[t.kind]} · {t.authority}
                          {t.active ? '' : ' · không còn áp dụng'}
                        </span>
                        <span className="block text-sm">{formatNumber(t.awardCount)} lượt khen thưởng</span>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
