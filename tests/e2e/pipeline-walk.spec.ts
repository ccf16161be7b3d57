// The year-end review, as a unit officer, the level above and the registrar do it in a
// browser: the Sở Y tế registers its aims and the Đảng bộ Khối accepts them; the Sở proposes
// 20 people for "Chiến sĩ thi đua cơ sở" (one not eligible, one not registered, one already
// honoured — each flagged with its reason and its article); the Đảng bộ Khối leaves one out
// and returns the dossier with a note; the Sở fixes it and sends it again; it is forwarded,
// accepted and turned into a decision; the certificates, the public pages and a story link
// follow. Desktop only: the registration is sent once (pipeline-screens.spec.ts is the phone's).
import { expect, test, type Page } from '@playwright/test';
import { buildOrganisation } from '@/prisma/seed/organisation';
import { sytCast } from '@/prisma/seed/pipeline';
import { expectAccessible } from './accessibility';
import { signInDemo } from './support';

// Four people, a 20-row dossier and seven steps: minutes, not seconds, on a busy machine.
test.describe.configure({ timeout: 420_000 });

const org = buildOrganisation();
const cast = sytCast(org);
const unitName = (id: string) => org.units.find((u) => u.id === id)!.name;


const row = (page: Page, name: string) => page.getByRole('listitem', { name: new RegExp(`^\\d+\\. ${name}$`) });

