// A library image's small variant by id, for the article editor (whose document stores
// only the id). Staff only; answers with a redirect to the public file.
import { getCurrentUser, hasRole } from '@/lib/auth';
import { db } from '@/lib/db';
import { variantKey } from '@/lib/media/images';
import { NEWSROOM_ROLES } from '@/lib/permissions';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!hasRole(user, NEWSROOM_ROLES)) return new Response('Không có quyền.', { status: 403 });
  const { id } = await params;
  const media = id.length <= 64 ? await db.media.findUnique({ where: { id }, select: { key: true } }) : null;
  if (!media) return new Response('Không tìm thấy ảnh.', { status: 404 });
  return new Response(null, { status: 302, headers: { location: `/media/${variantKey(media.key, 480)}`, 'cache-control': 'private, max-age=300' } });
}
