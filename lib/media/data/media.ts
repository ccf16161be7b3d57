import 'server-only';
// Newsroom reads of the media library: never cached (staff see every change at once).
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import { mediaUsage, type MediaUse } from '@/lib/media/library';
import { variantKey } from '@/lib/media/variant-widths';
import type { MediaListFilters } from '@/lib/media/schemas/media';

export interface MediaItem {
  id: string;
  src: string;
  thumb: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  width: number;
  height: number;
  originalName: string | null;
  uploadedById: string | null;
  uploaderName: string | null;
  createdAt: string;
}

interface Row {
  id: string;
  key: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  width: number;
  height: number;
  original_name: string | null;
  uploaded_by_id: string | null;
  uploader_name: string | null;
  created_at: Date;
  total: bigint;
}

const toItem = (r: Omit<Row, 'total'>): MediaItem => ({
  id: r.id,
  src: `/media/${r.key}`,
  thumb: `/media/${variantKey(r.key, 480)}`,
  alt: r.alt,
  caption: r.caption,
  credit: r.credit,
  width: r.width,
  height: r.height,
  originalName: r.original_name,
  uploadedById: r.uploaded_by_id,
  uploaderName: r.uploader_name,
  createdAt: r.created_at.toISOString(),
});

/**
 * Newest first; `q` matches alt text, caption, credit or file name, with or without
 * Vietnamese accents ("le trao" finds "Lễ trao"). One query with the total.
 */
export async function searchMedia(f: MediaListFilters, pageSize = 36): Promise<{ items: MediaItem[]; total: number }> {
  const words = f.q.split(/\s+/).filter(Boolean).slice(0, 6);
  const where = words.length
    ? Prisma.sql`WHERE ${Prisma.join(
        words.map((w) => Prisma.sql`bv_unaccent(concat_ws(' ', m.alt, m.caption, m.credit, m.original_name)) ILIKE '%' || bv_unaccent(${w.replace(/[\\%_]/g, (c) => `\\${c}`)}) || '%'`),
        ' AND ',
      )}`
    : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>`
    SELECT m.id, m.key, m.alt, m.caption, m.credit, m.width, m.height, m.original_name, m.uploaded_by_id, u.name AS uploader_name, m.created_at,
           count(*) OVER () AS total
    FROM media m LEFT JOIN users u ON u.id = m.uploaded_by_id
    ${where}
    ORDER BY m.created_at DESC, m.id DESC
    LIMIT ${pageSize} OFFSET ${(f.page - 1) * pageSize}`;
  return { items: rows.map(toItem), total: Number(rows[0]?.total ?? 0) };
}

/** One image with the stories that use it. */
export async function getMediaDetail(id: string): Promise<(MediaItem & { mime: string; size: number; uses: MediaUse[] }) | null> {
  const m = await db.media.findUnique({ where: { id }, include: { uploadedBy: { select: { name: true } } } });
  if (!m) return null;
  const uses = await mediaUsage(db, id);
  return {
    ...toItem({ ...m, original_name: m.originalName, uploaded_by_id: m.uploadedById, uploader_name: m.uploadedBy?.name ?? null, created_at: m.createdAt }),
    mime: m.mime,
    size: m.size,
    uses,
  };
}

/** A library image's storage key by id (the editor's thumbnails), or null. */
export async function getMediaKey(id: string): Promise<string | null> {
  if (id.length > 64) return null;
  return (await db.media.findUnique({ where: { id }, select: { key: true } }))?.key ?? null;
}
