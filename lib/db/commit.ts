// The transaction and audit of every staff change: the change and its audit record commit
// together (or neither does), then the cache tags it touched expire and after-commit work
// runs. Server Actions reach it through withRole (lib/auth/with-role.ts); writes that do not
// come through an action (the upload and import routes) call it after their own checks.
import 'server-only';
import { headers } from 'next/headers';
import { revalidateTag, updateTag } from 'next/cache';
import { UNEXPECTED, type ActionAnswer } from '@/lib/common/action-state';
import { ActionError } from '@/lib/common/action-error';
import { db, replicasCaughtUp } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { tags as cacheTags } from '@/lib/platform/cache-tags';
import { clientAddress } from '@/lib/platform/http/client-address';
import { scheduleSecondPass } from '@/lib/platform/revalidate';

/** Who made the change, as the audit records it. */
export interface Actor {
  id: string;
}

/** A refusal the action explains to the user (Vietnamese), changing nothing. */
export { ActionError };

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

/** The address the audit records, read the way sign-in reads it. */
async function requestAddress(): Promise<string | null> {
  try {
    return clientAddress(Object.fromEntries((await headers()).entries()));
  } catch {
    return null;
  }
}

/** The part of an action after the checks. The caller has authorized `user`. */
export async function commitChange<T>(
  user: Actor,
  run: (tx: Prisma.TransactionClient) => Promise<ActionResult<T>>,
  // Route Handlers cannot call updateTag (Server Actions only): they expire tags at once
  // with revalidateTag(tag, { expire: 0 }), as the internal revalidation route does.
  { timeout = 30_000, inRoute = false }: { timeout?: number; inRoute?: boolean } = {},
): Promise<ActionAnswer<T>> {
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
      // The change is saved; what follows is retried by its own safety net (see lib/newsroom/data/scheduled-publishing.ts).
      console.error('[action] after commit', error);
    }
  }
  return { ok: true, message: result.message, data: result.data };
}
