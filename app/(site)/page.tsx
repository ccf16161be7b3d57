import { ArticleCard } from '@/components/site/article-card';
import { RegistryHighlights } from '@/components/registry/registry-highlights';
import { SectionHeading } from '@/components/ui/section-heading';
import { getHomePage } from '@/lib/newsroom/data/articles';
import { getRegistryHighlights } from '@/lib/registry/data/highlights';
import { categoryPath } from '@/lib/newsroom/site';
import { MostRead } from '@/components/site/most-read';

export default async function HomePage() {
  const [home, registry] = await Promise.all([getHomePage(), getRegistryHighlights()]);
  if (!home.lead) {
    return <p className="py-20 text-center text-stone-600">Chưa có bài viết nào được xuất bản.</p>;
  }
  return (
    <div className="space-y-10">
      <h1 className="sr-only">Trang chủ Bảng Vàng</h1>
      {/* A heading of its own (read by screen readers only), so that the cards' h3 titles
          follow an h2 here as in every other section: headings never skip a level. */}
      <section aria-labelledby="featured-heading" className="grid gap-6 lg:grid-cols-[2fr_1fr]">
        <h2 id="featured-heading" className="sr-only">
          Tin nổi bật
        </h2>
        <ArticleCard article={home.lead} variant="lead" priority />
        <div className="grid content-start gap-5 sm:grid-cols-2 lg:grid-cols-1">
          {home.featured.slice(0, 2).map((article) => (
            <ArticleCard key={article.id} article={article} variant="feature" />
          ))}
        </div>
      </section>

      <div className="grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="latest-heading">
          <SectionHeading id="latest-heading">Tin mới</SectionHeading>
          <div className="space-y-5">
            {home.latest.map((article) => (
              <ArticleCard key={article.id} article={article} />
            ))}
          </div>
        </section>
        <aside className="space-y-8">
          <RegistryHighlights data={registry} />
          <MostRead id="most-read-heading" title="Đọc nhiều" articles={home.mostRead} />
        </aside>
      </div>

      {home.sections.map((section) => (
        <section key={section.category.slug} aria-labelledby={`section-${section.category.slug}`}>
          <SectionHeading id={`section-${section.category.slug}`} href={categoryPath(section.category.slug)}>
            {section.category.name}
          </SectionHeading>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {section.articles.map((article) => (
              <ArticleCard key={article.id} article={article} variant="feature" />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
