import Link from 'next/link';

export default function SiteNotFound() {
  return (
    <div className="mx-auto max-w-xl py-20 text-center">
      <p className="font-serif text-6xl font-bold text-brand-700">404</p>
      <h1 className="mt-4 text-2xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-2 text-stone-600">Bài viết hoặc trang bạn tìm có thể đã được chuyển, gỡ bỏ hoặc chưa xuất bản.</p>
      <form action="/tim-kiem" method="get" role="search" className="mx-auto mt-6 flex max-w-sm">
        <label className="flex-1">
          <span className="sr-only">Tìm bài viết</span>
          <input type="search" name="q" placeholder="Tìm bài viết…" className="w-full rounded-l border border-stone-300 px-3 py-2" />
        </label>
        <button type="submit" className="rounded-r bg-brand-700 px-4 font-semibold text-white hover:bg-brand-600">
          Tìm
        </button>
      </form>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand-700 hover:underline">
        ← Về trang chủ
      </Link>
    </div>
  );
}
