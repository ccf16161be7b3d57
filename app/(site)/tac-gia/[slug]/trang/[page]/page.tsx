import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { AuthorListing } from '@/components/site/author-listing';
import { authorPageHref, parsePageParam } from '@/lib/newsroom/site';
import { getAuthorPage, listAuthorSlugs } from '@/lib/newsroom/data/authors';
import { notFoundMetadata } from '@/lib/newsroom/seo';

export async function generateStaticParams() {
  return (await listAuthorSlugs()).slice(0, 5).map((slug) => ({ slug, page: '2' }));
}

export async function generateMetadata({ params }: PageProps<'/tac-gia/[slug]/trang/[page]'>): Promise<Metadata> {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  const lookup = page ? await getAuthorPage(slug, page) : null;
  if (!page || lookup?.kind !== 'found') return notFoundMetadata;
  return { title: `${lookup.data.author.name} – trang ${page}`, alternates: { canonical: authorPageHref(slug, page) } };
}

export default async function AuthorPagedPage({ params }: PageProps<'/tac-gia/[slug]/trang/[page]'>) {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  // Page 1 is redirected to the author's page by next.config.ts.
  if (!page || page === 1) notFound();
  const lookup = await getAuthorPage(slug, page);
  if (lookup.kind === 'missing') notFound();
  if (lookup.kind === 'moved') permanentRedirect(authorPageHref(lookup.slug, page));
  if (page > lookup.data.pageCount) notFound();
  return <AuthorListing data={lookup.data} />;
}
