// What a reader's browser measures: the largest paint is the story's cover or title,
// images never shift the layout (they carry their width and height), and the page's
// cumulative layout shift stays within Google's "good" band (< 0.1) — and on every page type
// within 0.05 even when the web fonts arrive late (font-display: optional never swaps a late
// face in); every text is drawn in its intended face; no link or image is hydrated.
import { expect, test } from '@playwright/test';
import { CHARACTERS } from '../../app/fonts/characters.mjs';
import { textLineCount } from './support';

type Shift = { value: number; imageSources: number };

type Page = import('@playwright/test').Page;
type Route = import('@playwright/test').Route;
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

// Every kind of public page, the registry's included: the fixed ones, and one of each page
// reached through its list (the first link of the kind found there).
const FIXED_PAGES = [
  '/',
  '/chuyen-muc/thi-dua-khen-thuong',
  '/chuyen-muc/thi-dua-khen-thuong/trang/2',
  '/bai-viet/dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap',
  '/bai-viet/nhung-nguoi-thap-sang-sau-bao',
  '/tim-kiem?q=thi+dua',
  '/e-magazine',
  '/vinh-danh',
  '/vinh-danh/tra-cuu?q=nguyen',
  '/vinh-danh/tra-cuu?doi-tuong=ca-nhan&tu-nam=2020',
  '/vinh-danh/don-vi',
  '/vinh-danh/co-cau?ngay=2024-06-01',
  '/vinh-danh/danh-hieu',
  '/vinh-danh/phong-trao',
  '/vinh-danh/quyet-dinh',
  '/vinh-danh/thong-ke',
  '/vinh-danh/thong-ke/2025',
  '/vinh-danh/lay-y-kien',
  '/cai-chinh',
  // The demo story covered live (prisma/seed/index.ts).
  '/bai-viet/dai-hoi-dang-bo-khoi-nhiem-ky-2025-2030-thanh-cong-tot-dep',
  // The demo story that carries a correction (prisma/seed/index.ts).
  '/bai-viet/chu-tich-ubnd-tinh-tang-bang-khen-cho-5-tap-the-thuoc-dang-bo-khoi',
  '/khong-co-trang-nay',
];
const REACHED: [list: string, linkPrefix: string][] = [
  ['/bai-viet/dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap', '/the/'],
  ['/bai-viet/dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap', '/tac-gia/'],
  ['/vinh-danh/don-vi', '/vinh-danh/don-vi/'],
  ['/vinh-danh/danh-hieu', '/vinh-danh/danh-hieu/'],
  ['/vinh-danh/phong-trao', '/vinh-danh/phong-trao/'],
  ['/vinh-danh/quyet-dinh', '/vinh-danh/quyet-dinh/'],
  ['/vinh-danh/tra-cuu?doi-tuong=ca-nhan', '/vinh-danh/ca-nhan/'],
  ['/vinh-danh/tra-cuu?doi-tuong=tap-the', '/vinh-danh/tap-the/'],
];

// One page of every public type (the list of issue 25, the same as `npm run lighthouse`):
// fixed addresses, and the first of a kind linked from its list.
const PAGE_TYPES: [name: string, where: string | [list: string, linkPrefix: string]][] = [
  ['trang chủ', '/'],
  ['chuyên mục', '/chuyen-muc/thi-dua-khen-thuong'],
  ['bài viết', '/bai-viet/dang-bo-khoi-tong-ket-dot-thi-dua-dac-biet-chao-mung-65-nam-ngay-thanh-lap'],
  ['e-magazine', ['/e-magazine', '/bai-viet/']],
  ['tìm kiếm', '/tim-kiem?q=thi+dua'],
  ['sổ vàng', '/vinh-danh'],
  ['tra cứu sổ vàng', '/vinh-danh/tra-cuu?q=nguyen'],
  ['đơn vị', ['/vinh-danh/don-vi', '/vinh-danh/don-vi/']],
  ['cá nhân', ['/vinh-danh/tra-cuu?doi-tuong=ca-nhan', '/vinh-danh/ca-nhan/']],
  ['quyết định', ['/vinh-danh/quyet-dinh', '/vinh-danh/quyet-dinh/']],
  ['thống kê', '/vinh-danh/thong-ke'],
];

/** The address of the first link to `prefix`… in the main content of `list`. */
async function firstLink(page: Page, list: string, prefix: string): Promise<string> {
  await page.goto(list);
  const href = await page.locator(`main a[href^="${prefix}"]`).first().getAttribute('href');
  expect(href, `a link to ${prefix}… on ${list}`).toBeTruthy();
  return href!;
}

async function pageTypes(page: Page): Promise<[string, string][]> {
  const found: [string, string][] = [];
  for (const [name, where] of PAGE_TYPES) {
    if (typeof where === 'string') {
      found.push([name, where]);
      continue;
    }
    found.push([name, await firstLink(page, ...where)]);
  }
  return found;
}

