import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { TagListing } from '@/components/site/tag-listing';
import { getTagPage, listTagSlugs } from '@/lib/newsroom/data/listings';
import { notFoundMetadata } from '@/lib/newsroom/seo';

export async function generateStaticParams() {
  return (await listTagSlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/the/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const data = await getTagPage(slug, 1);
  if (!data) return notFoundMetadata;
  return { title: `#${data.tag.name}`, description: `Tin bài về ${data.tag.name}`, alternates: { canonical: `/the/${slug}` } };
}

export default async function TagPage({ params }: PageProps<'/the/[slug]'>) {
  const { slug } = await params;
  const data = await getTagPage(slug, 1);
  if (!data) notFound();
  return <TagListing data={data} />;
}
