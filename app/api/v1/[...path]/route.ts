import { apiJson } from '@/lib/registry/api';
import { absoluteUrl } from '@/lib/newsroom/seo';

// Any other address under /api/v1: a JSON error a program can read, not the site's HTML
// 404 page. The index (/api/v1) lists what exists.
function notFound(request: Request): Response {
  return apiJson(
    {
      error: {
        status: 404,
        code: 'not_found',
        message: `Không có điểm truy cập ${new URL(request.url).pathname} trong API dữ liệu mở.`,
        endpoints: absoluteUrl('/api/v1'),
      },
    },
    { status: 404, headers: { 'Cache-Control': 'public, max-age=300' } },
  );
}

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
