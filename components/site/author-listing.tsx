import { ArticleCard } from '@/components/site/article-card';
import { Pagination } from '@/components/site/pagination';
import { ServerImage } from '@/components/ui/server-image';
import { authorPageHref } from '@/lib/newsroom/site';
import type { AuthorPageDto } from '@/lib/newsroom/data/authors';
import { formatNumber } from '@/lib/common/format';

/** An author's page: who they are, then their stories, newest first. */
export function AuthorListing({ data }: { data: AuthorPageDto }) {
  const { author } = data;
  return (
    <section className="mx-auto max-w-3xl">
      <header className="mb-6 flex flex-col gap-4 border-b-2 border-brand-600 pb-4 sm:flex-row sm:items-start">
        {author.photo ? (
          <ServerImage
            src={author.photo.src}
            alt={author.photo.alt}
            width={author.photo.width}
            height={author.photo.height}
            sizes="8rem"
            loading="eager"
            className="size-32 shrink-0 rounded-full object-cover"
          />
        ) : null}
        <div className="min-w-0">
          <p className="text-sm font-semibold text-stone-600">Tác giả</p>
          <h1 className="font-serif text-3xl font-bold text-brand-700">{author.name}</h1>
          {author.jobTitle ? <p className="mt-1 font-semibold text-stone-800">{author.jobTitle}</p> : null}
          {author.bio ? <p className="mt-2 whitespace-pre-line text-stone-700">{author.bio}</p> : null}
          <p className="mt-2 text-sm text-stone-600">{data.total > 0 ? `${formatNumber(data.total)} bài viết` : 'Chưa có bài viết nào được đăng.'}</p>
        </div>
      </header>
      {data.articles.length > 0 ? (
        <>
          <h2 className="sr-only">Bài viết của {author.name}</h2>
          <div className="space-y-6">
            {data.articles.map((article, index) => (
              <ArticleCard key={article.id} article={article} priority={data.page === 1 && index === 0} />
            ))}
          </div>
        </>
      ) : null}
      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(n) => authorPageHref(author.slug, n)} />
    </section>
  );
}
