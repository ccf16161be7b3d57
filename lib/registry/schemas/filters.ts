// Registry list filters, read from the URL so any result can be linked, exported (CSV,
// XLSX) and fetched as JSON with the same words. Malformed values are dropped, never an
// error: a reader always gets a page, and a bad parameter cannot reach SQL.
import { z } from 'zod';
import type { AwardLevel, IssuingSystem, RecipientKind } from '@/lib/generated/prisma/enums';
import { searchTerms } from '@/lib/newsroom/schemas/search';
import { fromParam, issuingSystemParams, levelParams, recipientKindParams } from '@/lib/registry/labels';

export const AWARD_PAGE_SIZE = 50;
export const AWARD_MAX_PAGE = 2000;
export const REGISTRY_MAX_QUERY = 120;
export const MIN_YEAR = 1945;
export const MAX_YEAR = 2100;

export const AWARD_SORTS = ['moi-nhat', 'cu-nhat', 'ten', 'danh-hieu'] as const;
export type AwardSort = (typeof AWARD_SORTS)[number];
export const awardSortLabels: Record<AwardSort, string> = {
  'moi-nhat': 'Mới nhất',
  'cu-nhat': 'Cũ nhất',
  ten: 'Tên (A–Z)',
  'danh-hieu': 'Danh hiệu cao nhất',
};

const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const slug = z.preprocess(first, z.string().regex(/^[a-z0-9-]{1,120}$/).optional().catch(undefined));
const year = z.preprocess(first, z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR).optional().catch(undefined));
const word = z.preprocess(first, z.string().max(40).optional().catch(undefined));

// A day of the structure (YYYY-MM-DD, a real date in the years the registry covers).
const structureDay = z.preprocess(
  first,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v) && Number(v.slice(0, 4)) >= MIN_YEAR && Number(v.slice(0, 4)) <= MAX_YEAR)
    .optional()
    .catch(undefined),
);

/** The day of /vinh-danh/co-cau?ngay=…, or undefined when missing or not a real date. */
export const parseStructureDay = (value: unknown): string | undefined => structureDay.parse(value);

const rawSchema = z.object({
  q: z.preprocess(first, z.string().catch('')).transform((v) => v.replace(/\s+/g, ' ').trim().slice(0, REGISTRY_MAX_QUERY)),
  yearFrom: year,
  yearTo: year,
  type: slug,
  level: word,
  system: word,
  kind: word,
  unit: slug,
  subunits: z.preprocess(first, z.string().optional().catch(undefined)),
  structureOn: structureDay,
  campaign: slug,
  decision: slug,
  sort: z.preprocess(first, z.enum(AWARD_SORTS).catch('moi-nhat')).default('moi-nhat'),
  // A malformed page is page 1 (dropped like any malformed filter); a page number beyond
  // the deepest page served is kept as "past the end" (AWARD_MAX_PAGE + 1), never page 1.
  page: z.preprocess(first, z.coerce.number().int().min(1).catch(1).transform((n) => Math.min(n, AWARD_MAX_PAGE + 1))).default(1),
});

export interface AwardFilters {
  q: string;
  /** The words of `q` as the search matches them (searchTerms, at most 8), read once here. */
  terms: string[];
  yearFrom?: number;
  yearTo?: number;
  type?: string;
  level?: AwardLevel;
  system?: IssuingSystem;
  kind?: RecipientKind;
  unit?: string;
  /** With `unit`: include the awards of every unit below it. */
  subunits: boolean;
  /**
   * With `subunits`: the structure of this day ("YYYY-MM-DD") decides what is below the
   * unit. Left out: each award's own date (the structure when it was given), so a
   * reorganisation neither doubles nor drops an award.
   */
  structureOn?: string;
  campaign?: string;
  decision?: string;
  sort: AwardSort;
  page: number;
}

/**
 * Each filter's name in the URL: the one place the registry's query words are written. The
 * parser, the serializer, the filter form's fields and the API's index all read it.
 */
export const AWARD_PARAMS = {
  q: 'q',
  yearFrom: 'tu-nam',
  yearTo: 'den-nam',
  type: 'danh-hieu',
  level: 'cap',
  system: 'he-thong',
  kind: 'doi-tuong',
  unit: 'don-vi',
  subunits: 'cap-duoi',
  structureOn: 'co-cau-ngay',
  campaign: 'phong-trao',
  decision: 'quyet-dinh',
  sort: 'sap-xep',
  page: 'trang',
} as const satisfies Record<Exclude<keyof AwardFilters, 'terms'>, string>;

export type RawSearchParams = Record<string, string | string[] | undefined>;

export function parseAwardFilters(raw: RawSearchParams): AwardFilters {
  const p = rawSchema.parse(Object.fromEntries(Object.entries(AWARD_PARAMS).map(([field, name]) => [field, raw[name]])));
  // A reversed range is read as the reader meant it.
  const [yearFrom, yearTo] = p.yearFrom && p.yearTo && p.yearFrom > p.yearTo ? [p.yearTo, p.yearFrom] : [p.yearFrom, p.yearTo];
  return {
    q: p.q,
    terms: searchTerms(p.q).slice(0, 8),
    yearFrom,
    yearTo,
    type: p.type,
    level: fromParam(levelParams, p.level),
    system: fromParam(issuingSystemParams, p.system),
    kind: fromParam(recipientKindParams, p.kind),
    unit: p.unit,
    subunits: p.unit !== undefined && p.subunits === '1',
    structureOn: p.unit !== undefined && p.subunits === '1' ? p.structureOn : undefined,
    campaign: p.campaign,
    decision: p.decision,
    sort: p.sort,
    page: p.page,
  };
}

/**
 * Filters set in code (a unit's page is the list filtered by its unit): the defaults with
 * `set` applied, the search words read from `q` as the URL's are.
 */
export function awardFilters(set: Partial<Omit<AwardFilters, 'terms'>>): AwardFilters {
  const f = { ...parseAwardFilters({}), ...set };
  return { ...f, terms: searchTerms(f.q).slice(0, 8) };
}

/** The URL query for filters (defaults left out), the inverse of `parseAwardFilters`. */
export function awardFiltersQuery(filters: Partial<AwardFilters>, overrides: Partial<AwardFilters> = {}): string {
  const f = { ...filters, ...overrides };
  const params = new URLSearchParams();
  const P = AWARD_PARAMS;
  if (f.q) params.set(P.q, f.q);
  if (f.yearFrom) params.set(P.yearFrom, String(f.yearFrom));
  if (f.yearTo) params.set(P.yearTo, String(f.yearTo));
  if (f.type) params.set(P.type, f.type);
  if (f.level) params.set(P.level, levelParams[f.level]);
  if (f.system) params.set(P.system, issuingSystemParams[f.system]);
  if (f.kind) params.set(P.kind, recipientKindParams[f.kind]);
  if (f.unit) params.set(P.unit, f.unit);
  if (f.unit && f.subunits) params.set(P.subunits, '1');
  if (f.unit && f.subunits && f.structureOn) params.set(P.structureOn, f.structureOn);
  if (f.campaign) params.set(P.campaign, f.campaign);
  if (f.decision) params.set(P.decision, f.decision);
  if (f.sort && f.sort !== 'moi-nhat') params.set(P.sort, f.sort);
  if (f.page && f.page > 1) params.set(P.page, String(f.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** True when any filter narrows the list (the query text included). */
export function hasAwardFilters(f: AwardFilters): boolean {
  return Boolean(f.q || f.yearFrom || f.yearTo || f.type || f.level || f.system || f.kind || f.unit || f.campaign || f.decision);
}