test('no page type shifts its layout, even when the web fonts arrive late (CLS ≤ 0.05)', async ({ page, context }) => {
  test.setTimeout(180_000);
  for (const [name, path] of await pageTypes(page)) {
    const tab = await context.newPage();
    await observe(tab);
    // The fonts held back (routing also turns the HTTP cache off) until the page has painted
    // its text in the fallback faces, then let through: the swap's adjusted metrics must keep
    // every line in place.
    const held: Route[] = [];
    let released = false;
    await tab.route('**/_next/static/media/*.woff2', (route) => (released ? route.continue() : void held.push(route)));
    await tab.goto(path, { waitUntil: 'domcontentloaded' });
    await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    // Painted without any web face yet: the fallbacks' metrics are what is on screen.
    expect(await tab.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length), path).toBe(0);
    released = true;
    await Promise.all(held.map((route) => route.continue()));
    await tab.waitForLoadState('load');
    const { cls, shifts } = await settled(tab);
    expect(cls, `${name} (${path}): ${JSON.stringify(shifts)}`).toBeLessThanOrEqual(0.05);
    await tab.close();
  }
});

test('every text of every page type is set in its intended face, each diacritic included, typed composed or not', async ({ browser, page: reader, baseURL }) => {
  test.setTimeout(120_000);
  const pages = await pageTypes(reader);
  // Without JavaScript: the faces are CSS's business, and a page nobody hydrates keeps the
  // DOM the probes below mark (React would re-render what it met changed while hydrating).
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, viewport: reader.viewportSize() });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  for (const [name, path] of pages) {
    // A returning reader: the faces are in the cache. (On a first visit a face that misses
    // font-display: optional's ~100 ms stays out for that view; the test above covers that.)
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready);
    await page.goto(path);
    // A sample typed decomposed (base letter + combining mark), as pasted text can be.
    const probes = await page.evaluate((characters) => {
      const sample = document.createElement('p');
      sample.textContent = 'Ủy ban nhân dân tỉnh khen thưởng Đoàn Thị Hướng, Lê Văn Bảy'.normalize('NFD');
      document.querySelector('main')!.append(sample);
      const first = (family: string) => family.split(',')[0]!.trim().replace(/^["']|["']$/g, '');
      // next/font's family names, from the variables its classes set (the reading serif's on
      // the blocks that use it, so read on each element).
      const familyOf = (el: Element, variable: string) => first(getComputedStyle(el).getPropertyValue(variable));
      const covered = new Set([...characters, ' ', '\n', '\t']);
      const wanted: { id: number; text: string; expected: string }[] = [];
      for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
        if (el.closest('script, style, noscript, template, svg, .sr-only') || el.getClientRects().length === 0) continue;
        const texts = [...el.childNodes].filter((n): n is Text => n.nodeType === Node.TEXT_NODE && !!n.textContent?.trim());
        const own = texts.map((n) => n.textContent).join('').trim();
        if (!own || ![...own].every((c) => covered.has(c))) continue;
        const style = getComputedStyle(el);
        if (style.visibility === 'hidden') continue;
        const face = first(style.fontFamily);
        const weight = Number(style.fontWeight);
        const italic = style.fontStyle === 'italic';
        const family = { sans: familyOf(el, '--font-face-sans'), heading: familyOf(el, '--font-face-serif-heading'), text: familyOf(el, '--font-face-serif-text') };
        const expected =
          face === family.sans
            ? weight >= 600
              ? 'BeVietnamPro-SemiBold'
              : 'BeVietnamPro-Regular'
            : face === family.heading
              ? 'NotoSerif-Bold'
              : face === family.text
                ? weight >= 700
                  ? 'NotoSerif-Bold'
                  : italic
                    ? 'NotoSerif-Italic'
                    : 'NotoSerif-Regular'
                : `another family: ${style.fontFamily}`;
        // Chromium reports the faces of the text under a node, its children's included: text
        // beside child elements is wrapped, in a span that inherits everything, and probed alone.
        const targets = el.children.length === 0 ? [el] : texts.map((t) => {
          const span = document.createElement('span');
          t.replaceWith(span);
          span.append(t);
          return span;
        });
        for (const target of targets) {
          target.dataset.fontProbe = String(wanted.length);
          wanted.push({ id: wanted.length, text: (target.textContent ?? '').trim().slice(0, 40), expected });
        }
      }
      return wanted;
    }, CHARACTERS);
    expect(probes.length, path).toBeGreaterThan(10);
    await page.evaluate(() => document.fonts.ready);
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-font-probe]' });
    const wrong: string[] = [];
    for (const nodeId of nodeIds) {
      const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
      const probe = probes[Number(attributes[attributes.indexOf('data-font-probe') + 1])]!;
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const used = fonts.map((f) => (f.isCustomFont ? f.postScriptName : `${f.familyName} (system)`));
      if (used.length === 0 || used.some((f) => f !== probe.expected)) wrong.push(`"${probe.text}": ${used.join(', ')} instead of ${probe.expected}`);
    }
    expect(wrong, `${name} (${path})`).toEqual([]);
    expect(nodeIds.length, path).toBe(probes.length);
  }
  await context.close();
});

