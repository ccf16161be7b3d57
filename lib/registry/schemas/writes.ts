// What the registrar's forms send.
import { z } from 'zod';
import { optionalText } from '@/lib/common/zod-fields';

export const revokeDecisionSchema = z.object({
  id: z.string().min(1).max(64),
  reason: z.string().trim().min(10, 'Ghi rõ lý do thu hồi (ít nhất 10 ký tự), kèm số quyết định thu hồi nếu có').max(1000, 'Lý do tối đa 1000 ký tự'),
  revokedAt: z.coerce.date({ error: 'Chọn ngày thu hồi' }).refine((d) => d.getTime() <= Date.now() + 86_400_000, 'Ngày thu hồi không thể ở tương lai'),
});

/** Taking a revocation back (a revocation entered in error, or itself annulled): why, for the record. */
export const withdrawRevocationSchema = z.object({
  id: z.string().min(1).max(64),
  reason: z.string().trim().min(10, 'Ghi rõ lý do hủy việc thu hồi (ít nhất 10 ký tự)').max(1000, 'Lý do tối đa 1000 ký tự'),
});

const id = z.string().min(1).max(64);
const optionalId = z.preprocess((v) => (v === '' || v === null ? undefined : v), id.optional());

export const RECIPIENT_KIND_VALUES = ['INDIVIDUAL', 'COLLECTIVE', 'UNIT'] as const;

/**
 * One row of a decision's recipient grid: an existing record (`recordId`) or a new person
 * or collective (`name` + `unitId`), with the honour and the achievement.
 */
export const recipientRowSchema = z
  .object({
    kind: z.enum(RECIPIENT_KIND_VALUES, { error: 'Chọn loại đối tượng' }),
    recordId: optionalId,
    name: z.string().trim().max(200, 'Tên tối đa 200 ký tự').default(''),
    position: optionalText(200, 'Chức vụ tối đa 200 ký tự'),
    unitId: optionalId,
    typeId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn danh hiệu / hình thức khen thưởng'),
    achievement: optionalText(2000, 'Thành tích tối đa 2.000 ký tự'),
    streakNote: optionalText(100, 'Ghi chú tối đa 100 ký tự'),
    // A new record although the unit has a namesake: the registrar confirmed it is someone else.
    distinct: z.boolean().default(false),
  })
  .superRefine((row, ctx) => {
    if (row.recordId) return;
    if (row.kind === 'UNIT') ctx.addIssue({ code: 'custom', path: ['name'], message: 'Chọn một đơn vị có sẵn (đơn vị mới được tạo ở trang Đơn vị)' });
    else {
      if (row.name.length < 2) ctx.addIssue({ code: 'custom', path: ['name'], message: 'Nhập tên (ít nhất 2 ký tự)' });
      if (!row.unitId) ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Chọn đơn vị của người / tập thể mới' });
    }
  });
export type RecipientRow = z.infer<typeof recipientRowSchema>;

export const DECISION_CATEGORY_VALUES = ['PERIODIC', 'CAMPAIGN', 'SUDDEN', 'CAREER', 'SERVICE_LENGTH', 'FOREIGN'] as const;

/** A decision's header as its form sends it: the hand-typed grid's and an accepted dossier's. */
export const decisionHeaderFields = {
  number: z
    .string()
    .trim()
    .min(1, 'Nhập số quyết định')
    .max(50, 'Số quyết định tối đa 50 ký tự')
    .regex(/^[\p{L}\p{N}][\p{L}\p{N}/.\-–]*$/u, 'Số quyết định gồm chữ, số và các dấu / . - (ví dụ 1234/QĐ-UBND)'),
  signedAt: z.coerce
    .date({ error: 'Chọn ngày ký' })
    .refine((d) => d.getUTCFullYear() >= 1945, 'Ngày ký không hợp lệ')
    .refine((d) => d.getTime() <= Date.now() + 86_400_000, 'Ngày ký không thể ở tương lai'),
  issuingAuthority: z.string().trim().min(2, 'Nhập cơ quan ban hành').max(200, 'Tối đa 200 ký tự'),
  signerName: z.string().trim().min(2, 'Nhập người ký').max(100, 'Tối đa 100 ký tự'),
  signerTitle: z.string().trim().min(2, 'Nhập chức vụ người ký').max(150, 'Tối đa 150 ký tự'),
  category: z.enum(DECISION_CATEGORY_VALUES, { error: 'Chọn loại khen thưởng' }),
  summary: optionalText(2000, 'Trích yếu tối đa 2.000 ký tự'),
};

