import type { Metadata } from 'next';
import { ServerImage } from '@/components/ui/server-image';
import { listEmagazineArticles } from '@/lib/newsroom/data/listings';
import { formatDate } from '@/lib/common/format';

export const metadata: Metadata = {
  title: 'E-magazine',
  description: 'Những bài viết dài, trình bày đặc biệt về phong trào thi đua và những con người được vinh danh.',
  alternates: { canonical: '/e-magazine' },
};

export default async function EmagazineIndex() {
  const articles = await listEmagazineArticles();
  const [first, ...rest] = articles;
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-4xl font-bold text-brand-700">E-magazine</h1>
      {first ? (
        <a href={`/bai-viet/${first.slug}`} className="group relative block overflow-hidden rounded-lg bg-ink text-white">
          {first.cover ? (
            <ServerImage src={first.cover.src} alt={first.cover.alt} width={first.cover.width} height={first.cover.height} preload sizes="100vw" className="h-auto w-full opacity-80 transition-opacity group-hover:opacity-70" />
          ) : null}
          <div className="absolute inset-x-0 bottom-0 bg-gradient-to-t from-black/85 to-transparent p-6 sm:p-10">
            <p className="text-sm text-gold-400">{formatDate(first.publishedAt)}</p>
            <h2 className="mt-2 max-w-3xl font-serif text-2xl font-bold sm:text-4xl">{first.title}</h2>
            <p className="mt-2 hidden max-w-2xl text-stone-200 sm:block">{first.sapo}</p>
          </div>
        </a>
      ) : (
        <p className="text-stone-600">Chưa có bài E-magazine.</p>
      )}
      <div className="grid gap-8 sm:grid-cols-2">
        {rest.map((article) => (
          <a key={article.id} href={`/bai-viet/${article.slug}`} className="group block">
            {article.cover ? (
              <ServerImage src={article.cover.src} alt={article.cover.alt} width={article.cover.width} height={article.cover.height} sizes="(min-width: 640px) 50vw, 100vw" className="h-auto w-full rounded" />
            ) : null}
            <h2 className="mt-3 font-serif text-2xl font-bold group-hover:text-brand-600">{article.title}</h2>
            <p className="mt-1 text-stone-700">{article.sapo}</p>
          </a>
        ))}
      </div>
    </div>
  );
}
