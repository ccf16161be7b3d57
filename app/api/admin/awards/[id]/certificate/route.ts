// The printable certificate of one award (PDF), for registrars and administrators.
import { getCurrentUser, hasRole } from '@/lib/auth/session';
import { getAwardForCertificate } from '@/lib/registry/data/verification';
import { renderCertificate } from '@/lib/registry/certificate';
import { registryPaths } from '@/lib/registry/labels';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { absoluteUrl } from '@/lib/newsroom/seo';
import { slugify } from '@/lib/common/slug';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response('Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.', { status: 401 });
  if (!hasRole(user, REGISTRY_ROLES)) return new Response('Tài khoản của bạn không có quyền in giấy chứng nhận.', { status: 403 });
  const { id } = await params;
  const award = await getAwardForCertificate(id);
  if (!award) return new Response('Không tìm thấy khen thưởng này.', { status: 404 });
  const pdf = await renderCertificate(award, absoluteUrl(registryPaths.verify(award.id)));
  const name = `giay-chung-nhan-${slugify(`${award.recipient.name} ${award.year}`, 60)}.pdf`;
  return new Response(new Uint8Array(pdf), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename="${name}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
