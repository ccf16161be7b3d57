import type { CampaignListItemDto } from '@/lib/registry/data/campaigns';
import type { CommendationTypeDto } from '@/lib/registry/data/commendation-types';
import {
  ISSUING_SYSTEMS,
  LEVELS,
  RECIPIENT_KINDS,
  issuingSystemLabels,
  issuingSystemParams,
  levelLabels,
  levelParams,
  recipientKindLabels,
  recipientKindParams,
  registryPaths,
} from '@/lib/registry/labels';
import { AWARD_PARAMS, AWARD_SORTS, awardSortLabels, MAX_YEAR, MIN_YEAR, type AwardFilters } from '@/lib/registry/schemas/filters';
import { Button } from '@/components/ui/button';

export interface UnitOption {
  slug: string;
  name: string;
  depth: number;
}

const field = 'mt-1 block w-full rounded border border-stone-300 bg-white px-2 py-1.5 text-sm';
const label = 'block text-sm font-semibold text-stone-700';

/**
 * The registry's search and filters: a plain GET form, so it works without JavaScript and
 * every result has a URL.
 */
export function AwardFiltersForm({
  filters,
  types,
  campaigns,
  units,
}: {
  filters: AwardFilters;
  types: CommendationTypeDto[];
  campaigns: CampaignListItemDto[];
  units: UnitOption[];
}) {
  const unitListed = !filters.unit || units.some((u) => u.slug === filters.unit);
  return (
    <form action={registryPaths.search} method="get" role="search" aria-label="Tra cứu khen thưởng" className="rounded-lg border border-stone-200 bg-stone-50 p-4">
      <label htmlFor="registry-q" className={label}>
        Tên người, tập thể, đơn vị hoặc số quyết định
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id="registry-q"
          type="search"
          name={AWARD_PARAMS.q}
          defaultValue={filters.q}
          maxLength={120}
          placeholder="Ví dụ: nguyen van, so y te, 1250-QĐ/ĐUK"
          className="w-full rounded border border-stone-300 bg-white px-3 py-2"
        />
        <Button type="submit" className="whitespace-nowrap">
          Tra cứu
        </Button>
      </div>
      <fieldset className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <legend className="sr-only">Bộ lọc</legend>
        <div className="flex gap-2">
          <div>
            <label htmlFor="registry-from" className={label}>
              Từ năm
            </label>
            <input id="registry-from" name={AWARD_PARAMS.yearFrom} type="number" inputMode="numeric" min={MIN_YEAR} max={MAX_YEAR} defaultValue={filters.yearFrom} className={field} />
          </div>
          <div>
            <label htmlFor="registry-to" className={label}>
              Đến năm
            </label>
            <input id="registry-to" name={AWARD_PARAMS.yearTo} type="number" inputMode="numeric" min={MIN_YEAR} max={MAX_YEAR} defaultValue={filters.yearTo} className={field} />
          </div>
        </div>
        <div>
          <label htmlFor="registry-type" className={label}>
            Danh hiệu, hình thức
          </label>
          <select id="registry-type" name={AWARD_PARAMS.type} defaultValue={filters.type ?? ''} className={field}>
            <option value="">Tất cả</option>
            {ISSUING_SYSTEMS.map((system) => (
              <optgroup key={system} label={issuingSystemLabels[system]}>
                {types
                  .filter((t) => t.issuingSystem === system)
                  .map((t) => (
                    <option key={t.slug} value={t.slug}>
                      {t.name}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="registry-level" className={label}>
            Cấp khen thưởng
          </label>
          <select id="registry-level" name={AWARD_PARAMS.level} defaultValue={filters.level ? levelParams[filters.level] : ''} className={field}>
            <option value="">Tất cả</option>
            {LEVELS.map((level) => (
              <option key={level} value={levelParams[level]}>
                {levelLabels[level]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="registry-system" className={label}>
            Hệ thống khen thưởng
          </label>
          <select id="registry-system" name={AWARD_PARAMS.system} defaultValue={filters.system ? issuingSystemParams[filters.system] : ''} className={field}>
            <option value="">Tất cả</option>
            {ISSUING_SYSTEMS.map((system) => (
              <option key={system} value={issuingSystemParams[system]}>
                {issuingSystemLabels[system]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="registry-kind" className={label}>
            Đối tượng
          </label>
          <select id="registry-kind" name={AWARD_PARAMS.kind} defaultValue={filters.kind ? recipientKindParams[filters.kind] : ''} className={field}>
            <option value="">Tất cả</option>
            {RECIPIENT_KINDS.map((kind) => (
              <option key={kind} value={recipientKindParams[kind]}>
                {recipientKindLabels[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="registry-unit" className={label}>
            Đơn vị
          </label>
          <select id="registry-unit" name={AWARD_PARAMS.unit} defaultValue={filters.unit ?? ''} className={field}>
            <option value="">Tất cả</option>
            {unitListed ? null : <option value={filters.unit}>Đơn vị đang chọn</option>}
            {units.map((u) => (
              <option key={u.slug} value={u.slug}>
                {`${'\u00a0\u00a0'.repeat(u.depth)}${u.name}`}
              </option>
            ))}
          </select>
          <label className="mt-1 flex items-center gap-2 text-sm">
            <input type="checkbox" name={AWARD_PARAMS.subunits} value="1" defaultChecked={filters.subunits || !filters.unit} />
            Gồm cả đơn vị cấp dưới
          </label>
          <label htmlFor="registry-structure" className={`${label} mt-2`}>
            Cơ cấu tổ chức tại ngày <span className="font-normal text-stone-600">(để trống: tại ngày khen thưởng)</span>
          </label>
          <input id="registry-structure" type="date" name={AWARD_PARAMS.structureOn} defaultValue={filters.structureOn ?? ''} className={field} />
        </div>
        <div>
          <label htmlFor="registry-campaign" className={label}>
            Phong trào
          </label>
          <select id="registry-campaign" name={AWARD_PARAMS.campaign} defaultValue={filters.campaign ?? ''} className={field}>
            <option value="">Tất cả</option>
            {campaigns.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="registry-sort" className={label}>
            Sắp xếp
          </label>
          <select id="registry-sort" name={AWARD_PARAMS.sort} defaultValue={filters.sort} className={field}>
            {AWARD_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {awardSortLabels[sort]}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      {filters.decision ? <input type="hidden" name={AWARD_PARAMS.decision} value={filters.decision} /> : null}
      <p className="mt-3 text-sm">
        <a href={registryPaths.search} className="text-brand-700 hover:underline">
          Xóa bộ lọc
        </a>
      </p>
    </form>
  );
}

/** Download links for the list as it is filtered (CSV, Excel, JSON). */
export function ExportLinks({ query, label = 'Tải danh sách' }: { query: string; label?: string }) {
  const link = 'rounded border border-stone-300 px-2 py-1 hover:bg-stone-50';
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm print:hidden">
      <span className="font-semibold text-stone-700">{label}:</span>
      <a href={`${registryPaths.xlsx}${query}`} className={link} download>
        Excel (.xlsx)
      </a>
      <a href={`${registryPaths.csv}${query}`} className={link} download>
        CSV
      </a>
      <a href={`/api/v1/awards${query}`} className={link}>
        JSON (API)
      </a>
    </p>
  );
}
