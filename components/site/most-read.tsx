import { ArticleCard } from '@/components/site/article-card';
import { SectionHeading } from '@/components/ui/section-heading';
import type { ArticleCardDto } from '@/lib/newsroom/data/cards';

/** A numbered list of most-read stories under its heading (home page, section pages). */
export function MostRead({ id, title, articles }: { id: string; title: string; articles: ArticleCardDto[] }) {
  return (
    <section aria-labelledby={id}>
      <SectionHeading id={id}>{title}</SectionHeading>
      <ol className="space-y-4">
        {articles.map((article, index) => (
          <li key={article.id} className="grid grid-cols-[2rem_1fr] gap-2">
            <span className="font-serif text-2xl font-bold text-gold-500" aria-hidden="true">
              {index + 1}
            </span>
            <ArticleCard article={article} variant="compact" />
          </li>
        ))}
      </ol>
    </section>
  );
}
