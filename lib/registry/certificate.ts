import 'server-only';
// A printable certificate for one award (A4 landscape PDF, pdfkit): the honour, the
// recipient, the achievement, the decision it rests on, and a QR code that opens the
// public check of this record, so anyone holding the paper can verify it. It says that it
// is a copy printed from the register, not the signed original.
import QRCode from 'qrcode';
import type { AwardRecordDto } from '@/lib/registry/data/verification';
import { formatDate } from '@/lib/common/format';
import { newPdf } from '@/lib/registry/pdf';

const RED = '#8b0b20';
const GOLD = '#c9a227';

/** The QR code printed on a certificate: a PNG that encodes the public check's address. */
export function certificateQr(verifyUrl: string): Promise<Buffer> {
  return QRCode.toBuffer(verifyUrl, { errorCorrectionLevel: 'M', margin: 1, width: 240, color: { dark: '#1c1917', light: '#ffffff' } });
}

export async function renderCertificate(award: AwardRecordDto, verifyUrl: string): Promise<Buffer> {
  const qr = await certificateQr(verifyUrl);
  const { doc, done } = newPdf({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: { Title: `${award.typeName} – ${award.recipient.name}`, Author: award.decision.issuingAuthority, Subject: `Quyết định số ${award.decision.number}`, Creator: 'Bảng Vàng' },
  });

  const { width, height } = doc.page;
  // Double border in red and gold.
  doc.lineWidth(6).strokeColor(RED).rect(24, 24, width - 48, height - 48).stroke();
  doc.lineWidth(1.5).strokeColor(GOLD).rect(36, 36, width - 72, height - 72).stroke();

  const inner = { x: 70, w: width - 140 };
  const center = (text: string, font: string, size: number, color = '#1c1917', gap = 4) => {
    doc.font(font).fontSize(size).fillColor(color).text(text, inner.x, doc.y, { width: inner.w, align: 'center' });
    doc.moveDown(gap / size);
  };

  doc.y = 58;
  center(award.decision.issuingAuthority.toLocaleUpperCase('vi-VN'), 'bold', 12);
  center('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'bold', 12);
  center('Độc lập – Tự do – Hạnh phúc', 'italic', 12, '#1c1917', 18);
  center(award.typeName.toLocaleUpperCase('vi-VN'), 'bold', 30, RED, 14);
  center('Tặng', 'italic', 14, '#1c1917', 4);
  center(award.recipient.name, 'bold', 24, '#1c1917', 6);
  const line2 = [award.recipient.position, award.recipient.unitName].filter(Boolean).join(', ');
  if (line2) center(line2, 'regular', 14, '#1c1917', 8);
  if (award.achievement) center(`Đã có thành tích: ${award.achievement}`, 'italic', 13, '#1c1917', 6);
  center(`Năm ${award.year}`, 'regular', 13, '#1c1917', 10);
  center(`Theo Quyết định số ${award.decision.number} ngày ${formatDate(award.decision.signedAt)}`, 'regular', 12, '#44403c', 4);
  if (award.decision.revoked) center(`QUYẾT ĐỊNH ĐÃ BỊ THU HỒI${award.decision.revokedAt ? ` NGÀY ${formatDate(award.decision.revokedAt)}` : ''}`, 'bold', 14, RED, 4);

  // Signature block (right) and verification (left), on the same baseline.
  const bottom = height - 170;
  doc.font('bold').fontSize(12).fillColor('#1c1917').text(award.decision.signerTitle.toLocaleUpperCase('vi-VN'), width / 2 + 40, bottom, { width: width / 2 - 110, align: 'center' });
  doc.font('italic').fontSize(10).fillColor('#57534e').text('(đã ký)', width / 2 + 40, bottom + 34, { width: width / 2 - 110, align: 'center' });
  doc.font('bold').fontSize(13).fillColor('#1c1917').text(award.decision.signerName, width / 2 + 40, bottom + 78, { width: width / 2 - 110, align: 'center' });

  doc.image(qr, 70, bottom - 6, { width: 96, height: 96 });
  // On screen the code is a link as well.
  doc.link(70, bottom - 6, 96, 96, verifyUrl);
  doc
    .font('regular')
    .fontSize(9)
    .fillColor('#44403c')
    .text('Quét mã để xác minh trong sổ vàng điện tử Bảng Vàng:', 176, bottom + 8, { width: 230 })
    .font('bold')
    .text(verifyUrl, { width: 230 })
    .font('italic')
    .text('Bản in từ sổ vàng điện tử; bản gốc có chữ ký và con dấu do cơ quan ban hành lưu giữ.', { width: 230 });

  doc.end();
  return done;
}
