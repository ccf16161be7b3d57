import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ReportedRecords } from '@/components/registry/reported-records';
import { ArticleBody, awardFactDecisionIds } from '@/components/site/article-body';
import { ArticleCard } from '@/components/site/article-card';
import { JsonLd } from '@/components/site/json-ld';
import { ShareLinks } from '@/components/site/share-links';
import { TextSizeControl } from '@/components/site/text-size-control';
import { ViewBeacon } from '@/components/site/view-beacon';
import { SectionHeading } from '@/components/ui/section-heading';
import { getArticleExtras } from '@/lib/data/article-extras';
import { getPublishedArticle, listRecentArticleSlugs } from '@/lib/data/articles';
import { getAwardFacts } from '@/lib/data/registry';
import { formatDateTime } from '@/lib/format';
import { articleJsonLd, articleUrl } from '@/lib/seo';

export async function generateStaticParams() {
  return (await listRecentArticleSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/bai-viet/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const lookup = await getPublishedArticle(slug);
  if (lookup.kind !== 'found') return {};
  const { article } = lookup;
  const title = article.seoTitle ?? article.title;
  const description = article.seoDescription ?? article.sapo;
  return {
    title,
    description,
    alternates: { canonical: `/bai-viet/${article.slug}` },
    openGraph: {
      type: 'article',
      locale: 'vi_VN',
      url: `/bai-viet/${article.slug}`,
      title,
      description,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}

// params are read outside any Suspense boundary on purpose: the first visit to a story
// must answer with its real status (404 for a missing story, 308 for a renamed slug)
// before any HTML is sent, and the rendered page is then cached by tag.
export default async function ArticlePage({ params }: PageProps<'/bai-viet/[slug]'>) {
  const { slug } = await params;
  const lookup = await getPublishedArticle(slug);
  if (lookup.kind === 'missing') notFound();
  if (lookup.kind === 'moved') permanentRedirect(`/bai-viet/${lookup.slug}`);
  const { article } = lookup;
  const [facts, extras] = await Promise.all([getAwardFacts(awardFactDecisionIds(article.body)), getArticleExtras(article.id, article.categoryId)]);
  const wide = article.layout === 'EMAGAZINE';

  return (
    <>
    <JsonLd data={articleJsonLd(article)} />
    <ViewBeacon articleId={article.id} />
    <article className={wide ? 'mx-auto max-w-4xl' : 'mx-auto max-w-3xl'}>
      <nav aria-label="Đường dẫn" className="text-sm text-stone-600">
        <ol className="flex flex-wrap gap-1">
          <li>
            <Link href="/" className="hover:underline">
              Trang chủ
            </Link>
          </li>
          {article.category.parent ? (
            <li>
              <span aria-hidden="true">›</span>{' '}
              <Link href={`/chuyen-muc/${article.category.parent.slug}`} className="hover:underline">
                {article.category.parent.name}
              </Link>
            </li>
          ) : null}
          <li>
            <span aria-hidden="true">›</span>{' '}
            <Link href={`/chuyen-muc/${article.category.slug}`} className="font-semibold text-brand-700 hover:underline">
              {article.category.name}
            </Link>
          </li>
        </ol>
      </nav>

      <header className="mt-4">
        <h1 className={`font-serif font-bold leading-tight ${wide ? 'text-4xl sm:text-5xl' : 'text-3xl sm:text-4xl'}`}>{article.title}</h1>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-stone-600">
            <span className="font-semibold text-stone-800">{article.byline}</span>
            <span aria-hidden="true"> · </span>
            <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
          </p>
          <TextSizeControl />
        </div>
        <p className="mt-4 font-serif text-base font-bold leading-relaxed text-stone-800 sm:text-lg">{article.sapo}</p>
      </header>

      {article.cover ? (
        <figure className={wide ? 'my-8 -mx-4 sm:mx-0 md:-mx-24' : 'my-6 -mx-4 sm:mx-0'}>
          <Image
            src={article.cover.src}
            alt={article.cover.alt}
            width={article.cover.width}
            height={article.cover.height}
            priority
            sizes={wide ? '(min-width: 1024px) 1100px, 100vw' : '(min-width: 768px) 768px, 100vw'}
            className="h-auto w-full sm:rounded"
          />
          {article.coverCaption ? <figcaption className="mt-2 px-4 text-sm text-stone-600 sm:px-0">{article.coverCaption}</figcaption> : null}
        </figure>
      ) : null}

      <ArticleBody body={article.body} media={article.media} facts={facts} wide={wide} />

      <footer className="mt-8 space-y-6 border-t border-stone-200 pt-4">
        {article.tags.length > 0 ? (
          <div>
            <h2 className="sr-only">Từ khóa</h2>
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <Link href={`/the/${tag.slug}`} className="block rounded-full bg-stone-100 px-3 py-1 text-sm text-stone-700 hover:bg-stone-200">
                    #{tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ShareLinks url={articleUrl(article.slug)} title={article.title} />
        <ReportedRecords records={extras.records} />
      </footer>
    </article>

    <div className="mx-auto mt-12 max-w-6xl space-y-10 print:hidden">
      {extras.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <SectionHeading id="related-heading">Có thể bạn quan tâm</SectionHeading>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {extras.related.map((item) => (
              <ArticleCard key={item.id} article={item} variant="feature" />
            ))}
          </div>
        </section>
      ) : null}
      {extras.sameCategory.length > 0 ? (
        <section aria-labelledby="same-category-heading">
          <SectionHeading id="same-category-heading" href={`/chuyen-muc/${article.category.slug}`}>
            Tin cùng chuyên mục
          </SectionHeading>
          <div className="grid gap-5 md:grid-cols-2">
            {extras.sameCategory.map((item) => (
              <ArticleCard key={item.id} article={item} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
    </>
  );
}
