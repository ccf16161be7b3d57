import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagListing } from '@/components/site/tag-listing';
import { parsePageParam, tagPageHref } from '@/lib/newsroom/site';
import { getTagPage, listTagSlugs } from '@/lib/newsroom/data/listings';
import { notFoundMetadata } from '@/lib/newsroom/seo';

export async function generateStaticParams() {
  return (await listTagSlugs(5)).map((slug) => ({ slug, page: '2' }));
}

export async function generateMetadata({ params }: PageProps<'/the/[slug]/trang/[page]'>): Promise<Metadata> {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  const data = page ? await getTagPage(slug, page) : null;
  if (!data || !page) return notFoundMetadata;
  return { title: `#${data.tag.name} – trang ${page}`, alternates: { canonical: tagPageHref(slug, page) } };
}

export default async function TagPagedPage({ params }: PageProps<'/the/[slug]/trang/[page]'>) {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  // Page 1 is redirected to the tag page by next.config.ts.
  if (!page || page === 1) notFound();
  const data = await getTagPage(slug, page);
  if (!data || page > data.pageCount) notFound();
  return <TagListing data={data} />;
}
