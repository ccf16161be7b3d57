// A dossier's file, for the staff who may see the dossier — never publicly, never cached
// by anyone, always downloaded (not rendered in the site's origin).
import { getCurrentUser, hasRole } from '@/lib/auth/session';
import { PIPELINE_ROLES } from '@/lib/auth/roles';
import { readAttachment } from '@/lib/registry/actions/attachment-store';

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export async function GET(_request: Request, { params }: RouteContext<'/api/admin/dossiers/[id]/attachments/[attachmentId]'>) {
  const user = await getCurrentUser();
  if (!user) return text(401, 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.');
  if (!hasRole(user, PIPELINE_ROLES)) return text(403, 'Tài khoản của bạn không có quyền xem tệp này.');
  const { id, attachmentId } = await params;
  const file = await readAttachment(user, id, attachmentId);
  // The same answer for a file that does not exist and one of another unit's dossier.
  if (!file) return text(404, 'Không tìm thấy tệp, hoặc tệp không thuộc phạm vi của bạn.');
  return new Response(file.body, {
    headers: {
      'Content-Type': file.mimeType,
      ...(file.size ? { 'Content-Length': String(file.size) } : {}),
      'Content-Disposition': `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
