// The newsroom end to end: sign-in (and its limit), a reporter's draft going through
// review, an editor publishing, renaming and taking it down — each visible on the public
// site at once — two editors saving the same story, revisions, and a scheduled story
// published by the job queue with nobody visiting.
import { expect, test, type Browser, type Page } from '@playwright/test';
import sharp from 'sharp';
import { textLineCount } from './support';
import { expectAccessible } from './accessibility';

const PASSWORD = 'bangvang-demo-2024';

// Several signed-in browsers per test: more time than a reader's page needs.
test.describe.configure({ timeout: 120_000 });
const REPORTER = 'phongvien@bangvang.local';
const EDITOR = 'bientap@bangvang.local';

async function signIn(page: Page, email: string, next = '/admin') {
  await page.goto(`/dang-nhap?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/\//g, '\\/')}$`));
}

async function newPage(browser: Browser, email: string, next?: string) {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  await signIn(page, email, next);
  return page;
}

async function writeDraft(page: Page, title: string) {
  await page.goto('/admin/bai-viet/moi');
  await page.getByLabel('Tiêu đề', { exact: true }).fill(title);
  await page.getByLabel('Sapo').fill('Sapo thử nghiệm đủ dài để qua kiểm tra độ dài tối thiểu của tòa soạn.');
  await page.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await page.keyboard.type('Đoạn mở đầu của bài viết thử nghiệm.');
  await page.getByLabel('Chuyên mục').selectOption({ label: 'Thi đua – Khen thưởng' });
  await page.getByLabel('Thẻ (cách nhau bằng dấu phẩy)').fill('Thử nghiệm tòa soạn');
  await page.getByRole('button', { name: 'Tạo bản nháp' }).click();
  await expect(page).toHaveURL(/\/admin\/bai-viet\/(?!moi$)[a-z0-9]+$/);
  await expect(page.getByText('Trạng thái: Bản nháp')).toBeVisible();
  return page.url().split('/').pop()!;
}

test('sign-in refuses wrong passwords with one message, and locks after repeated failures', async ({ page }) => {
  const stranger = `khong-co-${Date.now()}@bangvang.local`;
  await page.goto('/admin/bai-viet');
  await expect(page).toHaveURL(/\/dang-nhap\?next=%2Fadmin%2Fbai-viet/);
  for (let attempt = 1; attempt <= 6; attempt++) {
    await page.getByLabel('Email').fill(stranger);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const alert = page.locator('form [role="alert"]');
    if (attempt <= 5) await expect(alert).toHaveText('Email hoặc mật khẩu không đúng, hoặc tài khoản đã bị khóa.');
    else await expect(alert).toHaveText(/Đăng nhập sai quá nhiều lần\. Hãy thử lại sau \d+ phút\./);
  }
  // A real account signs in (the limit is per account), pasting the password works.
  await signIn(page, REPORTER, '/admin/bai-viet');
  await expect(page.getByRole('heading', { name: 'Bài viết', level: 1 })).toBeVisible();
});

