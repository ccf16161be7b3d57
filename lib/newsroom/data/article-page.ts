import 'server-only';
// Everything a story's page shows, for the published story and for the newsroom's preview
// alike: the story (its body parsed once, in lib/newsroom/data/articles.ts), the figures of
// the decisions its award-facts boxes name, and what surrounds it (related stories, the
// section's latest). Three queries on a first render, each cached by its own tags.
import { getArticleExtras, type ArticleExtrasDto } from '@/lib/newsroom/data/article-extras';
import { getArticleForPreview, getPublishedArticle, type ArticleDto } from '@/lib/newsroom/data/articles';
import { getAwardFacts, type AwardFactDto } from '@/lib/registry/data/highlights';

export interface ArticlePageDto {
  article: ArticleDto;
  facts: AwardFactDto[];
  extras: ArticleExtrasDto;
}

async function withSurroundings(article: ArticleDto): Promise<ArticlePageDto> {
  const [facts, extras] = await Promise.all([getAwardFacts(article.awardFactDecisionIds), getArticleExtras(article.id, article.categoryId)]);
  return { article, facts, extras };
}

export type ArticlePageLookup = { kind: 'found'; page: ArticlePageDto } | { kind: 'moved'; slug: string } | { kind: 'withdrawn'; slug: string } | { kind: 'missing' };

/** A published story's page by slug, or where the story moved, or nothing. */
export async function getArticlePage(slug: string): Promise<ArticlePageLookup> {
  const lookup = await getPublishedArticle(slug);
  if (lookup.kind !== 'found') return lookup;
  return { kind: 'found', page: await withSurroundings(lookup.article) };
}

/**
 * Any story's page whatever its status, for the preview (never cached). `mayView` is asked
 * before anything else is read, so a story the viewer may not see costs one query.
 */
export async function getArticlePreviewPage(id: string, mayView: (article: { authorId: string }) => boolean): Promise<(ArticlePageDto & { status: string }) | null> {
  const article = await getArticleForPreview(id);
  if (!article || !mayView(article)) return null;
  return { ...(await withSurroundings(article)), status: article.status };
}
