// What a reader's browser measures: the largest paint is the story's cover or title,
// images never shift the layout (they carry their width and height), and the page's
// cumulative layout shift stays within Google's "good" band (< 0.1). The web fonts may
// still reflow text a little when they arrive (font-display: swap); images may not.
import { expect, test } from '@playwright/test';

type Shift = { value: number; imageSources: number };

type Page = import('@playwright/test').Page;
type Observed = { __lcp?: string; __cls: number; __shifts: Shift[]; __observers: PerformanceObserver[] };

async function observe(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Observed;
    w.__cls = 0;
    w.__shifts = [];
    w.__observers = [];
    const lcp = new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element })[]) {
        const el = entry.element;
        w.__lcp = el ? `${el.tagName.toLowerCase()}${el.closest('h1') ? ':h1' : ''}` : 'unknown';
      }
    });
    lcp.observe({ type: 'largest-contentful-paint', buffered: true });
    type Source = { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly };
    const onShifts = (list: { getEntries(): PerformanceEntry[] }) => {
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
    };
    const shifts = new PerformanceObserver(onShifts);
    shifts.observe({ type: 'layout-shift', buffered: true });
    // Read back by settled(): takeRecords() hands over entries not yet delivered.
    w.__observers.push(shifts);
    (w as unknown as { __onShifts: typeof onShifts }).__onShifts = onShifts;
  });
}

/**
 * Waits until nothing is left that could still move the layout — the fonts loaded, every
 * image in or near the viewport loaded — and then two frames were painted, so that any
 * shift they caused has been recorded; returns what was observed.
 */
async function settled(page: Page) {
  await page.waitForFunction(() => {
    const near = (img: HTMLImageElement) => img.getBoundingClientRect().top < window.innerHeight * 2;
    return document.fonts.status === 'loaded' && [...document.images].filter(near).every((img) => img.complete);
  });
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const w = window as unknown as Observed & { __onShifts: (list: { getEntries(): PerformanceEntry[] }) => void };
    for (const observer of w.__observers) {
      const pending = observer.takeRecords();
      w.__onShifts({ getEntries: () => pending });
    }
    return { lcp: w.__lcp, cls: w.__cls, shifts: w.__shifts };
  });
}

for (const path of ['/bai-viet/dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap', '/bai-viet/nhung-nguoi-thap-sang-sau-bao']) {
  test(`largest paint is the cover or title, no layout shift: ${path}`, async ({ page }) => {
    await observe(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const { lcp, cls, shifts } = await settled(page);
    expect(['img', 'h1:h1']).toContain(lcp);
    expect(shifts.filter((s) => s.imageSources > 0)).toEqual([]);
    expect(cls).toBeLessThan(0.1);
  });
}

test('home page images do not shift the layout', async ({ page }) => {
  await observe(page);
  await page.goto('/', { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 3000);
  // The wheel scrolls asynchronously: wait until it has, then for what it brought in.
  await page.waitForFunction(() => window.scrollY > 0);
  const { cls, shifts } = await settled(page);
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
