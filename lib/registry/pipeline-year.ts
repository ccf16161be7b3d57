// The year the pipeline screens open on, and the one a `?nam=` parameter names.
import { z } from 'zod';

/** This year in Vietnam (UTC+7). */
export function currentYear(now = new Date()): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();
}

const yearParam = z.coerce.number().int().min(2000).max(2100);

/** `?nam=2026` (the first value if repeated); anything else is this year. */
export function yearFrom(value: string | string[] | undefined, now = new Date()): number {
  const parsed = yearParam.safeParse(Array.isArray(value) ? value[0] : value);
  return parsed.success ? parsed.data : currentYear(now);
}
