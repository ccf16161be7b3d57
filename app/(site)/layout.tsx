import { BreakingBar } from '@/components/site/breaking-bar';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { getBreakingNews } from '@/lib/newsroom/data/breaking';
import { listMenuCategories } from '@/lib/newsroom/data/categories';

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  // Started, not awaited: the header waits for the menu while the page reads its own
  // data at the same time (an await here would hold every page back by one query).
  const categories = listMenuCategories();
  const breaking = getBreakingNews();
  return (
    <>
      <a href="#noi-dung" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
        Bỏ qua đến nội dung chính
      </a>
      <BreakingBar bar={breaking} />
      <SiteHeader categories={categories} />
      <main id="noi-dung" className="mx-auto max-w-6xl px-4 pt-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
