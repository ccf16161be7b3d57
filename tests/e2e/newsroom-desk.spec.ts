// The newsroom's own pages: signing in and reaching a story by keyboard alone, the desk's
// lists, axe on every admin page, the media library refusing to delete a used image, and
// an administrator adding a section that the public site shows at once.
import { expect, test, type Browser } from '@playwright/test';
import { expectAccessible } from './accessibility';

const PASSWORD = 'bangvang-demo-2024';
const ADMIN = 'quantri@bangvang.local';
const EDITOR = 'bientap@bangvang.local';

test.describe.configure({ timeout: 120_000 });

async function signedIn(browser: Browser, email: string, next = '/admin') {
  const page = await (await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, '\\/')}$`));
  return page;
}

test('an editor signs in and opens a waiting story with the keyboard alone; the desk lists what needs attention', async ({ page }) => {
  await page.goto('/dang-nhap?next=%2Fadmin');
  // The form takes input once its script has run (the button is disabled until then).
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeEnabled();
  await page.getByLabel('Email').focus();
  await page.keyboard.type(EDITOR);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/admin$/);

  for (const title of ['Chờ duyệt', 'Hẹn giờ đăng', 'Bản nháp của tôi', 'Vừa đăng', 'Thay đổi gần đây trong sổ khen thưởng']) {
    await expect(page.getByRole('region', { name: new RegExp(`^${title}`) })).toBeVisible();
  }
  const waiting = page.getByRole('region', { name: /^Chờ duyệt/ }).getByRole('link').first();
  const title = (await waiting.textContent())!.trim();
  // Tab until the first waiting story has focus, then open it with Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (await waiting.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(waiting).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Tiêu đề', { exact: true })).toHaveValue(title);
  await expect(page.getByText('Trạng thái: Chờ duyệt')).toBeVisible();
  await expectAccessible(page);
});

test('every admin page passes axe with no serious violations', async ({ browser }) => {
  const admin = await signedIn(browser, ADMIN);
  await expectAccessible(admin);
  const story = await admin.request.get('/admin/bai-viet');
  expect(story.status()).toBe(200);
  for (const path of ['/admin/bai-viet', '/admin/bai-viet/moi', '/admin/anh', '/admin/chuyen-muc', '/admin/nguoi-dung', '/admin/nhat-ky', '/admin/khen-thuong', '/admin/tin-nong', '/admin/tac-gia', '/admin/lich', '/admin/lich?xem=thang']) {
    await admin.goto(path);
    await expect(admin.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(admin);
  }
  // A story in the editor, an image and a section: the first of each list.
  await admin.goto('/admin/bai-viet');
  await admin.getByRole('table').getByRole('link').first().click();
  await expect(admin.getByRole('toolbar', { name: 'Định dạng' })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole('button', { name: 'Chèn ảnh' }).click();
  await expect(admin.getByRole('dialog', { name: 'Chèn ảnh vào bài' }).getByRole('listitem').first()).toBeVisible();
  await expectAccessible(admin);
  await admin.keyboard.press('Escape');
  await expect(admin.getByRole('dialog')).toBeHidden();
  await admin.goto('/admin/anh');
  await admin.getByRole('listitem').getByRole('link').first().click();
  await expect(admin.getByRole('heading', { level: 2, name: /Bài viết đang dùng ảnh/ })).toBeVisible();
  await expectAccessible(admin);
});

test('the media library finds images without accents and refuses to delete one a story uses', async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR, '/admin/anh');
  await editor.getByLabel(/Tìm theo mô tả/).fill('anh bia');
  await editor.getByRole('button', { name: 'Tìm' }).click();
  await expect(editor).toHaveURL(/q=anh\+bia/);
  const first = editor.getByRole('listitem').getByRole('link').first();
  await expect(first).toContainText('Ảnh bìa');
  await first.click();
  await expect(editor.getByRole('heading', { level: 2, name: 'Bài viết đang dùng ảnh (1)' })).toBeVisible();
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor.getByRole('button', { name: 'Xóa ảnh' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Không xóa được' })).toContainText('đang được dùng trong 1 bài');
  await editor.reload();
  await expect(editor.getByRole('heading', { level: 2, name: 'Bài viết đang dùng ảnh (1)' })).toBeVisible();
});

test('an administrator adds a section; the public site shows it at once; an editor cannot manage sections', async ({ browser }) => {
  const admin = await signedIn(browser, ADMIN, '/admin/chuyen-muc');
  const name = `Gương sáng ${Date.now() % 100_000}`;
  await admin.getByLabel('Tên chuyên mục').fill(name);
  await admin.getByLabel(/Thứ tự/).fill('99');
  await admin.getByRole('button', { name: 'Tạo chuyên mục' }).click();
  const status = admin.getByRole('status').filter({ hasText: 'Đã tạo chuyên mục' });
  await expect(status).toBeVisible();
  const slug = (await status.textContent())!.match(/\/chuyen-muc\/([a-z0-9-]+)/)![1]!;
  const reader = await browser.newPage();
  // Fresh at once, or after the second expiry pass (2 s, lib/platform/revalidate.ts) when a render of
  // the home page was in flight during the change: load it again until it shows.
  const menuLinks = async (expected: number) =>
    expect(async () => {
      await reader.goto('/');
      await expect(reader.getByRole('navigation').getByRole('link', { name })).toHaveCount(expected, { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
  await menuLinks(1);
  expect((await reader.request.get(`/chuyen-muc/${slug}`)).status()).toBe(200);

  await admin.getByRole('link', { name }).click();
  admin.once('dialog', (dialog) => void dialog.accept());
  await admin.getByRole('button', { name: 'Xóa chuyên mục' }).click();
  await expect(admin).toHaveURL(/\/admin\/chuyen-muc$/);
  await menuLinks(0);

  const editor = await signedIn(browser, EDITOR);
  expect((await editor.goto('/admin/chuyen-muc'))?.status()).toBe(403);
});

test('content pasted from Word or a web page keeps its structure and never carries scripts, handlers or javascript: links', async ({ browser }) => {
  const reporter = await signedIn(browser, 'phongvien@bangvang.local', '/admin/bai-viet/moi');
  await reporter.getByLabel('Tiêu đề', { exact: true }).fill(`Bài dán từ Word ${Date.now()}`);
  await reporter.getByLabel('Sapo').fill('Sapo thử nghiệm đủ dài để qua kiểm tra độ dài tối thiểu của tòa soạn.');
  await reporter.getByLabel('Chuyên mục').selectOption({ label: 'Thi đua – Khen thưởng' });
  const body = reporter.getByRole('textbox', { name: 'Nội dung bài viết' });
  await body.click();
  const html = [
    '<meta charset="utf-8"><style>p.MsoNormal{font-family:Calibri}</style>',
    '<h2 style="color:red">Tiêu đề dán vào</h2>',
    '<p class="MsoNormal" onclick="alert(1)" style="mso-line-height-rule:exactly">Đoạn có chữ <b>đậm</b>, <i>nghiêng</i>, <a href="javascript:alert(1)">liên kết xấu</a> và <a href="https://baochinhphu.vn/" onmouseover="alert(2)">liên kết tốt</a>.</p>',
    '<script>window.__pasted = true</script>',
    '<img src="x" onerror="window.__pasted = true">',
    '<ul><li>Mục một</li><li>Mục hai</li></ul>',
    '<iframe src="https://example.com"></iframe>',
  ].join('');
  await body.evaluate((element, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', 'Tiêu đề dán vào');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
  await expect(body.getByRole('heading', { level: 2, name: 'Tiêu đề dán vào' })).toBeVisible();
  await reporter.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(reporter).toHaveURL(/\/admin\/bai-viet\/(?!moi$)[a-z0-9]+$/);
  const id = reporter.url().split('/').pop()!;

  // The preview renders the public component from the stored document.
  await reporter.goto(`/xem-truoc/${id}`);
  const article = reporter.locator('article').first();
  await expect(article.getByRole('heading', { level: 2, name: 'Tiêu đề dán vào' })).toBeVisible();
  await expect(article.locator('strong, b').filter({ hasText: 'đậm' })).toHaveCount(1);
  await expect(article.getByRole('listitem').filter({ hasText: 'Mục hai' })).toHaveCount(1);
  await expect(article.getByRole('link', { name: 'liên kết tốt' })).toHaveAttribute('href', 'https://baochinhphu.vn/');
  await expect(article.getByRole('link', { name: 'liên kết xấu' })).toHaveCount(0);
  await expect(article.getByText('liên kết xấu')).toBeVisible();
  const markup = await article.innerHTML();
  for (const bad of ['<script', 'javascript:', 'onclick', 'onmouseover', 'onerror', '<iframe', 'mso-', 'style="color:red"']) expect(markup).not.toContain(bad);
  expect(await reporter.evaluate(() => (window as unknown as { __pasted?: boolean }).__pasted)).toBeUndefined();

  // Autosave on the machine: unsaved typing survives a reload and is offered back.
  await reporter.goto(`/admin/bai-viet/${id}`);
  await reporter.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await reporter.keyboard.press('Control+End');
  await reporter.keyboard.type(' Câu viết thêm chưa kịp lưu.');
  // The editor copies unsaved work to this browser's storage a moment after typing stops.
  await expect.poll(() => reporter.evaluate((key) => window.localStorage.getItem(key) ?? '', `bv-editor:${id}`), { timeout: 15_000 }).toContain('Câu viết thêm chưa kịp lưu.');
  reporter.on('dialog', (dialog) => void dialog.accept());
  await reporter.reload();
  const offer = reporter.getByRole('alert').filter({ hasText: 'Có nội dung chưa lưu' });
  await expect(offer).toBeVisible();
  await offer.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(reporter.getByRole('textbox', { name: 'Nội dung bài viết' })).toContainText('Câu viết thêm chưa kịp lưu.');
  await reporter.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(reporter.getByRole('status').first()).toContainText('Đã lưu');
  await reporter.reload();
  await expect(reporter.getByRole('textbox', { name: 'Nội dung bài viết' })).toContainText('Câu viết thêm chưa kịp lưu.');
  await expect(reporter.getByRole('alert').filter({ hasText: 'Có nội dung chưa lưu' })).toHaveCount(0);
});

test('an editor turns the breaking-news bar on: every cached public page shows it at once, it goes off by itself at its end time, and “Tắt ngay” takes it off at once', async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR, '/admin/tin-nong');
  const reader = await browser.newPage();
  // Cached copies first, without a bar.
  for (const path of ['/', '/vinh-danh']) {
    await reader.goto(path);
    await expect(reader.getByRole('complementary', { name: 'Tin nóng' })).toHaveCount(0);
  }
  // A bad link is refused with the field named.
  await editor.getByLabel('Dòng tin (tối đa 160 ký tự)').fill('Trực tiếp: Lễ tuyên dương điển hình tiên tiến');
  await editor.getByLabel('Liên kết').fill('javascript:alert(1)');
  // The desk's clock (the context is in Vietnam's time), 40 seconds ahead (the action wants
  // an end at least 30 s ahead), set again just before each try: under load the first try
  // can take long enough to bring its end under 30 s.
  const endIn40s = async () => {
    const end = new Date(Date.now() + 40_000);
    await editor.getByLabel('Tự tắt lúc').fill(new Date(end.getTime() + 7 * 3_600_000).toISOString().slice(0, 19));
    return end;
  };
  await endIn40s();
  await editor.getByRole('button', { name: 'Bật tin nóng' }).click();
  await expect(editor.getByText('Liên kết là một trang của báo (bắt đầu bằng /) hoặc một địa chỉ https://')).toBeVisible();
  await editor.getByLabel('Liên kết').fill('/vinh-danh');
  const end = await endIn40s();
  await editor.getByRole('button', { name: 'Bật tin nóng' }).click();
  await expect(editor.getByRole('status').first()).toContainText('Đã bật tin nóng trên mọi trang');
  await expect(editor.getByRole('region', { name: 'Đang hiển thị' })).toContainText('Trực tiếp: Lễ tuyên dương điển hình tiên tiến');

  for (const path of ['/', '/vinh-danh']) {
    const response = await reader.goto(path);
    // Still a cached page, shared by every reader.
    expect(response!.headers()['cache-control'], path).not.toMatch(/private|no-store/);
    const bar = reader.getByRole('complementary', { name: 'Tin nóng' });
    await expect(bar.getByRole('link', { name: 'Trực tiếp: Lễ tuyên dương điển hình tiên tiến' })).toHaveAttribute('href', '/vinh-danh');
  }
  // Off by itself at its end time, with nobody touching it.
  // (The action set a timer that expires the bar's tag at the end time.)
  await expect
    .poll(async () => {
      await reader.goto('/vinh-danh');
      return reader.getByRole('complementary', { name: 'Tin nóng' }).count();
    }, { timeout: Math.max(0, end.getTime() - Date.now()) + 10_000, intervals: [1_000] })
    .toBe(0);
  // On a page nobody visited since: gone at its first request after the end, not one later.
  await reader.goto('/');
  await expect(reader.getByRole('complementary', { name: 'Tin nóng' })).toHaveCount(0);

  // Turned on again, then off by hand: gone at once.
  await editor.reload();
  await editor.getByLabel('Dòng tin (tối đa 160 ký tự)').fill('Công bố kết quả bình xét Chiến sĩ thi đua');
  await editor.getByLabel('Liên kết').fill('/vinh-danh/quyet-dinh');
  await editor.getByLabel('Tự tắt lúc').fill(new Date(Date.now() + 7 * 3_600_000 + 3_600_000).toISOString().slice(0, 19));
  await editor.getByRole('button', { name: 'Bật tin nóng' }).click();
  await expect(editor.getByRole('region', { name: 'Đang hiển thị' })).toContainText('Công bố kết quả bình xét Chiến sĩ thi đua');
  await reader.goto('/');
  await expect(reader.getByRole('complementary', { name: 'Tin nóng' })).toContainText('Công bố kết quả bình xét Chiến sĩ thi đua');
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor.getByRole('button', { name: 'Tắt ngay' }).click();
  await expect(editor.getByRole('region', { name: 'Đang hiển thị' })).toContainText('Không có tin nóng nào đang hiển thị.');
  await expect
    .poll(async () => {
      await reader.goto('/');
      return reader.getByRole('complementary', { name: 'Tin nóng' }).count();
    }, { timeout: 5_000, intervals: [250] })
    .toBe(0);
});

test('a reporter edits their author profile: the page shows it, the old address redirects, bylines lead to it', async ({ browser }) => {
  const reporter = await signedIn(browser, 'phongvien@bangvang.local', '/admin/tac-gia');
  await expect(reporter.getByRole('heading', { level: 1, name: 'Hồ sơ tác giả' })).toBeVisible();
  await expect(reporter.getByLabel('Họ tên (hiện trên bài viết)')).toHaveValue('Lê Hoàng Nam');
  await expect(reporter.getByLabel('Địa chỉ trang tác giả')).toHaveValue('le-hoang-nam');
  await expectAccessible(reporter);

  // A bad address is refused with a message, and nothing is saved.
  await reporter.getByLabel('Địa chỉ trang tác giả').fill('Lê Hoàng Nam');
  await reporter.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(reporter.getByText(/chỉ gồm chữ thường không dấu/)).toBeVisible();

  await reporter.getByLabel('Địa chỉ trang tác giả').fill('le-hoang-nam-thoi-su');
  await reporter.getByLabel('Chức danh').fill('Phóng viên ảnh Ban Thời sự');
  await reporter.getByLabel(/Giới thiệu ngắn/).fill('Mười năm chụp ảnh các đại hội thi đua yêu nước của tỉnh.');
  await reporter.getByRole('button', { name: 'Chọn ảnh từ thư viện' }).click();
  const picker = reporter.getByRole('dialog', { name: 'Chọn ảnh chân dung' });
  await picker.getByRole('listitem').first().getByRole('button').click();
  await expect(picker).toBeHidden();
  await expect(reporter.getByRole('img', { name: /^Ảnh chân dung đã chọn/ })).toBeVisible();
  await reporter.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(reporter.getByText('Đã lưu. Trang tác giả nay ở /tac-gia/le-hoang-nam-thoi-su; địa chỉ cũ tự chuyển tới đó.')).toBeVisible();

  // A reader: the old address answers 308 to the new one, which shows the profile and the stories.
  const reader = await (await browser.newContext()).newPage();
  const old = await reader.request.get('/tac-gia/le-hoang-nam', { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(/\/tac-gia\/le-hoang-nam-thoi-su$/);
  await reader.goto('/tac-gia/le-hoang-nam');
  await expect(reader).toHaveURL(/\/tac-gia\/le-hoang-nam-thoi-su$/);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Lê Hoàng Nam');
  await expect(reader.getByText('Phóng viên ảnh Ban Thời sự')).toBeVisible();
  await expect(reader.getByText('Mười năm chụp ảnh các đại hội thi đua yêu nước của tỉnh.')).toBeVisible();
  await expect(reader.locator('main header img')).toBeVisible();
  await expectAccessible(reader);
  const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent())!) as { '@type': string; mainEntity: { name: string; jobTitle: string } };
  expect(ld).toMatchObject({ '@type': 'ProfilePage', mainEntity: { name: 'Lê Hoàng Nam', jobTitle: 'Phóng viên ảnh Ban Thời sự' } });

  // One of the stories: its byline leads back to the page (the story's cache was expired too).
  const first = reader.locator('main article h3 a').first();
  const title = (await first.textContent())!.trim();
  await first.click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  const byline = reader.getByRole('link', { name: 'Lê Hoàng Nam', exact: true });
  await expect(byline).toHaveAttribute('href', '/tac-gia/le-hoang-nam-thoi-su');
  await byline.click();
  await expect(reader).toHaveURL(/\/tac-gia\/le-hoang-nam-thoi-su$/);

  // Back as it was (the other walks read the demo profile): the address, no photo.
  await reporter.reload();
  await reporter.getByLabel('Địa chỉ trang tác giả').fill('le-hoang-nam');
  await reporter.getByRole('button', { name: 'Bỏ ảnh' }).click();
  await reporter.getByRole('button', { name: 'Lưu hồ sơ' }).click();
  await expect(reporter.getByText(/Trang tác giả nay ở \/tac-gia\/le-hoang-nam;/)).toBeVisible();
  // A browser keeps a permanent redirect it has followed (this reader's went the other way
  // until a moment ago): the new redirect, as a reader who has not seen the old one gets it.
  const next = await (await browser.newContext()).newPage();
  const back = await next.request.get('/tac-gia/le-hoang-nam-thoi-su', { maxRedirects: 0 });
  expect(back.status()).toBe(308);
  await next.goto('/tac-gia/le-hoang-nam-thoi-su');
  await expect(next).toHaveURL(/\/tac-gia\/le-hoang-nam$/);
  await expect(next.locator('main header img')).toHaveCount(0);
});

test('the planning calendar: an editor plans a story for a reporter, moves it to another day, finds it by person and in the month; the reporter sees their own; nothing is published', async ({ browser }) => {
  const editor = await signedIn(browser, EDITOR, '/admin/lich');
  const title = `Phóng sự: một ngày ở Trung tâm hành chính công ${Date.now()}`;
  await editor.goto('/admin/lich?xem=tuan&ngay=2031-06-02');
  await expect(editor.getByRole('heading', { level: 1, name: 'Lịch tòa soạn' })).toBeVisible();
  await expect(editor.getByText('Tuần 02/06/2031 – 08/06/2031.', { exact: false })).toBeVisible();
  const form = editor.getByRole('region', { name: 'Lên kế hoạch bài' });
  await form.getByLabel('Đề tài').fill(title);
  await form.getByLabel('Dự kiến ngày').fill('2031-06-03');
  await form.getByLabel('Người thực hiện').selectOption({ label: 'Lê Hoàng Nam' });
  await form.getByLabel('Chuyên mục').selectOption({ label: 'Xã hội' });
  await form.getByRole('button', { name: 'Thêm vào lịch' }).click();
  await expect(form.getByRole('status')).toContainText('cho ngày 03/06/2031');
  const tuesday = editor.getByRole('listitem', { name: 'Thứ Ba, 03/06/2031' });
  await expect(tuesday).toContainText(title);
  await expect(tuesday).toContainText('Dự kiến');
  await expectAccessible(editor);

  // Moved to Thursday.
  await tuesday.getByText('Chuyển ngày hoặc bỏ').click();
  await tuesday.getByLabel(`Ngày mới cho “${title}”`).fill('2031-06-05');
  await tuesday.getByRole('button', { name: 'Chuyển' }).click();
  await expect(editor.getByRole('listitem', { name: 'Thứ Năm, 05/06/2031' })).toContainText(title);
  await expect(editor.getByRole('listitem', { name: 'Thứ Ba, 03/06/2031' })).not.toContainText(title);

  // By person, and in the month.
  const filters = editor.getByRole('form', { name: 'Lọc lịch' });
  await filters.getByLabel('Người thực hiện').selectOption({ label: 'Đặng Ngọc Mai' });
  await filters.getByRole('button', { name: 'Lọc' }).click();
  await expect(editor.getByRole('listitem', { name: 'Thứ Năm, 05/06/2031' })).not.toContainText(title);
  await editor.goto('/admin/lich?xem=thang&ngay=2031-06-02');
  await expect(editor.getByRole('listitem', { name: 'Thứ Năm, 05/06/2031' })).toContainText(title);

  // The reporter's own calendar has it, and they may move it; it is not a story anywhere.
  const reporter = await signedIn(browser, 'phongvien@bangvang.local', '/admin');
  await reporter.goto('/admin/lich?xem=tuan&ngay=2031-06-02');
  const thursday = reporter.getByRole('listitem', { name: 'Thứ Năm, 05/06/2031' });
  await expect(thursday).toContainText(title);
  await expect(thursday.getByText('Chuyển ngày hoặc bỏ')).toBeVisible();
  await reporter.goto(`/admin/bai-viet?q=${encodeURIComponent('Trung tâm hành chính công')}`);
  await expect(reporter.getByRole('main')).not.toContainText(title);
  const search = await (await reporter.request.get(`/tim-kiem?q=${encodeURIComponent('Trung tâm hành chính công')}`)).text();
  expect(search).not.toContain(title);
  await reporter.context().close();

  // Dropped: gone from the calendar.
  await editor.goto('/admin/lich?xem=tuan&ngay=2031-06-02');
  const day = editor.getByRole('listitem', { name: 'Thứ Năm, 05/06/2031' });
  await day.getByText('Chuyển ngày hoặc bỏ').click();
  await day.getByRole('button', { name: 'Bỏ kế hoạch' }).click();
  await expect(editor.getByRole('listitem', { name: 'Thứ Năm, 05/06/2031' })).not.toContainText(title);
  await editor.context().close();
});
