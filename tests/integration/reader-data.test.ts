// The reader site's data layer against the seeded database: search, related stories,
// feeds — and a fixed number of SQL queries per page whatever the list lengths.
import { describe, expect, it } from 'vitest';
import { getArticleExtras } from '@/lib/newsroom/data/article-extras';
import { getArticlePage } from '@/lib/newsroom/data/article-page';
import { getHomePage, getPublishedArticle } from '@/lib/newsroom/data/articles';
import { getCategoryPage, getTagPage } from '@/lib/newsroom/data/listings';
import { listFeedItems, listNewsSitemapArticles } from '@/lib/newsroom/data/feeds';
import { searchArticles } from '@/lib/newsroom/data/search';
import { containsTerm } from '@/lib/newsroom/schemas/search';
import { runArticleSearch } from '@/lib/newsroom/data/article-search';
import { parseSearchParams } from '@/lib/newsroom/schemas/search';
import { countQueries } from '../support/query-counter';
import { bodyMediaIds } from '@/lib/newsroom/schemas/article-body';
import { testPrisma } from '../support/db';

const search = (raw: Record<string, string>) => searchArticles(parseSearchParams(raw));

describe('search', () => {
  it('finds accented stories from an unaccented query, title matches first', async () => {
    const result = await search({ q: 'thi dua khen thuong' });
    expect(result.total).toBeGreaterThan(3);
    expect(result.articles[0]!.title.toLowerCase()).toMatch(/thi đua.*khen thưởng/);
  });

  it('ranks the words in the title first, then in the sapo, then a body-only match by date', async () => {
    const prisma = testPrisma();
    const before = await prisma.article.findMany({
      where: { id: { in: ['art-01', 'art-02', 'art-03', 'art-04'] } },
      select: { id: true, title: true, sapo: true, body: true, publishedAt: true, status: true },
      orderBy: { publishedAt: 'asc' },
    });
    expect(before.map((a) => a.status)).toEqual(['PUBLISHED', 'PUBLISHED', 'PUBLISHED', 'PUBLISHED']);
    // The title match is the oldest of the four and the sapo match the next: rank beats date.
    const [oldest, second, third, newest] = before as [(typeof before)[number], (typeof before)[number], (typeof before)[number], (typeof before)[number]];
    const withWord = (body: unknown) => {
      const doc = body as { type: string; content?: unknown[] };
      return { ...doc, content: [...(doc.content ?? []), { type: 'paragraph', content: [{ type: 'text', text: 'Từ khóa zyxquan ở cuối bài.' }] }] };
    };
    const restore = () => Promise.all(before.map((a) => prisma.article.update({ where: { id: a.id }, data: { title: a.title, sapo: a.sapo, body: a.body as object } })));
    try {
      await prisma.article.update({ where: { id: oldest.id }, data: { title: `${oldest.title} zyxquan` } });
      await prisma.article.update({ where: { id: second.id }, data: { sapo: `${second.sapo} zyxquan` } });
      for (const a of [third, newest]) await prisma.article.update({ where: { id: a.id }, data: { body: withWord(a.body) as object } });
      const result = await runArticleSearch(prisma, parseSearchParams({ q: 'ZYXQUÂN' }), 10);
      expect(result.articles.map((a) => a.id)).toEqual([oldest.id, second.id, newest.id, third.id]);
      await restore();
      // The trigger keeps both vectors: restored stories no longer match.
      expect((await runArticleSearch(prisma, parseSearchParams({ q: 'zyxquan' }), 10)).total).toBe(0);
    } finally {
      await restore();
      await prisma.$disconnect();
    }
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

  it('ranks only the newest matches when there are too many, and says there are more', async () => {
    const prisma = testPrisma();
    try {
      const all = await runArticleSearch(prisma, parseSearchParams({ q: 'thi dua' }), 50);
      expect(all.more).toBe(false);
      expect(all.total).toBeGreaterThan(5);
      const capped = await runArticleSearch(prisma, parseSearchParams({ q: 'thi dua' }), 2, { candidates: 4 });
      expect(capped).toMatchObject({ more: true, total: 4, pageCount: 2 });
      // The four candidates are the four newest matches, whatever their rank.
      const newest = [...all.articles].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : -1)).slice(0, 4);
      const page2 = await runArticleSearch(prisma, parseSearchParams({ q: 'thi dua', trang: '2' }), 2, { candidates: 4 });
      expect([...capped.articles, ...page2.articles].map((a) => a.id).sort()).toEqual(newest.map((a) => a.id).sort());
    } finally {
      await prisma.$disconnect();
    }
  });

  it('ranks exactly the newest matches whichever window finds them', async () => {
    const prisma = testPrisma();
    try {
      const all = await runArticleSearch(prisma, parseSearchParams({ q: 'thi dua' }), 50);
      const byDate = [...all.articles].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || (a.id < b.id ? 1 : -1));
      // Seen from the newest match, and from a year later (the first window then is empty).
      for (const shift of [1_000, 365 * 86_400_000]) {
        const now = new Date(byDate[0]!.publishedAt.getTime() + shift);
        for (const candidates of [1, 2, 3, 5, 8, all.total - 1, all.total]) {
          const result = await runArticleSearch(prisma, parseSearchParams({ q: 'thi dua' }), 50, { now, candidates });
          expect(result.articles.map((a) => a.id).sort()).toEqual(byDate.slice(0, candidates).map((a) => a.id).sort());
          expect(result.more).toBe(candidates < all.total);
        }
      }
    } finally {
      await prisma.$disconnect();
    }
  });

  it('never returns drafts or scheduled stories', async () => {
    const result = await search({ q: 'ban nhap phong su trung tam chuyen doi so' });
    expect(result.articles.map((a) => a.title)).not.toContain('Bản nháp: Phóng sự về Trung tâm Chuyển đổi số tỉnh');
  });
});

