// What the council's and the comment period's forms send, and the public ballot and
// comment forms.
import { z } from 'zod';
import { optionalText } from '@/lib/common/zod-fields';

const id = z.string().min(1).max(64);
const version = z.coerce.number().int().min(0);
const isoDate = (message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), message)
    .refine((v) => v >= '2000-01-01' && v <= '2100-12-31', message);

export const ATTENDANCE_VALUES = ['PRESENT', 'WRITTEN', 'ABSENT'] as const;
export const METHOD_VALUES = ['PAPER', 'ELECTRONIC'] as const;
export const CHOICE_VALUES = ['YES', 'NO', 'ABSTAIN'] as const;
export type Choice = (typeof CHOICE_VALUES)[number];

const sessionRef = { id, version };

export const createSessionSchema = z.object({
  councilId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn hội đồng'),
  title: z.string().trim().min(5, 'Nhập tên phiên họp (ít nhất 5 ký tự)').max(300, 'Tối đa 300 ký tự'),
  heldOn: isoDate('Chọn ngày họp'),
  location: optionalText(300, 'Tối đa 300 ký tự'),
});

export const sessionStepSchema = z.object(sessionRef);

export const addAgendaSchema = z.object({
  ...sessionRef,
  dossierId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn hồ sơ'),
  method: z.enum(METHOD_VALUES, { error: 'Chọn cách bỏ phiếu' }),
});

export const candidateStepSchema = z.object({ ...sessionRef, candidateId: id });

export const reissueBallotSchema = z.object({ ...sessionRef, memberId: id });

export const candidateMethodSchema = z.object({ ...sessionRef, candidateId: id, method: z.enum(METHOD_VALUES, { error: 'Chọn cách bỏ phiếu' }) });

/** Attendance as the form sends it: one `att.<memberId>` field per member. */
export const attendanceSchema = z
  .object(sessionRef)
  .catchall(z.unknown())
  .transform((v, ctx) => {
    const marks: { memberId: string; attendance: (typeof ATTENDANCE_VALUES)[number] }[] = [];
    for (const [key, value] of Object.entries(v)) {
      if (!key.startsWith('att.')) continue;
      const parsed = z.enum(ATTENDANCE_VALUES).safeParse(value);
      if (!parsed.success || key.length > 80) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'Chọn có mặt, vắng có phiếu gửi hoặc vắng' });
        return z.NEVER;
      }
      marks.push({ memberId: key.slice(4), attendance: parsed.data });
    }
    if (marks.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: 'Chưa điểm danh thành viên nào' });
      return z.NEVER;
    }
    return { id: v.id, version: v.version, marks };
  });

const count = (label: string) => z.coerce.number({ error: `Nhập số phiếu ${label}` }).int(`Số phiếu ${label} là số nguyên`).min(0, `Số phiếu ${label} không âm`).max(1000, `Số phiếu ${label} quá lớn`);

export const paperTallySchema = z.object({ ...sessionRef, candidateId: id, yes: count('đồng ý'), no: count('không đồng ý'), abstain: count('không biểu quyết') });

/** A member's electronic ballot: the one-time code, and `c.<candidateId>` = YES | NO | ABSTAIN for each candidate. */
export const ballotSchema = z
  .object({ token: z.string().trim().regex(/^[A-Za-z0-9_-]{20,64}$/, 'Mã phiếu bầu không hợp lệ') })
  .catchall(z.unknown())
  .transform((v, ctx) => {
    const choices = new Map<string, Choice>();
    for (const [key, value] of Object.entries(v)) {
      if (!key.startsWith('c.')) continue;
      const parsed = z.enum(CHOICE_VALUES).safeParse(value);
      if (!parsed.success || key.length > 80) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'Chọn đồng ý, không đồng ý hoặc không biểu quyết' });
        return z.NEVER;
      }
      choices.set(key.slice(2), parsed.data);
    }
    return { token: v.token, choices };
  });

// ── the public's comments ──

export const openPeriodSchema = z.object({
  sessionId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn phiên họp đã có kết quả'),
  opensOn: isoDate('Chọn ngày đăng (bắt đầu lấy ý kiến)'),
  notice: optionalText(2000, 'Tối đa 2.000 ký tự'),
});

/** The end date a start date gives (the form's preview, a GET). */
export const previewPeriodSchema = z.object({ opensOn: isoDate('Ngày không hợp lệ'), workingDays: z.coerce.number().int().min(1).max(60) });

