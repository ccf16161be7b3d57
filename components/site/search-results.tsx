import { ServerImage } from '@/components/ui/server-image';
import { Pagination } from '@/components/site/pagination';
import type { SearchResultDto } from '@/lib/newsroom/data/search';
import { formatDate, formatNumber } from '@/lib/common/format';
import { highlight, NO_SEARCHABLE_WORDS, type SearchParams } from '@/lib/newsroom/schemas/search';

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlight(text, terms).map((segment, i) =>
        segment.match ? (
          <mark key={i} className="rounded-sm bg-gold-400/40 px-0.5 text-inherit">
            {segment.text}
          </mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}

export function searchHref(params: SearchParams, page: number): string {
  const query = new URLSearchParams({ q: params.q });
  if (params.category) query.set('chuyen-muc', params.category);
  if (params.from) query.set('tu', params.from);
  if (params.to) query.set('den', params.to);
  if (page > 1) query.set('trang', String(page));
  return `/tim-kiem?${query.toString()}`;
}

export function SearchResults({ params, result }: { params: SearchParams; result: SearchResultDto }) {
  if (result.terms.length === 0) {
    return <p className="mt-6 text-stone-600">{params.q ? NO_SEARCHABLE_WORDS : 'Nhập từ khóa để tìm bài viết.'}</p>;
  }
  if (result.total === 0) {
    return (
      <p className="mt-6 text-stone-700" role="status">
        Không tìm thấy bài viết nào phù hợp với “{params.q}”{params.page > 1 ? ` ở trang ${params.page}` : ''}. Hãy thử bỏ bớt từ khóa hoặc bộ lọc.
      </p>
    );
  }
  return (
    <section className="mt-6" aria-labelledby="result-heading">
      {/* A heading that is also a live region is read twice, and a status is not a heading. */}
      <h2 id="result-heading" className="sr-only">
        Kết quả tìm kiếm
      </h2>
      <p className="text-sm text-stone-600" role="status">
        {result.more ? `Hơn ${formatNumber(result.total)}` : formatNumber(result.total)} kết quả cho “{params.q}” · trang {result.page}/{result.pageCount}
        {result.more ? ` (xếp theo mức phù hợp trong ${formatNumber(result.total)} bài mới nhất khớp từ khóa; thêm từ khóa hoặc bộ lọc để thu hẹp)` : ''}
      </p>
      <ol className="mt-4 space-y-6">
        {result.articles.map((article) => (
          <li key={article.id} className="grid grid-cols-[7.5rem_1fr] gap-3 sm:grid-cols-[10rem_1fr] sm:gap-4">
            {article.cover ? (
              <ServerImage src={article.cover.src} alt="" width={article.cover.width} height={article.cover.height} sizes="160px" className="aspect-video h-auto w-full self-start rounded object-cover" />
            ) : (
              <span />
            )}
            <div>
              <h3 className="font-serif text-lg font-bold leading-snug">
                <a href={`/bai-viet/${article.slug}`} className="hover:text-brand-600">
                  <Highlighted text={article.title} terms={result.terms} />
                </a>
              </h3>
              {/* The snippet shows why the story matched: its sapo, or the passage with the words. */}
              <p className="mt-1 line-clamp-3 text-stone-700">
                <Highlighted text={result.excerpts[article.id] ?? article.sapo} terms={result.terms} />
              </p>
              <p className="mt-1 text-xs text-stone-600">
                {article.category.name} · <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
              </p>
            </div>
          </li>
        ))}
      </ol>
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(n) => searchHref(params, n)} />
    </section>
  );
}
