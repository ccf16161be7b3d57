// Accounts, as the admin's forms and the CLI send them.
import { z } from 'zod';

export const ROLES = ['ADMIN', 'EDITOR', 'REPORTER', 'REGISTRAR', 'UNIT_OFFICER'] as const;

export const passwordSchema = z
  .string()
  .min(12, 'Mật khẩu cần ít nhất 12 ký tự')
  .max(128, 'Mật khẩu tối đa 128 ký tự');

const unitIdField = z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).max(64).optional());

/** A unit officer needs a unit; any other role has none (the unit sent with it is dropped). */
function unitForRole<T extends { role: (typeof ROLES)[number]; unitId?: string | undefined }>(value: T, ctx: z.RefinementCtx) {
  if (value.role === 'UNIT_OFFICER' && !value.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Cán bộ thi đua đơn vị cần được gắn với một đơn vị' });
}
const withUnitRule = <T extends { role: (typeof ROLES)[number]; unitId?: string | undefined }>(value: T): T & { unitId: string | null } => ({
  ...value,
  unitId: value.role === 'UNIT_OFFICER' ? (value.unitId ?? null) : null,
});

export const createUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().email('Email không hợp lệ').max(254),
    name: z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự').max(100, 'Họ tên tối đa 100 ký tự'),
    role: z.enum(ROLES, { error: 'Chọn vai trò' }),
    unitId: unitIdField,
    password: passwordSchema,
  })
  .superRefine(unitForRole)
  .transform(withUnitRule);

export const updateUserSchema = z
  .object({
    id: z.string().min(1).max(64),
    name: z.string().trim().min(2, 'Họ tên cần ít nhất 2 ký tự').max(100, 'Họ tên tối đa 100 ký tự'),
    role: z.enum(ROLES, { error: 'Chọn vai trò' }),
    unitId: unitIdField,
    active: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
    password: z.preprocess((v) => (v === '' ? undefined : v), passwordSchema.optional()),
  })
  .superRefine(unitForRole)
  .transform(withUnitRule);
