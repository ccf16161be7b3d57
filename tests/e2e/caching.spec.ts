// No public page is accidentally dynamic: every page a reader lands on is served from
// Next's cache (ISR headers), never `private`/`no-store`. Search and the filtered registry
// list render per request on purpose and are listed as such.
import { expect, test } from '@playwright/test';

const STORY = '/bai-viet/bac-si-5-nam-lien-la-chien-si-thi-dua-co-so-moi-ca-truc-la-mot-lan-thi-dua';

test('public pages are served from the cache, twice alike', async ({ request }) => {
  const home = await (await request.get('/')).text();
  const firstCategory = home.match(/href="(\/chuyen-muc\/[a-z0-9-]+)"/)![1]!;
  const registry = await (await request.get('/vinh-danh')).text();
  const unit = registry.match(/href="(\/vinh-danh\/don-vi\/[a-z0-9-]+)"/)?.[1] ?? '/vinh-danh/don-vi';
  const decision = registry.match(/href="(\/vinh-danh\/quyet-dinh\/[a-z0-9-]+)"/)![1]!;
  const author = (await (await request.get(STORY)).text()).match(/href="(\/tac-gia\/[a-z0-9-]+)"/)![1]!;
  const pages = ['/', firstCategory, STORY, author, '/bai-viet/dai-hoi-dang-bo-khoi-nhiem-ky-2025-2030-thanh-cong-tot-dep', '/vinh-danh', '/vinh-danh/don-vi', unit, '/vinh-danh/quyet-dinh', decision, '/vinh-danh/danh-hieu', '/vinh-danh/phong-trao', '/vinh-danh/thong-ke', '/cai-chinh', '/cai-chinh/rss.xml', '/rss.xml', '/sitemap.xml', '/robots.txt'];
  for (const path of pages) {
    // The first request may render; the second must come from the cache.
    await request.get(path);
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const cacheControl = response.headers()['cache-control'] ?? '';
    expect(cacheControl, `${path}: ${cacheControl}`).not.toMatch(/private|no-store/);
    expect(cacheControl, `${path}: ${cacheControl}`).toMatch(/s-maxage=\d+|max-age=\d+/);
  }
});

test('per-request pages say so, and so do the newsroom and the health check', async ({ request }) => {
  for (const path of ['/tim-kiem?q=thi+dua', '/vinh-danh/co-cau?ngay=2024-06-01', '/api/health']) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['cache-control'], path).toMatch(/no-store|no-cache/);
  }
  expect(await (await request.get('/api/health')).json()).toMatchObject({ status: 'ok', database: 'ok' });
});