export const decisionInputSchema = z.object({
  ...decisionHeaderFields,
  campaignId: optionalId,
  year: z.coerce.number({ error: 'Nhập năm thành tích' }).int().min(1945, 'Năm thành tích không hợp lệ').max(2100, 'Năm thành tích không hợp lệ'),
  recipients: z.array(recipientRowSchema).min(1, 'Quyết định cần ít nhất một đối tượng được khen thưởng').max(5000, 'Tối đa 5.000 dòng mỗi quyết định'),
});
export type DecisionInput = z.infer<typeof decisionInputSchema>;

/** Rows pasted from a spreadsheet, to be matched against the registry before saving. */
export const pastedRowsSchema = z
  .array(
    z.object({
      name: z.string().trim().max(200),
      position: z.string().trim().max(200).default(''),
      unit: z.string().trim().max(200).default(''),
      type: z.string().trim().max(200).default(''),
      achievement: z.string().trim().max(2000).default(''),
      // Set when the registrar chose the kind in the grid: the match keeps it.
      kind: z.enum(RECIPIENT_KIND_VALUES).optional(),
      // Set when the registrar picked an existing record (namesakes): kept if the name matches it.
      recordId: z.string().trim().max(40).optional(),
      // Set when the registrar said the row is someone new despite namesakes in the unit.
      distinct: z.boolean().optional(),
    }),
  )
  .max(5000);
export type PastedRow = z.infer<typeof pastedRowsSchema>[number];

export const UNIT_KIND_VALUES = ['PARTY_COMMITTEE', 'PARTY_CELL', 'AGENCY', 'PUBLIC_SERVICE', 'ENTERPRISE', 'MASS_ORGANIZATION', 'OTHER'] as const;

const unitFields = {
  name: z.string().trim().min(2, 'Tên đơn vị cần ít nhất 2 ký tự').max(200, 'Tên đơn vị tối đa 200 ký tự'),
  shortName: optionalText(60, 'Tên viết tắt tối đa 60 ký tự'),
  kind: z.enum(UNIT_KIND_VALUES, { error: 'Chọn loại đơn vị' }),
  description: optionalText(1000, 'Mô tả tối đa 1.000 ký tự'),
};

export const createUnitSchema = z.object({
  ...unitFields,
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(2, 'Mã đơn vị cần ít nhất 2 ký tự')
    .max(30, 'Mã đơn vị tối đa 30 ký tự')
    .regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'Mã đơn vị gồm chữ in hoa không dấu, số, - và _'),
  parentId: optionalId,
});

// A step of the structure takes effect on a day (default: today) and names the version of
// each unit it started from, so a registrar never overwrites another's change unseen.
const effectiveOn = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : v),
  z.coerce
    .date({ error: 'Ngày hiệu lực không hợp lệ' })
    .refine((d) => d.getUTCFullYear() >= 1945 && d.getUTCFullYear() <= 2100, 'Ngày hiệu lực không hợp lệ')
    .optional(),
);
const version = z.coerce.number({ error: 'Thiếu phiên bản' }).int().min(1);

export const updateUnitSchema = z.object({
  ...unitFields,
  id,
  version,
  effectiveOn,
  active: z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean()),
});

