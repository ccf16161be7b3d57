// Reader search parameters from the URL (/tim-kiem?q=…&chuyen-muc=…&tu=…&den=…&trang=…).
// Anything malformed is dropped rather than rejected: a reader always gets a page.
import { z } from 'zod';

export const SEARCH_MAX_QUERY = 200;

/** What both searches (news, registry) say when the search text has no letter or digit in it. */
export const NO_SEARCHABLE_WORDS = 'Từ khóa không có chữ hay số nào để tìm. Vui lòng thử từ khóa khác.';
export const SEARCH_MAX_PAGE = 50;
export const SEARCH_PAGE_SIZE = 10;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const searchParamsSchema = z.object({
  q: z.preprocess(first, z.string().catch('')).transform((v) => v.replace(/\s+/g, ' ').trim().slice(0, SEARCH_MAX_QUERY)),
  category: z.preprocess(first, z.string().regex(/^[a-z0-9-]{1,80}$/).optional().catch(undefined)),
  from: z.preprocess(first, isoDate.optional().catch(undefined)),
  to: z.preprocess(first, isoDate.optional().catch(undefined)),
  // Malformed: page 1; beyond the deepest page served: "past the end", never page 1.
  page: z.preprocess(first, z.coerce.number().int().min(1).catch(1).transform((n) => Math.min(n, SEARCH_MAX_PAGE + 1))).default(1),
});

export type SearchParams = z.infer<typeof searchParamsSchema>;

export function parseSearchParams(raw: Record<string, string | string[] | undefined>): SearchParams {
  return searchParamsSchema.parse({ q: raw.q, category: raw['chuyen-muc'], from: raw.tu, to: raw.den, page: raw.trang });
}

/** Lower-case words without diacritics (đ → d), as the database indexes them. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

/** The words of a query that can match anything: letters and digits only. */
export function searchTerms(query: string): string[] {
  return [...new Set(foldVietnamese(query).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0))].slice(0, 20);
}

export interface HighlightSegment {
  text: string;
  match: boolean;
}

/** Splits text into segments, marking the words whose folded form is a query term. */
export function highlight(text: string, terms: string[]): HighlightSegment[] {
  if (terms.length === 0) return [{ text, match: false }];
  const wanted = new Set(terms);
  const segments: HighlightSegment[] = [];
  for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
    if (!part) continue;
    const match = /[\p{L}\p{N}]/u.test(part) && wanted.has(foldVietnamese(part));
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += part;
    else segments.push({ text: part, match });
  }
  return segments;
}

/** True when a word of `text`, folded, is one of the query's terms. */
export function containsTerm(text: string, terms: string[]): boolean {
  return highlight(text, terms).some((segment) => segment.match);
}

/**
 * The passage of `text` around its first matched word (about `radius` words either side,
 * from a sentence start where one is near), with "…" where it was cut; null when no word
 * matches. It is the snippet of a search hit whose lead (sapo) does not say why it matched.
 */
export function matchExcerpt(text: string, terms: string[], radius = 18): string | null {
  const parts = text.split(/([\p{L}\p{N}]+)/u);
  const wanted = new Set(terms);
  const words: number[] = []; // indexes of word parts
  parts.forEach((part, i) => {
    if (/[\p{L}\p{N}]/u.test(part)) words.push(i);
  });
  const hit = words.findIndex((i) => wanted.has(foldVietnamese(parts[i]!)));
  if (hit < 0) return null;
  let from = Math.max(0, hit - radius);
  // Start at the sentence the match is in, if it began within the window.
  for (let w = hit; w > from; w--) {
    if (/[.!?…]\s*$/.test(parts[words[w]! - 1] ?? '')) {
      from = w;
      break;
    }
  }
  const to = Math.min(words.length - 1, hit + radius);
  const body = parts.slice(words[from]!, words[to]! + 1).join('');
  return `${from > 0 && !/[.!?…]\s*$/.test(parts[words[from]! - 1] ?? '') ? '…' : ''}${body}${to < words.length - 1 ? '…' : ''}`.replace(/\s+/g, ' ');
}
