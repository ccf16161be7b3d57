// Sections of the newspaper, as the administrator's forms send them.
import { z } from 'zod';

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());
const optionalId = z.preprocess((v) => (v === '' || v === null ? undefined : v), z.string().min(1).max(64).optional());

export const categoryFieldsSchema = z.object({
  name: z.string().trim().min(2, 'Tên chuyên mục cần ít nhất 2 ký tự').max(80, 'Tên chuyên mục tối đa 80 ký tự'),
  description: z
    .string()
    .trim()
    .max(300, 'Mô tả tối đa 300 ký tự')
    .optional()
    .transform((v) => v || null),
  parentId: optionalId,
  position: z.coerce.number({ error: 'Thứ tự là một số' }).int('Thứ tự là số nguyên').min(0, 'Thứ tự từ 0 đến 999').max(999, 'Thứ tự từ 0 đến 999').default(0),
  inMenu: checkbox,
});

export const createCategorySchema = categoryFieldsSchema.extend({
  slug: z
    .string()
    .trim()
    .max(60, 'Đường dẫn tối đa 60 ký tự')
    .regex(/^$|^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang')
    .optional()
    .default(''),
});

export const updateCategorySchema = categoryFieldsSchema.extend({ id: z.string().min(1).max(64) });
export const deleteCategorySchema = z.object({ id: z.string().min(1).max(64) });
