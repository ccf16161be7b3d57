import { ArticleCard } from '@/components/site/article-card';
import { MostRead } from '@/components/site/most-read';
import { SectionHeading } from '@/components/ui/section-heading';
import { Pagination } from '@/components/site/pagination';
import type { CategoryDto } from '@/lib/newsroom/data/categories';
import type { CategoryPageDto } from '@/lib/newsroom/data/listings';
import { formatNumber } from '@/lib/common/format';
import { categoryPageHref, categoryPath } from '@/lib/newsroom/site';

/** A section's page of stories; `menu` is the site's sections, offered beside it. */
export function CategoryListing({ data, menu }: { data: CategoryPageDto; menu: CategoryDto[] }) {
  const { category, page, pageCount } = data;
  const others = menu.filter((c) => c.slug !== category.slug);
  return (
    <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
      <section aria-labelledby="section-stories">
        <header className="mb-6 border-b-2 border-brand-600 pb-3">
          {category.parent ? (
            <a href={categoryPath(category.parent.slug)} className="text-sm font-semibold text-brand-700 hover:underline">
              {category.parent.name}
            </a>
          ) : null}
          <h1 className="font-serif text-3xl font-bold text-brand-700">{category.name}</h1>
          {category.description ? <p className="mt-1 text-stone-600">{category.description}</p> : null}
          <a href={`/chuyen-muc/${category.slug}/rss.xml`} className="mt-1 inline-block text-sm text-brand-700 hover:underline">
            RSS chuyên mục
          </a>
          {data.subcategories.length > 0 ? (
            <ul className="mt-3 flex flex-wrap gap-2 text-sm">
              {data.subcategories.map((sub) => (
                <li key={sub.slug}>
                  <a href={categoryPath(sub.slug)} className="rounded-full border border-brand-600 px-3 py-1 text-brand-700 hover:bg-brand-50">
                    {sub.name}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </header>
        {/* The stories' own heading level: their titles (h3) come under it, not straight under the h1. */}
        <h2 id="section-stories" className="sr-only">
          Bài viết trong chuyên mục
        </h2>
        {data.articles.length === 0 ? (
          <p className="text-stone-600">Chuyên mục chưa có bài viết.</p>
        ) : (
          <div className="space-y-6">
            {data.articles.map((article, index) => (
              <ArticleCard key={article.id} article={article} priority={page === 1 && index === 0} />
            ))}
          </div>
        )}
        <Pagination page={page} pageCount={pageCount} hrefFor={(n) => categoryPageHref(category.slug, n)} />
      </section>
      {/* What a section's front page keeps beside the list: its most-read stories and the way to the others. */}
      <aside className="space-y-8">
        <p className="text-sm text-stone-600">
          {formatNumber(data.total)} bài viết · trang {page}/{pageCount}
        </p>
        {data.mostRead.length > 0 ? <MostRead id="section-most-read" title="Đọc nhiều trong chuyên mục" articles={data.mostRead} /> : null}
        {others.length > 0 ? (
          <nav aria-labelledby="other-sections">
            <SectionHeading id="other-sections">Chuyên mục khác</SectionHeading>
            <ul className="flex flex-wrap gap-2 text-sm">
              {others.map((c) => (
                <li key={c.id}>
                  <a href={categoryPath(c.slug)} className="inline-block rounded-full border border-stone-300 px-3 py-1 hover:border-brand-600 hover:text-brand-700">
                    {c.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </aside>
    </div>
  );
}
