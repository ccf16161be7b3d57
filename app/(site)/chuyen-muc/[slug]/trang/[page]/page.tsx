import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CategoryListing } from '@/components/site/category-listing';
import { listMenuCategories } from '@/lib/newsroom/data/categories';
import { getCategoryPage, listCategorySlugs } from '@/lib/newsroom/data/listings';
import { categoryPageHref, parsePageParam } from '@/lib/newsroom/site';
import { notFoundMetadata } from '@/lib/newsroom/seo';

// Page numbers live in the path (not ?page=) so every page is a cacheable URL.
export async function generateStaticParams() {
  return (await listCategorySlugs()).map((slug) => ({ slug, page: '2' }));
}


export async function generateMetadata({ params }: PageProps<'/chuyen-muc/[slug]/trang/[page]'>): Promise<Metadata> {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  const data = page ? await getCategoryPage(slug, page) : null;
  if (!data || !page) return notFoundMetadata;
  return { title: `${data.category.name} – trang ${page}`, alternates: { canonical: categoryPageHref(slug, page) } };
}

export default async function CategoryPagedPage({ params }: PageProps<'/chuyen-muc/[slug]/trang/[page]'>) {
  const { slug, page: raw } = await params;
  const page = parsePageParam(raw);
  // Page 1 is redirected to the section by next.config.ts before reaching this page.
  if (!page || page === 1) notFound();
  const [data, menu] = await Promise.all([getCategoryPage(slug, page), listMenuCategories()]);
  if (!data || page > data.pageCount) notFound();
  return <CategoryListing data={data} menu={menu} />;
}
