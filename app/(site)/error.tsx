'use client';

export default function SiteError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-24 text-center">
      <h1 className="text-2xl font-bold">Đã có lỗi xảy ra</h1>
      <p className="mt-2 text-stone-600">Xin lỗi bạn đọc, trang chưa hiển thị được. Vui lòng thử lại sau ít phút.</p>
      <button type="button" onClick={reset} className="mt-6 rounded-full bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600">
        Thử lại
      </button>
    </div>
  );
}
