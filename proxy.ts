// A convenience, not the guard: requests for newsroom pages without a valid session token
// are sent to the sign-in page with a real 307 before any rendering. Every page and every
// Server Action still checks the account against the database itself (lib/admin-session.ts,
// lib/actions/with-role.ts), so a forged header or a direct POST gains nothing here.
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { rolesForPath } from '@/lib/permissions';

const FORBIDDEN_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Không có quyền truy cập – Bảng Vàng</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917"><h1 style="color:#8b0b20">Không có quyền truy cập</h1>
<p>Tài khoản của bạn không được giao việc này. Nếu cần, hãy liên hệ quản trị để được cấp quyền.</p><p><a href="/admin" style="color:#8b0b20">Về trang tòa soạn</a></p></body></html>`;

export async function proxy(request: NextRequest) {
  const secret = getEnv().NEXTAUTH_SECRET;
  // Without a configured secret (bare `next dev`) the pages' own checks do the work.
  if (!secret) return NextResponse.next();
  const token = await getToken({ req: request, secret });
  if (token?.uid) {
    // The token's role may be out of date; the page re-checks the account either way.
    const roles = rolesForPath(request.nextUrl.pathname);
    if (roles && token.role !== 'ADMIN' && !(token.role && roles.includes(token.role))) {
      return new NextResponse(FORBIDDEN_PAGE, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
    }
    return NextResponse.next();
  }
  const url = request.nextUrl.clone();
  url.pathname = '/dang-nhap';
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url, 307);
}

export const config = { matcher: ['/admin/:path*', '/xem-truoc/:path*'] };
