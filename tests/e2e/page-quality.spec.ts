// What a reader's browser measures: the largest paint is the story's cover or title,
// images never shift the layout (they carry their width and height), and the page's
// cumulative layout shift stays within Google's "good" band (< 0.1). The web fonts may
// still reflow text a little when they arrive (font-display: swap); images may not.
import { expect, test } from '@playwright/test';

type Shift = { value: number; imageSources: number };

async function observe(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __lcp?: string; __cls: number; __shifts: Shift[] };
    w.__cls = 0;
    w.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
        const el = entry.element;
        w.__lcp = el ? `${el.tagName.toLowerCase()}${el.closest('h1') ? ':h1' : ''}` : 'unknown';
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: Source[] })[]) {
        if (entry.hadRecentInput) continue;
        w.__cls += entry.value;
        // A shift is an image's doing when a box that holds an image changed its height.
        const imageSources = entry.sources.filter((source) => {
          const el = source.node instanceof Element ? source.node : null;
          const holdsImage = !!el && (el.tagName === 'IMG' || !!el.querySelector('img'));
          const resized = Math.abs(source.previousRect.height - source.currentRect.height) > 1;
          const onlyImage = !!el && (el.tagName === 'IMG' || (el.textContent ?? '').trim() === '');
          return holdsImage && resized && onlyImage;
        }).length;
        w.__shifts.push({ value: entry.value, imageSources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

for (const path of ['/bai-viet/dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap', '/bai-viet/nhung-nguoi-thap-sang-sau-bao']) {
  test(`largest paint is the cover or title, no layout shift: ${path}`, async ({ page }) => {
    await observe(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500);
    const { lcp, cls, shifts } = await page.evaluate(() => {
      const w = window as unknown as { __lcp?: string; __cls: number; __shifts: Shift[] };
      return { lcp: w.__lcp, cls: w.__cls, shifts: w.__shifts };
    });
    expect(['img', 'h1:h1']).toContain(lcp);
    expect(shifts.filter((s) => s.imageSources > 0)).toEqual([]);
    expect(cls).toBeLessThan(0.1);
  });
}

test('home page images do not shift the layout', async ({ page }) => {
  await observe(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 3000);
  await page.waitForTimeout(800);
  const { cls, shifts } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: Shift[] };
    return { cls: w.__cls, shifts: w.__shifts };
  });
  expect(shifts.filter((s) => s.imageSources > 0)).toEqual([]);
  expect(cls).toBeLessThan(0.1);
  // Every image reserves its box before it loads.
  expect(await page.locator('img:not([width]), img:not([height])').count()).toBe(0);
});

test('a phone 360 px wide never scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/chuyen-muc/thi-dua-khen-thuong', '/bai-viet/dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap', '/tim-kiem?q=thi+dua', '/e-magazine']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
