import { ServerImage } from '@/components/ui/server-image';
import type { ArticleCardDto } from '@/lib/newsroom/data/articles';
import { formatDate } from '@/lib/common/format';
import { categoryPath } from '@/lib/newsroom/site';

type Variant = 'lead' | 'feature' | 'list' | 'compact';

const titleClass: Record<Variant, string> = {
  lead: 'text-2xl sm:text-3xl',
  feature: 'text-lg',
  list: 'text-lg',
  compact: 'text-base',
};

export function ArticleCard({ article, variant = 'list', priority = false }: { article: ArticleCardDto; variant?: Variant; priority?: boolean }) {
  const href = `/bai-viet/${article.slug}`;
  const horizontal = variant === 'list';
  return (
    <article className={horizontal ? 'grid grid-cols-[7.5rem_1fr] gap-3 sm:grid-cols-[12rem_1fr] sm:gap-4' : 'flex flex-col gap-2'}>
      {article.cover && variant !== 'compact' ? (
        <a href={href} tabIndex={-1} aria-hidden="true" className={`block overflow-hidden rounded bg-stone-100 ${horizontal ? 'self-start' : ''}`}>
          <ServerImage
            src={article.cover.src}
            alt={article.cover.alt}
            width={article.cover.width}
            height={article.cover.height}
            preload={priority}
            sizes={variant === 'lead' ? '(min-width: 1024px) 720px, 100vw' : horizontal ? '(min-width: 640px) 192px, 120px' : '(min-width: 1024px) 260px, 50vw'}
            className="aspect-video h-auto w-full object-cover transition-transform duration-300 hover:scale-[1.03]"
          />
        </a>
      ) : null}
      <div>
        <h3 className={`font-serif font-bold leading-snug ${titleClass[variant]}`}>
          <a href={href} className="hover:text-brand-600">
            {article.title}
          </a>
        </h3>
        {variant === 'lead' || variant === 'list' ? <p className="mt-1.5 line-clamp-3 text-stone-700">{article.sapo}</p> : null}
        <p className="mt-1 text-xs text-stone-600">
          <a href={categoryPath(article.category.slug)} className="font-semibold text-brand-700 hover:underline">
            {article.category.name}
          </a>
          <span aria-hidden="true"> · </span>
          <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time>
        </p>
      </div>
    </article>
  );
}