export const moveUnitSchema = z.object({ id, version, effectiveOn, parentId: optionalId });
const sourceIds = z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(id).min(1, 'Chọn đơn vị sáp nhập').max(20, 'Tối đa 20 đơn vị mỗi lần'));
export const mergeUnitsSchema = z
  .object({
    sourceIds,
    // The version of each source, then of the target, as the form showed them.
    versions: z.preprocess((v) => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(version)),
    targetId: z.preprocess((v) => (v === '' ? undefined : v), id.optional()).refine((v) => !!v, 'Chọn đơn vị nhận'),
    effectiveOn,
    note: optionalText(500, 'Ghi chú tối đa 500 ký tự'),
  })
  .refine((v) => !v.sourceIds.includes(v.targetId!), { path: ['targetId'], message: 'Không thể sáp nhập một đơn vị vào chính nó' })
  .refine((v) => new Set(v.sourceIds).size === v.sourceIds.length, { path: ['sourceIds'], message: 'Một đơn vị được chọn hai lần' })
  .refine((v) => v.versions.length === v.sourceIds.length + 1, { path: ['sourceIds'], message: 'Thiếu phiên bản của đơn vị' });

const unitCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(2, 'Mã đơn vị cần ít nhất 2 ký tự')
  .max(30, 'Mã đơn vị tối đa 30 ký tự')
  .regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'Mã đơn vị gồm chữ in hoa không dấu, số, - và _');

/**
 * A split: the unit ends on the day and its parts begin, one a line as "Tên | MÃ" (the
 * first part takes over its sub-units, collectives, people and open work).
 */
export const splitUnitSchema = z.object({
  id,
  version,
  effectiveOn,
  note: optionalText(500, 'Ghi chú tối đa 500 ký tự'),
  parts: z.preprocess(
    (v) =>
      typeof v === 'string'
        ? v
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean)
            .map((line) => {
              const [name = '', code = ''] = line.split('|').map((x) => x.trim());
              return { name, code };
            })
        : v,
    z
      .array(z.object({ name: unitFields.name, code: unitCode }))
      .min(2, 'Chia tách thành ít nhất 2 đơn vị, mỗi dòng "Tên | MÃ"')
      .max(10, 'Tối đa 10 đơn vị')
      .refine((parts) => new Set(parts.map((p) => p.code)).size === parts.length, 'Mỗi đơn vị một mã khác nhau'),
  ),
});

export const dissolveUnitSchema = z.object({ id, version, effectiveOn, note: optionalText(500, 'Ghi chú tối đa 500 ký tự') });

/** A way an office writes a unit, taken as that unit from now on (a pick in a pasted list). */
export const unitAliasSchema = z.object({
  text: z.string().trim().min(2, 'Tên đơn vị như trong tệp cần ít nhất 2 ký tự').max(200, 'Tối đa 200 ký tự'),
  unitId: z.preprocess((v) => (v === '' ? undefined : v), id.optional()).refine((v) => !!v, 'Chọn đơn vị'),
});

export const undoUnitEventSchema = z.object({ id, reason: z.string().trim().min(5, 'Ghi rõ lý do hoàn tác (ít nhất 5 ký tự)').max(300, 'Lý do tối đa 300 ký tự') });

