// What the article editor sends to the server. The body is the same structured document
// the public page renders (article-body.ts); everything else is plain fields.
import { z } from 'zod';
import { articleBodySchema } from '@/lib/newsroom/schemas/article-body';

const id = z.string().min(1).max(64);
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === '' ? null : v))
    .nullish();

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const articleInputSchema = z.object({
  id: id.optional(),
  // The version the editor started from; the save is refused if someone saved since.
  version: z.number().int().min(0),
  title: z.string().trim().min(5, 'Tiêu đề cần ít nhất 5 ký tự').max(250, 'Tiêu đề tối đa 250 ký tự'),
  sapo: z.string().trim().min(20, 'Sapo cần ít nhất 20 ký tự').max(600, 'Sapo tối đa 600 ký tự'),
  slug: z
    .string()
    .trim()
    .max(120, 'Đường dẫn tối đa 120 ký tự')
    .refine((v) => v === '' || SLUG_PATTERN.test(v), 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang')
    .default(''),
  body: articleBodySchema,
  categoryId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn chuyên mục'),
  tags: z.array(z.string().trim().min(2, 'Thẻ cần ít nhất 2 ký tự').max(60, 'Thẻ tối đa 60 ký tự')).max(15, 'Tối đa 15 thẻ').default([]),
  coverId: id.nullish(),
  coverCaption: optionalText(500, 'Chú thích ảnh bìa tối đa 500 ký tự'),
  layout: z.enum(['STANDARD', 'EMAGAZINE']).default('STANDARD'),
  byline: optionalText(120, 'Bút danh tối đa 120 ký tự'),
  seoTitle: optionalText(110, 'Tiêu đề SEO tối đa 110 ký tự'),
  seoDescription: optionalText(300, 'Mô tả SEO tối đa 300 ký tự'),
  featured: z.boolean().default(false),
  links: z
    .object({
      decisionIds: z.array(id).max(50).default([]),
      campaignIds: z.array(id).max(50).default([]),
      unitIds: z.array(id).max(50).default([]),
      collectiveIds: z.array(id).max(50).default([]),
      individualIds: z.array(id).max(50).default([]),
    })
    .default({ decisionIds: [], campaignIds: [], unitIds: [], collectiveIds: [], individualIds: [] }),
});

export type ArticleInput = z.infer<typeof articleInputSchema>;

export const articleRefSchema = z.object({ id, version: z.number().int().min(0) });

export const scheduleSchema = articleRefSchema.extend({
  publishAt: z.coerce.date({ error: 'Chọn thời điểm đăng' }),
});

export const sendBackSchema = articleRefSchema.extend({
  note: z.string().trim().min(5, 'Ghi rõ điều cần sửa (ít nhất 5 ký tự)').max(2000),
});

export const restoreSchema = articleRefSchema.extend({ revisionId: id });

export const ARTICLE_STATUSES = ['DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED', 'WITHDRAWN'] as const;

export const articleStatusLabels: Record<(typeof ARTICLE_STATUSES)[number], string> = {
  DRAFT: 'Bản nháp',
  IN_REVIEW: 'Chờ duyệt',
  SCHEDULED: 'Hẹn giờ đăng',
  PUBLISHED: 'Đã đăng',
  ARCHIVED: 'Đã gỡ',
  WITHDRAWN: 'Đã gỡ vì sai sót',
};

/**
 * Where a story is in the desk's process and what happens next, for whoever opens it: the
 * "Quy trình" box says it even when the viewer has no step to take.
 */
export function articleStepNote(status: (typeof ARTICLE_STATUSES)[number], canPublish: boolean): string {
  switch (status) {
    case 'DRAFT':
      return canPublish ? 'Bản nháp: có thể đăng ngay, hẹn giờ, hoặc chờ tác giả gửi duyệt.' : 'Bản nháp: khi viết xong, bấm “Gửi duyệt” để biên tập viên xem.';
    case 'IN_REVIEW':
      return canPublish ? 'Bài đang chờ duyệt: đăng, hẹn giờ, hoặc trả lại tác giả kèm ghi chú.' : 'Bài đang chờ biên tập viên duyệt. Nếu cần sửa, bài sẽ được trả lại kèm ghi chú.';
    case 'SCHEDULED':
      return canPublish ? 'Bài đã hẹn giờ và sẽ tự đăng đúng lúc; có thể đăng ngay, hẹn lại hoặc gỡ.' : 'Bài đã được biên tập viên hẹn giờ và sẽ tự đăng đúng lúc.';
    case 'PUBLISHED':
      return canPublish ? 'Bài đang hiển thị trên trang; sửa thì bấm Lưu, gỡ thì bấm “Gỡ bài”.' : 'Bài đã đăng: chỉ biên tập viên sửa hoặc gỡ được.';
    case 'ARCHIVED':
      return canPublish ? 'Bài đã gỡ khỏi trang; có thể đăng lại.' : 'Bài đã gỡ khỏi trang.';
    case 'WITHDRAWN':
      return 'Bài đã bị gỡ vì sai sót: địa chỉ của bài hiển thị thông báo gỡ bài, nội dung được lưu cho tòa soạn. Chỉ quản trị đăng lại được.';
  }
}

// Admin list filters, from the URL.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);
export const articleListSchema = z.object({
  q: z.preprocess(first, z.string().catch('')).transform((v) => v.trim().slice(0, 120)),
  status: z.preprocess(first, z.enum(ARTICLE_STATUSES).optional().catch(undefined)),
  category: z.preprocess(first, z.string().max(64).optional().catch(undefined)),
  author: z.preprocess(first, z.string().max(64).optional().catch(undefined)),
  sort: z.preprocess(first, z.enum(['updated', 'published', 'title']).catch('updated')).default('updated'),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type ArticleListFilters = z.infer<typeof articleListSchema>;
