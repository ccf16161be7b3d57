// Every write goes through `withRole`: authorize (on the server, in the action itself) →
// drop control bytes → parse with zod → run the mutation → audit → revalidate → return a
// typed state. An action cannot forget a step because the wrapper takes them in order; middleware is
// never the guard.
import 'server-only';
import { headers } from 'next/headers';
import { revalidateTag, updateTag } from 'next/cache';
import type { z } from 'zod';
import { clientAddress, getCurrentUser, hasRole, type CurrentUser } from '@/lib/auth';
import { db, replicasCaughtUp } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';
import { scheduleSecondPass } from '@/lib/revalidate';
import { tags as cacheTags } from '@/lib/cache-tags';
import { cleanInput } from '@/lib/validations/clean-input';

export type ActionState<T = undefined> =
  | { ok: true; message: string; data?: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string[]> }
  | null;

/** A refusal the action explains to the user (Vietnamese), changing nothing. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export interface AuditEntry {
  action: string;
  entity: string;
  entityId: string;
  diff?: Prisma.InputJsonValue;
}

export interface ActionResult<T> {
  message: string;
  data?: T;
  audit: AuditEntry[];
  /** Cache tags the change touched (old and new slugs alike). */
  tags: string[];
  /**
   * Work that must wait for the commit (queueing a job): it runs on another connection,
   * which inside the transaction could wait on the transaction itself.
   */
  afterCommit?: () => Promise<void>;
}

export const NOT_SIGNED_IN = 'Phiên đăng nhập đã hết hạn. Hãy đăng nhập lại.';
export const FORBIDDEN = 'Tài khoản của bạn không có quyền thực hiện thao tác này.';
export const INVALID = 'Dữ liệu chưa hợp lệ. Hãy kiểm tra các trường được đánh dấu.';
const UNEXPECTED = 'Có lỗi ngoài dự kiến, thay đổi chưa được lưu. Hãy thử lại; nếu lỗi lặp lại, báo cho quản trị.';

/** The address the audit records, read the way sign-in reads it (lib/auth.ts). */
async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress(Object.fromEntries((await headers()).entries()));
  } catch {
    return null;
  }
}

/**
 * Wraps a Server Action body. `input` is whatever the form or client sent (FormData is
 * turned into an object first); the schema decides what it means.
 */
export function withRole<S extends z.ZodType, T = undefined>(
  roles: readonly Role[],
  schema: S,
  run: (input: z.infer<S>, user: CurrentUser, tx: Prisma.TransactionClient) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<Exclude<ActionState<T>, null>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: NOT_SIGNED_IN };
    if (!hasRole(user, roles)) return { ok: false, message: FORBIDDEN };

    const parsed = schema.safeParse(cleanInput(raw instanceof FormData ? formDataToObject(raw) : raw));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join('.') || '_'] ??= []).push(issue.message);
      return { ok: false, message: INVALID, fieldErrors };
    }

    return commitChange(user, (tx) => run(parsed.data, user, tx));
  };
}

/**
 * The part of an action after the checks, for writes that do not come through withRole
 * (the upload route): the change and its audit record commit together, then the cache
 * tags are expired and after-commit work runs. The caller has authorized `user`.
 */
export async function commitChange<T>(
  user: CurrentUser,
  run: (tx: Prisma.TransactionClient) => Promise<ActionResult<T>>,
  // Route Handlers cannot call updateTag (Server Actions only): they expire tags at once
  // with revalidateTag(tag, { expire: 0 }), as the internal revalidation route does.
  { timeout = 30_000, inRoute = false }: { timeout?: number; inRoute?: boolean } = {},
): Promise<Exclude<ActionState<T>, null>> {
  const ip = await requestAddress();
  let result: ActionResult<T>;
  try {
    // The change and its audit record commit together, or neither does.
    result = await db.$transaction(
      async (tx) => {
        const r = await run(tx);
        if (r.audit.length > 0) await tx.auditEvent.createMany({ data: r.audit.map((a) => ({ ...a, actorId: user.id, ip })) });
        return r;
      },
      { timeout, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof ActionError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
    console.error('[action]', error);
    return { ok: false, message: UNEXPECTED };
  }
  const touched = [...new Set(result.tags)];
  try {
    // Public pages read from the replicas (when configured): expire their cache only once
    // the replicas have the change, or the next render could store the old content again.
    if (touched.length > 0 && !(await replicasCaughtUp())) console.warn('[action] replicas still behind after 2 s; the second pass will expire the tags again');
    for (const tag of touched) {
      if (inRoute) revalidateTag(tag, { expire: 0 });
      else updateTag(tag);
    }
  } catch (error) {
    // The change is committed: say so, and let the second pass and the timers catch up.
    console.error('[action] cache tags', error);
  }
  // Public pages only: a render in flight during the change could store the old content.
  if (touched.includes(cacheTags.articles) || touched.includes(cacheTags.registry)) scheduleSecondPass(touched);
  if (result.afterCommit) {
    try {
      await result.afterCommit();
    } catch (error) {
      // The change is saved; what follows is retried by its own safety net (see lib/jobs.ts).
      console.error('[action] after commit', error);
    }
  }
  return { ok: true, message: result.message, data: result.data };
}

/** FormData to a plain object; repeated names become arrays. */
export function formDataToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (key in out) out[key] = ([] as unknown[]).concat(out[key], value);
    else out[key] = value;
  }
  return out;
}
