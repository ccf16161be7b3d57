// The client's address as the nearest proxy saw it: X-Real-IP from the shipped nginx
// (deploy/), else the last X-Forwarded-For hop. Without a proxy a client can forge these,
// so the per-account sign-in limit, which needs no address, is the one that cannot be dodged.
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const pick = (name: string) => {
    const v = headers?.[name];
    return Array.isArray(v) ? v[v.length - 1] : v;
  };
  const real = pick('x-real-ip')?.trim();
  if (real) return real.slice(0, 64);
  const hops = pick('x-forwarded-for')?.split(',').map((h) => h.trim()).filter(Boolean);
  return hops?.length ? hops[hops.length - 1]!.slice(0, 64) : null;
}
