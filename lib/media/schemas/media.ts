// What staff send about a library image (the file itself is checked in lib/media/images.ts).
import { z } from 'zod';
import { cleanText } from '@/lib/common/clean-input';
import { optionalText } from '@/lib/common/zod-fields';

export const mediaFieldsSchema = z.object({
  alt: z
    .string({ error: 'Hãy nhập mô tả ảnh' })
    .trim()
    .min(3, 'Hãy mô tả ảnh cho người không nhìn thấy được (bắt buộc, ít nhất 3 ký tự)')
    .max(300, 'Mô tả ảnh tối đa 300 ký tự'),
  caption: optionalText(1000, 'Chú thích tối đa 1.000 ký tự'),
  credit: optionalText(200, 'Nguồn ảnh tối đa 200 ký tự'),
});

export const mediaIdSchema = z.object({ id: z.string().min(1).max(64) });
export const updateMediaSchema = mediaIdSchema.extend(mediaFieldsSchema.shape);

export const mediaListSchema = z.object({
  q: z.string().transform(cleanText).pipe(z.string().trim().max(100)).catch('').default(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type MediaListFilters = z.infer<typeof mediaListSchema>;
