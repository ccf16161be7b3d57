// Types for the 'use cache' handler Next loads at run time (plain JavaScript).
import type { CacheHandler } from 'next/dist/server/lib/cache-handlers/types';

declare const handler: CacheHandler;
export default handler;
export function mergeTag(tag: string, incoming: { stale?: number; expired?: number } | null | undefined): void;
