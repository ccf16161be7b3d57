'use server';
// Stories to pick from when linking them to a decision or a campaign (title search, newest
// first): a read a client component calls, for the roles that may link (withRoleRead).
// The newsroom's drafts are the newsroom's: registrars are offered published stories only.
import { z } from 'zod';
import { EDITOR_ROLES, STORY_LINK_ROLES } from '@/lib/auth/roles';
import { hasRole } from '@/lib/auth/session';
import { withRoleRead } from '@/lib/auth/with-role';
import { db } from '@/lib/db';
import { searchTerms } from '@/lib/newsroom/schemas/search';

const argsSchema = z.tuple([z.unknown().transform((q) => (typeof q === 'string' ? q.slice(0, 120) : ''))]);

export const findStories = withRoleRead(STORY_LINK_ROLES, argsSchema, [] as { id: string; label: string }[], async ([q], user) => {
  const terms = searchTerms(q).slice(0, 8);
  if (terms.length === 0) return [];
  const query = terms.map((t) => `${t}:*`).join(' & ');
  const drafts = hasRole(user, EDITOR_ROLES);
  const rows = await db.$queryRaw<{ id: string; title: string; status: string }[]>`
    SELECT id, title, status::text AS status FROM articles
    WHERE search_vector @@ to_tsquery('simple', ${query}) AND (${drafts} OR status = 'PUBLISHED')
    ORDER BY updated_at DESC LIMIT 12`;
  return rows.map((r) => ({ id: r.id, label: `${r.title}${r.status === 'PUBLISHED' ? '' : ' (chưa đăng)'}` }));
});
