import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { tags } from '@/lib/platform/cache-tags';
import { reader } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { beginsIndexedWords, beginsWords } from '@/lib/db/word-match';

// The registry's records whose names begin with the reader's words (the search page's
// "units, collectives, people, decisions" box).

export interface EntityMatchesDto {
  units: { slug: string; name: string }[];
  collectives: { slug: string; name: string; unitName: string }[];
  individuals: { slug: string; fullName: string; position: string | null; unitName: string }[];
  decisions: { slug: string; number: string; signedAt: Date; issuingAuthority: string; revoked: boolean }[];
}

export const ENTITY_MATCHES_SHOWN = 6;

/** Units, collectives, people and decisions with a word starting with each query word. */
export async function searchRegistryEntities(terms: string[]): Promise<EntityMatchesDto> {
  'use cache';
  cacheLife('content');
  cacheTag(tags.registry);
  if (terms.length === 0) return { units: [], collectives: [], individuals: [], decisions: [] };
  // search_text is lower-case without diacritics; terms are letters and digits only.
  const words = terms.slice(0, 8);
  const matching = (column: Prisma.Sql) => beginsIndexedWords(column, words);
  const take = ENTITY_MATCHES_SHOWN;
  const [units, collectives, individuals, decisions] = await Promise.all([
    reader().$queryRaw<{ slug: string; name: string }[]>`
      SELECT slug, name FROM units u WHERE ${matching(Prisma.sql`u.search_text`)} ORDER BY name LIMIT ${take}`,
    reader().$queryRaw<{ slug: string; name: string; unitName: string }[]>`
      SELECT c.slug, c.name, u.name AS "unitName" FROM collectives c JOIN units u ON u.id = c.unit_id
      WHERE ${matching(Prisma.sql`c.search_text`)} ORDER BY c.name LIMIT ${take}`,
    reader().$queryRaw<{ slug: string; fullName: string; position: string | null; unitName: string }[]>`
      SELECT i.slug, i.full_name AS "fullName", i.position, u.name AS "unitName" FROM individuals i JOIN units u ON u.id = i.unit_id
      WHERE i.publication_consent AND ${matching(Prisma.sql`i.search_text`)} ORDER BY i.full_name LIMIT ${take}`,
    reader().$queryRaw<{ slug: string; number: string; signedAt: Date; issuingAuthority: string; status: string }[]>`
      SELECT d.slug, d.number, d.signed_at AS "signedAt", d.issuing_authority AS "issuingAuthority", d.status::text AS status FROM decisions d
      WHERE ${beginsWords(Prisma.sql`d.search_text`, words)} AND ${beginsWords(Prisma.sql`lower(bv_unaccent(d.number))`, words)}
      ORDER BY d.signed_at DESC LIMIT ${take}`,
  ]);
  return {
    units,
    collectives,
    individuals,
    decisions: decisions.map(({ status, ...d }) => ({ ...d, revoked: status === 'REVOKED' })),
  };
}

/**
 * The most-honoured collectives or people, prerendered at build; every other page renders
 * on its first visit and is then cached like them.
 */
