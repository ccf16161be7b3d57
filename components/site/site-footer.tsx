import { site } from '@/lib/newsroom/site';
import { CORRECTIONS_HEADING, CORRECTIONS_PATH } from '@/lib/newsroom/schemas/correction';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50 print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-8 text-sm text-stone-600">
        <p className="font-serif text-lg font-bold text-brand-700">{site.name}</p>
        <p className="mt-1">{site.description}</p>
        <p className="mt-4">Dữ liệu khen thưởng được công khai theo Luật Thi đua, khen thưởng năm 2022.</p>
        <ul className="mt-4 flex flex-wrap gap-4">
          <li>
            <a href="/tim-kiem" className="hover:underline">
              Tìm kiếm
            </a>
          </li>
          <li>
            <a href="/e-magazine" className="hover:underline">
              E-magazine
            </a>
          </li>
          <li>
            <a href={CORRECTIONS_PATH} className="hover:underline">
              {CORRECTIONS_HEADING}
            </a>
          </li>
          <li>
            <a href="/rss.xml" className="hover:underline">
              RSS
            </a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
