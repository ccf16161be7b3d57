// The policy a library file is served with (app/media/[...key]/route.ts), also applied by
// next.config.ts after the site-wide policy so that it, not the pages' one, is what a
// browser gets: an image opened directly is never a document that could run anything.
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
