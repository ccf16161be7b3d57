'use server';
// The media picker's search in the story editor: a read a client component calls, for
// newsroom staff only (withRoleRead), newest images first, 24 a page.
import { z } from 'zod';
import { NEWSROOM_ROLES } from '@/lib/auth/roles';
import { withRoleRead } from '@/lib/auth/with-role';
import { searchMedia, type MediaItem } from '@/lib/media/data/media';
import { mediaListSchema } from '@/lib/media/schemas/media';

// The query is cut to the filter's length rather than refused: a picker never errors.
const argsSchema = z.tuple([z.unknown().transform((q) => (typeof q === 'string' ? q.slice(0, 100) : '')), z.unknown().optional()]);

export const findMedia = withRoleRead(NEWSROOM_ROLES, argsSchema, null as { items: MediaItem[]; total: number } | null, async ([q, page]) =>
  searchMedia(mediaListSchema.parse({ q, page: page ?? 1 }), 24),
);