const STORY_00 = 'dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap';

async function story(slug: string) {
  const lookup = await getPublishedArticle(slug);
  if (lookup.kind !== 'found') throw new Error(`story ${slug}: ${lookup.kind}`);
  return lookup.article;
}

describe('related stories and reported records', () => {
  it('prefers stories sharing tags and records, never the story itself or unpublished ones', async () => {
    const { related, sameCategory } = await getArticleExtras('art-00', 'cat-tdkt');
    expect(related.length).toBe(4);
    expect(related.map((a) => a.id)).not.toContain('art-00');
    // The other stories about the 65th anniversary share its tags, campaign and decisions.
    expect(related.map((a) => a.slug)).toEqual(
      expect.arrayContaining(['chu-tich-ubnd-tinh-tang-bang-khen-cho-5-tap-the-thuoc-dang-bo-khoi']),
    );
    const prisma = testPrisma();
    const others = await prisma.article
      .count({ where: { categoryId: 'cat-tdkt', status: 'PUBLISHED', publishedAt: { lte: new Date() }, id: { notIn: ['art-00', ...related.map((a) => a.id)] } } })
      .finally(() => prisma.$disconnect());
    expect(sameCategory.length).toBe(Math.min(6, others));
    expect(sameCategory.every((a) => a.category.slug === 'thi-dua-khen-thuong')).toBe(true);
    expect(sameCategory.map((a) => a.id).filter((id) => related.some((r) => r.id === id))).toEqual([]);
    // Newest first within the section, and every card complete (section name, cover).
    const times = sameCategory.map((a) => a.publishedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect([...related, ...sameCategory].every((a) => a.category.name && a.cover?.src.startsWith('/media/') && a.cover.width > 0)).toBe(true);
  });

  it('loads the reported records and the body images with the story', async () => {
    const article = await story(STORY_00);
    expect(article.records.decisions.map((d) => d.number)).toEqual(['1250-QĐ/ĐUK', '1187/QĐ-UBND']);
    expect(article.records.decisions.every((d) => d.awardCount > 0)).toBe(true);
    const imageIds = bodyMediaIds({ type: 'doc', content: article.blocks });
    expect(imageIds.length).toBeGreaterThan(0);
    expect(Object.keys(article.media).sort()).toEqual([...imageIds].sort());
    expect(Object.values(article.media).every((m) => m.src.startsWith('/media/') && m.width > 0)).toBe(true);
  });

  it('leaves out people who did not consent to publication', async () => {
    const prisma = testPrisma();
    try {
      await prisma.articleIndividual.create({ data: { articleId: 'art-04', individualId: 'ind-0047' } });
      const { slug } = await prisma.article.findUniqueOrThrow({ where: { id: 'art-04' }, select: { slug: true } });
      const { records } = await story(slug);
      expect(records.individuals.map((i) => i.id)).not.toContain('ind-0047');
      expect(records.individuals.length).toBeGreaterThan(0);
    } finally {
      await prisma.articleIndividual.deleteMany({ where: { articleId: 'art-04', individualId: 'ind-0047' } });
      await prisma.$disconnect();
    }
  });
});

describe('body images kept by the database', () => {
  it('follows every write of a body: images added, removed, nested, unknown ids ignored', async () => {
    const prisma = testPrisma();
    const linked = async () =>
      (await prisma.articleMedia.findMany({ where: { articleId: 'art-05' }, select: { mediaId: true } })).map((r) => r.mediaId).sort();
    const { body } = await prisma.article.findUniqueOrThrow({ where: { id: 'art-05' }, select: { body: true } });
    const image = (mediaId: string | number) => ({ type: 'image', attrs: { mediaId, alt: 'Ảnh' } });
    try {
      await prisma.article.update({
        where: { id: 'art-05' },
        data: {
          body: {
            type: 'doc',
            content: [
              image('media-body-01'),
              image('media-body-01'),
              { type: 'bulletList', content: [{ type: 'listItem', content: [image('media-body-02')] }] },
              image('khong-co-anh-nay'),
              image(42),
              { type: 'image', attrs: {} },
            ],
          },
        },
      });
      expect(await linked()).toEqual(['media-body-01', 'media-body-02']);
      await prisma.article.update({ where: { id: 'art-05' }, data: { body: { type: 'doc', content: [] } } });
      expect(await linked()).toEqual([]);
      // A write that leaves the body alone keeps the links.
      await prisma.article.update({ where: { id: 'art-05' }, data: { body: { type: 'doc', content: [image('media-body-03')] } } });
      await prisma.article.update({ where: { id: 'art-05' }, data: { featured: false } });
      expect(await linked()).toEqual(['media-body-03']);
    } finally {
      await prisma.article.update({ where: { id: 'art-05' }, data: { body: body as object } });
      await prisma.$disconnect();
    }
    expect(await linked()).toEqual(bodyMediaIds(body).sort());
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

describe('search snippets', () => {
  it('every hit shows why it matched: its sapo, or the passage of its text with the words', async () => {
    for (const q of ['may bom chay non tai', 'thi dua khen thuong', 'bang khen']) {
      for (const page of ['1', '2']) {
        const result = await search({ q, trang: page });
        for (const article of result.articles) {
          const snippet = result.excerpts[article.id] ?? article.sapo;
          expect(containsTerm(snippet, result.terms) || containsTerm(article.title, result.terms), `${q} p${page}: ${article.title}`).toBe(true);
          if (result.excerpts[article.id]) expect(containsTerm(article.sapo, result.terms)).toBe(false);
        }
      }
    }
    // Found by words of its body alone (art-24's title and sapo have none of these): the
    // passage is shown, with the words.
    const pump = await search({ q: 'chay non tai' });
    expect(pump.articles.map((a) => a.id)).toContain('art-24');
    expect(pump.excerpts['art-24']).toMatch(/chạy non tải/i);
  });
});

describe('queries per page', () => {
  // Counts are fixed by the code, not by the data: a list of 4 or 400 costs the same.
  it('home: 5 queries', async () => {
    const { queries } = await countQueries(() => getHomePage());
    expect(queries.length).toBe(5);
  });

  it('section listing: 4 queries (the section, its count, its page, its most-read); tag listing: 3', async () => {
    expect((await countQueries(() => getCategoryPage('thi-dua-khen-thuong', 1))).queries.length).toBe(4);
    expect((await countQueries(() => getTagPage('bang-khen', 1))).queries.length).toBe(3);
  });

  it('a section’s most-read stories are its own, most viewed first', async () => {
    const page = (await getCategoryPage('thi-dua-khen-thuong', 1))!;
    expect(page.mostRead.length).toBeGreaterThan(0);
    expect(page.mostRead.length).toBeLessThanOrEqual(5);
    const client = testPrisma();
    const views = await client.article.findMany({ where: { id: { in: page.mostRead.map((a) => a.id) } }, select: { id: true, viewCount: true, category: { select: { slug: true, parent: { select: { slug: true } } } } } });
    await client.$disconnect();
    for (const v of views) expect([v.category.slug, v.category.parent?.slug]).toContain('thi-dua-khen-thuong');
    const counts = page.mostRead.map((a) => views.find((v) => v.id === a.id)!.viewCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('story: 3 queries in all — the story with its images and records, its figures, what surrounds it', async () => {
    // What the story page calls on a first render, in the same order.
    const { queries } = await countQueries(async () => {
      const found = await getArticlePage(STORY_00);
      if (found.kind !== 'found') throw new Error(`${STORY_00} not found`);
      const { article, facts, extras } = found.page;
      expect(facts.length).toBeGreaterThan(0);
      expect(Object.keys(article.media).length + article.records.decisions.length + extras.related.length + extras.sameCategory.length).toBeGreaterThan(10);
    });
    expect(queries.length).toBe(3);
    expect((await countQueries(() => getPublishedArticle(STORY_00))).queries.length).toBe(1);
  });

  it('search: one query per window of the index tried (at most three), one for the cards, one for passages if a hit needs one', async () => {
    const prisma = testPrisma();
    try {
      const params = parseSearchParams({ q: 'thi dua' });
      const all = await runArticleSearch(prisma, params, 50);
      const now = new Date(Math.max(...all.articles.map((a) => a.publishedAt.getTime())) + 1_000);
      const month = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
      const inFirstWindow = all.articles.filter((a) => month(now) - month(a.publishedAt) < 2).length;
      expect(inFirstWindow).toBeGreaterThanOrEqual(2);
      // The last two months hold more matches than are ranked: that window, then the cards.
      // Hits whose sapo lacks the words get their passage from one more query (their bodies).
      const passages = (r: { articles: { sapo: string }[]; terms: string[] }) => (r.articles.some((a) => !containsTerm(a.sapo, r.terms)) ? 1 : 0);
      const run = async (options: { candidates?: number }, raw: Record<string, string> = { q: 'thi dua' }) => {
        const counted = await countQueries(() => runArticleSearch(prisma, parseSearchParams(raw), 20, { now, ...options }));
        return counted.queries.length - passages(counted.result);
      };
      expect(await run({ candidates: inFirstWindow - 1 })).toBe(2);
      // Fewer matches than ranked anywhere: the first window, perhaps a second, the whole index.
      const fewer = await run({});
      expect(fewer).toBeGreaterThanOrEqual(3);
      expect(fewer).toBeLessThanOrEqual(4);
      // A section adds no query: its categories are found inside each window's query.
      expect(await run({ candidates: 1 }, { q: 'thi dua', 'chuyen-muc': 'thi-dua-khen-thuong' })).toBeLessThanOrEqual(4);
      // And the cached page function adds none.
      const cached = await countQueries(() => search({ q: 'thi dua' }));
      expect(cached.queries.length - passages(cached.result)).toBeLessThanOrEqual(4);
    } finally {
      await prisma.$disconnect();
    }
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
