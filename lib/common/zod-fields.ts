// Field shapes the staff forms' schemas share.
import { z } from 'zod';

/** Optional text up to `max` characters, trimmed; empty becomes null. */
export const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => v || null);
