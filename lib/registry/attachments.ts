// A dossier's files (achievement reports, the council's minutes, initiative certificates):
// PDF, DOCX, XLSX or JPEG, recognised by their content (file-type reads the bytes, and
// for DOCX/XLSX the parts inside the archive) — never by the name or the browser's word.
import 'server-only';
import { fileTypeFromBuffer } from 'file-type';

export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

const ALLOWED: Record<string, { ext: string; label: string }> = {
  'application/pdf': { ext: 'pdf', label: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: 'docx', label: 'Word (DOCX)' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: 'xlsx', label: 'Excel (XLSX)' },
  'image/jpeg': { ext: 'jpg', label: 'ảnh JPEG' },
};

export const ATTACHMENT_KINDS = 'PDF, DOCX, XLSX hoặc JPEG';

export class AttachmentRejected extends Error {}

/** What the file is, by its content; refused (in Vietnamese) if it is none of the four or too large. */
export async function checkAttachment(bytes: Buffer): Promise<{ mime: string; ext: string }> {
  if (bytes.length === 0) throw new AttachmentRejected('Tệp rỗng.');
  if (bytes.length > ATTACHMENT_MAX_BYTES) throw new AttachmentRejected(`Tệp lớn hơn ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB.`);
  const type = await fileTypeFromBuffer(bytes);
  const allowed = type ? ALLOWED[type.mime] : undefined;
  if (!type || !allowed) throw new AttachmentRejected(`Chỉ nhận tệp ${ATTACHMENT_KINDS}; nội dung tệp này không phải một trong các loại đó.`);
  return { mime: type.mime, ext: allowed.ext };
}

/** A file name safe to keep and to send back: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string, ext: string): string {
  const base = name.split(/[\\/]/).pop()!.replace(/[\u0000-\u001f\u007f"<>|:*?]/g, '').trim();
  const stem = base.replace(/\.[^.]*$/, '').slice(0, 180) || 'tep-dinh-kem';
  return `${stem}.${ext}`;
}

export const attachmentKindLabel = (mime: string) => ALLOWED[mime]?.label ?? mime;
