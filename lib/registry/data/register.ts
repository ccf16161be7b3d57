import 'server-only';
// The full register as the registrar downloads it (app/api/admin/registry-export): every
// award of one decision or of all, including people who did not consent to publication —
// staff only. Read in batches by id, so the whole register never sits in memory.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

const BATCH = 2000;

const registerSelect = {
  id: true,
  year: true,
  achievement: true,
  type: { select: { name: true } },
  decision: { select: { number: true, signedAt: true, issuingAuthority: true, signerName: true, signerTitle: true } },
  individual: { select: { fullName: true, position: true, unit: { select: { name: true } } } },
  collective: { select: { name: true, unit: { select: { name: true } } } },
  unit: { select: { name: true } },
} satisfies Prisma.AwardSelect;

export type RegisterRow = Prisma.AwardGetPayload<{ select: typeof registerSelect }>;

export async function* streamRegister(decisionId?: string): AsyncGenerator<RegisterRow[]> {
  const where: Prisma.AwardWhereInput = decisionId ? { decisionId } : {};
  let cursor: string | undefined;
  for (;;) {
    const batch = await db.award.findMany({ where, select: registerSelect, orderBy: [{ id: 'asc' }], take: BATCH, ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}) });
    if (batch.length > 0) yield batch;
    if (batch.length < BATCH) return;
    cursor = batch[batch.length - 1]!.id;
  }
}
