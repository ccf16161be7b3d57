import type { CategoryDto } from '@/lib/newsroom/data/categories';
import { SEARCH_MAX_QUERY, type SearchParams } from '@/lib/newsroom/schemas/search';

/** A plain GET form: search works without JavaScript and every result page is a link. */
export function SearchForm({ params, categories }: { params: SearchParams; categories: CategoryDto[] }) {
  return (
    <form action="/tim-kiem" method="get" role="search" aria-label="Tìm kiếm nâng cao" className="grid gap-3 rounded-lg bg-stone-50 p-4 sm:grid-cols-[1fr_auto]">
      <label className="sm:col-span-2">
        <span className="sr-only">Từ khóa</span>
        <input
          type="search"
          name="q"
          defaultValue={params.q}
          maxLength={SEARCH_MAX_QUERY}
          placeholder="Nhập từ khóa, có dấu hoặc không dấu…"
          className="w-full rounded border border-stone-300 px-3 py-2 text-base"
        />
      </label>
      <div className="flex flex-wrap gap-3 text-sm">
        <label className="flex items-center gap-2">
          Chuyên mục
          <select name="chuyen-muc" defaultValue={params.category ?? ''} className="rounded border border-stone-300 px-2 py-1.5">
            <option value="">Tất cả</option>
            {categories.map((c) => (
              <option key={c.id} value={c.slug}>
                {c.parentId ? `— ${c.name}` : c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2">
          Từ ngày
          <input type="date" name="tu" defaultValue={params.from ?? ''} className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="flex items-center gap-2">
          Đến ngày
          <input type="date" name="den" defaultValue={params.to ?? ''} className="rounded border border-stone-300 px-2 py-1" />
        </label>
      </div>
      <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600">
        Tìm kiếm
      </button>
    </form>
  );
}