const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());
const birthYear = z.preprocess(
  (v) => (v === '' || v === null || v === undefined ? undefined : v),
  z.coerce.number({ error: 'Năm sinh là một số' }).int().min(1900, 'Năm sinh không hợp lệ').max(new Date().getFullYear(), 'Năm sinh không hợp lệ').optional(),
);
const individualFields = {
  fullName: z.string().trim().min(2, 'Nhập họ tên (ít nhất 2 ký tự)').max(200, 'Họ tên tối đa 200 ký tự'),
  position: optionalText(200, 'Chức vụ tối đa 200 ký tự'),
  gender: z.preprocess((v) => (v === '' ? undefined : v), z.enum(['MALE', 'FEMALE', 'OTHER']).optional()),
  birthYear,
  publicationConsent: checkbox,
};
export const createIndividualSchema = z.object({ ...individualFields, unitId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn đơn vị'), confirmDuplicate: checkbox });
export const updateIndividualSchema = z.object({ ...individualFields, id });
export const moveIndividualSchema = z.object({
  id,
  unitId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn đơn vị mới'),
  position: optionalText(200, 'Chức vụ tối đa 200 ký tự'),
  movedAt: z.coerce.date({ error: 'Chọn ngày chuyển' }).refine((d) => d.getTime() <= Date.now() + 86_400_000, 'Ngày chuyển không thể ở tương lai'),
});
const collectiveFields = {
  name: z.string().trim().min(2, 'Nhập tên tập thể (ít nhất 2 ký tự)').max(200, 'Tên tập thể tối đa 200 ký tự'),
  description: optionalText(1000, 'Mô tả tối đa 1.000 ký tự'),
};
export const createCollectiveSchema = z.object({ ...collectiveFields, unitId: id.or(z.literal('')).refine((v) => v !== '', 'Chọn đơn vị'), confirmDuplicate: checkbox });
export const updateCollectiveSchema = z.object({ ...collectiveFields, id, unitId: id, active: checkbox });

const dateOnly = (message: string) => z.coerce.date({ error: message }).refine((d) => d.getUTCFullYear() >= 1945 && d.getUTCFullYear() <= 2100, message);
const optionalDate = z.preprocess((v) => (v === '' || v === null ? undefined : v), dateOnly('Ngày không hợp lệ').optional());

export const campaignSchema = z
  .object({
    id: optionalId,
    name: z.string().trim().min(5, 'Tên phong trào cần ít nhất 5 ký tự').max(300, 'Tên phong trào tối đa 300 ký tự'),
    theme: optionalText(300, 'Chủ đề tối đa 300 ký tự'),
    kind: z.enum(['REGULAR', 'THEMATIC'], { error: 'Chọn loại phong trào' }),
    launchingUnitId: optionalId,
    startDate: dateOnly('Chọn ngày bắt đầu'),
    endDate: optionalDate,
    occasion: optionalText(300, 'Tối đa 300 ký tự'),
    description: optionalText(3000, 'Mô tả tối đa 3.000 ký tự'),
  })
  .refine((c) => !c.endDate || c.endDate >= c.startDate, { path: ['endDate'], message: 'Ngày kết thúc phải sau ngày bắt đầu' });
export const closeCampaignSchema = z.object({ id });

export const RECIPIENT_KINDS_FIELD = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(RECIPIENT_KIND_VALUES)).min(1, 'Chọn ít nhất một loại đối tượng'),
);
export const commendationTypeSchema = z.object({
  id: optionalId,
  code: z
    .string()
    .trim()
    .toUpperCase()
    .min(2, 'Mã cần ít nhất 2 ký tự')
    .max(30, 'Mã tối đa 30 ký tự')
    .regex(/^[A-Z0-9][A-Z0-9_-]*$/, 'Mã gồm chữ in hoa không dấu, số, - và _'),
  name: z.string().trim().min(3, 'Tên cần ít nhất 3 ký tự').max(200, 'Tên tối đa 200 ký tự'),
  kind: z.enum(['TITLE', 'FORM', 'RECOGNITION'], { error: 'Chọn loại' }),
  issuingSystem: z.enum(['STATE', 'PARTY', 'MASS_ORGANIZATION'], { error: 'Chọn hệ thống' }),
  level: z.enum(['CENTRAL', 'PROVINCIAL', 'DISTRICT', 'GRASSROOTS'], { error: 'Chọn cấp' }),
  authority: z.string().trim().min(3, 'Nhập thẩm quyền quyết định').max(200, 'Tối đa 200 ký tự'),
  recipientKinds: RECIPIENT_KINDS_FIELD,
  legalBasis: optionalText(500, 'Tối đa 500 ký tự'),
  description: optionalText(2000, 'Tối đa 2.000 ký tự'),
  rank: z.coerce.number({ error: 'Thứ bậc là một số' }).int().min(0, 'Từ 0 đến 999').max(999, 'Từ 0 đến 999').default(100),
  active: checkbox,
});

export const storyLinksSchema = z.object({
  kind: z.enum(['decision', 'campaign']),
  id,
  articleIds: z.array(id).max(50, 'Tối đa 50 bài viết'),
});

/** An audit entry to undo (its id, as the audit log shows it) and why. */
export const undoRecordEditSchema = z.object({
  auditId: z.string().regex(/^\d{1,18}$/, 'Mục nhật ký không hợp lệ'),
  reason: z.string().trim().min(5, 'Ghi rõ lý do hoàn tác (ít nhất 5 ký tự)').max(300, 'Lý do tối đa 300 ký tự'),
});
