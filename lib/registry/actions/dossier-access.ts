import 'server-only';
// What every dossier action does first, inside its transaction: find the dossier, check the
// account's scope covers its unit (an officer of another unit is told the same as for a
// dossier that does not exist), check the form was made from the dossier's current version
// and claim the next one — two people acting on the same state cannot both succeed.
import type { CurrentUser } from '@/lib/auth/session';
import { ActionError } from '@/lib/db/commit';
import type { DossierAction } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { pipelineScope, seesDossier, type PipelineScope } from '@/lib/registry/data/scope';
import { dossierRoute, type Level } from '@/lib/registry/data/dossiers';
import { STALE_DOSSIER } from '@/lib/registry/pipeline-labels';

export const NO_DOSSIER = 'Hồ sơ không tồn tại hoặc không thuộc phạm vi tài khoản của bạn.';

const dossierSelect = {
  id: true,
  code: true,
  title: true,
  unitId: true,
  year: true,
  status: true,
  version: true,
  holderUnitId: true,
  submittedAt: true,
  campaignId: true,
  unit: { select: { name: true } },
  type: { select: { id: true, code: true, name: true, rank: true, authority: true, recipientKinds: true, active: true } },
} satisfies Prisma.DossierSelect;

export type OpenDossier = Prisma.DossierGetPayload<{ select: typeof dossierSelect }>;

export async function openDossier(
  tx: Prisma.TransactionClient,
  user: CurrentUser,
  id: string,
  version: number,
): Promise<{ scope: PipelineScope; dossier: OpenDossier; route: Level[] }> {
  const scope = await pipelineScope(user, tx);
  const dossier = await tx.dossier.findUnique({ where: { id }, select: dossierSelect });
  if (!scope || !dossier || !seesDossier(scope, dossier)) throw new ActionError(NO_DOSSIER);
  if (dossier.version !== version) throw new ActionError(STALE_DOSSIER);
  const claimed = await tx.dossier.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (claimed.count === 0) throw new ActionError(STALE_DOSSIER);
  return { scope, dossier, route: await dossierRoute(dossier.unitId, dossier.type.authority, tx) };
}

export async function recordStep(
  tx: Prisma.TransactionClient,
  user: CurrentUser,
  dossierId: string,
  action: DossierAction,
  { from, to, note }: { from?: string | null; to?: string | null; note?: string | null } = {},
) {
  await tx.dossierStep.create({ data: { dossierId, action, fromLevel: from ?? null, toLevel: to ?? null, note: note ?? null, actorId: user.id, actorName: user.name } });
}
