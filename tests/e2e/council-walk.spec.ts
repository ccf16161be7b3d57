// The council's vote and the public's comments, as the registrar, seven council members and
// readers do it in a browser: a session of 7 votes on the 5 candidates of HS-2026-0007 (one by
// paper tally, four by one-time electronic ballots — one on a 360 px phone, one with
// JavaScript off — one candidate below the 90 % of all members) → the minutes PDF → a
// 10-working-day comment period (its end previewed over New Year's Day, then opened today)
// → 3 comments from readers on a phone, one refused as spam → marked → the period's days
// pass → summarized into the dossier → the decision, made from those who passed.
// Desktop only: the dossier can be decided once (the phone reads the public pages here too).
import { expect, test } from '@playwright/test';
import pg from 'pg';
import { buildOrganisation } from '@/prisma/seed/organisation';
import { councilCandidates, councilMembers } from '@/prisma/seed/council';
import { expectAccessible } from './accessibility';
import { signInDemo } from './support';

test.describe.configure({ timeout: 420_000 });

const org = buildOrganisation();
const candidates = councilCandidates(org);
const PHONE = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
// The e2e server's embedded database (playwright.config.ts: its port + 50 000).
const EMBEDDED = `postgresql://postgres:postgres@127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 50_000}/postgres?sslmode=disable`;


const vnToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const vnDate = (iso: string) => iso.split('-').reverse().join('/');

/**
 * The n-th working day from `start`, counted here without the product's calendar: weekends,
 * and the public holidays of the months this suite can run in, written out by hand (Tết 2027
 * as the Labour Code's five days give it until the Government's announcement).
 */
function nthWorkingDay(start: string, n: number): string {
  const holidays = new Set(['2027-01-01', '2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-04-16', '2027-04-30', '2027-05-03']);
  let date = new Date(`${start}T00:00:00Z`);
  for (let counted = 0; ; date = new Date(date.getTime() + 86_400_000)) {
    const iso = date.toISOString().slice(0, 10);
    if (date.getUTCDay() % 6 !== 0 && !holidays.has(iso)) counted += 1;
    if (counted === n) return iso;
  }
}

