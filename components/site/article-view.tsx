import { ServerImage } from '@/components/ui/server-image';
import { ReportedRecords } from '@/components/registry/reported-records';
import { ArticleBody } from '@/components/site/article-body';
import { ArticleCard } from '@/components/site/article-card';
import { LiveEntry } from '@/components/site/live-entry';
import { LiveUpdates } from '@/components/site/live-updates';
import { ShareLinks } from '@/components/site/share-links';
import { StoryCorrections } from '@/components/site/story-corrections';
import { TextSizeControl } from '@/components/site/text-size-control';
import { SectionHeading } from '@/components/ui/section-heading';
import type { ArticleExtrasDto } from '@/lib/newsroom/data/article-extras';
import type { ArticleDto } from '@/lib/newsroom/data/articles';
import type { AwardFactDto } from '@/lib/registry/data/highlights';
import { formatDateTime } from '@/lib/common/format';
import { articleUrl } from '@/lib/newsroom/seo';
import { categoryPath } from '@/lib/newsroom/site';
import { LIVE_FEED_PATH } from '@/lib/newsroom/schemas/live';

/** A live story's summary and entries, newest first; while it runs, new ones arrive by themselves. */
function LiveCoverage({ articleId, live }: { articleId: string; live: NonNullable<ArticleDto['live']> }) {
  const listId = `truc-tiep-${articleId}`;
  return (
    <section aria-labelledby="live-heading" className="my-6">
      <h2 id="live-heading" className="mb-3 flex flex-wrap items-center gap-2 font-serif text-2xl font-bold">
        {live.endedAt ? null : (
          <span className="rounded bg-brand-600 px-2 py-0.5 font-sans text-sm font-bold uppercase tracking-wide text-white">Trực tiếp</span>
        )}
        Diễn biến
      </h2>
      <p className="mb-3 text-sm text-stone-600">
        {live.endedAt ? `Tường thuật từ ${formatDateTime(live.startedAt)} đến ${formatDateTime(live.endedAt)}.` : `Tường thuật từ ${formatDateTime(live.startedAt)}; các cập nhật mới tự hiện trên trang.`}
      </p>
      {live.summary ? (
        <div className="mb-4 rounded border border-stone-200 bg-stone-50 p-4">
          <h3 className="mb-1 font-semibold">Tóm tắt</h3>
          <p className="whitespace-pre-line">{live.summary}</p>
        </div>
      ) : null}
      {live.endedAt ? null : <LiveUpdates feedUrl={LIVE_FEED_PATH(articleId)} knownIds={live.entries.map((e) => e.id)} listId={listId} />}
      <div id={listId} className="space-y-4">
        {live.entries.map((entry) => (
          <LiveEntry key={entry.id} entry={entry} />
        ))}
      </div>
    </section>
  );
}

/** A story as readers see it; the newsroom's preview renders the very same component. */
export function ArticleView({ article, facts, extras }: { article: ArticleDto; facts: AwardFactDto[]; extras: ArticleExtrasDto }) {
  const wide = article.layout === 'EMAGAZINE';
  return (
    <>
    <article className={wide ? 'mx-auto max-w-4xl' : 'mx-auto max-w-3xl'}>
      <nav aria-label="Đường dẫn" className="text-sm text-stone-600">
        <ol className="flex flex-wrap gap-1">
          <li>
            <a href="/" className="hover:underline">
              Trang chủ
            </a>
          </li>
          {article.category.parent ? (
            <li>
              <span aria-hidden="true">›</span>{' '}
              <a href={categoryPath(article.category.parent.slug)} className="hover:underline">
                {article.category.parent.name}
              </a>
            </li>
          ) : null}
          <li>
            <span aria-hidden="true">›</span>{' '}
            <a href={categoryPath(article.category.slug)} className="font-semibold text-brand-700 hover:underline">
              {article.category.name}
            </a>
          </li>
        </ol>
      </nav>

      <header className="mt-4">
        <h1 className={`font-serif font-bold leading-tight ${wide ? 'text-4xl sm:text-5xl' : 'text-3xl sm:text-4xl'}`}>{article.title}</h1>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-stone-600">
            {article.authorHref ? (
              <a href={article.authorHref} rel="author" className="font-semibold text-stone-800 hover:underline">
                {article.byline}
              </a>
            ) : (
              <span className="font-semibold text-stone-800">{article.byline}</span>
            )}
            <span aria-hidden="true"> · </span>
            <time dateTime={article.publishedAt.toISOString()}>{formatDateTime(article.publishedAt)}</time>
          </p>
          <TextSizeControl />
        </div>
        <p className="mt-4 font-serif text-base font-bold leading-relaxed text-stone-800 sm:text-lg">{article.sapo}</p>
      </header>

      <StoryCorrections corrections={article.corrections} position="TOP" />

      {article.cover ? (
        <figure className={wide ? 'my-8 -mx-4 sm:mx-0 md:-mx-24' : 'my-6 -mx-4 sm:mx-0'}>
          <ServerImage
            src={article.cover.src}
            alt={article.cover.alt}
            width={article.cover.width}
            height={article.cover.height}
            preload
            sizes={wide ? '(min-width: 1024px) 1100px, 100vw' : '(min-width: 768px) 768px, 100vw'}
            className="h-auto w-full sm:rounded"
          />
          {article.coverCaption ? <figcaption className="mt-2 px-4 text-sm text-stone-600 sm:px-0">{article.coverCaption}</figcaption> : null}
        </figure>
      ) : null}

      {article.live ? <LiveCoverage articleId={article.id} live={article.live} /> : null}

      <ArticleBody blocks={article.blocks} media={article.media} facts={facts} wide={wide} />

      <StoryCorrections corrections={article.corrections} position="BOTTOM" />

      <footer className="mt-8 space-y-6 border-t border-stone-200 pt-4">
        {article.tags.length > 0 ? (
          <div>
            <h2 className="sr-only">Từ khóa</h2>
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <a href={`/the/${tag.slug}`} className="block rounded-full bg-stone-100 px-3 py-1 text-sm text-stone-700 hover:bg-stone-200">
                    #{tag.name}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <ShareLinks url={articleUrl(article.slug)} title={article.title} />
        <ReportedRecords records={article.records} />
      </footer>
    </article>

    <div className="mx-auto mt-12 max-w-6xl space-y-10 print:hidden">
      {extras.related.length > 0 ? (
        <section aria-labelledby="related-heading">
          <SectionHeading id="related-heading">Có thể bạn quan tâm</SectionHeading>
          <div className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {extras.related.map((item) => (
              <ArticleCard key={item.id} article={item} variant="feature" />
            ))}
          </div>
        </section>
      ) : null}
      {extras.sameCategory.length > 0 ? (
        <section aria-labelledby="same-category-heading">
          <SectionHeading id="same-category-heading" href={categoryPath(article.category.slug)}>
            Tin cùng chuyên mục
          </SectionHeading>
          <div className="grid gap-5 md:grid-cols-2">
            {extras.sameCategory.map((item) => (
              <ArticleCard key={item.id} article={item} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
    </>
  );
}
