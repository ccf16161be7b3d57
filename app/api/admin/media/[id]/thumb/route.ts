// A library image's small variant by id, for the article editor (whose document stores
// only the id). Staff only; answers with a redirect to the public file.
import { getCurrentUser, hasRole } from '@/lib/auth/session';
import { getMediaKey } from '@/lib/media/data/media';
import { variantKey } from '@/lib/media/variant-widths';
import { NEWSROOM_ROLES } from '@/lib/auth/roles';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!hasRole(user, NEWSROOM_ROLES)) return new Response('Không có quyền.', { status: 403 });
  const { id } = await params;
  const key = await getMediaKey(id);
  if (!key) return new Response('Không tìm thấy ảnh.', { status: 404 });
  return new Response(null, { status: 302, headers: { location: `/media/${variantKey(key, 480)}`, 'cache-control': 'private, max-age=300' } });
}
