// Attaching a file to a dossier (multipart: file). A Route Handler so the 10 MB limit
// applies here alone; it checks the origin, the account against the database, the role,
// the body size while reading, and the file by its content; the scope and the dossier's
// state are checked in the transaction that records it (lib/registry/actions/attachment-store.ts).
import { getCurrentUser, hasRole } from '@/lib/auth/session';
import { PIPELINE_ROLES } from '@/lib/auth/roles';
import { FORBIDDEN, NOT_SIGNED_IN } from '@/lib/common/action-state';
import { readFormLimited } from '@/lib/platform/http/read-body';
import { sameOrigin } from '@/lib/platform/http/same-origin';
import { ATTACHMENT_KINDS, ATTACHMENT_MAX_BYTES, AttachmentRejected } from '@/lib/registry/attachments';
import { storeAttachment } from '@/lib/registry/actions/attachment-store';

const TOO_LARGE = `Tệp lớn hơn ${ATTACHMENT_MAX_BYTES / 1024 / 1024} MB.`;
const reply = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

export async function POST(request: Request, { params }: RouteContext<'/api/admin/dossiers/[id]/attachments'>) {
  if (!sameOrigin(request)) return reply(403, { ok: false, message: 'Yêu cầu không đến từ trang tòa soạn.' });
  const user = await getCurrentUser();
  if (!user) return reply(401, { ok: false, message: NOT_SIGNED_IN });
  if (!hasRole(user, PIPELINE_ROLES)) return reply(403, { ok: false, message: FORBIDDEN });
  const { id } = await params;
  const form = await readFormLimited(request, ATTACHMENT_MAX_BYTES);
  if (form === 'too-large') return reply(413, { ok: false, message: TOO_LARGE, fieldErrors: { file: [TOO_LARGE] } });
  if (form === 'unreadable') return reply(400, { ok: false, message: 'Không đọc được biểu mẫu tải lên.' });
  const file = form.get('file');
  if (!(file instanceof File) || file.size === 0) return reply(400, { ok: false, message: `Hãy chọn một tệp ${ATTACHMENT_KINDS}.`, fieldErrors: { file: ['Chưa chọn tệp'] } });
  if (file.size > ATTACHMENT_MAX_BYTES) return reply(413, { ok: false, message: TOO_LARGE, fieldErrors: { file: [TOO_LARGE] } });
  try {
    const result = await storeAttachment(user, id, { bytes: Buffer.from(await file.arrayBuffer()), name: file.name });
    return reply(result.ok ? 201 : 400, result);
  } catch (error) {
    if (error instanceof AttachmentRejected) return reply(400, { ok: false, message: error.message, fieldErrors: { file: [error.message] } });
    console.error('[dossier attachment]', error);
    return reply(500, { ok: false, message: 'Có lỗi ngoài dự kiến, tệp chưa được lưu. Hãy thử lại.' });
  }
}
