// The most-read beacon: POST {"id": "<article id>"}. Always answers 204 (a reader's page
// does not care), counts at most once per reader and story, within bounds per address (lib/newsroom/view-counter.ts).
// Anonymous on purpose (readers are not signed in) and not audited or revalidated: it only
// adds to a counter, batched, and the most-read block refreshes with the content cache.
import { z } from 'zod';
import { clientAddress } from '@/lib/platform/http/client-address';
import { addressKey, clientKey } from '@/lib/newsroom/view-counter';
import { viewTracking } from '@/lib/newsroom/data/views';
import { readBodyLimited } from '@/lib/platform/http/read-body';

const bodySchema = z.object({ id: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/) });
const MAX_BODY = 200;

export async function POST(request: Request) {
  const bytes = await readBodyLimited(request, MAX_BODY).catch(() => null);
  if (bytes === null) return new Response(null, { status: 413 });
  const text = bytes.toString('utf8');
  let parsed: z.infer<typeof bodySchema> | null = null;
  try {
    const result = bodySchema.safeParse(JSON.parse(text));
    parsed = result.success ? result.data : null;
  } catch {
    parsed = null;
  }
  if (!parsed) return new Response(null, { status: 400 });
  const { counter, salt } = viewTracking();
  // The address the deployment trusts, by the rule sign-in uses (the shipped proxy's
  // X-Real-IP, else the last X-Forwarded-For hop): a first hop or a User-Agent the client
  // writes itself is not an address. No proxy header at all: one shared bucket.
  const address = clientAddress(Object.fromEntries(request.headers.entries())) ?? 'unknown';
  const reader = clientKey(address, request.headers.get('user-agent') ?? '', salt);
  counter.record(reader, parsed.id, Date.now(), addressKey(address, salt));
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
