// Where to go after signing in: only a path on this site ("/admin/…"), never another host
// ("//evil.example", "https://…", "/\\evil"), so the sign-in page cannot be an open redirect.
export function safeNextPath(raw: string | string[] | undefined, fallback = '/admin'): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\') || /[\u0000-\u001f]/.test(value)) return fallback;
  return value.slice(0, 500);
}