export const verdictSchema = z.object({
  periodId: id,
  commentId: id,
  verdict: z.enum(['RELEVANT', 'NOT_RELEVANT'], { error: 'Chọn liên quan hay không liên quan' }),
  note: optionalText(1000, 'Tối đa 1.000 ký tự'),
});

export const periodStepSchema = z.object({ id, version });

export const COMMENT_LIMITS = { name: 120, contact: 200, body: 4000 } as const;

export const publicCommentSchema = z.object({
  periodSlug: z.string().min(1).max(120),
  candidateId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn người được góp ý'),
  authorName: z.string().trim().min(2, 'Nhập họ và tên').max(COMMENT_LIMITS.name, `Họ và tên tối đa ${COMMENT_LIMITS.name} ký tự`),
  contact: z
    .string()
    .trim()
    .min(5, 'Nhập số điện thoại hoặc thư điện tử để cơ quan liên hệ khi cần')
    .max(COMMENT_LIMITS.contact, `Tối đa ${COMMENT_LIMITS.contact} ký tự`)
    .refine((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) || /^[+]?[\d\s.()-]{8,20}$/.test(v), 'Nhập số điện thoại hoặc địa chỉ thư điện tử hợp lệ'),
  body: z.string().trim().min(20, 'Nội dung góp ý ít nhất 20 ký tự').max(COMMENT_LIMITS.body, `Nội dung tối đa ${COMMENT_LIMITS.body.toLocaleString('vi-VN')} ký tự`),
  // A field people never see: a program that fills every field fills it too.
  website: z.string().max(500).optional(),
});

// ── the calendar's announced days ──

export const calendarDaySchema = z.object({
  date: isoDate('Chọn ngày'),
  dayOff: z.enum(['off', 'work'], { error: 'Chọn nghỉ hay làm việc' }),
  label: z.string().trim().min(3, 'Ghi nội dung (ví dụ: Nghỉ hoán đổi dịp 30/4)').max(200, 'Tối đa 200 ký tự'),
  source: z.string().trim().min(5, 'Ghi văn bản thông báo (ví dụ: Thông báo số …/TB-BNV)').max(300, 'Tối đa 300 ký tự'),
  confirmation: z.enum(['CONFIRMED', 'TO_CONFIRM'], { error: 'Chọn đã đối chiếu hay chưa' }),
});

export const removeCalendarDaySchema = z.object({ date: isoDate('Ngày không hợp lệ') });

// ── a new version of a rule of procedure (administrators) ──

const optionalNumber = (message: string) => z.preprocess((v) => (v === '' || v === null ? undefined : v), z.coerce.number({ error: message }).int(message).optional());
const ruleDate = (message: string) => z.coerce.date({ error: message }).refine((d) => d.getUTCFullYear() >= 1945 && d.getUTCFullYear() <= 2100, message);

export const procedureRuleVersionSchema = z
  .object({
    ruleKey: z.string().trim().regex(/^[a-z0-9-]{3,60}$/, 'Mã quy tắc không hợp lệ'),
    fromVersion: z.coerce.number().int().min(1),
    shareNumerator: optionalNumber('Tỷ lệ là số nguyên'),
    shareDenominator: optionalNumber('Mẫu số là số nguyên'),
    base: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['ALL_MEMBERS', 'VOTERS']).optional()),
    writtenVotes: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
    workingDays: optionalNumber('Số ngày làm việc là số nguyên'),
    statement: z.string().trim().min(10, 'Nêu quy định (ít nhất 10 ký tự)').max(1000, 'Tối đa 1.000 ký tự'),
    legalSource: z.string().trim().min(5, 'Nêu văn bản').max(300, 'Tối đa 300 ký tự'),
    article: optionalText(200, 'Tối đa 200 ký tự'),
    effectiveFrom: ruleDate('Chọn ngày có hiệu lực'),
    effectiveTo: z.preprocess((v) => (v === '' ? undefined : v), ruleDate('Ngày hết hiệu lực không hợp lệ').optional()),
    confirmation: z.enum(['CONFIRMED', 'TO_CONFIRM'], { error: 'Chọn trạng thái xác nhận' }),
    note: z.string().trim().min(5, 'Ghi lý do của phiên bản này (ít nhất 5 ký tự)').max(1000, 'Tối đa 1.000 ký tự'),
    withdrawn: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
  })
  .refine((v) => !v.effectiveTo || v.effectiveTo >= v.effectiveFrom, { path: ['effectiveTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực' })
  .refine((v) => v.confirmation !== 'CONFIRMED' || !!v.article, { path: ['article'], message: 'Quy định đã xác nhận phải ghi điều, khoản của văn bản' });