test('register → propose 20 → return with a note → fix and resubmit → accept → decision → certificates, public pages, story links', async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const officer = await signInDemo(browser, 'canbo.syt@bangvang.local');
  // A unit officer's desk is the pipeline.
  await expect(officer.getByRole('heading', { level: 1, name: 'Thi đua – đề nghị khen thưởng' })).toBeVisible();
  await expect(officer.getByText('Phạm vi của bạn: Đảng bộ Sở Y tế')).toBeVisible();
  await expect(officer.getByRole('link', { name: 'Bài viết' })).toHaveCount(0);
  await expectAccessible(officer);

  // ── registration: the Sở's own seven people aim for both titles ──
  await officer.getByRole('link', { name: 'Đăng ký thi đua năm 2026 của đơn vị' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: 'Đảng bộ Sở Y tế' })).toBeVisible();
  await expectAccessible(officer);
  for (const p of cast.people.filter((x) => x.unitId === 'unit-syt')) {
    await officer.getByRole('checkbox', { name: `${p.fullName}: Lao động tiên tiến` }).check();
    await officer.getByRole('checkbox', { name: `${p.fullName}: Chiến sĩ thi đua cơ sở` }).check();
  }
  await officer.getByRole('button', { name: 'Lưu và gửi lên cấp trên' }).click();
  // Sent: the sheet is read-only now, with its state and its 14 aims.
  await expect(officer.getByText('Đã gửi, chờ tiếp nhận', { exact: true })).toBeVisible();
  await expect(officer.getByText('14 mục đăng ký.')).toBeVisible();
  await expect(officer.getByRole('checkbox', { name: `${cast.people[0]!.fullName}: Chiến sĩ thi đua cơ sở` })).toBeDisabled();

  const above = await signInDemo(browser, 'canbo.dbk@bangvang.local');
  await above.getByRole('region', { name: /Đăng ký thi đua chờ tiếp nhận/ }).getByRole('link', { name: 'Đảng bộ Sở Y tế' }).click();
  await above.getByRole('button', { name: 'Ghi ý kiến' }).click();
  await expect(above.getByText('Đã tiếp nhận', { exact: true })).toBeVisible();
  await above.goto('/admin/thi-dua/dang-ky?nam=2026');
  await expect(above.getByRole('row', { name: /Đảng bộ Sở Y tế/ }).first()).toContainText('Đã tiếp nhận');
  await expectAccessible(above);

  // ── the dossier: 20 people pasted from a spreadsheet ──
  await officer.goto('/admin/thi-dua');
  await officer.getByRole('link', { name: 'Lập hồ sơ mới' }).click();
  await officer.getByLabel('Đơn vị đề nghị').selectOption('unit-syt');
  await officer.getByLabel('Danh hiệu / hình thức đề nghị').selectOption({ label: 'Chiến sĩ thi đua cơ sở' });
  await officer.getByLabel('Tên hồ sơ').fill(`Đề nghị Chiến sĩ thi đua cơ sở năm 2026 (${stamp})`);
  await officer.getByRole('button', { name: 'Lập hồ sơ' }).click();
  await expect(officer.getByRole('heading', { level: 1, name: new RegExp(`HS-2026-\\d{4} · Đề nghị Chiến sĩ thi đua cơ sở năm 2026 \\(${stamp}\\)`) })).toBeVisible();
  const dossierUrl = officer.url();
  const newcomer = `Lê Văn Mới ${stamp}`;
  const sheet = [
    'STT\tHọ và tên\tChức vụ\tĐơn vị\tDanh hiệu\tThành tích',
    ...cast.people.map((p, i) => `${i + 1}\t${p.fullName}\t${p.position}\t${unitName(p.unitId)}\tChiến sĩ thi đua cơ sở\tHoàn thành xuất sắc nhiệm vụ; sáng kiến được Hội đồng Sáng kiến công nhận`),
    `20\t${newcomer}\tBác sĩ\t${unitName('unit-syt-bvdk')}\tChiến sĩ thi đua cơ sở\tHoàn thành xuất sắc nhiệm vụ năm đầu công tác`,
  ].join('\n');
  await officer.getByLabel(/Dán từ Excel hoặc gõ/).fill(sheet);
  await officer.getByRole('button', { name: 'Thêm vào danh sách' }).click();
  await expect(officer.getByRole('status').filter({ hasText: 'Đã thêm 20 dòng (1 người / tập thể chưa có trong sổ' })).toBeVisible();
  await expect(officer.getByRole('heading', { level: 2, name: 'Danh sách đề nghị (20)' })).toBeVisible();

  // Each flag with its reason and its source.
  const noInitiative = row(officer, cast.noInitiative.fullName);
  await expect(noInitiative.getByText('Chưa đủ điều kiện', { exact: true })).toBeVisible();
  await expect(noInitiative.getByText(/sáng kiến.*— Luật Thi đua, khen thưởng số 06\/2022\/QH15/i)).toBeVisible();
  await expect(noInitiative.getByText('Có tiêu chuẩn chưa xác nhận với văn bản gốc')).toBeVisible();
  await expect(row(officer, cast.notRegistered.fullName).getByText('Chưa đăng ký thi đua Chiến sĩ thi đua cơ sở năm 2026')).toBeVisible();
  await expect(row(officer, cast.alreadyHonoured.fullName).getByText('Đã được khen năm 2026 (QĐ số 251/QĐ-SYT)')).toBeVisible();
  await expect(row(officer, newcomer).getByText('Chưa có trong sổ: tạo khi có quyết định')).toBeVisible();
  await expect(row(officer, cast.people[0]!.fullName).getByText('Đủ điều kiện', { exact: true })).toBeVisible();
  // The full check folds out, rule by rule.
  await noInitiative.getByText('Chi tiết đối chiếu tiêu chuẩn').click();
  await expect(noInitiative.getByText(/Căn cứ: Luật Thi đua, khen thưởng số 06\/2022\/QH15/).first()).toBeVisible();
  await expectAccessible(officer);

  await officer.getByRole('button', { name: /^Gửi lên Đảng bộ Khối/ }).click();
  await expect(officer.getByRole('heading', { level: 2, name: /Đang xét tại Đảng bộ Khối/ })).toBeVisible();
  await expect(officer.getByRole('button', { name: 'Thêm vào danh sách' })).toHaveCount(0);

  // ── the level above: leaves out the row already honoured, returns the dossier with a note ──
  await above.goto('/admin/thi-dua/ho-so?hop=cho-xu-ly');
  await above.getByRole('link', { name: new RegExp(stamp) }).click();
  const honoured = row(above, cast.alreadyHonoured.fullName);
  await honoured.getByText('Loại dòng này hoặc đề nghị hình thức cao hơn').click();
  await honoured.getByLabel('Lý do', { exact: true }).first().fill('Đã được công nhận tại Quyết định số 251/QĐ-SYT');
  await honoured.getByRole('button', { name: 'Không đề nghị dòng này' }).click();
  await expect(row(above, cast.alreadyHonoured.fullName).getByText('Không đề nghị: Đã được công nhận tại Quyết định số 251/QĐ-SYT')).toBeVisible();
  const note = `Chưa có sáng kiến được công nhận: đề nghị bỏ ${cast.noInitiative.fullName}`;
  // A return needs its reason; with none, nothing moves.
  await above.getByRole('button', { name: 'Trả lại Đảng bộ Sở Y tế' }).click();
  await expect(above.getByText('Ghi rõ lý do trả lại (ít nhất 5 ký tự)')).toBeVisible();
  await above.getByLabel('Lý do trả lại (bắt buộc)').fill(note);
  await above.getByRole('button', { name: 'Trả lại Đảng bộ Sở Y tế' }).click();
  await expect(above.getByRole('heading', { level: 2, name: 'Bị trả lại' })).toBeVisible();

  // ── the unit sees where and why, fixes it, sends it again ──
  await officer.goto(dossierUrl);
  await expect(officer.getByRole('status').filter({ hasText: note })).toBeVisible();
  const fix = row(officer, cast.noInitiative.fullName);
  await fix.getByText('Sửa thành tích hoặc bỏ dòng').click();
  await fix.getByRole('button', { name: 'Bỏ khỏi hồ sơ' }).click();
  await expect(officer.getByRole('heading', { level: 2, name: 'Danh sách đề nghị (19)' })).toBeVisible();
  await officer.getByLabel('Ghi chú (nếu có)').fill('Đã bỏ trường hợp chưa có sáng kiến');
  await officer.getByRole('button', { name: /^Gửi lên Đảng bộ Khối/ }).click();
  await expect(officer.getByRole('heading', { level: 2, name: /Đang xét tại Đảng bộ Khối/ })).toBeVisible();
  // The whole way so far, on the one screen.
  const history = officer.getByRole('region', { name: 'Quá trình xử lý' });
  await expect(history.getByText(note)).toBeVisible();
  await expect(history.getByText('Đã bỏ trường hợp chưa có sáng kiến')).toBeVisible();

  // "Chiến sĩ thi đua cơ sở" is conferred by the head of the agency: its registrars decide.
  await above.goto(dossierUrl);
  await above.getByRole('button', { name: /^Đồng ý, chuyển lên Thủ trưởng cơ quan, đơn vị/ }).click();
  await expect(above.getByRole('heading', { level: 2, name: /Đang xét tại Thủ trưởng cơ quan, đơn vị/ })).toBeVisible();

  // ── the authority: accept, then the decision in one step ──
  const registrar = await signInDemo(browser, 'thiduakhenthuong@bangvang.local', { next: '/admin/thi-dua/ho-so?hop=cho-xu-ly' });
  await registrar.getByRole('link', { name: new RegExp(stamp) }).click();
  await expectAccessible(registrar);
  await registrar.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await expect(registrar.getByRole('heading', { level: 2, name: 'Đã tiếp nhận, chờ quyết định' })).toBeVisible();
  const number = `${Date.now() % 100_000}/QĐ-SYT`;
  await registrar.getByLabel('Số quyết định').fill(number);
  await registrar.getByLabel('Ngày ký').fill('2026-11-30');
  await expect(registrar.getByLabel('Cơ quan ban hành')).toHaveValue('Thủ trưởng cơ quan, đơn vị');
  await registrar.getByLabel('Cơ quan ban hành').fill('Giám đốc Sở Y tế');
  await registrar.getByLabel('Người ký', { exact: true }).fill('Trần Quốc Bảo');
  await registrar.getByLabel('Chức vụ người ký').fill('Giám đốc Sở Y tế');
  await registrar.getByRole('button', { name: 'Ra quyết định' }).click();
  await expect(registrar.getByRole('heading', { level: 2, name: new RegExp(`Đã có quyết định — Quyết định số ${number}`) })).toBeVisible();

  // Certificates: one per award, and its QR check is public.
  await registrar.getByRole('link', { name: 'giấy chứng nhận, bài viết liên quan' }).click();
  await expect(registrar.getByRole('heading', { level: 1, name: `Quyết định số ${number}` })).toBeVisible();
  const first = cast.people[0]!;
  const certificate = registrar.getByRole('link', { name: new RegExp(`In \\(PDF\\)\\s*: ${first.fullName},`) });
  const pdf = await registrar.request.get((await certificate.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const verifyUrl = (await pdf.body()).toString('latin1').match(/\/URI \(([^)]+)\)/)![1]!;

  // A story about it, linked from the decision.
  await registrar.getByLabel('Thêm bài viết (gõ tên bài, không cần dấu)').fill('thi dua');
  const option = registrar.getByRole('list', { name: /^Gợi ý cho ô/ }).getByRole('button').filter({ hasNotText: '(chưa đăng)' }).first();
  const storyTitle = (await option.textContent())!.trim();
  await option.click();
  await expect(registrar.getByRole('button', { name: `Bỏ liên kết ${storyTitle}` })).toBeVisible();
  await registrar.getByRole('button', { name: 'Lưu bài viết liên quan' }).click();
  await expect(registrar.getByRole('status').filter({ hasText: 'Đã lưu 1 bài viết liên quan.' })).toBeVisible();

  // ── public: the check, the decision, a person's page, the story ──
  const reader = await (await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })).newPage();
  await reader.goto(new URL(verifyUrl).pathname);
  await expect(reader.getByRole('status').filter({ hasText: 'Hợp lệ' })).toBeVisible();
  await reader.getByRole('link', { name: `Số ${number}` }).click();
  await expect(reader.getByRole('heading', { level: 1 })).toContainText(`Quyết định số ${number}`);
  const awarded = [...cast.people.filter((p) => p !== cast.noInitiative && p !== cast.alreadyHonoured), { fullName: newcomer, publicationConsent: true }];
  await expect(reader.getByText(`${awarded.filter((p) => p.publicationConsent).length} tập thể, cá nhân được công bố`)).toBeVisible();
  const list = reader.getByRole('table', { name: 'Danh sách khen thưởng của quyết định' });
  await expect(list).toContainText(newcomer);
  await expect(list).not.toContainText(cast.noInitiative.fullName);
  await expectAccessible(reader);
  await reader.getByRole('region', { name: 'Bài viết về quyết định' }).getByRole('link', { name: storyTitle }).first().click();
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(storyTitle);
  await reader.goto(`/vinh-danh/ca-nhan/${first.slug}`);
  await expect(reader.getByText(/Chiến sĩ thi đua cơ sở/).first()).toBeVisible();
  await expect(reader.getByRole('link', { name: new RegExp(number) }).first()).toBeVisible();
});
