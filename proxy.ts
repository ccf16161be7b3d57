// A convenience, not the guard: it gives the staff area's refusals their real status codes
// before any rendering (a page's own refusal comes after its response has begun, so it
// cannot): no session, or one the account has ended since → 307 to sign-in keeping the full
// address; a role without this area → 403; a story, dossier or registration the account may
// not see → 404; a Server Action posted from another site → 403; a search page past its
// last page → 404. Every page and every Server Action still checks the account against
// the database itself (lib/auth/session.ts, lib/auth/with-role.ts), so a forged header or
// a direct POST gains nothing here.
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/platform/env';
import { PAGED_SEARCHES, searchPagePastTheEnd } from '@/lib/platform/http/page-range';
import { sameOrigin } from '@/lib/platform/http/same-origin';
import { canViewArticle, rolesForPath } from '@/lib/auth/roles';
import { liveAccount } from '@/lib/auth/data/accounts';
import { getArticleAuthor } from '@/lib/newsroom/data/article-editing';
import { pipelineAddressVisible } from '@/lib/registry/data/scope';

const FORBIDDEN_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Không có quyền truy cập – Bảng Vàng</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917"><h1 style="color:#8b0b20">Không có quyền truy cập</h1>
<p>Tài khoản của bạn không được giao việc này. Nếu cần, hãy liên hệ quản trị để được cấp quyền.</p><p><a href="/admin" style="color:#8b0b20">Về trang tòa soạn</a></p></body></html>`;

const NOT_FOUND_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Không tìm thấy bài viết – Bảng Vàng</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917"><h1 style="color:#8b0b20">Không tìm thấy bài viết</h1>
<p>Bài viết không còn, hoặc không thuộc những bài bạn được xem.</p><p><a href="/admin/bai-viet" style="color:#8b0b20">Về danh sách bài viết</a></p></body></html>`;

const NOT_FOUND_RECORD_PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>Không tìm thấy hồ sơ – Bảng Vàng</title></head>
<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917"><h1 style="color:#8b0b20">Không tìm thấy hồ sơ</h1>
<p>Hồ sơ hoặc bản đăng ký không còn, hoặc không thuộc các đơn vị bạn phụ trách.</p><p><a href="/admin/thi-dua" style="color:#8b0b20">Về trang thi đua</a></p></body></html>`;

const CROSS_SITE = 'Yêu cầu bị từ chối: thao tác này được gửi từ một trang web khác, không phải từ Bảng Vàng.';

export async function proxy(request: NextRequest) {
  // A Server Action posted from another site (or with no Origin) is refused here with a
  // plain 403. Next refuses it too, but by throwing: a 500 and a crash in the log.
  if (request.method === 'POST' && request.headers.has('next-action') && !sameOrigin(request)) {
    return new NextResponse(CROSS_SITE, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
  }
  // A search page named past its last page: the site's 404 (rewritten to an address no
  // route answers), as a listing past its end answers.
  if (request.method === 'GET' && (PAGED_SEARCHES as readonly string[]).includes(request.nextUrl.pathname)) {
    if (await searchPagePastTheEnd(request.nextUrl.pathname, request.nextUrl.searchParams)) return NextResponse.rewrite(new URL('/_trang-khong-co', request.url));
    return NextResponse.next();
  }
  // Outside the staff area (a public page's action post) nothing more to check here.
  const roles = rolesForPath(request.nextUrl.pathname);
  if (!roles) return NextResponse.next();
  const secret = getEnv().NEXTAUTH_SECRET;
  // Without a configured secret (bare `next dev`) the pages' own checks do the work.
  if (!secret) return NextResponse.next();
  const token = await getToken({ req: request, secret });
  // The account as the database has it now: a session ended since the token was issued
  // (deactivated, role changed, password reset) is sent to sign in like no session at all.
  // Pages render after the response has begun, so their own refusals cannot set a status:
  // the real 307/403/404 are given here, and the pages still check for themselves.
  const account = token?.uid ? await liveAccount(token.uid, token.sv) : null;
  if (!account) {
    const url = request.nextUrl.clone();
    url.pathname = '/dang-nhap';
    url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url, 307);
  }
  if (account.role !== 'ADMIN' && !roles.includes(account.role)) return page(403, FORBIDDEN_PAGE);
  // A story the account may not see is answered like a missing one (the editor page's rule).
  const story = /^\/(?:admin\/bai-viet|xem-truoc)\/([A-Za-z0-9_-]{1,64})(?:\/|$)/.exec(request.nextUrl.pathname)?.[1];
  if (story && story !== 'moi') {
    const article = await getArticleAuthor(story);
    if (!article || !canViewArticle(account, article)) return page(404, NOT_FOUND_PAGE);
  }
  // A dossier or registration outside the account's units, likewise.
  if ((await pipelineAddressVisible(account, request.nextUrl.pathname)) === false) return page(404, NOT_FOUND_RECORD_PAGE);
  return NextResponse.next();
}

function page(status: number, html: string) {
  return new NextResponse(html, { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' } });
}

export const config = {
  matcher: [
    '/admin/:path*',
    '/xem-truoc/:path*',
    // Anywhere else only Server Action posts (they carry this header), and the searches
    // when they name a page: public pages are not slowed by the proxy.
    { source: '/:path*', has: [{ type: 'header', key: 'next-action' }] },
    { source: '/tim-kiem', has: [{ type: 'query', key: 'trang' }] },
    { source: '/vinh-danh/tra-cuu', has: [{ type: 'query', key: 'trang' }] },
  ],
};
