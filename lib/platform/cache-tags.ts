// Cache tags: every cached read names the tags it depends on, every write revalidates
// exactly the tags it touches. Keep the names here so both sides agree.
export const tags = {
  articles: 'articles', // any list of published articles
  article: (id: string) => `article:${id}`,
  // A slug's lookup (current or old): revalidated when a story is renamed or unpublished.
  articleSlug: (slug: string) => `article-slug:${slug}`,
  category: (slug: string) => `category:${slug}`,
  categories: 'categories',
  tag: (slug: string) => `tag:${slug}`,
  // An author's page, by account and by the slug it was looked up with (current or earlier).
  author: (id: string) => `author:${id}`,
  authorSlug: (slug: string) => `author-slug:${slug}`,
  // A live story's feed of entries (/api/truc-tiep/<id>), which readers' pages ask for.
  live: (articleId: string) => `live:${articleId}`,
  // The public list of corrections and withdrawals (/cai-chinh and its feed).
  corrections: 'corrections',
  // The breaking-news bar every public page shows.
  breaking: 'breaking',
  registry: 'registry',
  sitemap: 'sitemap',
} as const;
