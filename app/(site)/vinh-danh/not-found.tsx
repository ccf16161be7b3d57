import type { Metadata } from 'next';
import { registryPaths } from '@/lib/registry/labels';
import { registryNotFoundMetadata } from '@/lib/newsroom/seo';
import { AWARD_PARAMS, REGISTRY_MAX_QUERY } from '@/lib/registry/schemas/filters';

export const metadata: Metadata = registryNotFoundMetadata;

// A registry address that leads nowhere (a unit, person, decision… not in the golden book,
// or not public): the registry's words, its own search, and the way back into it.
export default function RegistryNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="font-serif text-6xl font-bold text-brand-700">404</p>
      <h1 className="mt-4 text-2xl font-bold">Không có trong sổ vàng</h1>
      <p className="mt-2 text-stone-600">
        Đơn vị, tập thể, cá nhân, quyết định hoặc danh hiệu bạn tìm không có trong sổ vàng, đã đổi địa chỉ, hoặc không được công bố.
      </p>
      <form action={registryPaths.search} method="get" role="search" aria-label="Tra cứu sổ vàng" className="mx-auto mt-6 flex max-w-sm">
        <label className="flex-1">
          <span className="sr-only">Tên người, tập thể, đơn vị hoặc số quyết định</span>
          <input type="search" name={AWARD_PARAMS.q} maxLength={REGISTRY_MAX_QUERY} placeholder="Tên, đơn vị, số quyết định…" className="w-full rounded-l border border-stone-300 px-3 py-2" />
        </label>
        <button type="submit" className="rounded-r bg-brand-700 px-3 text-sm font-semibold text-white hover:bg-brand-600">
          Tra cứu
        </button>
      </form>
      <p className="mt-6 flex flex-wrap justify-center gap-x-6 gap-y-2 font-semibold">
        <a href={registryPaths.home} className="text-brand-700 hover:underline">
          ← Về Bảng Vàng
        </a>
        <a href={registryPaths.units} className="text-brand-700 hover:underline">
          Các đơn vị
        </a>
        <a href={registryPaths.decisions} className="text-brand-700 hover:underline">
          Các quyết định
        </a>
      </p>
    </div>
  );
}
