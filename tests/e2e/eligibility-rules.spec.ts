// The criteria with their legal sources: readers see a title's criteria on its registry
// page, with the "not yet checked against the text" warning; an administrator confirms a
// criterion by adding a version, and both versions stay on the page.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './accessibility';

test.describe.configure({ timeout: 120_000 });

test('a reader sees a title\'s criteria and whether they are confirmed', async ({ page }) => {
  await page.goto('/vinh-danh/danh-hieu/chien-si-thi-dua-cap-tinh');
  const criteria = page.getByRole('region', { name: 'Tiêu chuẩn xét tặng' });
  await expect(criteria.getByText('Có 3 lần liên tục đạt danh hiệu "Chiến sĩ thi đua cơ sở"')).toBeVisible();
  await expect(criteria.getByText('Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15')).toBeVisible();
  await expect(criteria.getByText('Chưa xác nhận với văn bản gốc.')).toBeVisible();
  await expectAccessible(page);
});

test('an administrator adds a version to a criterion; the old one is kept', async ({ browser }, testInfo) => {
  const page = await (await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
  await page.goto('/dang-nhap?next=%2Fadmin%2Fkhen-thuong%2Ftieu-chuan');
  await page.getByLabel('Email').fill('quantri@bangvang.local');
  await page.getByLabel('Mật khẩu').fill('bangvang-demo-2024');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tiêu chuẩn xét tặng' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'chưa được đối chiếu với văn bản gốc' })).toBeVisible();
  await expectAccessible(page);

  const rule = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Tập thể lao động tiên tiến/ }) });
  await rule.getByText('Thêm phiên bản mới').click();
  const note = `Đối chiếu văn bản (${testInfo.project.name} ${Date.now().toString(36)})`;
  // Bad input first: a confirmed rule must name its article; nothing is saved. (The form
  // starts from the current version, which another run may already have confirmed.)
  await rule.getByLabel('Điều, khoản, điểm').fill('');
  await rule.getByLabel('Đối chiếu').selectOption('CONFIRMED');
  await rule.getByLabel('Lý do của phiên bản này').fill(note);
  await rule.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
  await expect(rule.getByText('Quy tắc đã xác nhận phải ghi điều, khoản của văn bản')).toBeVisible();
  await rule.getByLabel('Điều, khoản, điểm').fill('Điều 28 (kiểm thử)');
  await rule.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
  await expect(rule.getByText(/Đã lưu phiên bản \d+ của tiêu chuẩn "Tập thể lao động tiên tiến"/)).toBeVisible();

  await page.reload();
  const updated = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Tập thể lao động tiên tiến/ }) }).first();
  await expect(updated.getByText(note)).toBeVisible();
  await expect(updated.getByText(/Luật Thi đua, khen thưởng số 06\/2022\/QH15, Điều 28 \(kiểm thử\)/).first()).toBeVisible();
  await updated.getByText(/Các phiên bản trước/).click();
  await expect(updated.getByText('Chưa xác nhận với văn bản gốc.').first()).toBeVisible();
  await expectAccessible(page);
});

test('a registrar checks a person against the criteria, records an initiative, and the check sees it', async ({ browser }, testInfo) => {
  const page = await (await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
  await page.goto('/dang-nhap?next=%2Fadmin%2Fkhen-thuong%2Fho-so%3Fq%3Dtran');
  await page.getByLabel('Email').fill('thiduakhenthuong@bangvang.local');
  await page.getByLabel('Mật khẩu').fill('bangvang-demo-2024');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  // A different person per project: the initiative recorded here must not be there already.
  await page.getByRole('region', { name: /Cá nhân/ }).getByRole('link').nth(testInfo.project.name === 'phone' ? 1 : 0).click();
  const check = page.getByRole('region', { name: 'Kiểm tra tiêu chuẩn' });
  await check.getByLabel('Danh hiệu').selectOption({ label: 'Chiến sĩ thi đua cơ sở' });
  await check.getByLabel('Năm thành tích').fill('2019');
  await check.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(check.getByText(/^Chiến sĩ thi đua cơ sở năm 2019: /)).toBeVisible();
  await expect(check.getByText('Cần sáng kiến được công nhận từ cơ sở trở lên (năm 2019); chưa có trong sổ.')).toBeVisible();
  await expect(check.getByText('Căn cứ: Luật Thi đua, khen thưởng số 06/2022/QH15').first()).toBeVisible();
  await expectAccessible(page);

  const initiatives = page.getByRole('region', { name: 'Sáng kiến được công nhận' });
  await initiatives.getByLabel('Tên sáng kiến').fill('Sổ theo dõi thi đua điện tử (kiểm thử)');
  await initiatives.getByLabel('Năm công nhận').fill('2019');
  await initiatives.getByRole('button', { name: 'Ghi sáng kiến' }).click();
  await expect(initiatives.getByText(/Đã ghi sáng kiến "Sổ theo dõi thi đua điện tử \(kiểm thử\)"/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('region', { name: 'Sáng kiến được công nhận' }).getByText('Sổ theo dõi thi đua điện tử (kiểm thử)')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kiểm tra tiêu chuẩn' }).getByText('Có sáng kiến được công nhận từ cơ sở trở lên (năm 2019).')).toBeVisible();
});
