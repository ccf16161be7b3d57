import { ArticleCard } from '@/components/site/article-card';
import { SectionHeading } from '@/components/ui/section-heading';
import type { ArticleCardDto } from '@/lib/newsroom/data/articles';

/** The stories that report a registry record. */
export function StoryList({ stories, heading = 'Bài viết liên quan' }: { stories: ArticleCardDto[]; heading?: string }) {
  if (stories.length === 0) return null;
  return (
    <section aria-labelledby="stories-heading" className="mt-10">
      <SectionHeading id="stories-heading">{heading}</SectionHeading>
      <ul className="space-y-5">
        {stories.map((story) => (
          <li key={story.id}>
            <ArticleCard article={story} variant="list" />
          </li>
        ))}
      </ul>
    </section>
  );
}
