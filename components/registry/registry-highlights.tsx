import { SectionHeading } from '@/components/ui/section-heading';
import type { RegistryHighlightsDto } from '@/lib/data/registry';
import { formatDate, formatNumber } from '@/lib/format';

export function RegistryHighlights({ data }: { data: RegistryHighlightsDto }) {
  return (
    <section aria-labelledby="registry-heading" className="rounded-lg border border-gold-400 bg-brand-50 p-5">
      <SectionHeading id="registry-heading">
        Bảng Vàng khen thưởng
      </SectionHeading>
      <h3 className="text-sm font-semibold text-stone-600">Quyết định mới</h3>
      <ul className="mt-2 space-y-3">
        {data.decisions.map((decision) => (
          <li key={decision.id}>
            <span className="font-semibold">Quyết định số {decision.number}</span>
            {decision.revoked ? <span className="ml-2 rounded bg-stone-700 px-1.5 py-0.5 text-xs font-semibold text-white">Đã thu hồi</span> : null}
            <p className="text-sm text-stone-700">{decision.summary}</p>
            <p className="text-xs text-stone-600">
              {decision.issuingAuthority} · {formatDate(decision.signedAt)} · {formatNumber(decision.awardCount)} lượt khen thưởng
            </p>
          </li>
        ))}
      </ul>
      {data.campaigns.length > 0 ? (
        <>
          <h3 className="mt-5 text-sm font-semibold text-stone-600">Phong trào đang diễn ra</h3>
          <ul className="mt-2 space-y-2">
            {data.campaigns.map((campaign) => (
              <li key={campaign.id}>
                {campaign.name}
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