test('reporter drafts and submits; editor publishes, renames and takes down — the public site follows at once', async ({ browser }) => {
  const reporter = await newPage(browser, REPORTER);
  const title = `Bài thử nghiệm quy trình ${Date.now()}`;
  const id = await writeDraft(reporter, title);
  await reporter.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(reporter.getByText('Trạng thái: Chờ duyệt')).toBeVisible();
  await expect(reporter.getByText('chỉ biên tập viên được sửa')).toBeVisible();
  // The process box says where the story is even when the reporter has no step to take.
  await reporter.reload();
  await expect(reporter.getByText('Bài đang chờ biên tập viên duyệt. Nếu cần sửa, bài sẽ được trả lại kèm ghi chú.')).toBeVisible();

  const editor = await newPage(browser, EDITOR);
  // On a 1366 px screen the newsroom header keeps "Đăng xuất" on one line.
  await editor.setViewportSize({ width: 1366, height: 768 });
  const signOut = editor.getByRole('button', { name: 'Đăng xuất' });
  expect(await textLineCount(signOut)).toBe(1);
  await editor.goto(`/admin/bai-viet/${id}`);
  await editor.getByRole('button', { name: 'Đăng ngay' }).click();
  await expect(editor.getByText('Trạng thái: Đã đăng')).toBeVisible();

  const slug = (await editor.getByLabel('Đường dẫn').inputValue()).trim();
  const reader = await browser.newPage();
  await reader.goto(`/bai-viet/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: title }).first()).toBeVisible();

  // Rename: the old address redirects permanently, at once.
  await editor.getByLabel('Đường dẫn').fill(`${slug}-moi`);
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(editor.getByRole('status').first()).toContainText('Đã lưu');
  // (Within the second pass too: the reader's home page may be prefetching the old address.)
  await expect.poll(async () => (await reader.request.get(`/bai-viet/${slug}`, { maxRedirects: 0 })).status(), { timeout: 5_000, intervals: [250] }).toBe(308);
  const old = await reader.request.get(`/bai-viet/${slug}`, { maxRedirects: 0 });
  expect(old.headers().location).toContain(`/bai-viet/${slug}-moi`);

  // Take down: gone from the story's address and the home page. The reader's home page is
  // still prefetching the story while this happens, so a render may be in flight: the
  // second invalidation (lib/platform/revalidate.ts) covers it within a few seconds.
  await editor.getByRole('button', { name: 'Gỡ bài' }).click();
  await expect(editor.getByText('Trạng thái: Đã gỡ')).toBeVisible();
  await expect.poll(async () => (await reader.request.get(`/bai-viet/${slug}-moi`)).status(), { timeout: 5_000, intervals: [250] }).toBe(404);
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: title })).toHaveCount(0);
});

test('the second of two editors saving the same story is refused and keeps their text', async ({ browser }) => {
  const first = await newPage(browser, EDITOR);
  const id = await writeDraft(first, `Bài hai người sửa ${Date.now()}`);
  const second = await newPage(browser, 'quantri@bangvang.local', `/admin/bai-viet/${id}`);

  await first.getByLabel('Sapo').fill('Sapo do người thứ nhất sửa, đủ dài để được chấp nhận khi lưu.');
  await first.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(first.getByRole('status').first()).toContainText('Đã lưu (phiên bản 2)');

  await second.getByLabel('Sapo').fill('Sapo do người thứ hai sửa cùng lúc, không được ghi đè lên bản kia.');
  await second.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(second.getByRole('status').first()).toContainText('CHƯA được lưu');
  await expect(second.getByLabel('Sapo')).toHaveValue('Sapo do người thứ hai sửa cùng lúc, không được ghi đè lên bản kia.');

  // Revisions: both saves of the first editor are kept; the diff shows the change.
  await first.goto(`/admin/bai-viet/${id}/lich-su`);
  await expect(first.getByText('Phiên bản 2')).toBeVisible();
  await expect(first.locator('ins').filter({ hasText: 'người thứ nhất' })).toBeVisible();
});

test('refusals have their real status: another reporter’s story 404, an ended session 307 to sign-in keeping the whole address', async ({ browser }) => {
  const author = await newPage(browser, REPORTER);
  const id = await writeDraft(author, `Bài riêng của phóng viên ${Date.now()}`);
  const other = await newPage(browser, 'phongvien2@bangvang.local');
  for (const path of [`/admin/bai-viet/${id}`, `/admin/bai-viet/${id}/lich-su`, `/xem-truoc/${id}`, '/admin/bai-viet/khong-co-bai-nay']) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(other.getByRole('heading', { name: 'Không tìm thấy bài viết' })).toBeVisible();
  }
  // The author's sessions end (an administrator locks the account, then unlocks it: each
  // ends its open sessions): the next request is sent to sign in, and back to exactly
  // where it was going.
  const admin = await newPage(browser, 'quantri@bangvang.local', '/admin/nguoi-dung/user-reporter');
  for (const active of [false, true]) {
    await admin.getByLabel(/Đang hoạt động/).setChecked(active);
    await admin.getByRole('button', { name: 'Lưu' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Đã lưu' })).toBeVisible();
    await admin.reload();
  }
  await admin.context().close();
  const wanted = `/admin/bai-viet?trang=1&trang-thai=DRAFT`;
  const response = await author.request.get(wanted, { maxRedirects: 0 });
  expect(response.status()).toBe(307);
  const location = new URL(response.headers().location!, 'http://x');
  expect(location.pathname).toBe('/dang-nhap');
  expect(location.searchParams.get('next')).toBe(wanted);
  await author.context().close();
  await other.context().close();
});

test('before the editor has loaded its script, its fields are disabled (a choice made then would be lost)', async ({ browser }) => {
  const reporter = await newPage(browser, REPORTER);
  // The page as the server sends it, with none of its scripts able to run.
  await reporter.route('**/_next/static/chunks/**', (route) => route.abort());
  await reporter.goto('/admin/bai-viet/moi');
  await expect(reporter.getByLabel('Chuyên mục')).toBeDisabled();
  await expect(reporter.getByLabel('Tiêu đề', { exact: true })).toBeDisabled();
  await expect(reporter.getByRole('button', { name: 'Tạo bản nháp' })).toBeDisabled();
  await reporter.unroute('**/_next/static/chunks/**');
  await reporter.reload();
  await expect(reporter.getByLabel('Chuyên mục')).toBeEnabled();
  await reporter.context().close();
});

test('saving a new draft moves to its page without a “Leave site?” prompt; unsaved work still asks', async ({ browser }) => {
  const reporter = await newPage(browser, REPORTER);
  const dialogs: string[] = [];
  reporter.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.dismiss();
  });
  await writeDraft(reporter, `Bài lưu không bị hỏi khi chuyển trang ${Date.now()}`);
  expect(dialogs).toEqual([]);
  // Real unsaved work: closing the tab asks first (dismissed: the tab stays open).
  await reporter.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await reporter.keyboard.type(' Một câu chưa lưu.');
  await expect(reporter.getByText('có thay đổi chưa lưu')).toBeVisible();
  await reporter.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  await reporter.context().close();
});

test('after signing in, the newsroom’s image policy is in force without a reload (previews of uploads and pasted images load)', async ({ browser }) => {
  const editor = await newPage(browser, EDITOR, '/admin/anh');
  // The page the browser shows is the newsroom's own document, with its own policy.
  const loads = (src: string) =>
    editor.evaluate(
      (url) =>
        new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('blocked');
          img.src = url;
        }),
      src,
    );
  const pixel = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';
  expect(await loads(pixel)).toBe('loaded');
  const blob = await editor.evaluate(() => URL.createObjectURL(new Blob([Uint8Array.from(atob('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7'), (c) => c.charCodeAt(0))], { type: 'image/gif' })));
  expect(await loads(blob)).toBe('loaded');
  await editor.context().close();
});

test('reporter submits; the editor adds a new photo and schedules; the job publishes it at its time, with nobody visiting', async ({ browser }) => {
  test.setTimeout(200_000);
  const reporter = await newPage(browser, REPORTER);
  const title = `Bài hẹn giờ ${Date.now()}`;
  const id = await writeDraft(reporter, title);
  const slug = (await reporter.getByLabel('Đường dẫn').inputValue()).trim();
  await reporter.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(reporter.getByText('Trạng thái: Chờ duyệt')).toBeVisible();
  await reporter.context().close();

  // The editor reviews, uploads a photo from the picker and places it in the story.
  const editor = await newPage(browser, EDITOR, `/admin/bai-viet/${id}`);
  await editor.getByRole('textbox', { name: 'Nội dung bài viết' }).click();
  await editor.keyboard.press('End');
  await editor.keyboard.press('Enter');
  await editor.getByRole('button', { name: 'Tiêu đề 2' }).click();
  // The toolbar hands focus back to the text a frame later (TipTap focuses in an animation
  // frame): type once it is there (the first letter was lost when typing began before).
  await expect(editor.getByRole('textbox', { name: 'Nội dung bài viết' })).toBeFocused();
  await editor.keyboard.type('Những gương mặt tiêu biểu');
  await editor.keyboard.press('Enter');
  await editor.getByRole('button', { name: 'Chèn ảnh' }).click();
  const picker = editor.getByRole('dialog', { name: 'Chèn ảnh vào bài' });
  await expect(picker).toBeVisible();
  const photo = await sharp({ create: { width: 1400, height: 900, channels: 3, background: { r: 160, g: 20, b: 30 } } }).jpeg().toBuffer();
  // A script dressed as a photo is refused by its content first.
  await picker.getByLabel(/Tệp ảnh/).setInputFiles({ name: 'anh.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<script>alert(1)</script>') });
  await picker.getByLabel(/Mô tả ảnh/).fill('Các điển hình tiên tiến nhận Bằng khen');
  await picker.getByRole('button', { name: 'Tải lên' }).click();
  await expect(picker.getByText(/không phải ảnh JPEG, PNG, WebP hoặc AVIF/).first()).toBeVisible();
  await picker.getByLabel(/Tệp ảnh/).setInputFiles({ name: 'le-trao.jpg', mimeType: 'image/jpeg', buffer: photo });
  await picker.getByLabel('Chú thích', { exact: true }).fill('Các điển hình tiên tiến tại buổi lễ.');
  await picker.getByLabel(/Nguồn/).fill('Ảnh: Bảng Vàng');
  await picker.getByRole('button', { name: 'Tải lên' }).click();
  await expect(picker).toBeHidden();
  await expect(editor.locator('figure[data-bv-media] img')).toBeVisible();
  await expect(editor.getByText('có thay đổi chưa lưu')).toBeVisible();
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(editor.getByRole('status').first()).toContainText('Đã lưu');
  await expect(editor.getByText('có thay đổi chưa lưu')).toBeHidden();

  // The picker has minute precision: this lands 30–90 s ahead.
  const at = new Date(Date.now() + 90_000);
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
  await editor.getByLabel('Hẹn giờ đăng').fill(local);
  await editor.getByRole('button', { name: 'Hẹn giờ' }).click();
  await expect(editor.getByText('Trạng thái: Hẹn giờ đăng')).toBeVisible();
  await editor.context().close();

  const reader = await browser.newPage();
  expect((await reader.request.get(`/bai-viet/${slug}`)).status()).toBe(404);
  await expect
    .poll(async () => (await reader.request.get(`/bai-viet/${slug}`)).status(), { timeout: 150_000, intervals: [5_000] })
    .toBe(200);
  // The photo is on the public page with its caption and credit, served from its variants.
  await reader.goto(`/bai-viet/${slug}`);
  await expect(reader.getByRole('heading', { level: 2, name: 'Những gương mặt tiêu biểu' })).toBeVisible();
  const figure = reader.locator('article figure').filter({ hasText: 'Các điển hình tiên tiến tại buổi lễ.' });
  await expect(figure).toContainText('Ảnh: Bảng Vàng');
  const img = figure.getByRole('img', { name: 'Các điển hình tiên tiến nhận Bằng khen' });
  await expect(img).toHaveAttribute('srcset', /-w960\.webp 960w/);
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  await reader.close();

  // Leave the site as the other suites expect it: take the test story down again.
  const cleanup = await newPage(browser, EDITOR, `/admin/bai-viet/${id}`);
  await cleanup.getByRole('button', { name: 'Gỡ bài' }).click();
  await expect(cleanup.getByText('Trạng thái: Đã gỡ')).toBeVisible();
});

test('a registrar cannot open the article editor, and no one signed out can', async ({ browser, request }) => {
  const registrar = await newPage(browser, 'thiduakhenthuong@bangvang.local');
  await expect(registrar.getByRole('link', { name: 'Bài viết' })).toHaveCount(0);
  const response = await registrar.goto('/admin/bai-viet/moi');
  expect(response?.status()).toBe(403);
  await expect(registrar.getByRole('heading', { name: 'Không có quyền truy cập' })).toBeVisible();
  await expect(registrar.getByRole('textbox', { name: 'Nội dung bài viết' })).toHaveCount(0);
  // A forged internal header does not get past the sign-in redirect.
  const forged = await request.get('/admin/bai-viet', { maxRedirects: 0, headers: { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' } });
  expect(forged.status()).toBe(307);
  expect(forged.headers().location).toContain('/dang-nhap');
});

test('a registrar revokes a decision and the public registry shows it at once', async ({ browser }) => {
  const reader = await browser.newPage();
  await reader.goto('/vinh-danh/quyet-dinh/412-qd-ubnd-2024');
  await expect(reader.getByRole('heading', { level: 1 })).not.toContainText('Đã thu hồi');

  const registrar = await newPage(browser, 'thiduakhenthuong@bangvang.local');
  await registrar.getByRole('navigation', { name: 'Tòa soạn' }).getByRole('link', { name: 'Khen thưởng' }).click();
  await registrar.getByRole('link', { name: 'Quyết định số 412/QĐ-UBND' }).click();
  await registrar.getByLabel('Lý do thu hồi (hiển thị công khai)').fill('Thu hồi để kiểm thử: hồ sơ đề nghị không đủ điều kiện.');
  await registrar.getByRole('button', { name: 'Thu hồi quyết định' }).click();
  // The desk page now shows the decision as revoked, with the reason.
  await expect(registrar.getByRole('note')).toContainText('Đã thu hồi');
  await expect(registrar.getByRole('note')).toContainText('Thu hồi để kiểm thử');

  await expect
    .poll(async () => {
      await reader.reload();
      return (await reader.locator('[role="note"]').allTextContents()).join(' ');
    }, { timeout: 5_000, intervals: [250] })
    .toContain('Thu hồi để kiểm thử');
  await expect(reader.getByRole('heading', { level: 1 })).toContainText('Đã thu hồi');
});

test('an administrator reads who changed what in the audit log', async ({ browser }) => {
  const admin = await newPage(browser, 'quantri@bangvang.local');
  await admin.getByRole('navigation', { name: 'Tòa soạn' }).getByRole('link', { name: 'Nhật ký' }).click();
  await admin.getByLabel('Đối tượng').selectOption({ label: 'Quyết định' });
  await admin.getByRole('button', { name: 'Lọc' }).click();
  await expect(admin).toHaveURL(/entity=decision/);
  const table = admin.getByRole('table', { name: 'Nhật ký thay đổi' });
  await expect(table.getByText('decision.revoke')).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'decision.revoke' })).toContainText('Thu hồi để kiểm thử');
  // Not for editors.
  const editor = await newPage(browser, EDITOR);
  expect((await editor.goto('/admin/nhat-ky'))?.status()).toBe(403);
});

test('an editor corrects a published story and then withdraws it: the reader sees the correction at once, the list and its feed carry both, the address leads to its notice (410); an administrator puts it back', async ({ browser }) => {
  const editor = await newPage(browser, EDITOR);
  const title = `Bài thử nghiệm cải chính ${Date.now()}`;
  const id = await writeDraft(editor, title);
  await editor.getByRole('button', { name: 'Đăng ngay' }).click();
  await expect(editor.getByText('Trạng thái: Đã đăng')).toBeVisible();
  const slug = (await editor.getByLabel('Đường dẫn').inputValue()).trim();
  const reader = await browser.newPage();
  // The reader's copy is rendered and cached before the correction.
  await reader.goto(`/bai-viet/${slug}`);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.getByRole('complementary', { name: 'Thông tin cải chính, xin lỗi' })).toHaveCount(0);

  // A correction that says too little is refused, with the field named; nothing appears.
  const panel = editor.getByRole('region', { name: 'Cải chính' });
  await panel.getByLabel('Thông tin đã đăng chưa chính xác').fill('sai');
  await panel.getByRole('button', { name: 'Đăng cải chính' }).click();
  await expect(panel.getByText('Ghi rõ thông tin đã đăng chưa chính xác (ít nhất 5 ký tự)')).toBeVisible();
  await panel.getByLabel('Thông tin đã đăng chưa chính xác').fill('Bài viết ghi lễ trao tặng tổ chức ngày 12/5.');
  await panel.getByLabel('Nội dung cải chính').fill('Lễ trao tặng được tổ chức ngày 15/5.');
  await panel.getByLabel('Vị trí trên bài').selectOption({ label: 'Cuối bài' });
  await panel.getByLabel('Kèm lời xin lỗi').check();
  await panel.getByRole('button', { name: 'Đăng cải chính' }).click();
  await expect(panel.getByRole('status')).toContainText('Đã đăng cải chính');

  // At once on the cached story: below the text, dated, with the apology; in its JSON-LD.
  await reader.reload();
  const box = reader.getByRole('complementary', { name: 'Thông tin cải chính, xin lỗi' });
  await expect(box).toHaveAttribute('data-correction-position', 'BOTTOM');
  await expect(box.getByRole('heading', { name: /^Cải chính, xin lỗi · / })).toBeVisible();
  await expect(box).toContainText('Bài đã đăng: Bài viết ghi lễ trao tặng tổ chức ngày 12/5.');
  await expect(box).toContainText('Nay cải chính: Lễ trao tặng được tổ chức ngày 15/5.');
  const ld = JSON.parse((await reader.locator('script[type="application/ld+json"]').first().textContent())!) as { '@graph': { correction?: { text: string }[]; dateModified?: string }[] };
  expect(ld['@graph'][0]!.correction?.[0]?.text).toBe('Bài viết ghi lễ trao tặng tổ chức ngày 12/5. → Lễ trao tặng được tổ chức ngày 15/5.');
  // The body's end comes before the correction, the footer after it.
  const order = await reader.evaluate(() => {
    const aside = document.querySelector('[data-correction-position="BOTTOM"]')!;
    const follows = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    return [follows(document.querySelector('[data-article-body]')!, aside), follows(aside, document.querySelector('article footer')!)];
  });
  expect(order).toEqual([true, true]);

  // The public list, newest first, with the story's title and section; its feed too.
  await reader.goto('/cai-chinh');
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Thông tin cải chính, xin lỗi');
  const first = reader.getByRole('main').getByRole('listitem').first();
  await expect(first).toContainText(title);
  await expect(first).toContainText('chuyên mục Thi đua – Khen thưởng');
  await expect(first.getByRole('link', { name: title })).toHaveAttribute('href', `/bai-viet/${slug}`);
  const feed = await (await reader.request.get('/cai-chinh/rss.xml')).text();
  expect(feed).toContain(`<title>Cải chính, xin lỗi: ${title}</title>`);

  // The history keeps it beside the versions.
  await editor.goto(`/admin/bai-viet/${id}/lich-su`);
  await expect(editor.getByText('Cải chính, xin lỗi', { exact: true })).toBeVisible();
  await expect(editor.getByText('Lễ trao tặng được tổ chức ngày 15/5.')).toBeVisible();

  // Withdrawn for a serious error: the reason stays in the newsroom, the reader gets 410 and the notice.
  await editor.goto(`/admin/bai-viet/${id}`);
  await editor.getByText('Gỡ bài vì sai sót nghiêm trọng').click();
  await editor.getByLabel('Lý do (chỉ tòa soạn xem)').fill('Nhân vật trong ảnh không phải người được khen.');
  await editor.getByLabel('Thông báo cho bạn đọc').fill('Bài viết có thông tin sai về nhân vật; tòa soạn đã gỡ bỏ.');
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor.getByRole('button', { name: 'Gỡ bài vì sai sót' }).click();
  await expect(editor.getByText('Trạng thái: Đã gỡ vì sai sót')).toBeVisible();
  // At once (within the second invalidation pass): the address sends the reader on to its notice, which answers 410.
  await expect.poll(async () => (await reader.request.get(`/bai-viet/${slug}`, { maxRedirects: 0 })).headers().location, { timeout: 5_000, intervals: [250] }).toBe(`/bai-viet/${slug}/da-go`);
  expect((await reader.request.get(`/bai-viet/${slug}`)).status()).toBe(410);
  const gone = await reader.goto(`/bai-viet/${slug}`);
  expect(gone!.status()).toBe(410);
  await expect(reader).toHaveURL(new RegExp(`/bai-viet/${slug}/da-go$`));
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Bài viết đã bị gỡ');
  await expect(reader.getByText('Bài viết có thông tin sai về nhân vật; tòa soạn đã gỡ bỏ.')).toBeVisible();
  await expect(reader.locator('body')).not.toContainText('Nhân vật trong ảnh không phải');
  await reader.goto('/cai-chinh');
  await expect(reader.getByRole('main').getByRole('listitem').first()).toContainText('Bài đã được gỡ: Bài viết có thông tin sai về nhân vật; tòa soạn đã gỡ bỏ.');
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: title })).toHaveCount(0);

  // Only an administrator puts it back; the story answers again and the notice stays listed.
  await expect(editor.getByRole('button', { name: 'Đăng lại bài' })).toHaveCount(0);
  const admin = await newPage(browser, 'quantri@bangvang.local', `/admin/bai-viet/${id}`);
  await admin.getByLabel('Lý do đăng lại').fill('Đã xác minh lại: nhân vật đúng là người được khen.');
  await admin.getByRole('button', { name: 'Đăng lại bài' }).click();
  await expect(admin.getByText('Trạng thái: Đã đăng')).toBeVisible();
  await expect.poll(async () => (await reader.request.get(`/bai-viet/${slug}`, { maxRedirects: 0 })).status(), { timeout: 5_000, intervals: [250] }).toBe(200);
  // An old link to the notice goes back to the story.
  expect((await reader.request.get(`/bai-viet/${slug}/da-go`, { maxRedirects: 0 })).headers().location).toBe(`/bai-viet/${slug}`);
  await reader.goto('/cai-chinh');
  await expect(reader.getByRole('main').getByRole('listitem').first()).toContainText('Bài được đăng lại ngày');
  // Off the site again (plain take-down, 404), so the reader suites that follow on this
  // server do not find a test story first in its section.
  await admin.getByRole('button', { name: 'Gỡ bài', exact: true }).click();
  await expect(admin.getByText('Trạng thái: Đã gỡ')).toBeVisible();
  await expect.poll(async () => (await reader.request.get(`/bai-viet/${slug}`)).status(), { timeout: 5_000, intervals: [250] }).toBe(404);
});

test('editorial notes: on a passage, kept on it through edits around it, answered and resolved, shown on the desk, never on the page', async ({ browser }) => {
  const reporter = await newPage(browser, REPORTER);
  const title = `Bài có ghi chú biên tập ${Date.now()}`;
  const id = await writeDraft(reporter, title);

  const editor = await newPage(browser, EDITOR, `/admin/bai-viet/${id}`);
  const body = editor.getByRole('textbox', { name: 'Nội dung bài viết' });
  await expect(body).toContainText('Đoạn mở đầu của bài viết thử nghiệm.');
  // Select "mở đầu" in the text, as a mouse would.
  await body.click();
  await body.evaluate((root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf('mở đầu');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 'mở đầu'.length);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      return;
    }
  });
  const panel = editor.getByRole('region', { name: /Ghi chú biên tập/ });
  await panel.getByLabel('Ghi chú mới').fill('Đoạn mở đầu cần nêu thời gian, địa điểm.');
  await panel.getByRole('button', { name: 'Thêm ghi chú' }).click();
  await expect(panel.getByRole('status').first()).toContainText('Bấm Lưu để giữ vị trí của ghi chú trong bài.');
  await expect(body.locator('mark[data-note]')).toHaveText('mở đầu');
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(editor.getByText(/có thay đổi chưa lưu/)).toHaveCount(0);

  // Text typed before the passage: the note stays on "mở đầu".
  await body.click();
  await editor.keyboard.press('Control+Home');
  await editor.keyboard.type('Sáng nay, ');
  await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(editor.getByText(/có thay đổi chưa lưu/)).toHaveCount(0);
  await editor.reload();
  await expect(body).toContainText('Sáng nay, Đoạn mở đầu của bài viết thử nghiệm.');
  await expect(body.locator('mark[data-note]')).toHaveText('mở đầu');
  await expect(panel).toContainText('(1 đang mở)');
  await expectAccessible(editor);

  // The desk lists the story among those with open notes.
  await editor.goto('/admin');
  await expect(editor.getByRole('region', { name: /Ghi chú chưa xử lý/ })).toContainText(title);

  // The reporter answers and resolves it.
  await reporter.goto(`/admin/bai-viet/${id}`);
  const note = reporter.getByRole('listitem', { name: 'Ghi chú của Nguyễn Thu Trang' });
  await expect(note).toContainText('“mở đầu”');
  await expect(note).toContainText('Đoạn mở đầu cần nêu thời gian, địa điểm.');
  await note.getByLabel('Câu trả lời').fill('Đã bổ sung: sáng 15/5, tại Hội trường tỉnh.');
  await note.getByRole('button', { name: 'Trả lời' }).click();
  await expect(note).toContainText('Đã bổ sung: sáng 15/5, tại Hội trường tỉnh.');
  await note.getByRole('button', { name: 'Đánh dấu đã xử lý' }).click();
  const resolvedPanel = reporter.getByRole('region', { name: /Ghi chú biên tập/ });
  await expect(resolvedPanel).toContainText('(0 đang mở)');
  await expect(resolvedPanel.getByText('Đã xử lý (1)')).toBeVisible();

  // What readers would see (the preview renders the public page): neither the note nor its mark.
  await editor.goto(`/xem-truoc/${id}`);
  await expect(editor.getByText('Sáng nay, Đoạn mở đầu của bài viết thử nghiệm.')).toBeVisible();
  expect(await editor.content()).not.toContain('Đoạn mở đầu cần nêu thời gian');
  await expect(editor.locator('mark, [data-note]')).toHaveCount(0);
  await reporter.context().close();
  await editor.context().close();
});

test('live coverage: an editor posts entries and readers see them arrive without reloading; the summary on top; ended, it stays a normal story', async ({ browser }) => {
  test.setTimeout(150_000);
  const editor = await newPage(browser, EDITOR);
  const title = `Trực tiếp: Đại hội Thi đua yêu nước ${Date.now()}`;
  const id = await writeDraft(editor, title);
  await editor.getByRole('button', { name: 'Đăng ngay' }).click();
  await expect(editor.getByText('Trạng thái: Đã đăng')).toBeVisible();
  const slug = (await editor.getByLabel('Đường dẫn').inputValue()).trim();
  const panel = editor.getByRole('region', { name: 'Tường thuật trực tiếp' });
  editor.on('dialog', (dialog) => void dialog.accept());
  await panel.getByRole('button', { name: 'Mở tường thuật trực tiếp' }).click();
  await expect(panel.getByText('Đang trực tiếp')).toBeVisible();
  await panel.getByLabel('Tiêu đề cập nhật (không bắt buộc)').fill('Khai mạc');
  await panel.getByLabel('Nội dung cập nhật').fill('Đại hội khai mạc lúc 8 giờ với 350 đại biểu.');
  await panel.getByRole('button', { name: 'Đăng cập nhật' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Đại hội khai mạc lúc 8 giờ' })).toBeVisible();

  // A reader opens the story: the entry is there, newest first, under "Trực tiếp".
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/bai-viet/${slug}`);
  const coverage = reader.getByRole('region', { name: /Diễn biến/ });
  await expect(coverage.getByText('Trực tiếp', { exact: true })).toBeVisible();
  await expect(coverage.getByRole('article')).toHaveCount(1);
  await expectAccessible(reader);
  const ld = await reader.locator('script[type="application/ld+json"]').first().textContent();
  expect(JSON.parse(ld!)['@graph'][0]).toMatchObject({ '@type': 'LiveBlogPosting', liveBlogUpdate: [{ headline: 'Khai mạc' }] });

  // The editor posts another entry and a summary; the reader's page shows them without a reload.
  await panel.getByLabel('Tiêu đề cập nhật (không bắt buộc)').fill('Trao Huân chương Lao động');
  await panel.getByLabel('Nội dung cập nhật').fill('Ba tập thể nhận Huân chương Lao động hạng Ba.');
  await panel.getByRole('button', { name: 'Đăng cập nhật' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Ba tập thể nhận Huân chương' })).toBeVisible();
  const navigations: string[] = [];
  reader.on('framenavigated', (frame) => navigations.push(frame.url()));
  await expect(coverage.getByRole('article').first()).toContainText('Ba tập thể nhận Huân chương Lao động hạng Ba.', { timeout: 30_000 });
  await expect(coverage.getByRole('article')).toHaveCount(2);
  expect(navigations).toEqual([]);

  // A wrong entry taken down: gone from the reader's page on its next poll, kept for the desk.
  const first = panel.getByRole('listitem').filter({ hasText: 'Đại hội khai mạc lúc 8 giờ' });
  await first.getByText('Gỡ cập nhật này').click();
  await first.getByLabel('Lý do gỡ (tòa soạn lưu lại)').fill('Giờ khai mạc chưa đúng, chờ xác minh.');
  await first.getByRole('button', { name: 'Gỡ khỏi trang' }).click();
  await expect(panel.getByRole('listitem').filter({ hasText: 'Đại hội khai mạc lúc 8 giờ' })).toContainText('Giờ khai mạc chưa đúng, chờ xác minh.');
  await expect(coverage.getByRole('article').filter({ hasText: 'Đại hội khai mạc lúc 8 giờ' })).toBeHidden({ timeout: 30_000 });
  expect(navigations).toEqual([]);

  await panel.getByLabel(/Tóm tắt ở đầu bài/).fill('350 đại biểu dự; 3 tập thể nhận Huân chương.');
  await panel.getByRole('button', { name: 'Lưu tóm tắt' }).click();
  await expect(panel.getByText('Đã cập nhật tóm tắt.')).toBeVisible();
  await reader.reload();
  await expect(coverage.getByText('350 đại biểu dự; 3 tập thể nhận Huân chương.')).toBeVisible();

  // Ended: the story stays, with its entries, and no longer says "Trực tiếp".
  await panel.getByRole('button', { name: 'Kết thúc tường thuật' }).click();
  await expect(panel).toContainText('(đã kết thúc)');
  await reader.reload();
  await expect(coverage.getByRole('article')).toHaveCount(1);
  await expect(coverage.getByText('Trực tiếp', { exact: true })).toHaveCount(0);
  await expect(coverage).toContainText('Tường thuật từ');

  // Off the site again, so the reader suites that follow do not find it first in its section.
  await editor.goto(`/admin/bai-viet/${id}`);
  await editor.getByRole('button', { name: 'Gỡ bài', exact: true }).click();
  await expect(editor.getByText('Trạng thái: Đã gỡ')).toBeVisible();
  await editor.context().close();
});
