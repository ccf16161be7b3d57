'use server';
// Taking a file off a dossier: by whoever may attach to it now. The file and its row are
// kept, marked removed (who, when), so an administrator can put it back.
import { z } from 'zod';
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { PIPELINE_ROLES } from '@/lib/auth/roles';
import { NO_DOSSIER } from '@/lib/registry/actions/dossier-access';
import { attachesTo, pipelineScope, seesDossier } from '@/lib/registry/data/scope';

const removeSchema = z.object({ id: z.string().min(1).max(64), attachmentId: z.string().min(1).max(64) });

export const removeDossierAttachment = withRole(PIPELINE_ROLES, removeSchema, async (input, user, tx) => {
  const scope = await pipelineScope(user, tx);
  const row = await tx.dossierAttachment.findFirst({
    where: { id: input.attachmentId, dossierId: input.id, removedAt: null },
    select: { id: true, fileName: true, dossier: { select: { unitId: true, status: true, holderUnitId: true, submittedAt: true } } },
  });
  if (!scope || !row || !seesDossier(scope, row.dossier)) throw new ActionError(NO_DOSSIER);
  if (!attachesTo(scope, row.dossier)) throw new ActionError('Chỉ cấp đang giữ hồ sơ mới gỡ được tệp.');
  await tx.dossierAttachment.update({ where: { id: row.id }, data: { removedAt: new Date(), removedById: user.id } });
  return {
    message: `Đã gỡ "${row.fileName}" khỏi hồ sơ.`,
    audit: [{ action: 'dossier.detach', entity: 'dossier', entityId: input.id, diff: { before: { attachmentId: row.id, fileName: row.fileName }, after: { removed: true } } }],
    tags: [],
  };
});