test('reader pages hydrate only what a reader interacts with: no link and no image is a client component', async ({ page, request }) => {
  for (const [name, path] of await pageTypes(page)) {
    const html = await (await request.get(path)).text();
    // The RSC payload the page hydrates from (self.__next_f.push([1, "…"]) chunks, in order).
    const payload = [...html.matchAll(/self\.__next_f\.push\(\[1,("(?:[^"\\]|\\.)*")\]\)/g)].map((m) => JSON.parse(m[1]!) as string).join('');
    expect(payload.length, path).toBeGreaterThan(1000);
    // A client component is an element of type "$L<id>"; what each one received.
    const instances = [...payload.matchAll(/\["\$","\$L[0-9a-f]+",(?:null|"[^"]*"),\{("[a-zA-Z]+")?/g)].map((m) => (m[1] ? JSON.parse(m[1]) : ''));
    expect(instances.filter((prop) => prop === 'href' || prop === 'src' || prop === 'srcSet'), `${name} (${path})`).toEqual([]);
    // The framework's own (its layout routers, their templates and error boundaries: 10 to 12
    // on these pages) and this page's few controls (a story's view counter, share link and
    // text size), never one per item of a list.
    expect(instances.length, `${name} (${path}): ${instances.length} client components, given ${instances.join(', ')}`).toBeLessThanOrEqual(16);
  }
});

test('a phone 360 px wide never scrolls sideways, and no text on it is smaller than 12 px', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const pages = [...FIXED_PAGES];
  for (const [list, prefix] of REACHED) pages.push(await firstLink(page, list, prefix));
  for (const path of pages) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
    // Rendered text smaller than 12 px (hidden text and the screen-reader-only kind aside).
    const small = await page.evaluate(() => {
      const found: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el = node.parentElement;
        if (!text || !el || el.closest('.sr-only, script, style, noscript, template')) continue;
        const rects = el.getClientRects();
        if (rects.length === 0 || getComputedStyle(el).visibility === 'hidden') continue;
        const px = el instanceof SVGElement ? el.getBoundingClientRect().height / 1.2 : parseFloat(getComputedStyle(el).fontSize);
        if (px < 11.95) found.push(`${px.toFixed(1)} px: ${text.slice(0, 40)}`);
      }
      return found.slice(0, 5);
    });
    expect(small, path).toEqual([]);
  }
});

test('on a phone the site name keeps one line and the registry is in the first screen, without swiping the menu', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const name = page.getByRole('banner').getByRole('link').first().locator('span').first();
  expect(await textLineCount(name)).toBe(1);
  const registry = page.getByRole('navigation', { name: 'Chuyên mục' }).getByRole('link', { name: 'Bảng Vàng' });
  const box = (await registry.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(360);
  expect(box.y + box.height).toBeLessThanOrEqual(740);
});

test('keyboard focus is drawn whole, at 3:1 or more against its surroundings, on the red menu and on white', async ({ page }) => {
  await page.goto('/');
  // Contrast ratio of two CSS colours as the browser computed them (rgb or lab).
  const ratio = async (selector: string) =>
    page.evaluate((sel) => {
      const el = document.querySelector(sel) as HTMLElement;
      el.focus();
      const luminance = (css: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = 1;
        const ctx = canvas.getContext('2d')!;
        ctx.fillStyle = css;
        ctx.fillRect(0, 0, 1, 1);
        const [r, g, b] = [...ctx.getImageData(0, 0, 1, 1).data].map((v) => v / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      let bg = 'rgb(255, 255, 255)';
      for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
        const c = getComputedStyle(n).backgroundColor;
        if (c && c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent') {
          bg = c;
          break;
        }
      }
      const style = getComputedStyle(el);
      const [a, b] = [luminance(style.outlineColor), luminance(bg)].sort((x, y) => y - x);
      // Drawn whole: the ring lies inside every ancestor that clips.
      const rect = el.getBoundingClientRect();
      const offset = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
      let clipped = false;
      for (let n: HTMLElement | null = el.parentElement; n; n = n.parentElement) {
        const o = getComputedStyle(n);
        if (o.overflowX === 'visible' && o.overflowY === 'visible') continue;
        const clip = n.getBoundingClientRect();
        if (rect.top - offset < clip.top || rect.bottom + offset > clip.bottom) clipped = true;
      }
      return { ratio: (a! + 0.05) / (b! + 0.05), width: parseFloat(style.outlineWidth), clipped };
    }, selector);
  await page.keyboard.press('Tab'); // focus-visible comes from the keyboard
  for (const selector of ['nav[aria-label="Chuyên mục"] a[href="/vinh-danh"]', 'header form[role="search"] button', 'main a[href^="/bai-viet/"]']) {
    const ring = await ratio(selector);
    expect(ring.width, selector).toBeGreaterThanOrEqual(2);
    expect(ring.ratio, selector).toBeGreaterThanOrEqual(3);
    expect(ring.clipped, selector).toBe(false);
  }
});
