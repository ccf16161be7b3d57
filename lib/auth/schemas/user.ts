// Accounts, as the admin's forms and the CLI send them.
import { z } from 'zod';

export const ROLES = ['ADMIN', 'EDITOR', 'REPORTER', 'REGISTRAR'] as const;

export const passwordSchema = z
  .string()
  .min(12, 'Mật khẩu cần ít nhất 12 ký tự')
  .max(128, 'Mật khẩu tối đa 128 ký tự');

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().email('Email không hợp lệ').max(254),
  name: z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự').max(100, 'Họ tên tối đa 100 ký tự'),
  role: z.enum(ROLES, { error: 'Chọn vai trò' }),
  password: passwordSchema,
});

export const updateUserSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự').max(100, 'Họ tên tối đa 100 ký tự'),
  role: z.enum(ROLES, { error: 'Chọn vai trò' }),
  active: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
  password: z.preprocess((v) => (v === '' ? undefined : v), passwordSchema.optional()),
});
