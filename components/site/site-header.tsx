import Link from 'next/link';
import { SearchBox } from '@/components/site/search-box';
import { listMenuCategories } from '@/lib/data/categories';
import { categoryPath, site } from '@/lib/site';

export async function SiteHeader() {
  const categories = await listMenuCategories();
  return (
    <header className="border-b-4 border-brand-600 bg-white">
      <div className="mx-auto flex max-w-6xl items-end justify-between gap-4 px-4 pt-5 pb-3">
        <Link href="/" className="group">
          <span className="block font-serif text-3xl font-bold tracking-tight text-brand-700 sm:text-4xl">{site.name}</span>
          <span className="block text-sm text-stone-600">{site.tagline}</span>
        </Link>
        <SearchBox className="print:hidden" inputClassName="w-36 text-sm sm:w-56" />
      </div>
      <nav aria-label="Chuyên mục" className="bg-brand-700 text-white print:hidden">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold">
          <li>
            <Link href="/" className="block whitespace-nowrap px-3 py-2.5 hover:bg-brand-600">
              Trang chủ
            </Link>
          </li>
          {categories.map((category) => (
            <li key={category.id}>
              <Link href={categoryPath(category.slug)} className="block whitespace-nowrap px-3 py-2.5 hover:bg-brand-600">
                {category.name}
              </Link>
            </li>
          ))}
          <li className="ml-auto">
            <Link href="/vinh-danh" className="block whitespace-nowrap px-3 py-2.5 text-gold-400 hover:bg-brand-600">
              Bảng Vàng
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  );
}
