import type { Metadata } from 'next';
import { Suspense } from 'react';
import { SearchForm } from '@/components/site/search-form';
import { SearchResults } from '@/components/site/search-results';
import { listAllCategories } from '@/lib/newsroom/data/categories';
import { searchArticles } from '@/lib/newsroom/data/search';
import { parseSearchParams } from '@/lib/newsroom/schemas/search';

export const metadata: Metadata = {
  title: 'Tìm kiếm',
  description: 'Tìm bài viết theo từ khóa, có dấu hoặc không dấu.',
  alternates: { canonical: '/tim-kiem' },
  robots: { index: false, follow: true },
};

async function Search({ searchParams }: { searchParams: PageProps<'/tim-kiem'>['searchParams'] }) {
  const params = parseSearchParams(await searchParams);
  const [categories, result] = await Promise.all([listAllCategories(), searchArticles(params)]);
  return (
    <>
      <SearchForm params={params} categories={categories} />
      <SearchResults params={params} result={result} />
    </>
  );
}

export default function SearchPage({ searchParams }: PageProps<'/tim-kiem'>) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Tìm kiếm</h1>
      {/* The query is only known per request; the rest of the page is static. */}
      {/* At least a screen tall, waiting or answered: results streamed in late move nothing
          in view (the footer stays below the fold either way). */}
      <div className="min-h-svh">
        <Suspense fallback={<p className="text-stone-600">Đang tìm…</p>}>
          <Search searchParams={searchParams} />
        </Suspense>
      </div>
    </div>
  );
}
