// The pipeline's screens as each account sees them, on a desktop and on a phone: a unit
// officer sees only the unit's subtree (another unit's dossier or registration is not
// found, the newsroom is refused), reads where a dossier is and why, and fills the unit's
// registration sheet; the registrar's inbox holds what reached the authority. Every page
// passes axe and fits the screen's width.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './accessibility';
import { signInDemo } from './support';

test.describe.configure({ timeout: 120_000 });


/** Nothing wider than the screen: no sideways scrolling of the page itself. */
async function expectFitsWidth(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll, 'page wider than the screen').toBeLessThanOrEqual(client);
}

test('a unit officer sees the unit’s dossiers and registration, and nothing of another unit', async ({ browser }, testInfo) => {
  const phone = testInfo.project.name === 'phone';
  const page = await signInDemo(browser, 'canbo.baotinh@bangvang.local', { viewport: phone ? { width: 360, height: 780 } : null });
  await expect(page.getByRole('heading', { level: 1, name: 'Thi đua – đề nghị khen thưởng' })).toBeVisible();
  await expect(page.getByText('Phạm vi của bạn: Đảng bộ Báo tỉnh')).toBeVisible();
  await expectAccessible(page);
  await expectFitsWidth(page);

  // Its dossier at the level above: where it is, what was sent, the history.
  await page.goto('/admin/thi-dua/ho-so');
  await page.getByRole('link', { name: /HS-2026-0001/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: /Đang xét tại Đảng bộ Khối/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Các cấp xét hồ sơ' }).locator('[aria-current="step"]')).toContainText('Đảng bộ Khối');
  await expect(page.getByRole('region', { name: 'Quá trình xử lý' }).getByText('Kèm báo cáo thành tích của từng cá nhân.')).toBeVisible();
  // Nothing to do while it is above: no step, no edit.
  await expect(page.getByRole('region', { name: 'Việc của bạn' })).toHaveCount(0);
  await expectAccessible(page);
  await expectFitsWidth(page);

  // Another unit's dossier and registration: not found; the newsroom: refused.
  expect((await page.goto('/admin/thi-dua/ho-so/dossier-3'))?.status()).toBe(404);
  expect((await page.goto('/admin/thi-dua/dang-ky/unit-syt?nam=2026'))?.status()).toBe(404);
  expect((await page.goto('/admin/bai-viet'))?.status()).toBe(403);
  expect((await page.goto('/admin/khen-thuong'))?.status()).toBe(403);

  // The roll-up holds the unit alone; its sheet lists its people with their aims.
  await page.goto('/admin/thi-dua/dang-ky?nam=2026');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: 'Đảng bộ Báo tỉnh' }).click();
  await expect(page.getByText('Đã gửi, chờ tiếp nhận', { exact: true })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /: Lao động tiên tiến$/ }).first()).toBeChecked();
  await expectAccessible(page);
  await expectFitsWidth(page);
});

test('a returned dossier says why on the unit’s screen; the registrar’s inbox holds what reached the authority', async ({ browser }, testInfo) => {
  const viewport = testInfo.project.name === 'phone' ? { width: 360, height: 780 } : null;
  const above = await signInDemo(browser, 'canbo.dbk@bangvang.local', { viewport, next: '/admin/thi-dua/ho-so?trang-thai=RETURNED' });
  await above.getByRole('link', { name: /HS-2026-0002/ }).click();
  await expect(above.getByRole('status').filter({ hasText: 'Thiếu biên bản họp Hội đồng thi đua – khen thưởng của đơn vị' })).toBeVisible();
  // The rows with their flags, readable on the phone.
  await expect(above.getByRole('heading', { level: 2, name: 'Danh sách đề nghị (2)' })).toBeVisible();
  await expect(above.getByText(/Chưa đủ điều kiện|Đủ điều kiện|Cần đơn vị thẩm định/).first()).toBeVisible();
  await expectAccessible(above);
  await expectFitsWidth(above);

  const registrar = await signInDemo(browser, 'thiduakhenthuong@bangvang.local', { viewport, next: '/admin/thi-dua/ho-so?hop=cho-xu-ly' });
  await expect(registrar.getByRole('link', { name: /HS-2026-0005/ })).toBeVisible();
  // Drafts stay with their units.
  await registrar.goto('/admin/thi-dua/ho-so');
  await expect(registrar.getByRole('link', { name: /HS-2026-0003/ })).toHaveCount(0);
  await registrar.getByRole('link', { name: /HS-2026-0004/ }).click();
  await expect(registrar.getByRole('heading', { level: 3, name: /Ra quyết định từ hồ sơ/ })).toBeVisible();
  await expect(registrar.getByLabel('Cơ quan ban hành')).toHaveValue('Chủ tịch UBND tỉnh');
  await expectAccessible(registrar);
  await expectFitsWidth(registrar);
  // The dossier decided in 2024 leads to its decision.
  await registrar.goto('/admin/thi-dua/ho-so?trang-thai=DECIDED');
  await registrar.getByRole('link', { name: /HS-2024-0001/ }).click();
  await expect(registrar.getByRole('link', { name: 'Quyết định số 2398/QĐ-UBND' })).toBeVisible();
  await expectFitsWidth(registrar);
});
