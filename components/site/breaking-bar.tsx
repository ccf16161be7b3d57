// The breaking-news bar above every public page's header, while an editor has one on
// (lib/newsroom/data/breaking.ts: inside the cached page, gone by itself at its end time).
import type { BreakingNewsDto } from '@/lib/newsroom/data/breaking';

export async function BreakingBar({ bar: pending }: { bar: Promise<BreakingNewsDto | null> }) {
  const bar = await pending;
  if (!bar) return null;
  const external = bar.href.startsWith('https://');
  return (
    <aside aria-label="Tin nóng" className="bg-stone-900 text-white print:hidden">
      <p className="mx-auto flex max-w-6xl items-baseline gap-3 px-4 py-2 text-sm sm:text-base">
        <span className="shrink-0 rounded bg-gold-400 px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-stone-900">Tin nóng</span>
        <a href={bar.href} className="min-w-0 font-semibold underline-offset-2 hover:underline" {...(external ? { rel: 'noopener noreferrer' } : {})}>
          {bar.text}
        </a>
      </p>
    </aside>
  );
}
