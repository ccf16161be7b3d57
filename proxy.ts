// A convenience, not the guard: requests for newsroom pages without a valid session token
// are sent to the sign-in page with a real 307 before any rendering. Every page and every
// Server Action still checks the account against the database itself (lib/admin-session.ts,
// lib/actions/with-role.ts), so a forged header or a direct POST gains nothing here.
import { getToken } from 'next-auth/jwt';
import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';

export async function proxy(request: NextRequest) {
  const secret = getEnv().NEXTAUTH_SECRET;
  // Without a configured secret (bare `next dev`) the pages' own checks do the work.
  if (!secret) return NextResponse.next();
  const token = await getToken({ req: request, secret });
  if (token?.uid) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/dang-nhap';
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
  return NextResponse.redirect(url, 307);
}

export const config = { matcher: ['/admin/:path*', '/xem-truoc/:path*'] };