test('council of 7 votes on 5 → minutes → 10 working days of public comments → 3 comments, one spam → marked → summarized → decision', async ({ browser }) => {
  const today = vnToday();
  const registrar = await signInDemo(browser, 'thiduakhenthuong@bangvang.local', { next: '/admin/thi-dua' });
  await registrar.getByRole('link', { name: 'Hội đồng Thi đua – Khen thưởng' }).click();
  await expect(registrar.getByRole('heading', { level: 1, name: 'Hội đồng Thi đua – Khen thưởng' })).toBeVisible();
  // The rule's figure is shown with its source, and as not yet confirmed against the text.
  const rules = registrar.getByRole('region', { name: 'Quy định về bỏ phiếu và lấy ý kiến' });
  await expect(rules.getByText(/Chiến sĩ thi đua toàn quốc · Hội đồng: từ 90% tổng số thành viên Hội đồng/)).toBeVisible();
  await expect(rules.getByText('Chờ xác nhận với văn bản gốc').first()).toBeVisible();
  await expectAccessible(registrar);

  // ── the session: agenda, one candidate on paper, attendance ──
  await registrar.locator('summary', { hasText: 'Tạo phiên họp' }).click();
  await registrar.getByLabel('Tên phiên họp').fill('Xét đề nghị danh hiệu Chiến sĩ thi đua toàn quốc năm 2026');
  await registrar.getByRole('button', { name: 'Tạo phiên họp' }).click();
  await expect(registrar.getByRole('heading', { level: 1, name: /^HĐ-\d{4}-\d{2} · Xét đề nghị danh hiệu Chiến sĩ thi đua toàn quốc năm 2026$/ })).toBeVisible();
  const sessionUrl = registrar.url();
  await registrar.getByLabel('Hồ sơ đã tiếp nhận').selectOption('dossier-7');
  await registrar.getByRole('button', { name: 'Đưa vào chương trình' }).click();
  await expect(registrar.getByRole('heading', { level: 2, name: 'Chương trình: người được đề nghị (5)' })).toBeVisible();
  const agenda = registrar.getByRole('region', { name: /Chương trình: người được đề nghị/ }).getByRole('listitem');
  await expect(agenda).toHaveCount(5);
  for (const [i, c] of candidates.entries()) await expect(agenda.nth(i)).toContainText(`${i + 1}. ${c.fullName}`);
  await agenda.nth(0).getByLabel(`Cách bỏ phiếu cho ${candidates[0]!.fullName}`).selectOption('PAPER');
  await agenda.nth(0).getByRole('button', { name: 'Đổi cách bỏ phiếu' }).click();
  // Each form sends the session's version: the next one waits for the page to show the change.
  await expect(registrar.getByTestId('method-1')).toHaveText('Bỏ phiếu giấy');
  // 90 % of seven members: seven yes votes.
  await expect(registrar.getByText('cần ít nhất 7/7 phiếu đồng ý')).toBeVisible();

  // Opening without a quorum is refused with the figures.
  await registrar.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
  await expect(registrar.getByText('Chưa đủ số thành viên dự họp: 0/7 có mặt, cần ít nhất 5.')).toBeVisible();
  for (const [i, m] of councilMembers.entries()) {
    await registrar.getByRole('group', { name: new RegExp(`^${m.name}`) }).getByLabel(i === 6 ? 'Vắng, có phiếu gửi' : 'Có mặt').check();
  }
  await registrar.getByRole('button', { name: 'Lưu điểm danh' }).click();
  await expect(registrar.getByText('Đã điểm danh: 6/7 thành viên có mặt.')).toBeVisible();
  await expect(registrar.getByTestId('attendance-summary')).toHaveText(/^6\/7 có mặt, 1 vắng có phiếu gửi/);
  await expectAccessible(registrar);

  // ── the ballots ──
  await registrar.getByRole('button', { name: 'Mở bỏ phiếu' }).click();
  const links = registrar.getByRole('list', { name: 'Phiếu bầu điện tử của các thành viên' }).getByRole('link');
  await expect(links).toHaveCount(7);
  const ballotUrls = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  await registrar.getByRole('button', { name: 'Đã lưu các đường dẫn, tiếp tục' }).click();
  await expect(registrar.getByTestId('turnout')).toHaveText(/Phiếu điện tử: 0\/7 thành viên đã bỏ phiếu/);
  const paper = registrar.getByRole('region', { name: /Chương trình/ }).getByRole('listitem').nth(0);
  await paper.getByLabel('Đồng ý', { exact: true }).fill('6');
  await paper.getByLabel('Không đồng ý').fill('0');
  await paper.getByLabel('Không biểu quyết').fill('0');
  await paper.getByRole('button', { name: 'Ghi kết quả kiểm phiếu' }).click();
  await expect(paper.getByText(/Tổng số phiếu \(6\) phải bằng số thành viên bỏ phiếu \(7: có mặt và vắng có phiếu gửi\)/).first()).toBeVisible();
  await paper.getByLabel('Đồng ý', { exact: true }).fill('7');
  await paper.getByRole('button', { name: 'Ghi kết quả kiểm phiếu' }).click();
  await expect(paper.getByText('Đã ghi kết quả kiểm phiếu: 7 đồng ý, 0 không đồng ý, 0 không biểu quyết.')).toBeVisible();

  for (const [i, url] of ballotUrls.entries()) {
    // The first member votes on a phone, the second with JavaScript off.
    const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...(i === 0 ? PHONE : {}), javaScriptEnabled: i !== 1 });
    const member = await context.newPage();
    await member.goto(url);
    await expect(member.getByRole('heading', { level: 1, name: 'Phiếu bầu' })).toBeVisible();
    const groups = member.getByRole('group');
    await expect(groups).toHaveCount(4);
    for (let j = 0; j < 4; j += 1) {
      // The last candidate gets one "no": 6 of 7, under the threshold.
      await groups.nth(j).getByLabel(i === 0 && j === 3 ? 'Không đồng ý' : 'Đồng ý', { exact: true }).check();
    }
    if (i === 0) {
      await expectAccessible(member);
      expect(await member.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    }
    await member.getByRole('button', { name: 'Gửi phiếu bầu' }).click();
    // Without JavaScript the form posts and the page comes back for a used ballot.
    await expect(member.getByText(i === 1 ? 'Phiếu bầu của bạn đã được ghi nhận; mỗi đường dẫn chỉ dùng một lần. Cảm ơn bạn.' : 'Đã ghi nhận phiếu bầu của bạn cho 4 người. Cảm ơn bạn.')).toBeVisible();
    await member.goto(url);
    await expect(member.getByText('Phiếu bầu của bạn đã được ghi nhận; mỗi đường dẫn chỉ dùng một lần. Cảm ơn bạn.')).toBeVisible();
    await expect(member.getByRole('button', { name: 'Gửi phiếu bầu' })).toHaveCount(0);
    await context.close();
  }

  // ── the close: results, the minutes ──
  await registrar.goto(sessionUrl);
  await expect(registrar.getByTestId('turnout')).toHaveText(/Phiếu điện tử: 7\/7 thành viên đã bỏ phiếu/);
  await registrar.getByRole('button', { name: 'Kết thúc phiên, công bố kết quả' }).click();
  // The page turns to the closed session (its form, and the form's message, are gone).
  await expect(registrar.getByText('Phiên đã kết thúc: 4/5 người đạt.')).toBeVisible();
  await expect(registrar.getByTestId('tally-2')).toHaveText('Đồng ý 7 · Không đồng ý 0 · Không biểu quyết 0 → Đạt (cần 7/7)');
  await expect(registrar.getByTestId('tally-5')).toHaveText('Đồng ý 6 · Không đồng ý 1 · Không biểu quyết 0 → Không đạt (cần 7/7)');
  const minutes = await registrar.request.get(await registrar.getByRole('link', { name: 'Tải biên bản họp (PDF)' }).getAttribute('href').then((h) => h!));
  expect(minutes.headers()['content-type']).toBe('application/pdf');
  expect((await minutes.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await registrar.goto('/admin/thi-dua/ho-so/dossier-7');
  const history = registrar.getByRole('region', { name: 'Quá trình xử lý' });
  await expect(history.getByText(/4\/5 người đạt tỷ lệ phiếu; không đạt: /)).toBeVisible();
  await expect(registrar.getByRole('link', { name: /^bien-ban-hop-hoi-dong-HĐ-\d{4}-\d{2}\.pdf/ })).toBeVisible();

  // ── the comment period: its end over New Year's Day, then opened today ──
  await registrar.goto('/admin/thi-dua/lay-y-kien');
  await registrar.getByLabel('Ngày bắt đầu').fill('2026-12-24');
  await registrar.getByLabel('Số ngày làm việc').fill('10');
  await registrar.getByRole('button', { name: 'Tính', exact: true }).click();
  await expect(registrar.getByTestId('period-preview')).toHaveText('10 ngày làm việc từ 24/12/2026: kết thúc hết ngày 07/01/2027; không tính 01/01/2027 (Tết Dương lịch).');
  await registrar.getByLabel('Phiên họp đã có kết quả').selectOption({ index: 1 });
  await registrar.getByLabel('Ngày đăng (ngày đầu lấy ý kiến)').fill(today);
  await registrar.getByRole('button', { name: 'Mở lấy ý kiến nhân dân' }).click();
  const closesOn = nthWorkingDay(today, 10);
  await expect(registrar.getByTestId('period-dates')).toContainText(`10 ngày làm việc, từ ${vnDate(today)} đến hết ${vnDate(closesOn)} · đang lấy ý kiến`);
  const periodUrl = registrar.url();
  await expectAccessible(registrar);

  // The newsroom has its draft, linked to the candidates, for an editor to review.
  const editor = await signInDemo(browser, 'bientap@bangvang.local', { next: '/admin/bai-viet' });
  await expect(editor.getByRole('link', { name: /Lấy ý kiến nhân dân: 4 người đề nghị Chiến sĩ thi đua toàn quốc/ }).first()).toBeVisible();
  await editor.context().close();

  // ── readers, on a phone ──
  const readerContext = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...PHONE });
  const reader = await readerContext.newPage();
  await reader.goto('/vinh-danh/lay-y-kien');
  await reader.getByRole('link', { name: /Lấy ý kiến nhân dân: 4 người/ }).click();
  await expect(reader.getByTestId('period-dates')).toHaveText(`Lấy ý kiến trong 10 ngày làm việc, từ ngày ${vnDate(today)} đến hết ngày ${vnDate(closesOn)} (không tính thứ Bảy, Chủ nhật và ngày nghỉ lễ, tết).`);
  // Opened today (a working day or not), all ten working days are still ahead — unless the
  // walk crossed midnight in Vietnam since it began: then the working days left from the new day.
  const left = [...Array(10).keys()].filter((i) => nthWorkingDay(today, i + 1) >= vnToday()).length;
  await expect(reader.getByTestId('period-countdown')).toHaveText(new RegExp(`^Còn ${left} ngày làm việc để gửi ý kiến(, kể cả hôm nay)?\\.$`));
  const published = reader.getByRole('region', { name: /Người được đề nghị/ }).getByRole('listitem');
  await expect(published).toHaveCount(4);
  await expect(reader.getByText(candidates[4]!.fullName)).toHaveCount(0);
  await expectAccessible(reader);
  expect(await reader.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  const send = async (candidate: string, body: string) => {
    await reader.getByLabel('Góp ý về').selectOption({ label: candidate });
    await reader.getByLabel('Họ và tên').fill('Trần Thị Bạn Đọc');
    await reader.getByLabel('Điện thoại hoặc thư điện tử').fill('0912 345 678');
    await reader.getByLabel('Nội dung góp ý').fill(body);
    await reader.getByRole('button', { name: 'Gửi ý kiến' }).click();
  };
  await send(candidates[0]!.fullName, 'Cô giáo tận tụy, nhiều năm dạy học sinh vùng khó khăn, được phụ huynh quý mến.');
  await expect(reader.getByText(`Đã nhận ý kiến của bạn về ${candidates[0]!.fullName}.`, { exact: false })).toBeVisible();
  // The second reader's phone runs no JavaScript: the form posts and the page answers.
  const plainContext = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...PHONE, javaScriptEnabled: false });
  const plain = await plainContext.newPage();
  await plain.goto(reader.url());
  await plain.getByLabel('Góp ý về').selectOption({ label: candidates[1]!.fullName });
  await plain.getByLabel('Họ và tên').fill('Phạm Văn Đọc Báo');
  await plain.getByLabel('Điện thoại hoặc thư điện tử').fill('docbao@example.vn');
  await plain.getByLabel('Nội dung góp ý').fill('Đề nghị xem lại số năm công tác vì ông mới chuyển về đơn vị từ năm 2023.');
  await plain.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect(plain.getByText(`Đã nhận ý kiến của bạn về ${candidates[1]!.fullName}.`, { exact: false })).toBeVisible();
  await plainContext.close();
  await send(candidates[2]!.fullName, 'Nhận thưởng lớn tại http://khuyen-mai.example.com ngay hôm nay nhé');
  await expect(reader.getByText('Ý kiến không được nhận: ý kiến không được chứa đường dẫn hay địa chỉ trang web.')).toBeVisible();

  // ── marked by the registrar ──
  await registrar.goto(periodUrl);
  await expect(registrar.getByRole('heading', { level: 2, name: '2 ý kiến, 2 chưa đánh giá' })).toBeVisible();
  for (const [i, verdict] of ['Không liên quan', 'Liên quan, cần xem xét'].entries()) {
    const item = registrar.getByRole('region', { name: new RegExp(candidates[i]!.fullName) }).getByRole('listitem').first();
    await item.getByLabel('Đánh giá').selectOption({ label: verdict });
    await item.getByRole('button', { name: 'Lưu đánh giá' }).click();
    await expect(item.getByText(/Đã đánh dấu/)).toBeVisible();
  }
  await registrar.reload();
  await expect(registrar.getByRole('heading', { level: 2, name: '2 ý kiến, 0 chưa đánh giá' })).toBeVisible();
  await expect(registrar.getByRole('button', { name: 'Tổng hợp kết quả vào hồ sơ' })).toHaveCount(0);

  // ── the ten working days pass: the period's dates are moved back, as the calendar would count them ──
  const opened = '2026-11-02';
  const db = new pg.Client({ connectionString: EMBEDDED });
  await db.connect();
  try {
    const updated = await db.query(`UPDATE comment_periods SET opens_on = $1, closes_on = $2 WHERE id = $3`, [opened, nthWorkingDay(opened, 10), periodUrl.split('/').pop()]);
    expect(updated.rowCount).toBe(1);
  } finally {
    await db.end();
  }
  await registrar.reload();
  await registrar.getByRole('button', { name: 'Tổng hợp kết quả vào hồ sơ' }).click();
  await expect(registrar.getByText(/^Đã tổng hợp vào hồ sơ lúc /)).toBeVisible();
  // The public page is the record now: ended, no form.
  await reader.reload();
  await expect(reader.getByText(/Đợt lấy ý kiến đã kết thúc ngày .*; ý kiến không còn được nhận/)).toBeVisible();
  await expect(reader.getByRole('button', { name: 'Gửi ý kiến' })).toHaveCount(0);
  await readerContext.close();

  // ── the decision, from those who passed ──
  await registrar.goto('/admin/thi-dua/ho-so/dossier-7');
  await expect(registrar.getByRole('region', { name: 'Quá trình xử lý' }).getByText(new RegExp(`${candidates[0]!.fullName}: 1 ý kiến, 0 liên quan cần xem xét; ${candidates[1]!.fullName}: 1 ý kiến, 1 liên quan cần xem xét`))).toBeVisible();
  const number = `${Date.now() % 100_000}/QĐ-TTg`;
  await registrar.getByLabel('Số quyết định').fill(number);
  await registrar.getByLabel('Ngày ký').fill(today);
  await registrar.getByLabel('Cơ quan ban hành').fill('Thủ tướng Chính phủ');
  await registrar.getByLabel('Người ký', { exact: true }).fill('Người Ký Thay');
  await registrar.getByLabel('Chức vụ người ký').fill('Phó Thủ tướng Chính phủ');
  await registrar.getByRole('button', { name: 'Ra quyết định' }).click();
  await expect(registrar.getByRole('heading', { level: 2, name: new RegExp(`Đã có quyết định — Quyết định số ${number}`) })).toBeVisible();
  await registrar.getByRole('link', { name: `Quyết định số ${number}` }).click();
  await expect(registrar).toHaveURL(/\/vinh-danh\/quyet-dinh\//);
  await expect(registrar.getByRole('heading', { level: 1 })).toContainText(number);
  for (const c of candidates.slice(0, 4)) await expect(registrar.getByRole('link', { name: c.fullName }).first()).toBeVisible();
  // (The dossier page just left stays in the document, hidden, as Next keeps visited pages.)
  await expect(registrar.getByText(candidates[4]!.fullName).filter({ visible: true })).toHaveCount(0);

  // ── the year's report counts the decision ──
  await registrar.goto(`/admin/thi-dua/bao-cao?nam=${today.slice(0, 4)}`);
  const table = registrar.getByRole('region', { name: 'Bảng báo cáo' });
  await expect(table.getByRole('rowheader', { name: 'Thủ tướng Chính phủ', exact: true })).toBeVisible();
  // Four individuals, no collective: "Tập thể 0, Cá nhân 4, …, Tổng 4".
  await expect(table.getByRole('row', { name: /Chiến sĩ thi đua toàn quốc/ }).getByRole('cell').nth(1)).toHaveText('0');
  await expect(table.getByRole('row', { name: /Chiến sĩ thi đua toàn quốc/ }).getByRole('cell').nth(2)).toHaveText('4');
  await expectAccessible(registrar);
  const pdf = await registrar.request.get(`/api/admin/reports/year/${today.slice(0, 4)}?dinh-dang=pdf`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const xlsx = await registrar.request.get(`/api/admin/reports/year/${today.slice(0, 4)}`);
  expect(xlsx.headers()['content-disposition']).toMatch(/bao-cao-thi-dua-khen-thuong-\d{4}\.xlsx/);
});
