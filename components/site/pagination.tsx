
/** Numbered pages; the window keeps long lists short (1 … 4 5 [6] 7 8 … 40). */
export function Pagination({ page, pageCount, hrefFor }: { page: number; pageCount: number; hrefFor: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const shown = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2].filter((n) => n >= 1 && n <= pageCount));
  const numbers = [...shown].sort((a, b) => a - b);
  const cell = 'rounded border px-3 py-1.5 hover:bg-stone-50';
  return (
    <nav aria-label="Phân trang" className="mt-8 flex flex-wrap items-center gap-2">
      {page > 1 ? (
        <a href={hrefFor(page - 1)} rel="prev" className={cell}>
          ‹ Trang trước
        </a>
      ) : null}
      {numbers.map((n, i) => (
        <span key={n} className="flex items-center gap-2">
          {i > 0 && n - numbers[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
          <a href={hrefFor(n)} aria-current={n === page ? 'page' : undefined} className={n === page ? 'rounded bg-brand-700 px-3 py-1.5 font-semibold text-white' : cell}>
            {n}
          </a>
        </span>
      ))}
      {page < pageCount ? (
        <a href={hrefFor(page + 1)} rel="next" className={cell}>
          Trang sau ›
        </a>
      ) : null}
    </nav>
  );
}

/** `/chuyen-muc/x` for page 1, `/chuyen-muc/x/trang/N` after (see next.config.ts redirects). */
