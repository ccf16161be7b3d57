import type { Metadata } from 'next';
import { SearchBox } from '@/components/site/search-box';
import { notFoundMetadata } from '@/lib/newsroom/seo';

export const metadata: Metadata = notFoundMetadata;

export default function SiteNotFound() {
  return (
    <div className="mx-auto max-w-xl py-20 text-center">
      <p className="font-serif text-6xl font-bold text-brand-700">404</p>
      <h1 className="mt-4 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-2 text-stone-600">Bài viết hoặc trang bạn tìm có thể đã được chuyển, gỡ bỏ hoặc chưa xuất bản.</p>
      <SearchBox className="mx-auto mt-6 max-w-sm" inputClassName="w-full py-2" label="Tìm bài viết khác" />
      <a href="/" className="mt-6 inline-block font-semibold text-brand-700 hover:underline">
        ← Về trang chủ
      </a>
    </div>
  );
}
