import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryListing } from '@/components/site/category-listing';
import { listMenuCategories } from '@/lib/newsroom/data/categories';
import { getCategoryPage, listCategorySlugs } from '@/lib/newsroom/data/listings';
import { notFoundMetadata } from '@/lib/newsroom/seo';

export async function generateStaticParams() {
  return (await listCategorySlugs()).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: PageProps<'/chuyen-muc/[slug]'>): Promise<Metadata> {
  const { slug } = await params;
  const data = await getCategoryPage(slug, 1);
  if (!data) return notFoundMetadata;
  return { title: data.category.name, description: data.category.description ?? undefined, alternates: { canonical: `/chuyen-muc/${slug}` } };
}

export default async function CategoryPage({ params }: PageProps<'/chuyen-muc/[slug]'>) {
  const { slug } = await params;
  const [data, menu] = await Promise.all([getCategoryPage(slug, 1), listMenuCategories()]);
  if (!data) notFound();
  return <CategoryListing data={data} menu={menu} />;
}
