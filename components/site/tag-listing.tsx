import { ArticleCard } from '@/components/site/article-card';
import { Pagination } from '@/components/site/pagination';
import { tagPageHref } from '@/lib/newsroom/site';
import type { TagPageDto } from '@/lib/newsroom/data/listings';
import { formatNumber } from '@/lib/common/format';

export function TagListing({ data }: { data: TagPageDto }) {
  return (
    <section className="mx-auto max-w-3xl">
      <header className="mb-6 border-b-2 border-brand-600 pb-3">
        <p className="text-sm font-semibold text-stone-600">Từ khóa</p>
        <h1 className="font-serif text-3xl font-bold text-brand-700">#{data.tag.name}</h1>
        <p className="mt-1 text-sm text-stone-600">{formatNumber(data.total)} bài viết</p>
      </header>
      <div className="space-y-6">
        {data.articles.map((article, index) => (
          <ArticleCard key={article.id} article={article} priority={data.page === 1 && index === 0} />
        ))}
      </div>
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(n) => tagPageHref(data.tag.slug, n)} />
    </section>
  );
}
