import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { reader } from '@/lib/db';
import { toCover, type ArticleCardDto } from '@/lib/newsroom/data/cards';

export interface ArticleExtrasDto {
  related: ArticleCardDto[];
  sameCategory: ArticleCardDto[];
}

const RELATED_COUNT = 4;
const SAME_CATEGORY_COUNT = 6;

interface ExtraRow {
  kind: 'related' | 'same';
  id: string;
  slug: string;
  title: string;
  sapo: string;
  published_at: Date;
  layout: 'STANDARD' | 'EMAGAZINE';
  category_slug: string;
  category_name: string;
  cover_key: string | null;
  cover_width: number | null;
  cover_height: number | null;
  cover_alt: string | null;
}

/**
 * What surrounds a story: related stories (Có thể bạn quan tâm) scored by shared tags (3),
 * shared decisions and campaigns (2), shared units and people (1); then more from its
 * section (Tin cùng chuyên mục). One query, cards included, whatever the counts.
 */
export async function getArticleExtras(articleId: string, categoryId: string): Promise<ArticleExtrasDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles, tags.article(articleId), tags.registry);
  const now = new Date();

  const rows = await reader().$queryRaw<ExtraRow[]>`
    WITH links AS (
      SELECT t2.article_id, 3 AS w FROM article_tags t1 JOIN article_tags t2 ON t2.tag_id = t1.tag_id WHERE t1.article_id = ${articleId}
      UNION ALL SELECT d2.article_id, 2 FROM article_decisions d1 JOIN article_decisions d2 ON d2.decision_id = d1.decision_id WHERE d1.article_id = ${articleId}
      UNION ALL SELECT c2.article_id, 2 FROM article_campaigns c1 JOIN article_campaigns c2 ON c2.campaign_id = c1.campaign_id WHERE c1.article_id = ${articleId}
      UNION ALL SELECT u2.article_id, 1 FROM article_units u1 JOIN article_units u2 ON u2.unit_id = u1.unit_id WHERE u1.article_id = ${articleId}
      UNION ALL SELECT i2.article_id, 1 FROM article_individuals i1 JOIN article_individuals i2 ON i2.individual_id = i1.individual_id WHERE i1.article_id = ${articleId}
    ), related AS (
      SELECT l.article_id AS id, sum(l.w) AS score FROM links l WHERE l.article_id <> ${articleId} GROUP BY l.article_id
    ), picked AS (
      SELECT a.id, 1 AS grp, row_number() OVER (ORDER BY r.score DESC, a.published_at DESC, a.id DESC) AS pos
      FROM related r JOIN articles a ON a.id = r.id
      WHERE a.status = 'PUBLISHED' AND a.published_at <= ${now}
      ORDER BY r.score DESC, a.published_at DESC, a.id DESC LIMIT ${RELATED_COUNT}
    ), same AS (
      SELECT a.id, 2 AS grp, row_number() OVER (ORDER BY a.published_at DESC, a.id DESC) AS pos
      FROM articles a
      WHERE a.category_id = ${categoryId} AND a.status = 'PUBLISHED' AND a.published_at <= ${now}
        AND a.id <> ${articleId} AND a.id NOT IN (SELECT id FROM picked)
      ORDER BY a.published_at DESC, a.id DESC LIMIT ${SAME_CATEGORY_COUNT}
    ), chosen AS (
      SELECT * FROM picked UNION ALL SELECT * FROM same
    )
    SELECT CASE ch.grp WHEN 1 THEN 'related' ELSE 'same' END AS kind,
           a.id, a.slug, a.title, a.sapo, a.published_at, a.layout::text AS layout,
           c.slug AS category_slug, c.name AS category_name,
           m.key AS cover_key, m.width AS cover_width, m.height AS cover_height, m.alt AS cover_alt
    FROM chosen ch
    JOIN articles a ON a.id = ch.id
    JOIN categories c ON c.id = a.category_id
    LEFT JOIN media m ON m.id = a.cover_id
    ORDER BY ch.grp, ch.pos`;

  const cards = (kind: ExtraRow['kind']) =>
    rows
      .filter((r) => r.kind === kind)
      .map(
        (r): ArticleCardDto => ({
          id: r.id,
          slug: r.slug,
          title: r.title,
          sapo: r.sapo,
          publishedAt: r.published_at,
          layout: r.layout,
          category: { slug: r.category_slug, name: r.category_name },
          cover: r.cover_key ? toCover({ key: r.cover_key, width: r.cover_width!, height: r.cover_height!, alt: r.cover_alt! }) : null,
        }),
      );
  return { related: cards('related'), sameCategory: cards('same') };
}
