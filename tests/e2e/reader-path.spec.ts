// A reader's path through the site, what they see at each step, and what machines read.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

// Walks through six pages or more, axe on several: on the phone lane of a busy 2-core CI
// they took 25–33 s, past the default 30 s.
test.describe.configure({ timeout: 60_000 });

test('home → section → story → related → tag → search without diacritics → RSS', async ({ page, request }) => {
  await page.goto('/');
  await expectAccessible(page);

  await page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Thi đua – Khen thưởng' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thi đua – Khen thưởng' })).toBeVisible();
  await expectAccessible(page);

  await page.locator('main article h3 a').filter({ visible: true }).first().click();
  await expect(page).toHaveURL(/\/bai-viet\//);
  await expect(page.getByRole('heading', { name: 'Có thể bạn quan tâm' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tin cùng chuyên mục' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Chia sẻ lên Facebook/ })).toHaveAttribute('href', /facebook\.com\/sharer/);
  await expect(page.getByRole('link', { name: 'Theo dõi trên Google News' })).toBeVisible();
  await expectAccessible(page);

  // The byline leads to the author's page, and back.
  const byline = page.locator('main article header a[rel="author"]');
  const author = (await byline.textContent())!.trim();
  const story = page.url();
  await byline.click();
  await expect(page).toHaveURL(/\/tac-gia\/[a-z0-9-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(author);
  await expect(page.locator('main article').filter({ visible: true }).first()).toBeVisible();
  await expectAccessible(page);
  await page.goto(story);

  const related = page.locator('section[aria-labelledby="related-heading"] h3 a').first();
  const relatedTitle = (await related.textContent())!.trim();
  await related.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(relatedTitle);

  const tag = page.locator('a[href^="/the/"]').filter({ visible: true }).first();
  const tagName = (await tag.textContent())!.replace('#', '').trim();
  await tag.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`#${tagName}`);
  await expect(page.locator('main article').filter({ visible: true }).first()).toBeVisible();

  await page.getByRole('search').first().getByRole('searchbox').fill('thi dua khen thuong');
  await page.getByRole('search').first().getByRole('button', { name: 'Tìm' }).click();
  await expect(page).toHaveURL(/\/tim-kiem\?q=thi\+dua\+khen\+thuong/);
  await expect(page.getByRole('status').first()).toContainText('kết quả cho “thi dua khen thuong”');
  await expect(page.locator('mark').filter({ hasText: 'đua' }).first()).toBeVisible();
  await expectAccessible(page);

  const rssHref = await page.getByRole('contentinfo').getByRole('link', { name: 'RSS' }).getAttribute('href');
  const rss = await request.get(rssHref!);
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  const xml = await rss.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const channel = new XMLParser().parse(xml).rss.channel;
  expect(channel.item.length).toBeGreaterThanOrEqual(40);
});

test('footer → “Thông tin cải chính, xin lỗi” → the corrected story, its correction at the top; the list’s feed is valid RSS', async ({ page, request }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Thông tin cải chính, xin lỗi' }).click();
  await expect(page).toHaveURL(/\/cai-chinh$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thông tin cải chính, xin lỗi');
  // Each entry names the story, its section and date, what was wrong and what is right (Press Law 2016, art. 42.4).
  const demo = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể' });
  await expect(demo).toContainText('chuyên mục Thi đua – Khen thưởng, đăng ngày 09/05/2024');
  await expect(demo).toContainText('Thông tin đã đăng: Bài viết ghi Bằng khen được tặng');
  await expect(demo).toContainText('Nay cải chính: Bằng khen được tặng theo đề nghị của Hội đồng Thi đua – Khen thưởng Khối');
  await expectAccessible(page);

  await demo.getByRole('link').click();
  const box = page.getByRole('complementary', { name: 'Thông tin cải chính, xin lỗi' });
  await expect(box).toHaveAttribute('data-correction-position', 'TOP');
  await expect(box.getByRole('heading', { name: /^Cải chính · .*10\/05\/2024/ })).toBeVisible();
  // Above the story's text.
  expect(await box.evaluate((el) => !!(el.compareDocumentPosition(document.querySelector('[data-article-body]')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
  await expectAccessible(page);

  const rss = await request.get('/cai-chinh/rss.xml');
  expect(rss.headers()['content-type']).toContain('application/rss+xml');
  const xml = await rss.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const items = [new XMLParser().parse(xml).rss.channel.item].flat() as { title: string }[];
  expect(items.map((i) => i.title)).toContain('Cải chính: Chủ tịch UBND tỉnh tặng Bằng khen cho 5 tập thể thuộc Đảng bộ Khối');
});

test('search pages stay calm with odd input', async ({ page }) => {
  for (const q of ['', `'"():&|!*<->`, 'khen '.repeat(400), '%00%ff']) {
    const response = await page.goto(`/tim-kiem?q=${encodeURIComponent(q)}&trang=abc&tu=khong-phai-ngay`);
    expect(response!.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: 'Tìm kiếm' })).toBeVisible();
  }
  await page.goto('/tim-kiem?q=zzzqqq');
  await expect(page.getByRole('status')).toContainText('Không tìm thấy bài viết nào');
});

test('story pages carry valid NewsArticle and BreadcrumbList JSON-LD and social cards', async ({ page, request }) => {
  await page.goto('/bai-viet/dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap');
  const raw = await page.locator('script[type="application/ld+json"]').first().textContent();
  const data = JSON.parse(raw!) as { '@graph': { '@type': string; headline?: string; datePublished?: string; itemListElement?: unknown[] }[] };
  const article = data['@graph'].find((n) => n['@type'] === 'NewsArticle')!;
  expect(article.headline).toBe('Đảng bộ Khối tổng kết đợt thi đua đặc biệt chào mừng 65 năm Ngày thành lập');
  expect(article.datePublished).toBe('2024-05-10T01:30:00.000Z');
  expect(data['@graph'].find((n) => n['@type'] === 'BreadcrumbList')!.itemListElement).toHaveLength(2);

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/bai-viet\/dang-bo-khoi-tong-ket/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const ogImage = await page.locator('meta[property="og:image"]').first().getAttribute('content');
  const image = await request.get(new URL(ogImage!).pathname + new URL(ogImage!).search);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/png');
});

test('sitemaps and robots are valid and list the stories', async ({ request }) => {
  const parser = new XMLParser();
  const index = await (await request.get('/sitemap.xml')).text();
  expect(XMLValidator.validate(index)).toBe(true);
  const locs = ([] as { loc: string }[]).concat(parser.parse(index).sitemapindex.sitemap).map((s) => new URL(s.loc).pathname);
  expect(locs).toEqual(expect.arrayContaining(['/sitemaps/pages.xml', '/sitemaps/registry.xml', '/sitemaps/articles-1.xml', '/sitemaps/news.xml']));
  const articles = parser.parse(await (await request.get('/sitemaps/articles-1.xml')).text()).urlset.url;
  expect(articles.length).toBeGreaterThanOrEqual(40);
  const news = await (await request.get('/sitemaps/news.xml')).text();
  expect(XMLValidator.validate(news)).toBe(true);
  expect(news).toContain('<news:language>vi</news:language>');
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap:');
  expect(robots).toContain('Disallow: /admin');
});

test('a story covered live keeps its coverage once ended: the summary, the entries newest first, LiveBlogPosting', async ({ page }) => {
  await page.goto('/bai-viet/dai-hoi-dang-bo-khoi-nhiem-ky-2025-2030-thanh-cong-tot-dep');
  const coverage = page.getByRole('region', { name: /Diễn biến/ });
  await expect(coverage).toContainText('Tường thuật từ');
  await expect(coverage.getByText('Trực tiếp', { exact: true })).toHaveCount(0);
  await expect(coverage.getByText(/Đại hội bầu Ban Chấp hành 33 đồng chí/).first()).toBeVisible();
  const entries = coverage.getByRole('article');
  await expect(entries).toHaveCount(4);
  await expect(entries.first()).toContainText('Bế mạc');
  await expect(entries.last()).toContainText('Khai mạc Đại hội');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!) as { '@graph': { '@type': string; coverageEndTime?: string; liveBlogUpdate?: unknown[] }[] };
  expect(ld['@graph'][0]).toMatchObject({ '@type': 'LiveBlogPosting' });
  expect(ld['@graph'][0]!.coverageEndTime).toBeTruthy();
  expect(ld['@graph'][0]!.liveBlogUpdate).toHaveLength(4);
  // An ended coverage does not ask for updates.
  expect((await page.request.get(`/api/truc-tiep/${'x'.repeat(65)}`)).status()).toBe(404);
  await expectAccessible(page);
});
