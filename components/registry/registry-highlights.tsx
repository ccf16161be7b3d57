import { DecisionItem } from '@/components/registry/decision-item';
import { SectionHeading } from '@/components/ui/section-heading';
import type { RegistryHighlightsDto } from '@/lib/registry/data/highlights';
import { formatDate } from '@/lib/common/format';
import { registryPaths } from '@/lib/registry/labels';

export function RegistryHighlights({ data }: { data: RegistryHighlightsDto }) {
  return (
    <section aria-labelledby="registry-heading" className="rounded-lg border border-gold-400 bg-brand-50 p-5">
      <SectionHeading id="registry-heading" href={registryPaths.home}>
        Bảng Vàng khen thưởng
      </SectionHeading>
      <h3 className="text-sm font-semibold text-stone-600">Quyết định mới</h3>
      <ul className="mt-2 space-y-3">
        {data.decisions.map((decision) => (
          <li key={decision.id}>
            <DecisionItem decision={decision} />
          </li>
        ))}
      </ul>
      {data.campaigns.length > 0 ? (
        <>
          <h3 className="mt-5 text-sm font-semibold text-stone-600">Phong trào đang diễn ra</h3>
          <ul className="mt-2 space-y-2">
            {data.campaigns.map((campaign) => (
              <li key={campaign.id}>
                <a href={registryPaths.campaign(campaign.slug)} className="text-brand-700 hover:underline">
                  {campaign.name}
                </a>
                <span className="block text-xs text-stone-600">
                  {formatDate(campaign.startDate)}
                  {campaign.endDate ? ` – ${formatDate(campaign.endDate)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
