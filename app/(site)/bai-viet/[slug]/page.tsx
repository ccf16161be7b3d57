import type { Metadata } from 'next';
import Image from 'next/image';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleBody, awardFactDecisionIds } from '@/components/site/article-body';
import { getPublishedArticle, listRecentArticleSlugs } from '@/lib/data/articles';
import { getAwardFacts } from '@/lib/data/registry';
import { formatDateTime } from '@/lib/format';

export async function generateStaticParams() {
  return (await listRecentArticleSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/bai-viet/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const lookup = await getPublishedArticle(slug);
  if (lookup.kind !== 'found') return {};
  const { article } = lookup;
  return {
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.sapo,
    alternates: { canonical: `/bai-viet/${article.slug}` },
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
  const facts = await getAwardFacts(awardFactDecisionIds(article.body));
  const wide = article.layout === 'EMAGAZINE';

  return (
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
        <p className="mt-3 text-sm text-stone-600">
          <span className="font-semibold text-stone-800">{article.byline}</span>
          <span aria-hidden="true"> · </span>
          <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
        </p>
        <p className="mt-4 font-serif text-lg font-bold leading-relaxed text-stone-800">{article.sapo}</p>
      </header>

      {article.cover ? (
        <figure className={wide ? 'my-8 md:-mx-24' : 'my-6'}>
          <Image
            src={article.cover.src}
            alt={article.cover.alt}
            width={article.cover.width}
            height={article.cover.height}
            priority
            sizes={wide ? '(min-width: 1024px) 1100px, 100vw' : '(min-width: 768px) 768px, 100vw'}
            className="h-auto w-full rounded"
          />
          {article.coverCaption ? <figcaption className="mt-2 text-sm text-stone-600">{article.coverCaption}</figcaption> : null}
        </figure>
      ) : null}

      <ArticleBody body={article.body} media={article.media} facts={facts} wide={wide} />

      {article.tags.length > 0 ? (
        <footer className="mt-8 border-t border-stone-200 pt-4">
          <h2 className="sr-only">Từ khóa</h2>
          <ul className="flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag.slug} className="rounded-full bg-stone-100 px-3 py-1 text-sm text-stone-700">
                {tag.name}
              </li>
            ))}
          </ul>
        </footer>
      ) : null}
    </article>
  );
}
