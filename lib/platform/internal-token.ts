// A token for calls an instance makes to itself (a background job asking the web server to
// revalidate its cache): derived from NEXTAUTH_SECRET, never sent to browsers.
import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/platform/env';

export function internalToken(purpose: string): string {
  const secret = getEnv().NEXTAUTH_SECRET ?? 'development-only-secret';
  return createHmac('sha256', secret).update(`bang-vang:${purpose}`).digest('base64url');
}

export function isInternalToken(purpose: string, presented: string | null): boolean {
  if (!presented) return false;
  const expected = Buffer.from(internalToken(purpose));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
