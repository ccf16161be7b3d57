// The most-read beacon: POST {"id": "<article id>"}. Always answers 204 (a reader's page
// does not care), counts at most once per client and story (lib/views.ts).
import { z } from 'zod';
import { clientKey } from '@/lib/views';
import { viewTracking } from '@/lib/view-store';

const bodySchema = z.object({ id: z.string().regex(/^[a-zA-Z0-9_-]{1,64}$/) });

export async function POST(request: Request) {
  const text = await request.text().catch(() => '');
  if (text.length > 200) return new Response(null, { status: 413 });
  let parsed: z.infer<typeof bodySchema> | null = null;
  try {
    const result = bodySchema.safeParse(JSON.parse(text));
    parsed = result.success ? result.data : null;
  } catch {
    parsed = null;
  }
  if (!parsed) return new Response(null, { status: 400 });
  const { counter, salt } = viewTracking();
  // Behind the reverse proxy the client address is the first x-forwarded-for entry.
  const address = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim() || request.headers.get('x-real-ip') || 'unknown';
  counter.record(clientKey(address, request.headers.get('user-agent') ?? '', salt), parsed.id, Date.now());
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
