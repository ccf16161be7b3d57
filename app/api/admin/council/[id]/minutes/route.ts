// The minutes of a closed council session as a PDF, for the authority's registrars (the same
// document the close attached to each dossier on the agenda, rendered from the same data).
import { getCurrentUser, hasRole } from '@/lib/auth/session';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { renderMinutes } from '@/lib/registry/council/minutes';
import { getSession } from '@/lib/registry/data/council';

const text = (status: number, body: string) => new Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

export async function GET(_request: Request, { params }: RouteContext<'/api/admin/council/[id]/minutes'>) {
  const user = await getCurrentUser();
  if (!user) return text(401, 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.');
  if (!hasRole(user, REGISTRY_ROLES)) return text(403, 'Tài khoản của bạn không có quyền xem biên bản này.');
  const { id } = await params;
  const session = await getSession(id);
  if (!session) return text(404, 'Không tìm thấy phiên họp.');
  if (session.status !== 'CLOSED') return text(409, 'Phiên họp chưa kết thúc: biên bản có sau khi công bố kết quả.');
  const pdf = await renderMinutes(session);
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(pdf.length),
      'Content-Disposition': `attachment; filename="bien-ban-hop-${session.code.replace(/[^\x20-\x7e]/g, '_')}.pdf"; filename*=UTF-8''${encodeURIComponent(`bien-ban-hop-hoi-dong-${session.code}.pdf`)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
