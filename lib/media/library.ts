// The media library's writes and the question every delete asks: which stories use this
// image (as cover, or in their body)? Used by the upload route and the media actions.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { CurrentUser } from '@/lib/auth/session';
import { commitChange } from '@/lib/db/commit';
import type { Prisma } from '@/lib/generated/prisma/client';
import { processImage } from '@/lib/media/images';
import { mediaStorage } from '@/lib/media/storage';
import { VARIANT_WIDTHS, variantKey } from '@/lib/media/variant-widths';
import type { z } from 'zod';
import type { mediaFieldsSchema } from '@/lib/media/schemas/media';

export interface MediaUse {
  id: string;
  title: string;
  status: string;
  asCover: boolean;
}

/** Stories whose cover or body uses the image (one query, from indexes: article_media keeps body uses). */
export async function mediaUsage(tx: Prisma.TransactionClient, mediaId: string): Promise<MediaUse[]> {
  return tx.$queryRaw<MediaUse[]>`
    SELECT id, title, status::text AS status, cover_id = ${mediaId} AS "asCover"
    FROM articles
    WHERE cover_id = ${mediaId}
       OR id IN (SELECT article_id FROM article_media WHERE media_id = ${mediaId})
    ORDER BY updated_at DESC`;
}


export interface UploadedMedia {
  id: string;
  key: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  width: number;
  height: number;
}

/**
 * Stores an upload: files first (under a fresh random key), then the row and its audit
 * event in one transaction. If the transaction fails the files are removed again, so a
 * refused upload leaves nothing behind.
 */
export async function storeUpload(
  user: CurrentUser,
  file: { bytes: Buffer; name: string },
  fields: z.infer<typeof mediaFieldsSchema>,
) {
  const image = await processImage(file.bytes);
  const now = new Date();
  const base = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${randomBytes(12).toString('base64url').replace(/^[-_]/, 'm')}`;
  const key = `${base}.${image.extension}`;
  const storage = mediaStorage();
  const variants = image.variants.map((v, i) => ({ width: v.width, height: v.height, format: 'webp', key: variantKey(key, VARIANT_WIDTHS[i]!), size: v.buffer.length }));
  const written: string[] = [];
  try {
    await storage.put(key, image.master, image.mime);
    written.push(key);
    for (const [i, v] of image.variants.entries()) {
      await storage.put(variants[i]!.key, v.buffer, 'image/webp');
      written.push(variants[i]!.key);
    }
  } catch (error) {
    await storage.remove(written).catch(() => {});
    throw error;
  }
  const result = await commitChange<UploadedMedia>(user, async (tx) => {
    const row = await tx.media.create({
      data: {
        key,
        originalName: file.name.slice(0, 200) || null,
        mime: image.mime,
        size: image.master.length,
        width: image.width,
        height: image.height,
        alt: fields.alt,
        caption: fields.caption,
        credit: fields.credit,
        variants,
        uploadedById: user.id,
      },
      select: { id: true, key: true, alt: true, caption: true, credit: true, width: true, height: true, mime: true, size: true },
    });
    return {
      message: 'Đã tải ảnh lên thư viện.',
      data: row,
      audit: [{ action: 'media.upload', entity: 'media', entityId: row.id, diff: { after: { ...row, originalName: file.name.slice(0, 200) } } }],
      tags: [],
    };
  }, { inRoute: true });
  if (!result.ok) await storage.remove(written).catch(() => {});
  return result;
}
