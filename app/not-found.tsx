import type { Metadata } from 'next';
import { notFoundMetadata } from '@/lib/newsroom/seo';

export const metadata: Metadata = notFoundMetadata;

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="font-serif text-6xl font-bold text-brand-700">404</p>
      <h1 className="mt-4 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-2 text-stone-600">Trang bạn tìm có thể đã được chuyển hoặc không còn tồn tại.</p>
      <a href="/" className="mt-6 inline-block rounded-full bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600">
        Về trang chủ
      </a>
    </main>
  );
}
