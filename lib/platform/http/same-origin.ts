// Upload routes take form posts outside Server Actions, so they check the origin
// themselves: a request from another site (or one without an Origin) is refused. The
// session cookie is SameSite=Lax as well; this is the second lock.
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
