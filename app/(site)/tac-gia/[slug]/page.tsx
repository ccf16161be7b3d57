import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { AuthorListing } from '@/components/site/author-listing';
import { JsonLd } from '@/components/site/json-ld';
import { getAuthorPage, listAuthorSlugs } from '@/lib/newsroom/data/authors';
import { authorJsonLd, notFoundMetadata } from '@/lib/newsroom/seo';
import { authorPath } from '@/lib/newsroom/schemas/author';

export async function generateStaticParams() {
  return (await listAuthorSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/tac-gia/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const lookup = await getAuthorPage(slug, 1);
  if (lookup.kind !== 'found') return notFoundMetadata;
  const { author } = lookup.data;
  return {
    title: author.name,
    description: author.bio?.slice(0, 160) ?? `Bài viết của ${author.name}${author.jobTitle ? `, ${author.jobTitle}` : ''}`,
    alternates: { canonical: authorPath(author.slug) },
    openGraph: { type: 'profile', locale: 'vi_VN', url: authorPath(author.slug), title: author.name },
  };
}

// As a story's page: the status (404, or 308 from an earlier slug) is decided before any HTML.
export default async function AuthorPage({ params }: PageProps<'/tac-gia/[slug]'>) {
  const { slug } = await params;
  const lookup = await getAuthorPage(slug, 1);
  if (lookup.kind === 'missing') notFound();
  if (lookup.kind === 'moved') permanentRedirect(authorPath(lookup.slug));
  return (
    <>
      <JsonLd data={authorJsonLd(lookup.data.author)} />
      <AuthorListing data={lookup.data} />
    </>
  );
}
