import type { Metadata } from 'next';
import Link from 'next/link';
import { Suspense } from 'react';
import { SignInForm } from '@/components/admin/sign-in-form';
import { safeNextPath } from '@/lib/auth/safe-redirect';
import { site } from '@/lib/newsroom/site';

export const metadata: Metadata = { title: 'Đăng nhập', robots: { index: false, follow: false } };

async function Form({ searchParams }: { searchParams: PageProps<'/dang-nhap'>['searchParams'] }) {
  const next = safeNextPath((await searchParams).next);
  return <SignInForm next={next} />;
}

export default function SignInPage({ searchParams }: PageProps<'/dang-nhap'>) {
  return (
    <main id="noi-dung" className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <Link href="/" className="mb-6 font-serif text-3xl font-bold text-brand-700">
        {site.name}
      </Link>
      <h1 className="mb-4 text-xl font-bold">Đăng nhập tòa soạn</h1>
      <Suspense fallback={null}>
        <Form searchParams={searchParams} />
      </Suspense>
      <p className="mt-6 text-sm text-stone-600">Quên mật khẩu? Liên hệ quản trị hệ thống để được cấp lại.</p>
    </main>
  );
}
