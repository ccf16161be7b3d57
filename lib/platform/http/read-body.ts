// Reading a request body with a ceiling: the declared length is checked first, then the
// bytes are counted while reading, so a body without a length cannot grow past it either.

/** The body's bytes, or null once it is (or says it is) longer than `limit`. */
export async function readBodyLimited(request: Request, limit: number): Promise<Buffer | null> {
  if (Number(request.headers.get('content-length') ?? 0) > limit) return null;
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A multipart form read within `limit` bytes (plus room for the form's own framing):
 * the form, or why not — too large (413), or not a readable form (400).
 */
export async function readFormLimited(request: Request, limit: number): Promise<FormData | 'too-large' | 'unreadable'> {
  const body = await readBodyLimited(request, limit + 64 * 1024).catch(() => null);
  if (!body) return 'too-large';
  try {
    return await new Response(new Uint8Array(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
  } catch {
    return 'unreadable';
  }
}
