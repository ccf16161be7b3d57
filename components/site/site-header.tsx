import { SearchBox } from '@/components/site/search-box';
import type { CategoryDto } from '@/lib/newsroom/data/categories';
import { categoryPath, site } from '@/lib/newsroom/site';

/** `categories` is the layout's pending read: awaited here, in parallel with the page's own reads. */
export async function SiteHeader({ categories: pending }: { categories: Promise<CategoryDto[]> }) {
  const categories = await pending;
  return (
    <header className="border-b-4 border-brand-600 bg-white">
      {/* On a phone the name keeps one line and the search box takes the row below it. */}
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-x-4 gap-y-2 px-4 pt-4 pb-3 sm:pt-5">
        <a href="/" className="group">
          <span className="block whitespace-nowrap font-serif text-3xl font-bold tracking-tight text-brand-700 sm:text-4xl">{site.name}</span>
          <span className="block text-sm text-stone-600">{site.tagline}</span>
        </a>
        <SearchBox className="w-full print:hidden sm:w-auto" inputClassName="w-full text-sm sm:w-56" />
      </div>
      <nav aria-label="Chuyên mục" className="bg-brand-700 text-white print:hidden">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold">
          <li>
            <a href="/" className="block whitespace-nowrap px-3 py-2.5 hover:bg-brand-600">
              Trang chủ
            </a>
          </li>
          {/* The registry comes second, so a phone reader sees it without swiping the list. */}
          <li>
            <a href="/vinh-danh" className="block whitespace-nowrap px-3 py-2.5 text-gold-400 hover:bg-brand-600">
              Bảng Vàng
            </a>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <a href={categoryPath(category.slug)} className="block whitespace-nowrap px-3 py-2.5 hover:bg-brand-600">
                {category.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
