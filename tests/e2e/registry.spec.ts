// The public registry as a reader uses it: from a story to a person, a decision, a
// campaign and back; filters in the URL; downloads with the rows of the page.
import { parse } from 'csv-parse/sync';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './accessibility';

const STORY = '/bai-viet/bac-si-5-nam-lien-la-chien-si-thi-dua-co-so-moi-ca-truc-la-mot-lan-thi-dua';

// Walks through six pages or more, axe on several: on the phone lane of a busy 2-core CI
// they took 25–33 s, past the default 30 s.
test.describe.configure({ timeout: 60_000 });

test('story → person → decision → campaign → story, and back', async ({ page }) => {
  await page.goto(STORY);
  const records = page.getByRole('region', { name: 'Hồ sơ khen thưởng trong bài' });
  const person = records.locator('a[href^="/vinh-danh/ca-nhan/"]').first();
  const name = (await person.textContent())!.trim();
  await person.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByRole('list', { name: 'Thành tích liên tục' })).toContainText('Chiến sĩ thi đua cơ sở: 5 năm liền (2020–2024)');
  await expectAccessible(page);
  await page.getByRole('link', { name: '1250-QĐ/ĐUK' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quyết định số 1250-QĐ/ĐUK');
  await expect(page.getByRole('region', { name: 'Tổng số theo quyết định' })).toContainText('Giấy khen của Đảng ủy Khối: 24 tập thể, 38 cá nhân');
  await expect(page.getByRole('table', { name: 'Danh sách khen thưởng của quyết định' }).getByRole('link', { name, exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /^Đợt thi đua đặc biệt chào mừng 65 năm/ }).first().click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Đợt thi đua đặc biệt chào mừng 65 năm/);
  const results = page.getByRole('region', { name: 'Kết quả khen thưởng' });
  await expect(results).toContainText('Bằng khen của Chủ tịch UBND tỉnh: 5 tập thể');
  await expect(results).toContainText('Giấy khen của Đảng ủy Khối: 24 tập thể, 38 cá nhân');
  await expect(results).toContainText('Biểu dương: 17 tập thể, 46 cá nhân');
  await expectAccessible(page);
  const story = page.getByRole('region', { name: 'Bài viết về phong trào' }).locator('h3 a').first();
  const storyTitle = (await story.textContent())!.trim();
  await story.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(storyTitle);
  await expect(page.getByRole('region', { name: 'Hồ sơ khen thưởng trong bài' }).getByRole('link', { name: /^Quyết định số/ }).first()).toBeVisible();

  for (const heading of [/Đợt thi đua đặc biệt/, 'Quyết định số 1250-QĐ/ĐUK', name]) {
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  }
  await page.goBack();
  await expect(page).toHaveURL(STORY);
});

test('filters live in the URL and the CSV download has the rows of the page', async ({ page }) => {
  await page.goto('/vinh-danh');
  await expectAccessible(page);
  await page.getByRole('searchbox').last().fill('nguyen');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page).toHaveURL(/\/vinh-danh\/tra-cuu\?q=nguyen/);

  await page.getByLabel('Đối tượng').selectOption({ label: 'Cá nhân' });
  await page.getByLabel('Từ năm').fill('2024');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await expect(page).toHaveURL(/doi-tuong=ca-nhan/);
  await expect(page).toHaveURL(/tu-nam=2024/);
  const status = (await page.getByRole('status').textContent())!;
  const total = Number(/^([\d.]+) lượt/.exec(status)![1]!.replace(/\./g, ''));
  expect(total).toBeGreaterThan(0);
  const table = page.getByRole('table', { name: 'Kết quả tra cứu khen thưởng' });
  await expect(table.locator('tbody tr')).toHaveCount(Math.min(total, 50));
  await expectAccessible(page);

  // The same URL, opened fresh, shows the same result.
  const url = page.url();
  await page.goto(url);
  await expect(page.getByRole('status')).toHaveText(status);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const rows = parse(Buffer.concat(chunks).toString('utf8'), { bom: true }) as string[][];
  expect(rows.length - 1).toBe(total);
  expect(rows.slice(1).every((r) => r[2] === 'Cá nhân' && Number(r[8]) >= 2024)).toBe(true);
  const firstNames = await table.locator('tbody tr td:first-child > a').allTextContents();
  expect(rows.slice(1, 1 + firstNames.length).map((r) => r[1])).toEqual(firstNames.map((n) => n.trim()));
});

