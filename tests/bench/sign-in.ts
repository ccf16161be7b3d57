// A staff member's session for a bench run: the credentials sign-in of next-auth, as a
// browser does it (CSRF token, then the callback), and the cookies to send with each request.

/** A minimal cookie jar: name=value pairs from Set-Cookie, sent back on every request. */
export class Cookies {
  private jar = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.jar.set(pair!.slice(0, at).trim(), pair!.slice(at + 1));
    }
  }
  header() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** The demo editor (prisma/seed): who the benches publish and post as. */
export const DEMO_EDITOR = { email: 'bientap@bangvang.local', password: 'bangvang-demo-2024' };

export async function signIn(base: string, account = DEMO_EDITOR): Promise<Cookies> {
  const cookies = new Cookies();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  cookies.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.header() },
    body: new URLSearchParams({ csrfToken, email: account.email, password: account.password, callbackUrl: `${base}/admin`, json: 'true' }),
  });
  cookies.take(response);
  if (!cookies.header().includes('session-token')) throw new Error(`sign-in on ${base} failed (${response.status})`);
  return cookies;
}

/** Calls a Server Action as the page at `page` would (its id from the build's manifest), with JSON arguments. */
export async function callAction(base: string, page: string, id: string, cookies: Cookies, args: unknown[]): Promise<string> {
  const response = await fetch(`${base}${page}`, {
    method: 'POST',
    headers: { 'next-action': id, accept: 'text/x-component', 'content-type': 'text/plain;charset=UTF-8', origin: base, cookie: cookies.header() },
    body: JSON.stringify(args),
  });
  const text = await response.text();
  if (!response.ok || !text.includes('"ok":true')) throw new Error(`${page} action answered ${response.status}: ${text.slice(0, 300)}`);
  return text;
}
