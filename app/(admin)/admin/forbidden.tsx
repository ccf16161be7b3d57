import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="max-w-xl">
      <h1 className="mb-3 font-serif text-3xl font-bold text-brand-700">Không có quyền truy cập</h1>
      <p className="mb-4">Tài khoản của bạn không được giao việc này. Nếu cần, hãy liên hệ quản trị để được cấp quyền.</p>
      <Link href="/admin" className="text-brand-700 underline">
        Về trang tòa soạn
      </Link>
    </div>
  );
}
