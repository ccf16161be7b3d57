// Structured data and absolute URLs for search engines and social networks.
import type { Metadata } from 'next';
import type { ArticleDto } from '@/lib/newsroom/data/articles';
import { categoryPath, site } from '@/lib/newsroom/site';
import { authorPath } from '@/lib/newsroom/schemas/author';

export function absoluteUrl(path: string): string {
  return new URL(path, site.url).toString();
}

export function articleUrl(slug: string): string {
  return absoluteUrl(`/bai-viet/${slug}`);
}

/** schema.org NewsArticle plus its BreadcrumbList, as one JSON-LD graph. */
export function articleJsonLd(article: ArticleDto) {
  const url = articleUrl(article.slug);
  const crumbs = [
    { name: 'Trang chủ', url: absoluteUrl('/') },
    ...(article.category.parent ? [{ name: article.category.parent.name, url: absoluteUrl(categoryPath(article.category.parent.slug)) }] : []),
    { name: article.category.name, url: absoluteUrl(categoryPath(article.category.slug)) },
  ];
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        // A live story is a LiveBlogPosting (a NewsArticle otherwise), with its coverage times
        // and its entries as liveBlogUpdate.
        '@type': article.live ? 'LiveBlogPosting' : 'NewsArticle',
        ...(article.live
          ? {
              coverageStartTime: article.live.startedAt.toISOString(),
              coverageEndTime: article.live.endedAt?.toISOString(),
              liveBlogUpdate: article.live.entries.slice(0, 50).map((e) => ({
                '@type': 'BlogPosting',
                headline: (e.title ?? e.body).slice(0, 110),
                articleBody: e.body,
                datePublished: e.createdAt.toISOString(),
                url: `${url}#cap-nhat-${e.id}`,
              })),
            }
          : {}),
        '@id': `${url}#article`,
        mainEntityOfPage: url,
        url,
        headline: article.title.slice(0, 110),
        description: article.sapo,
        inLanguage: 'vi-VN',
        datePublished: article.publishedAt.toISOString(),
        dateModified: article.modifiedAt.toISOString(),
        articleSection: article.category.name,
        keywords: article.tags.map((t) => t.name).join(', ') || undefined,
        image: article.cover ? [absoluteUrl(article.cover.src)] : undefined,
        author: [article.authorHref ? { '@type': 'Person', name: article.byline, url: absoluteUrl(article.authorHref) } : { '@type': 'Person', name: article.byline }],
        publisher: { '@type': 'NewsMediaOrganization', name: site.name, url: absoluteUrl('/'), logo: { '@type': 'ImageObject', url: absoluteUrl('/icon.svg') } },
        // schema.org's CorrectionComment: what was corrected, and when.
        correction: article.corrections.length
          ? article.corrections.map((c) => ({ '@type': 'CorrectionComment', text: `${c.wrongText} → ${c.rightText}`, datePublished: c.publishedAt.toISOString() }))
          : undefined,
      },
      {
        '@type': 'BreadcrumbList',
        itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
      },
    ],
  };
}

/** schema.org ProfilePage of an author, its Person with the newspaper they write for. */
export function authorJsonLd(author: { slug: string; name: string; jobTitle: string | null; bio: string | null; photo: { src: string } | null }) {
  const url = absoluteUrl(authorPath(author.slug));
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    inLanguage: 'vi-VN',
    mainEntity: {
      '@type': 'Person',
      '@id': `${url}#person`,
      name: author.name,
      url,
      jobTitle: author.jobTitle ?? undefined,
      description: author.bio ?? undefined,
      image: author.photo ? absoluteUrl(author.photo.src) : undefined,
      worksFor: { '@type': 'NewsMediaOrganization', name: site.name, url: absoluteUrl('/') },
    },
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. `<` is escaped so no value
 * (a title, a name) can close the script element.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** "Chiến sĩ thi đua cơ sở (2024)", in-force awards only: schema.org `award` values. */
function awardNames(awards: { year: number; type: { name: string }; decision: { revoked: boolean } }[]): string[] {
  return awards.filter((a) => !a.decision.revoked).map((a) => `${a.type.name} (${a.year})`);
}

/** schema.org Person (an individual) or Organization (a unit or a collective) with its awards. */
export function recipientJsonLd(input: {
  kind: 'Person' | 'Organization';
  name: string;
  path: string;
  position?: string | null;
  unit?: { name: string; slug: string } | null;
  awards: { year: number; type: { name: string }; decision: { revoked: boolean } }[];
}) {
  const url = absoluteUrl(input.path);
  const unit = input.unit ? { '@type': 'Organization', name: input.unit.name, url: absoluteUrl(`/vinh-danh/don-vi/${input.unit.slug}`) } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': input.kind,
    '@id': `${url}#${input.kind === 'Person' ? 'person' : 'organization'}`,
    url,
    name: input.name,
    ...(input.kind === 'Person' ? { jobTitle: input.position ?? undefined, worksFor: unit } : { parentOrganization: unit }),
    award: awardNames(input.awards),
  };
}

/** What a page that answers 404 says in its title (and that it is not to be indexed). */
export const notFoundMetadata: Metadata = { title: 'Không tìm thấy trang', robots: { index: false, follow: true } };
/** The same for the registry's pages: the thing asked for is not in the golden book. */
export const registryNotFoundMetadata: Metadata = { title: 'Không có trong sổ vàng', robots: { index: false, follow: true } };
