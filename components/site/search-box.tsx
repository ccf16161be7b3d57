import { SEARCH_MAX_QUERY } from '@/lib/newsroom/schemas/search';

/** The one-line search form (header, 404 page): a plain GET to /tim-kiem, works without JavaScript. */
export function SearchBox({ className = '', inputClassName = '', label = 'Tìm bài viết trên toàn trang' }: { className?: string; inputClassName?: string; label?: string }) {
  // Named: a page with its own search form beside this one has two search landmarks.
  return (
    <form action="/tim-kiem" method="get" role="search" aria-label={label} className={`flex ${className}`}>
      <label className="flex-1">
        <span className="sr-only">Tìm bài viết</span>
        <input
          type="search"
          name="q"
          maxLength={SEARCH_MAX_QUERY}
          placeholder="Tìm kiếm…"
          className={`rounded-l border border-stone-300 px-3 py-1.5 ${inputClassName}`}
        />
      </label>
      <button type="submit" className="rounded-r bg-brand-700 px-3 text-sm font-semibold text-white hover:bg-brand-600">
        Tìm
      </button>
    </form>
  );
}
