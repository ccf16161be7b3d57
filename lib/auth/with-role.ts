// Every write goes through `withRole`: authorize (on the server, in the action itself) →
// drop control bytes → parse with zod → run the mutation → audit → revalidate → return a
// typed answer. An action cannot forget a step because the wrapper takes them in order;
// middleware is never the guard. Staff reads that a client component calls (the pickers)
// go through its twin, `withRoleRead`: authorize → parse → read.
import 'server-only';
import type { z } from 'zod';
import { getCurrentUser, hasRole, type CurrentUser } from '@/lib/auth/session';
import { FORBIDDEN, INVALID, NOT_SIGNED_IN, fieldErrorsOf, type ActionAnswer } from '@/lib/common/action-state';
import { cleanInput } from '@/lib/common/clean-input';
import { commitChange, type ActionResult } from '@/lib/db/commit';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Role } from '@/lib/generated/prisma/enums';

/**
 * Wraps a Server Action body. `input` is whatever the form or client sent (FormData is
 * turned into an object first); the schema decides what it means.
 */
export function withRole<S extends z.ZodType, T = undefined>(
  roles: readonly Role[],
  schema: S,
  run: (input: z.infer<S>, user: CurrentUser, tx: Prisma.TransactionClient) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<ActionAnswer<T>> => {
    const user = await getCurrentUser();
    if (!user) return { ok: false, message: NOT_SIGNED_IN };
    if (!hasRole(user, roles)) return { ok: false, message: FORBIDDEN };

    const parsed = schema.safeParse(cleanInput(raw instanceof FormData ? formDataToObject(raw) : raw));
    if (!parsed.success) {
      return { ok: false, message: INVALID, fieldErrors: fieldErrorsOf(parsed.error.issues) };
    }

    return commitChange(user, (tx) => run(parsed.data, user, tx));
  };
}

/**
 * Wraps a staff read a client component calls (a picker's search). The arguments, as sent,
 * are parsed as one tuple; a caller without the role, or arguments that do not parse, get
 * `refused` (an empty answer) and nothing is read.
 */
export function withRoleRead<S extends z.ZodType<unknown[], unknown[]>, R>(
  roles: readonly Role[],
  args: S,
  refused: R,
  read: (input: z.infer<S>, user: CurrentUser) => Promise<R>,
) {
  return async (...raw: z.input<S>): Promise<R> => {
    const user = await getCurrentUser();
    if (!hasRole(user, roles)) return refused;
    const parsed = args.safeParse(cleanInput(raw));
    if (!parsed.success) return refused;
    return read(parsed.data, user);
  };
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
