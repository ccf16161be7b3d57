// What every Server Action answers, and the messages its checks refuse with. Shared by the
// actions (lib/auth/with-role.ts, lib/db/commit.ts), the routes that write, and the forms
// that show the answer (components/ui/form.tsx) — so no component declares its own shape.
import { z } from 'zod';

/** A settled answer: done (with what the form may need next), or refused with reasons. */
export type ActionAnswer<T = undefined> =
  | { ok: true; message: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** A form's state before its first answer is null (useActionState's initial state). */
export type ActionState<T = undefined> = ActionAnswer<T> | null;

export const NOT_SIGNED_IN = 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.';
export const FORBIDDEN = 'Tài khoản của bạn không có quyền thực hiện thao tác này.';
export const INVALID = 'Dữ liệu chưa hợp lệ. Hãy kiểm tra các trường được đánh dấu.';
export const UNEXPECTED = 'Có lỗi ngoài dự kiến, thay đổi chưa được lưu. Hãy thử lại; nếu lỗi lặp lại, báo cho quản trị.';

/** zod's issues as the fields' messages ("_" for the form as a whole). */
export function fieldErrorsOf(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) (fieldErrors[issue.path.map(String).join('.') || '_'] ??= []).push(issue.message);
  return fieldErrors;
}

/**
 * The answer of a route that writes (uploads, imports), read from its JSON: checked, not
 * trusted — a proxy's error page or a cut connection becomes a refusal with `unreadable`.
 */
export async function readAnswer<T>(response: Response, data: z.ZodType<T>, unreadable: string): Promise<ActionAnswer<T>> {
  const body: unknown = response.headers.get('content-type')?.includes('json') ? await response.json().catch(() => null) : null;
  const parsed = answerSchema(data).safeParse(body);
  return parsed.success ? parsed.data : { ok: false, message: unreadable };
}

function answerSchema<T>(data: z.ZodType<T>) {
  return z.union([
    z.object({ ok: z.literal(true), message: z.string(), data: data.optional() }),
    z.object({ ok: z.literal(false), message: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional() }),
  ]);
}
