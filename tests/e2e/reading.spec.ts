import { expect, test } from '@playwright/test';

test.describe('reading a story', () => {
  test('from the home page lead to its story', async ({ page }) => {
    await page.goto('/');
    const lead = page.getByRole('region', { name: 'Tin nổi bật' }).locator('article').first().getByRole('heading');
    const title = (await lead.textContent())!.trim();
    await lead.getByRole('link').click();
    await expect(page).toHaveURL(/\/bai-viet\//);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('a story shows the award figures computed from the registry', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto('/bai-viet/dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đảng bộ Khối tổng kết đợt thi đua đặc biệt chào mừng 65 năm Ngày thành lập');
    await expect(page.getByRole('navigation', { name: 'Đường dẫn' })).toContainText('Thi đua – Khen thưởng');
    await expect(page.locator('time').first()).toHaveText(/^Thứ .+, 10\/05\/2024, 08:30$/);
    const facts = page.getByRole('complementary', { name: 'Số liệu khen thưởng' });
    await expect(facts).toContainText('Giấy khen của Đảng ủy Khối: 24 tập thể, 38 cá nhân');
    await expect(facts).toContainText('Bằng khen của Chủ tịch UBND tỉnh: 5 tập thể');
    await expect(page.locator('blockquote')).toContainText('Thi đua không phải là phong trào nhất thời');
    expect(errors).toEqual([]);
  });

  test('unpublished or unknown stories answer 404; page 1 redirects to the section', async ({ request }) => {
    expect((await request.get('/bai-viet/ban-nhap-phong-su-ve-trung-tam-chuyen-doi-so-tinh')).status()).toBe(404);
    expect((await request.get('/bai-viet/khong-co-bai-nay')).status()).toBe(404);
    expect((await request.get('/chuyen-muc/khong-co')).status()).toBe(404);
    expect((await request.get('/chuyen-muc/kinh-te/trang/99')).status()).toBe(404);
    expect((await request.get('/chuyen-muc/kinh-te/trang/abc')).status()).toBe(404);
    const first = await request.get('/chuyen-muc/kinh-te/trang/1', { maxRedirects: 0 });
    expect(first.status()).toBe(308);
    expect(first.headers().location).toBe('/chuyen-muc/kinh-te');
  });

  test('sections paginate with page numbers in the URL and stable order', async ({ page }) => {
    // Next keeps the previous page mounted but hidden for back navigation: read visible titles.
    // The section's list (its right column repeats the most-read stories on every page).
    const titles = () => page.getByRole('region', { name: 'Bài viết trong chuyên mục' }).locator('article h3').filter({ visible: true }).allTextContents();
    await page.goto('/chuyen-muc/thi-dua-khen-thuong');
    const firstPage = await titles();
    await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: '2', exact: true }).click();
    await expect(page).toHaveURL(/\/chuyen-muc\/thi-dua-khen-thuong\/trang\/2$/);
    await expect(page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: '2', exact: true })).toHaveAttribute('aria-current', 'page');
    const secondPage = await titles();
    expect(secondPage.length).toBeGreaterThan(0);
    expect(secondPage.filter((t) => firstPage.includes(t))).toEqual([]);
  });
});

test('the reader can enlarge the story text, and the choice is remembered', async ({ page }) => {
  await page.goto('/bai-viet/nhung-nguoi-thap-sang-sau-bao');
  const paragraph = page.locator('[data-article-body] > p').first();
  const size = () => paragraph.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  // Each button's name begins with what it shows (WCAG 2.5.3, label in name).
  await expect(page.getByRole('button', { name: 'A− Giảm cỡ chữ', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'A+ Tăng cỡ chữ', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Tăng cỡ chữ' }).click();
  await expect.poll(size).toBeGreaterThan(before);
  const enlarged = await size();
  await page.reload();
  await expect.poll(size).toBe(enlarged);
  await page.getByRole('button', { name: 'Giảm cỡ chữ' }).click();
  await expect.poll(size).toBe(before);
});

test('the E-magazine has one address: the section address redirects to it, and every link leads there', async ({ page, request }) => {
  for (const old of ['/chuyen-muc/e-magazine', '/chuyen-muc/e-magazine/trang/2']) {
    const response = await request.get(old, { maxRedirects: 0 });
    expect(response.status(), old).toBe(308);
    expect(new URL(response.headers().location!, 'http://x').pathname, old).toBe('/e-magazine');
  }
  await page.goto('/e-magazine');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/e-magazine$/);
  // The section's own stories are on the index (nothing was left behind at the old address).
  const story = page.getByRole('link', { name: /./ }).filter({ has: page.getByRole('heading') }).first();
  await expect(story).toBeVisible();
  await expect(page.locator('a[href^="/chuyen-muc/e-magazine"]')).toHaveCount(0);
  // From a story of the section, the section link and the breadcrumb lead to the index.
  await story.click();
  await expect(page).toHaveURL(/\/bai-viet\//);
  await expect(page.locator('a[href^="/chuyen-muc/e-magazine"]')).toHaveCount(0);
  const sitemap = await (await request.get('/sitemaps/pages.xml')).text();
  expect(sitemap).not.toContain('/chuyen-muc/e-magazine');
  expect(sitemap.match(/\/e-magazine</g)).toHaveLength(1);
});

test('a section page on a desktop keeps its right column useful: most-read of the section and the other sections', async ({ page }) => {
  // A desktop's width in both projects: the column stands beside the list only on a wide screen.
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/chuyen-muc/thi-dua-khen-thuong');
  const aside = page.locator('aside');
  const mostRead = aside.getByRole('region', { name: 'Đọc nhiều trong chuyên mục' });
  await expect(mostRead.getByRole('link').first()).toBeVisible();
  await expect(aside.getByRole('navigation', { name: 'Chuyên mục khác' }).getByRole('link').first()).toBeVisible();
  // The column stands beside the list, not below it, and holds more than a page count.
  const [list, column] = [(await page.locator('main section').first().boundingBox())!, (await aside.boundingBox())!];
  expect(column.x).toBeGreaterThan(list.x + list.width - 1);
  expect(column.height).toBeGreaterThan(300);
});
