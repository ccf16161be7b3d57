import { expect, test } from '@playwright/test';

test.describe('home page', () => {
  test('renders the seeded stories and registry with no console errors', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });

    await page.goto('/');
    await expect(page).toHaveTitle(/Bảng Vàng/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

    // Lead story with its cover, sections in the navigation.
    const lead = page.getByRole('region', { name: 'Tin nổi bật' }).locator('article').first();
    await expect(lead.getByRole('heading')).toHaveText(/\S/);
    const cover = lead.locator('img').first();
    await expect(cover).toBeVisible();
    await expect.poll(() => cover.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Chuyên mục' });
    for (const name of ['Thi đua – Khen thưởng', 'Xây dựng Đảng', 'Kinh tế', 'Xã hội', 'E-magazine']) {
      await expect(nav.getByRole('link', { name })).toBeVisible();
    }

    // Latest stories and the honours registry block with the 65th-anniversary decision.
    await expect(page.getByRole('heading', { name: 'Tin mới' })).toBeVisible();
    expect(await page.locator('[aria-labelledby="latest-heading"] article').count()).toBeGreaterThanOrEqual(8);
    const registry = page.locator('section[aria-labelledby="registry-heading"]');
    await expect(registry).toContainText('Quyết định số');
    await expect(page.getByRole('heading', { name: 'Đọc nhiều' })).toBeVisible();

    // Unpublished stories never reach readers.
    await expect(page.getByText(/^(Bản nháp|Chờ duyệt|Hẹn giờ|Lưu trữ):/)).toHaveCount(0);

    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  test('sends the security headers', async ({ request }) => {
    const response = await request.get('/');
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by']).toBeUndefined();
    // Readers' pages allow only the site's own images; the newsroom also previews uploads.
    expect(headers['content-security-policy']).toContain("img-src 'self';");
    const admin = (await request.get('/admin/anh', { maxRedirects: 0 })).headers()['content-security-policy'];
    expect(admin).toContain("img-src 'self' data: blob:;");
    expect(admin).toContain("frame-ancestors 'none'");
  });

  test('has the site’s icons and manifest: favicon, touch icon, app icons', async ({ page, request }) => {
    const favicon = await request.get('/favicon.ico');
    expect(favicon.status()).toBe(200);
    expect(favicon.headers()['content-type']).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
    expect([...(await favicon.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
    await page.goto('/');
    const touch = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
    expect((await request.get(touch!)).headers()['content-type']).toBe('image/png');
    const manifest = (await (await request.get((await page.locator('link[rel="manifest"]').getAttribute('href'))!)).json()) as { short_name: string; icons: { src: string }[] };
    expect(manifest.short_name).toBe('Bảng Vàng');
    for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
  });

  test('serves media safely: no path traversal, no unknown types', async ({ request }) => {
    const image = await request.get('/media/demo/cover-00.jpg');
    expect(image.status()).toBe(200);
    // Its own policy wins over the pages' one: opened directly, it can run nothing.
    expect(image.headers()['content-security-policy']).toBe("default-src 'none'; style-src 'unsafe-inline'; sandbox");
    expect((await request.get('/media/..%2F..%2Fpackage.json')).status()).toBe(404);
    expect((await request.get('/media/demo/../../auth-secret')).status()).toBe(404);
    expect((await request.get('/media/demo/cover-00.svg')).status()).toBe(404);
  });
});

test.describe('most-read beacon', () => {
  test('accepts a view, refuses oversized or malformed bodies', async ({ request }) => {
    expect((await request.post('/api/views', { data: { id: 'art-00' } })).status()).toBe(204);
    expect((await request.post('/api/views', { data: { id: 'x'.repeat(500) } })).status()).toBe(413);
    expect((await request.post('/api/views', { data: 'not json', headers: { 'content-type': 'application/json' } })).status()).toBe(400);
    expect((await request.post('/api/views', { data: { id: '<script>' } })).status()).toBe(400);
    expect((await request.get('/api/views')).status()).toBe(405);
  });
});
