import type { Metadata } from 'next';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { ArticleView } from '@/components/site/article-view';
import { JsonLd } from '@/components/site/json-ld';
import { ViewBeacon } from '@/components/site/view-beacon';
import { getArticlePage } from '@/lib/newsroom/data/article-page';
import { getPublishedArticle, listRecentArticleSlugs } from '@/lib/newsroom/data/articles';
import { articleJsonLd, notFoundMetadata } from '@/lib/newsroom/seo';
import { withdrawnPath } from '@/lib/newsroom/schemas/correction';

export async function generateStaticParams() {
  return (await listRecentArticleSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/bai-viet/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const lookup = await getPublishedArticle(slug);
  if (lookup.kind !== 'found') return notFoundMetadata;
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
      modifiedTime: article.modifiedAt.toISOString(),
      section: article.category.name,
      tags: article.tags.map((t) => t.name),
    },
    twitter: { card: 'summary_large_image', title, description },
  };
}

// params are read outside any Suspense boundary on purpose: the first visit to a story
// must answer with its real status (404 for a missing story, 308 for a renamed slug, 307
// to its notice for a withdrawn one) before any HTML is sent, and the rendered page is
// then cached by tag.
export default async function ArticlePage({ params }: PageProps<'/bai-viet/[slug]'>) {
  const { slug } = await params;
  const lookup = await getArticlePage(slug);
  if (lookup.kind === 'missing') notFound();
  if (lookup.kind === 'moved') permanentRedirect(`/bai-viet/${lookup.slug}`);
  // Withdrawn for an error: its notice, which answers 410 (a page cannot; a Route Handler
  // can). Temporary, since an administrator may put the story back.
  if (lookup.kind === 'withdrawn') redirect(withdrawnPath(lookup.slug));
  const { article, facts, extras } = lookup.page;

  return (
    <>
    <JsonLd data={articleJsonLd(article)} />
    <ViewBeacon articleId={article.id} />
    <ArticleView article={article} facts={facts} extras={extras} />
    </>
  );
}
