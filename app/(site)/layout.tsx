import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Bỏ qua đến nội dung chính
      </a>
      <SiteHeader />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 pt-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