test('search text of punctuation or an emoji finds nothing, and says why, in both searches', async ({ page }) => {
  const message = 'Từ khóa không có chữ hay số nào để tìm. Vui lòng thử từ khóa khác.';
  await page.goto(`/vinh-danh/tra-cuu?q=${encodeURIComponent('!!! 🎉')}`);
  await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Kết quả tra cứu khen thưởng' })).toHaveCount(0);
  await expect(page.getByText(/lượt khen thưởng khớp/)).toHaveCount(0);
  await page.goto(`/tim-kiem?q=${encodeURIComponent('!!! 🎉')}`);
  await expect(page.getByText(message)).toBeVisible();
});

test('a unit page rolls up its sub-units, with a toggle', async ({ page }) => {
  await page.goto('/vinh-danh/don-vi');
  await page.getByRole('link', { name: 'Đảng bộ Sở Y tế' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Đảng bộ Sở Y tế');
  const count = async () => Number((await page.locator('#khen-thuong p.font-semibold').first().textContent())!.replace(/\D/g, ''));
  const withSubunits = await count();
  await page.getByRole('link', { name: 'Riêng đơn vị này' }).click();
  await expect(page).toHaveURL(/\/vinh-danh\/don-vi\/dang-bo-so-y-te\/rieng/);
  await expect(page.getByRole('link', { name: 'Riêng đơn vị này' })).toHaveAttribute('aria-current', 'true');
  expect(await count()).toBeLessThan(withSubunits);
  await expectAccessible(page);
});

test('the hierarchy as it stood on a chosen day: the units then, by their names then', async ({ page }) => {
  await page.goto('/vinh-danh/don-vi');
  await expect(page.getByRole('link', { name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn' })).toHaveCount(0);
  await page.getByLabel('Xem cơ cấu tại ngày').fill('2024-06-01');
  await page.getByRole('button', { name: 'Xem', exact: true }).click();
  await expect(page).toHaveURL(/\/vinh-danh\/co-cau\?ngay=2024-06-01$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Cơ cấu tại ngày 01/06/2024' })).toBeVisible();
  // Before the 2025 merger the department stood in its own right; its page is a click away.
  await expect(page.getByRole('link', { name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn' })).toBeVisible();
  await expectAccessible(page);
  // A unit renamed on 1/1/2024 bears its old name on a day before.
  await page.goto('/vinh-danh/co-cau?ngay=2023-06-01');
  await expect(page.getByRole('link', { name: 'Đảng bộ Điện lực tỉnh', exact: true })).toBeVisible();
  await page.goto('/vinh-danh/co-cau?ngay=2025-06-01');
  await expect(page.getByRole('heading', { level: 2, name: 'Cơ cấu tại ngày 01/06/2025' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Đảng bộ Điện lực tỉnh', exact: true })).toHaveCount(0);
  // A day that is no day says so, and shows no tree.
  await page.goto('/vinh-danh/co-cau?ngay=2024-02-30');
  await expect(page.getByRole('alert').filter({ hasText: 'Ngày không hợp lệ' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Cơ cấu tại ngày/ })).toHaveCount(0);
});

test('a revoked decision stays visible, marked, with its reason', async ({ page }) => {
  await page.goto('/vinh-danh/quyet-dinh');
  await page.getByRole('link', { name: 'Quyết định số 980-QĐ/ĐUK' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Đã thu hồi');
  await expect(page.getByRole('note')).toContainText('hồ sơ đề nghị kê khai thành tích không đúng thực tế');
});

test('statistics are bar charts drawn on the server, with the numbers in tables', async ({ page }) => {
  await page.goto('/vinh-danh/thong-ke');
  const charts = page.locator('figure [data-chart]');
  await expect(charts).toHaveCount(4);
  // The longest bar fills its track; every bar is as long as its total says.
  const bars = await charts.first().evaluate((chart) =>
    [...chart.children].map((row) => {
      const track = row.querySelector('.flex-1') as HTMLElement;
      const filled = [...track.children].reduce((w, seg) => w + (seg as HTMLElement).getBoundingClientRect().width, 0);
      return { share: filled / track.getBoundingClientRect().width, total: Number(row.querySelector('.tabular-nums')!.textContent!.replace(/\D/g, '')) };
    }),
  );
  const max = Math.max(...bars.map((b) => b.total));
  for (const bar of bars) expect(bar.share).toBeCloseTo(bar.total / max, 1);
  const byYear = page.getByRole('table', { name: 'Theo năm' });
  await expect(byYear.getByRole('rowheader', { name: '2024' })).toBeAttached();
  await expectAccessible(page);
});

test('the JSON API and the catalogue agree', async ({ page, request }) => {
  const types = (await (await request.get('/api/v1/commendation-types')).json()) as { data: { name: string; awardCount: number }[] };
  const biểuDương = types.data.find((t) => t.name === 'Biểu dương')!;
  await page.goto('/vinh-danh/danh-hieu');
  await page.getByRole('link', { name: 'Biểu dương', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Biểu dương');
  await expect(page.getByText(`${biểuDương.awardCount} lượt khen thưởng`, { exact: true }).filter({ visible: true })).toBeVisible();
});

test('a registry address that leads nowhere answers 404 in the registry’s words, with its search and the way back', async ({ page }) => {
  for (const path of ['/vinh-danh/don-vi/khong-co-don-vi-nay', '/vinh-danh/ca-nhan/khong-co-nguoi-nay', '/vinh-danh/quyet-dinh/khong-co-quyet-dinh-nay']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Không có trong sổ vàng' })).toBeVisible();
    await expect(page).toHaveTitle(/^Không có trong sổ vàng \| Bảng Vàng$/);
    await expect(page.getByRole('search', { name: 'Tra cứu sổ vàng' })).toHaveAttribute('action', '/vinh-danh/tra-cuu');
    await expect(page.getByRole('link', { name: '← Về Bảng Vàng' })).toHaveAttribute('href', '/vinh-danh');
  }
  // A story's 404 keeps the newsroom's words, and says so in its title too.
  const story = await page.goto('/bai-viet/khong-co-bai-nay');
  expect(story?.status()).toBe(404);
  await expect(page).toHaveTitle(/^Không tìm thấy trang \| Bảng Vàng$/);
  await expectAccessible(page);
});

test('a search page past the last one answers 404, as listings do, never page 1 again', async ({ page }) => {
  // The last page of a registry search, then one past it and one far past it.
  await page.goto('/vinh-danh/tra-cuu?q=nguyen');
  const status = (await page.getByRole('status').first().textContent())!;
  const last = Math.ceil(Number(/^([\d.]+) lượt/.exec(status)![1]!.replace(/\./g, '')) / 50);
  expect((await page.goto(`/vinh-danh/tra-cuu?q=nguyen&trang=${last}`))?.status()).toBe(200);
  for (const trang of [last + 1, 999999]) {
    const response = await page.goto(`/vinh-danh/tra-cuu?q=nguyen&trang=${trang}`);
    expect(response?.status(), String(trang)).toBe(404);
    await expect(page.getByRole('heading', { name: 'Không tìm thấy trang' })).toBeVisible();
  }
  for (const trang of ['2', '999999']) {
    const response = await page.goto(`/tim-kiem?q=zzzqqq+thi&trang=${trang}`);
    expect(response?.status(), `news search page ${trang}`).toBe(404);
  }
  // A malformed page number is still page 1, as any malformed filter is dropped.
  expect((await page.goto('/tim-kiem?q=thi+dua&trang=abc'))?.status()).toBe(200);
});
