// The reader site's data layer against the seeded database: search, related stories,
// feeds — and a fixed number of SQL queries per page whatever the list lengths.
import { describe, expect, it } from 'vitest';
import { getArticleExtras } from '@/lib/data/article-extras';
import { getHomePage, getPublishedArticle } from '@/lib/data/articles';
import { getCategoryPage, getTagPage } from '@/lib/data/listings';
import { listFeedItems, listNewsSitemapArticles } from '@/lib/data/feeds';
import { getAwardFacts } from '@/lib/data/registry';
import { searchArticles } from '@/lib/data/search';
import { parseSearchParams } from '@/lib/validations/search';
import { countQueries } from '../support/query-counter';
import { testPrisma } from '../support/db';

const search = (raw: Record<string, string>) => searchArticles(parseSearchParams(raw));

describe('search', () => {
  it('finds accented stories from an unaccented query, title matches first', async () => {
    const result = await search({ q: 'thi dua khen thuong' });
    expect(result.total).toBeGreaterThan(3);
    expect(result.articles[0]!.title.toLowerCase()).toMatch(/thi đua.*khen thưởng/);
  });

  it('filters by section (subsections included) and by date, in Vietnam time', async () => {
    const inSection = await search({ q: 'thi dua', 'chuyen-muc': 'thi-dua-khen-thuong' });
    expect(inSection.articles.every((a) => ['thi-dua-khen-thuong', 'guong-dien-hinh', 'phong-trao-thi-dua'].includes(a.category.slug))).toBe(true);
    expect(inSection.articles.some((a) => a.category.slug !== 'thi-dua-khen-thuong')).toBe(true);

    // Published 10/05/2024 08:30 in Hà Nội (01:30 UTC): inside the day 2024-05-10, not the 9th.
    const onTheDay = await search({ q: 'tong ket dot thi dua', tu: '2024-05-10', den: '2024-05-10' });
    expect(onTheDay.articles.map((a) => a.slug)).toContain('dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap');
    const dayBefore = await search({ q: 'tong ket dot thi dua', tu: '2024-05-09', den: '2024-05-09' });
    expect(dayBefore.articles.map((a) => a.slug)).not.toContain('dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap');
  });

  it('answers empty, operator-only and huge queries without an error', async () => {
    expect((await search({ q: '' })).total).toBe(0);
    expect((await search({ q: `'"():&|!*<->` })).total).toBe(0);
    expect((await search({ q: 'khen '.repeat(2_000) })).total).toBeGreaterThan(0);
    expect((await search({ q: 'zzzzqqq' })).total).toBe(0);
  });

  it('never returns drafts or scheduled stories', async () => {
    const result = await search({ q: 'ban nhap phong su trung tam chuyen doi so' });
    expect(result.articles.map((a) => a.title)).not.toContain('Bản nháp: Phóng sự về Trung tâm Chuyển đổi số tỉnh');
  });
});

describe('related stories and reported records', () => {
  it('prefers stories sharing tags and records, never the story itself or unpublished ones', async () => {
    const { related, sameCategory, records } = await getArticleExtras('art-00', 'cat-tdkt');
    expect(related.length).toBe(4);
    expect(related.map((a) => a.id)).not.toContain('art-00');
    // The other stories about the 65th anniversary share its tags, campaign and decisions.
    expect(related.map((a) => a.slug)).toEqual(
      expect.arrayContaining(['chu-tich-ubnd-tinh-tang-bang-khen-cho-5-tap-the-thuoc-dang-bo-khoi']),
    );
    expect(sameCategory.every((a) => a.category.slug === 'thi-dua-khen-thuong')).toBe(true);
    expect(sameCategory.map((a) => a.id).filter((id) => related.some((r) => r.id === id))).toEqual([]);
    expect(records.decisions.map((d) => d.number)).toEqual(['1250-QĐ/ĐUK', '1187/QĐ-UBND']);
  });

  it('leaves out people who did not consent to publication', async () => {
    const prisma = testPrisma();
    try {
      await prisma.articleIndividual.create({ data: { articleId: 'art-04', individualId: 'ind-0047' } });
      const { records } = await getArticleExtras('art-04', 'cat-guong');
      expect(records.individuals.map((i) => i.id)).not.toContain('ind-0047');
      expect(records.individuals.length).toBeGreaterThan(0);
    } finally {
      await prisma.articleIndividual.deleteMany({ where: { articleId: 'art-04', individualId: 'ind-0047' } });
      await prisma.$disconnect();
    }
  });
});

describe('feeds', () => {
  it('lists the newest published stories, per section too', async () => {
    const site = await listFeedItems();
    expect(site!.items.length).toBeGreaterThanOrEqual(40);
    const section = await listFeedItems('kinh-te');
    expect(section!.category!.name).toBe('Kinh tế');
    expect(section!.items.every((i) => i.category === 'Kinh tế')).toBe(true);
    expect(await listFeedItems('khong-co')).toBeNull();
  });

  it('puts only the last 48 hours in the news sitemap', async () => {
    const now = new Date();
    const items = await listNewsSitemapArticles(now);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => now.getTime() - i.publishedAt.getTime() <= 48 * 3_600_000)).toBe(true);
  });
});

describe('queries per page', () => {
  // Counts are fixed by the code, not by the data: a list of 4 or 400 costs the same.
  it('home: 5 queries', async () => {
    const { queries } = await countQueries(() => getHomePage());
    expect(queries.length).toBe(5);
  });

  it('section and tag listings: 3 queries each', async () => {
    expect((await countQueries(() => getCategoryPage('thi-dua-khen-thuong', 1))).queries.length).toBe(3);
    expect((await countQueries(() => getTagPage('bang-khen', 1))).queries.length).toBe(3);
  });

  it('story: 2 queries for the story, 1 for its figures, 3 for what surrounds it', async () => {
    expect((await countQueries(() => getPublishedArticle('dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap'))).queries.length).toBe(2);
    expect((await countQueries(() => getAwardFacts(['dec-gk-65-nam', 'dec-bk-ubnd-65-nam']))).queries.length).toBe(1);
    expect((await countQueries(() => getArticleExtras('art-00', 'cat-tdkt'))).queries.length).toBe(3);
  });

  it('search: 2 queries', async () => {
    expect((await countQueries(() => search({ q: 'thi dua' }))).queries.length).toBe(2);
  });
});

describe('renamed stories', () => {
  it('send readers of an old slug to the current one, and never to an unpublished story', async () => {
    const prisma = testPrisma();
    try {
      await prisma.articleSlug.create({ data: { slug: 'ten-cu-cua-bai-tong-ket', articleId: 'art-00' } });
      const draft = await prisma.article.findFirstOrThrow({ where: { status: 'DRAFT' }, select: { id: true } });
      await prisma.articleSlug.create({ data: { slug: 'ten-cu-cua-ban-nhap', articleId: draft.id } });
      expect(await getPublishedArticle('ten-cu-cua-bai-tong-ket')).toEqual({
        kind: 'moved',
        slug: 'dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap',
      });
      expect(await getPublishedArticle('ten-cu-cua-ban-nhap')).toEqual({ kind: 'missing' });
    } finally {
      await prisma.articleSlug.deleteMany({ where: { slug: { in: ['ten-cu-cua-bai-tong-ket', 'ten-cu-cua-ban-nhap'] } } });
      await prisma.$disconnect();
    }
  });
});
