// Image upload for the media library (multipart form: file, alt, caption, credit). A Route
// Handler rather than a Server Action so the 15 MB limit applies here alone. It checks
// everything itself: the session against the database, the role, the request's origin,
// the body size while reading, the fields with zod and the file by its content.
import { getCurrentUser, hasRole } from '@/lib/auth/session';
import { readFormLimited } from '@/lib/platform/http/read-body';
import { sameOrigin } from '@/lib/platform/http/same-origin';
import { FORBIDDEN, INVALID, NOT_SIGNED_IN } from '@/lib/common/action-state';
import { ImageRejected, MEDIA_MAX_BYTES } from '@/lib/media/images';
import { storeUpload } from '@/lib/media/library';
import { NEWSROOM_ROLES } from '@/lib/auth/roles';
import { mediaFieldsSchema } from '@/lib/media/schemas/media';
import { cleanInput } from '@/lib/common/clean-input';

const TOO_LARGE = `Ảnh lớn hơn ${MEDIA_MAX_BYTES / 1024 / 1024} MB. Hãy thu nhỏ ảnh rồi tải lại.`;

const reply = (status: number, body: Record<string, unknown>) => Response.json(body, { status, headers: { 'cache-control': 'no-store' } });

export async function POST(request: Request) {
  if (!sameOrigin(request)) return reply(403, { ok: false, message: 'Yêu cầu không đến từ trang tòa soạn.' });
  const user = await getCurrentUser();
  if (!user) return reply(401, { ok: false, message: NOT_SIGNED_IN });
  if (!hasRole(user, NEWSROOM_ROLES)) return reply(403, { ok: false, message: FORBIDDEN });

  const form = await readFormLimited(request, MEDIA_MAX_BYTES);
  if (form === 'too-large') return reply(413, { ok: false, message: TOO_LARGE, fieldErrors: { file: [TOO_LARGE] } });
  if (form === 'unreadable') return reply(400, { ok: false, message: 'Không đọc được biểu mẫu tải lên.' });
  const file = form.get('file');
  const fields = mediaFieldsSchema.safeParse(cleanInput({ alt: form.get('alt') ?? undefined, caption: form.get('caption') ?? undefined, credit: form.get('credit') ?? undefined }));
  const fieldErrors: Record<string, string[]> = {};
  if (!(file instanceof File) || file.size === 0) fieldErrors.file = ['Hãy chọn một tệp ảnh'];
  if (!fields.success) for (const issue of fields.error.issues) (fieldErrors[issue.path.join('.')] ??= []).push(issue.message);
  if (Object.keys(fieldErrors).length > 0 || !fields.success || !(file instanceof File)) return reply(400, { ok: false, message: INVALID, fieldErrors });

  try {
    const result = await storeUpload(user, { bytes: Buffer.from(await file.arrayBuffer()), name: file.name }, fields.data);
    return reply(result.ok ? 201 : 500, result);
  } catch (error) {
    if (error instanceof ImageRejected) return reply(400, { ok: false, message: error.message, fieldErrors: { file: [error.message] } });
    console.error('[media upload]', error);
    return reply(500, { ok: false, message: 'Có lỗi ngoài dự kiến, ảnh chưa được lưu. Hãy thử lại.' });
  }
}
