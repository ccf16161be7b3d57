// What the forms before the decision send: registrations and nomination dossiers.
import { z } from 'zod';
import { optionalText } from '@/lib/common/zod-fields';
import { decisionHeaderFields } from '@/lib/registry/schemas/writes';

const id = z.string().min(1).max(64);
const optionalId = z.preprocess((v) => (v === '' || v === null ? undefined : v), id.optional());
const year = z.coerce.number({ error: 'Nhập năm' }).int('Năm không hợp lệ').min(2000, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ');
const version = z.coerce.number().int().min(0);
const note = (what: string) => z.string().trim().min(5, `Ghi rõ ${what} (ít nhất 5 ký tự)`).max(2000, 'Tối đa 2.000 ký tự');

// ── registration ──

/** One registered aim, as the sheet's checkbox sends it: "typeId:KIND:recordId". */
export const registrationEntrySchema = z
  .string()
  .max(200)
  .regex(/^[^:]+:(UNIT|COLLECTIVE|INDIVIDUAL):[^:]+$/, 'Mục đăng ký không hợp lệ')
  .transform((v) => {
    const [typeId, kind, recordId] = v.split(':') as [string, 'UNIT' | 'COLLECTIVE' | 'INDIVIDUAL', string];
    return { typeId, kind, recordId };
  });

export const saveRegistrationSchema = z.object({
  unitId: id,
  year,
  entry: z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(registrationEntrySchema).max(5000, 'Tối đa 5.000 mục')),
  // Save and send to the level above in one step.
  submit: z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean()).default(false),
});

export const reviewRegistrationSchema = z
  .object({
    id,
    verdict: z.enum(['accept', 'return'], { error: 'Chọn tiếp nhận hay trả lại' }),
    note: optionalText(2000, 'Tối đa 2.000 ký tự'),
  })
  .superRefine((v, ctx) => {
    if (v.verdict === 'return' && (!v.note || v.note.length < 5)) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Ghi rõ lý do trả lại (ít nhất 5 ký tự)' });
  });

// ── dossiers ──

export const createDossierSchema = z.object({
  unitId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn đơn vị đề nghị'),
  typeId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn danh hiệu / hình thức đề nghị'),
  year,
  campaignId: optionalId,
  title: z.string().trim().min(5, 'Nhập tên hồ sơ (ít nhất 5 ký tự)').max(300, 'Tối đa 300 ký tự'),
  deadline: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.date({ error: 'Ngày không hợp lệ' }).optional()),
});

const dossierRef = { id, version };

/** Rows pasted from a spreadsheet (or typed, one a line): STT, name, position, unit, [honour], achievement. */
export const addDossierRowsSchema = z.object({
  ...dossierRef,
  text: z.string().min(1, 'Dán hoặc gõ ít nhất một dòng').max(500_000, 'Tối đa 500.000 ký tự mỗi lần'),
});

export const updateDossierRowSchema = z.object({
  ...dossierRef,
  rowId: id,
  achievement: z.string().trim().min(5, 'Tóm tắt thành tích (ít nhất 5 ký tự)').max(2000, 'Tối đa 2.000 ký tự'),
});

export const removeDossierRowSchema = z.object({ ...dossierRef, rowId: id });

export const dossierStepSchema = z.object({ ...dossierRef, note: optionalText(2000, 'Tối đa 2.000 ký tự') });

export const returnDossierSchema = z.object({ ...dossierRef, note: note('lý do trả lại') });

export const rejectRowSchema = z.object({ ...dossierRef, rowId: id, note: note('lý do không đề nghị') });

export const restoreRowSchema = z.object({ ...dossierRef, rowId: id });

export const raiseRowSchema = z.object({
  ...dossierRef,
  rowId: id,
  typeId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn hình thức cao hơn'),
  note: note('lý do đề nghị hình thức cao hơn'),
});

export const decideDossierSchema = z.object({ ...dossierRef, ...decisionHeaderFields });

export const DOSSIER_STATUS_VALUES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'DECIDED'] as const;
