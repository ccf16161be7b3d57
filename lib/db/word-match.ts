// "Every word of the query begins a word of the field" in SQL, for the registry's lookups
// by name, number or position. Terms come from searchTerms(): letters and digits only, so
// they are safe inside a pattern and a tsquery (both are bound parameters anyway).
import { Prisma } from '@/lib/generated/prisma/client';

/** Each term begins a word of `column` ("anh" finds "ánh", not "thanh"): exact, unindexed. */
export function beginsWords(column: Prisma.Sql, terms: string[]): Prisma.Sql {
  return Prisma.join(terms.map((t) => Prisma.sql`${column} ~ ${`\\m${t}`}`), ' AND ');
}

/**
 * The same test on a search_text column that has a word index (bv_words, migration
 * 20261126110000_registry_word_index): the index finds the rows holding a word that each
 * term begins, and the exact test checks them.
 */
export function beginsIndexedWords(column: Prisma.Sql, terms: string[]): Prisma.Sql {
  const prefixes = terms.map((t) => `${t}:*`).join(' & ');
  return Prisma.sql`bv_words(${column}) @@ to_tsquery('simple', ${prefixes}) AND ${beginsWords(column, terms)}`;
}
