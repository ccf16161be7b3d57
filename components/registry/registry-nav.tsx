import { registryPaths } from '@/lib/registry/labels';

const sections = [
  { href: registryPaths.home, label: 'Tổng quan' },
  { href: registryPaths.search, label: 'Tra cứu' },
  { href: registryPaths.units, label: 'Đơn vị' },
  { href: registryPaths.types, label: 'Danh hiệu, hình thức' },
  { href: registryPaths.campaigns, label: 'Phong trào' },
  { href: registryPaths.decisions, label: 'Quyết định' },
  { href: registryPaths.stats, label: 'Thống kê' },
  { href: registryPaths.comments, label: 'Lấy ý kiến' },
] as const;

/** The registry's own menu; `current` marks the section the page belongs to. */
export function RegistryNav({ current }: { current?: (typeof sections)[number]['href'] }) {
  return (
    <nav aria-label="Bảng Vàng" className="mb-6 border-b border-gold-400 print:hidden">
      <ul className="flex gap-1 overflow-x-auto text-sm font-semibold">
        {sections.map((s) => (
          <li key={s.href}>
            <a
              href={s.href}
              aria-current={s.href === current ? 'page' : undefined}
              className={`block whitespace-nowrap px-3 py-2 ${s.href === current ? 'border-b-2 border-brand-700 text-brand-700' : 'text-stone-700 hover:text-brand-700'}`}
            >
              {s.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Breadcrumb({ items }: { items: { href?: string; label: string }[] }) {
  return (
    <nav aria-label="Đường dẫn" className="mb-2 text-sm text-stone-600">
      <ol className="flex flex-wrap gap-1">
        {items.map((item, i) => (
          <li key={`${item.label}-${i}`}>
            {i > 0 ? <span aria-hidden="true">› </span> : null}
            {item.href ? (
              <a href={item.href} className="hover:underline">
                {item.label}
              </a>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}


/**
 * A wide table on a narrow screen scrolls sideways; the region takes keyboard focus so it
 * can be scrolled without a mouse.
 */
export function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-brand-600">
      {children}
    </div>
  );
}

export function RevokedBadge() {
  return <span className="ml-2 inline-block rounded bg-stone-700 px-1.5 py-0.5 align-middle text-xs font-semibold text-white">Đã thu hồi</span>;
}

export function PageTitle({ children, eyebrow }: { children: React.ReactNode; eyebrow?: string }) {
  return (
    <header className="mb-6">
      {eyebrow ? <p className="text-sm font-semibold uppercase tracking-wide text-stone-600">{eyebrow}</p> : null}
      <h1 className="font-serif text-3xl font-bold text-brand-700">{children}</h1>
    </header>
  );
}
