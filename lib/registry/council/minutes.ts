import 'server-only';
// The minutes of a council session (biên bản họp Hội đồng Thi đua – Khen thưởng), A4 PDF
// in Vietnamese: who attended, the quorum, the rule each candidate was judged by (with its
// legal source, and "chờ xác nhận" where the figure is not confirmed), each candidate's
// tally and result, and the signatures' places.
import { formatDate, formatNumber } from '@/lib/common/format';
import { shareLabel } from '@/lib/registry/council/threshold';
import { newPdf } from '@/lib/registry/pdf';
import { attendanceLabels, councilRoleLabels, methodLabels } from '@/lib/registry/council/labels';
import type { SessionView } from '@/lib/registry/data/council';

const INK = '#1c1917';
const MUTED = '#57534e';

export async function renderMinutes(session: SessionView): Promise<Buffer> {
  const { doc, done } = newPdf({
    size: 'A4',
    margins: { top: 50, bottom: 50, left: 56, right: 56 },
    info: { Title: `Biên bản họp ${session.council.name} – ${session.code}`, Author: session.council.name, Subject: session.title, Creator: 'Bảng Vàng' },
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const text = (value: string, font = 'regular', size = 11, options: PDFKit.Mixins.TextOptions = {}, color = INK) => doc.font(font).fontSize(size).fillColor(color).text(value, { width, ...options });

  // Header: the council (left) and the national motto (right), as official documents have them.
  const top = doc.y;
  doc.font('bold').fontSize(10.5).fillColor(INK).text(session.council.name.toLocaleUpperCase('vi-VN'), left, top, { width: width * 0.42, align: 'center' });
  doc.font('bold').fontSize(10.5).text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', left + width * 0.45, top, { width: width * 0.55, align: 'center' });
  doc.font('bold').fontSize(10.5).text('Độc lập – Tự do – Hạnh phúc', left + width * 0.45, doc.y, { width: width * 0.55, align: 'center' });
  doc.font('italic').fontSize(10.5).text(`ngày ${formatDate(session.heldOn)}`, left + width * 0.45, doc.y + 4, { width: width * 0.55, align: 'center' });
  doc.x = left;
  doc.moveDown(1.5);
  text('BIÊN BẢN', 'bold', 15, { align: 'center' });
  text(`Họp ${session.council.name}`, 'bold', 12, { align: 'center' });
  text(session.title, 'italic', 11, { align: 'center' });
  doc.moveDown(1);

  const present = session.attendance.filter((a) => a.attendance === 'PRESENT');
  const written = session.attendance.filter((a) => a.attendance === 'WRITTEN');
  const absent = session.attendance.filter((a) => a.attendance === 'ABSENT');
  text(`Phiên họp ${session.code}, ngày ${formatDate(session.heldOn)}${session.location ? `, tại ${session.location}` : ''}.`);
  text(
    `Tổng số thành viên Hội đồng: ${formatNumber(session.attendance.length)}; có mặt: ${formatNumber(present.length)}; vắng có phiếu gửi: ${formatNumber(written.length)}; vắng: ${formatNumber(absent.length)}. ` +
      `Số thành viên dự họp tối thiểu theo quy chế hoạt động của Hội đồng: ${shareLabel({ shareNumerator: session.council.quorumNumerator, shareDenominator: session.council.quorumDenominator })} tổng số thành viên${session.council.quorumConfirmation === 'TO_CONFIRM' ? ' (chờ xác nhận)' : ''}.`,
  );
  doc.moveDown(0.6);
  text('Thành viên Hội đồng', 'bold', 11);
  for (const a of session.attendance) text(`• ${a.name} – ${a.position} (${councilRoleLabels[a.role]}): ${attendanceLabels[a.attendance].toLocaleLowerCase('vi-VN')}`, 'regular', 10);
  doc.moveDown(0.6);

  text('Hình thức biểu quyết', 'bold', 11);
  text('Hội đồng bỏ phiếu kín. Phiếu điện tử chỉ được lưu dưới dạng tổng số phiếu của từng người được đề nghị; hệ thống không ghi thành viên nào chọn gì.', 'regular', 10);
  const rules = new Map(session.candidates.filter((c) => c.rule).map((c) => [c.rule!.id, c.rule!]));
  for (const rule of rules.values()) {
    text(
      `• ${rule.statement} (${rule.legalSource}${rule.article ? `, ${rule.article}` : ''})${rule.confirmation === 'TO_CONFIRM' ? ' – mức tỷ lệ chờ xác nhận với văn bản gốc' : ''}.`,
      'regular',
      10,
    );
  }
  doc.moveDown(0.6);

  text('Kết quả bỏ phiếu', 'bold', 11);
  // The table: one block per candidate (names and units are too long for narrow columns).
  session.candidates.forEach((c, i) => {
    const tally = c.tally ?? { yes: 0, no: 0, abstain: 0 };
    const result = c.outcome === 'PASSED' ? 'ĐẠT' : c.outcome === 'NOT_PASSED' ? 'KHÔNG ĐẠT' : 'chưa có kết quả';
    if (doc.y > doc.page.height - 140) doc.addPage();
    text(`${i + 1}. ${c.name}${c.jobTitle ? `, ${c.jobTitle}` : ''} – ${c.unitName}`, 'bold', 10.5);
    text(`Đề nghị: ${c.proposed} (hồ sơ ${c.dossierCode}); ${methodLabels[c.method].toLocaleLowerCase('vi-VN')}.`, 'regular', 10, {}, MUTED);
    text(
      `Đồng ý: ${formatNumber(tally.yes)} · Không đồng ý: ${formatNumber(tally.no)} · Không biểu quyết: ${formatNumber(tally.abstain)}` +
        (c.required !== null && c.baseCount !== null ? ` · Cần: ${formatNumber(c.required)}/${formatNumber(c.baseCount)} phiếu đồng ý` : '') +
        ` → ${result}`,
      'regular',
      10,
    );
    doc.moveDown(0.3);
  });
  const passed = session.candidates.filter((c) => c.outcome === 'PASSED').length;
  doc.moveDown(0.5);
  text(`Hội đồng thống nhất: ${formatNumber(passed)}/${formatNumber(session.candidates.length)} người đạt tỷ lệ phiếu đề nghị khen thưởng.`, 'regular', 11);
  if (session.closedAt) text(`Biên bản lập lúc kết thúc phiên họp (${formatDate(session.closedAt)}).`, 'italic', 10, {}, MUTED);

  if (doc.y > doc.page.height - 160) doc.addPage();
  doc.moveDown(2);
  const y = doc.y;
  const chair = session.attendance.find((a) => a.role === 'CHAIR');
  doc.font('bold').fontSize(11).fillColor(INK).text('THƯ KÝ HỘI ĐỒNG', left, y, { width: width / 2, align: 'center' });
  doc.font('bold').fontSize(11).text('CHỦ TỊCH HỘI ĐỒNG', left + width / 2, y, { width: width / 2, align: 'center' });
  doc.font('italic').fontSize(9.5).fillColor(MUTED).text('(ký, ghi rõ họ tên)', left, y + 18, { width: width / 2, align: 'center' });
  doc.font('italic').fontSize(9.5).text('(ký, ghi rõ họ tên)', left + width / 2, y + 18, { width: width / 2, align: 'center' });
  if (chair) doc.font('bold').fontSize(11).fillColor(INK).text(chair.name, left + width / 2, y + 90, { width: width / 2, align: 'center' });

  doc.end();
  return done;
}
