import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/cache-tags';
import { db } from '@/lib/db';
import { cardSelect, publishedWhere, toCard, type ArticleCardDto } from '@/lib/data/articles';

export interface ReportedRecordsDto {
  decisions: { id: string; slug: string; number: string; signedAt: Date; issuingAuthority: string; revoked: boolean; awardCount: number }[];
  campaigns: { id: string; slug: string; name: string }[];
  units: { id: string; slug: string; name: string }[];
  collectives: { id: string; slug: string; name: string; unitName: string }[];
  individuals: { id: string; slug: string; fullName: string; position: string | null; unitName: string }[];
}

export interface ArticleExtrasDto {
  related: ArticleCardDto[];
  sameCategory: ArticleCardDto[];
  records: ReportedRecordsDto;
}

const RELATED_COUNT = 4;
const SAME_CATEGORY_COUNT = 6;

/**
 * What surrounds a story: related stories (Có thể bạn quan tâm) scored by shared tags (3),
 * shared decisions and campaigns (2), shared units and people (1); more from its section
 * (Tin cùng chuyên mục); and the registry records it reports. Three queries.
 */
export async function getArticleExtras(articleId: string, categoryId: string): Promise<ArticleExtrasDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.articles, tags.article(articleId), tags.registry);
  const now = new Date();

  const scored = await db.$queryRaw<{ id: string; kind: 'related' | 'same' }[]>`
    WITH links AS (
      SELECT t2.article_id, 3 AS w FROM article_tags t1 JOIN article_tags t2 ON t2.tag_id = t1.tag_id WHERE t1.article_id = ${articleId}
      UNION ALL SELECT d2.article_id, 2 FROM article_decisions d1 JOIN article_decisions d2 ON d2.decision_id = d1.decision_id WHERE d1.article_id = ${articleId}
      UNION ALL SELECT c2.article_id, 2 FROM article_campaigns c1 JOIN article_campaigns c2 ON c2.campaign_id = c1.campaign_id WHERE c1.article_id = ${articleId}
      UNION ALL SELECT u2.article_id, 1 FROM article_units u1 JOIN article_units u2 ON u2.unit_id = u1.unit_id WHERE u1.article_id = ${articleId}
      UNION ALL SELECT i2.article_id, 1 FROM article_individuals i1 JOIN article_individuals i2 ON i2.individual_id = i1.individual_id WHERE i1.article_id = ${articleId}
    ), related AS (
      SELECT l.article_id AS id, sum(l.w) AS score FROM links l WHERE l.article_id <> ${articleId} GROUP BY l.article_id
    ), picked AS (
      SELECT a.id, r.score, a.published_at FROM related r JOIN articles a ON a.id = r.id
      WHERE a.status = 'PUBLISHED' AND a.published_at <= ${now}
      ORDER BY r.score DESC, a.published_at DESC, a.id DESC LIMIT ${RELATED_COUNT}
    ), same AS (
      SELECT a.id, 0 AS score, a.published_at FROM articles a
      WHERE a.category_id = ${categoryId} AND a.status = 'PUBLISHED' AND a.published_at <= ${now}
        AND a.id <> ${articleId} AND a.id NOT IN (SELECT id FROM picked)
      ORDER BY a.published_at DESC, a.id DESC LIMIT ${SAME_CATEGORY_COUNT}
    )
    SELECT id, 'related' AS kind FROM picked UNION ALL SELECT id, 'same' FROM same`;

  const [cards, article] = await Promise.all([
    db.article.findMany({ where: { ...publishedWhere(now), id: { in: scored.map((s) => s.id) } }, select: cardSelect }),
    db.article.findUniqueOrThrow({
      where: { id: articleId },
      select: {
        decisions: {
          select: {
            decision: {
              select: { id: true, slug: true, number: true, signedAt: true, issuingAuthority: true, status: true, _count: { select: { awards: true } } },
            },
          },
        },
        campaigns: { select: { campaign: { select: { id: true, slug: true, name: true } } } },
        units: { select: { unit: { select: { id: true, slug: true, name: true } } } },
        collectives: { select: { collective: { select: { id: true, slug: true, name: true, unit: { select: { name: true } } } } } },
        individuals: {
          // People who did not consent to publication are never listed.
          where: { individual: { publicationConsent: true } },
          select: { individual: { select: { id: true, slug: true, fullName: true, position: true, unit: { select: { name: true } } } } },
        },
      },
    }),
  ]);
  const byId = new Map(cards.map((c) => [c.id, toCard(c)]));
  const inOrder = (kind: 'related' | 'same') =>
    scored
      .filter((s) => s.kind === kind)
      .map((s) => byId.get(s.id))
      .filter((c): c is ArticleCardDto => c !== undefined);

  return {
    related: inOrder('related'),
    sameCategory: inOrder('same'),
    records: {
      decisions: article.decisions
        .map(({ decision: { status, _count, ...d } }) => ({ ...d, revoked: status === 'REVOKED', awardCount: _count.awards }))
        .sort((a, b) => a.signedAt.getTime() - b.signedAt.getTime()),
      campaigns: article.campaigns.map((c) => c.campaign),
      units: article.units.map((u) => u.unit),
      collectives: article.collectives.map(({ collective: { unit, ...c } }) => ({ ...c, unitName: unit.name })),
      individuals: article.individuals.map(({ individual: { unit, ...i } }) => ({ ...i, unitName: unit.name })),
    },
  };
}
