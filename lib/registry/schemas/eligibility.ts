// The condition language of eligibility rules (stored as JSON in eligibility_rules.condition,
// parsed with this schema wherever a rule is read or written). Each kind is one thing the
// registry can check from its own records, or one it cannot (an assessment by people).
import { z } from 'zod';

const code = z.string().trim().min(1).max(40);
const level = z.enum(['GRASSROOTS', 'DISTRICT', 'PROVINCIAL', 'CENTRAL']);

export type Condition =
  | { kind: 'all'; of: Condition[] }
  | { kind: 'any'; of: Condition[] }
  /** The recipient holds commendation `code` in each of `years` consecutive years ending with the nomination year. */
  | { kind: 'title'; code: string; years: number }
  /** At least `times` awards of `code` in the `withinYears` years ending with the nomination year ("hai lần liên tục" of a title given every few years). */
  | { kind: 'count'; code: string; times: number; withinYears: number }
  /** An initiative recognised at `minLevel` or above, in the `withinYears` years ending with the nomination year. */
  | { kind: 'initiative'; minLevel: z.infer<typeof level>; withinYears: number }
  /** A unit: more than `moreThan` (0–1) of its people hold `code` in the nomination year. */
  | { kind: 'memberShare'; code: string; moreThan: number }
  /** A unit may propose this for at most `share` (0–1) of its people holding `ofCode` that year. */
  | { kind: 'quota'; ofCode: string; share: number }
  /** What only the unit's council can judge (duties completed, discipline): to be assessed. */
  | { kind: 'assessment'; text: string };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('all'), of: z.array(conditionSchema).min(1).max(20) }),
    z.object({ kind: z.literal('any'), of: z.array(conditionSchema).min(1).max(20) }),
    z.object({ kind: z.literal('title'), code, years: z.number().int().min(1).max(20) }),
    z.object({ kind: z.literal('count'), code, times: z.number().int().min(1).max(20), withinYears: z.number().int().min(1).max(30) }),
    z.object({ kind: z.literal('initiative'), minLevel: level, withinYears: z.number().int().min(1).max(20) }),
    z.object({ kind: z.literal('memberShare'), code, moreThan: z.number().gt(0).lt(1) }),
    z.object({ kind: z.literal('quota'), ofCode: code, share: z.number().gt(0).max(1) }),
    z.object({ kind: z.literal('assessment'), text: z.string().trim().min(3).max(500) }),
  ]),
);

const dateOnly = (message: string) => z.coerce.date({ error: message }).refine((d) => d.getUTCFullYear() >= 1945 && d.getUTCFullYear() <= 2100, message);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === null ? undefined : v), schema.optional());
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true', z.boolean());

/** The condition field of the rule form: JSON text, parsed and checked against the language above. */
const conditionText = z.string().transform((text, ctx): Condition => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'Điều kiện không phải JSON hợp lệ' });
    return z.NEVER;
  }
  const parsed = conditionSchema.safeParse(value);
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', message: `Điều kiện không hợp lệ: ${parsed.error.issues[0]?.message ?? ''} (${parsed.error.issues[0]?.path.join('.') ?? ''})` });
    return z.NEVER;
  }
  return parsed.data;
});

/** A new version of a rule (or the first version of a new one): nothing is ever overwritten. */
export const ruleVersionSchema = z
  .object({
    // Empty: a new rule of `typeCode`.
    ruleKey: optional(z.string().trim().regex(/^[a-z0-9-]{3,60}$/, 'Mã quy tắc không hợp lệ')),
    // The version the form was made from: saved over a newer one, the form is refused.
    fromVersion: optional(z.coerce.number().int().min(1).max(100_000)),
    typeCode: z.string().trim().min(1, 'Chọn danh hiệu / hình thức').max(40),
    statement: z.string().trim().min(10, 'Nêu tiêu chuẩn (ít nhất 10 ký tự)').max(1000, 'Tối đa 1.000 ký tự'),
    condition: conditionText,
    legalSource: z.string().trim().min(5, 'Nêu văn bản (ví dụ: Luật Thi đua, khen thưởng số 06/2022/QH15)').max(300, 'Tối đa 300 ký tự'),
    article: optional(z.string().trim().max(200, 'Tối đa 200 ký tự')),
    effectiveFrom: dateOnly('Chọn ngày có hiệu lực'),
    effectiveTo: optional(dateOnly('Ngày hết hiệu lực không hợp lệ')),
    confirmation: z.enum(['CONFIRMED', 'TO_CONFIRM'], { error: 'Chọn trạng thái xác nhận' }),
    note: z.string().trim().min(5, 'Ghi lý do của phiên bản này (ít nhất 5 ký tự)').max(1000, 'Tối đa 1.000 ký tự'),
    withdrawn: checkbox,
  })
  .refine((v) => !v.ruleKey || v.fromVersion !== undefined, { path: ['ruleKey'], message: 'Thiếu phiên bản đang sửa: tải lại trang rồi lưu lại' })
  .refine((v) => !v.effectiveTo || v.effectiveTo >= v.effectiveFrom, { path: ['effectiveTo'], message: 'Ngày hết hiệu lực phải sau ngày có hiệu lực' })
  .refine((v) => v.confirmation !== 'CONFIRMED' || !!v.article, { path: ['article'], message: 'Quy tắc đã xác nhận phải ghi điều, khoản của văn bản' });

export type RuleVersionInput = z.infer<typeof ruleVersionSchema>;

/** A recognised initiative of a person (added or corrected by a registrar). */
export const initiativeSchema = z.object({
  id: optional(z.string().min(1).max(64)),
  individualId: z.string().min(1).max(64),
  year: z.coerce.number({ error: 'Năm là một số' }).int('Năm là một số').min(1945, 'Năm không hợp lệ').max(2100, 'Năm không hợp lệ'),
  title: z.string().trim().min(5, 'Nêu tên sáng kiến (ít nhất 5 ký tự)').max(300, 'Tối đa 300 ký tự'),
  level: z.enum(['GRASSROOTS', 'DISTRICT', 'PROVINCIAL', 'CENTRAL'], { error: 'Chọn cấp công nhận' }),
  recognizedBy: z.string().trim().min(3, 'Nêu hội đồng, cơ quan công nhận').max(200, 'Tối đa 200 ký tự'),
  reference: optional(z.string().trim().max(200, 'Tối đa 200 ký tự')),
});

/** The registrar's "check against the criteria" form (a GET form: a link can be shared). */
export const eligibilityCheckSchema = z.object({
  type: z.string().trim().min(1).max(40),
  year: z.coerce.number().int().min(1945).max(2100),
});
