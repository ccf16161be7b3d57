import 'server-only';
// Storing and serving a dossier's files. The upload is a Route Handler (a 10 MB body);
// both it and the download check the account, its scope and the dossier themselves.
// Files live in the media storage under "private/", which the public /media route never
// serves and which S3 is told not to cache publicly.
import { createHash, randomBytes } from 'node:crypto';
import type { CurrentUser } from '@/lib/auth/session';
import { commitChange } from '@/lib/db/commit';
import { ActionError } from '@/lib/db/commit';
import { mediaStorage } from '@/lib/media/storage';
import { db } from '@/lib/db';
import { checkAttachment, cleanFileName } from '@/lib/registry/attachments';
import { attachesTo, pipelineScope, seesDossier } from '@/lib/registry/data/scope';
import { NO_DOSSIER } from '@/lib/registry/actions/dossier-access';

export const PRIVATE_PREFIX = 'private/';

/** Why the account may not attach to the dossier now (checked before and inside the write), or null. */
async function refusal(user: CurrentUser, dossierId: string, client: Pick<typeof db, 'dossier' | '$queryRaw'> = db): Promise<string | null> {
  const scope = await pipelineScope(user, client);
  const dossier = await client.dossier.findUnique({ where: { id: dossierId }, select: { unitId: true, status: true, holderUnitId: true, submittedAt: true } });
  if (!scope || !dossier || !seesDossier(scope, dossier)) return NO_DOSSIER;
  return attachesTo(scope, dossier) ? null : 'Chỉ cấp đang giữ hồ sơ mới đính kèm được tệp.';
}

export async function storeAttachment(user: CurrentUser, dossierId: string, file: { bytes: Buffer; name: string }) {
  // Nothing is stored for an account that may not attach here.
  const refused = await refusal(user, dossierId);
  if (refused) return { ok: false as const, message: refused };
  const { mime, ext } = await checkAttachment(file.bytes);
  const key = `${PRIVATE_PREFIX}dossiers/${dossierId.replace(/[^a-zA-Z0-9_-]/g, '')}/${randomBytes(16).toString('hex')}.${ext}`;
  const fileName = cleanFileName(file.name, ext);
  const sha256 = createHash('sha256').update(file.bytes).digest('hex');
  const storage = mediaStorage();
  await storage.put(key, file.bytes, mime);
  const result = await commitChange(
    user,
    async (tx) => {
      // Again inside the write: the dossier may have moved on while the file was stored.
      const again = await refusal(user, dossierId, tx);
      if (again) throw new ActionError(again);
      const dossier = await tx.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { code: true } });
      const row = await tx.dossierAttachment.create({ data: { dossierId, fileName, mimeType: mime, size: file.bytes.length, sha256, storageKey: key, uploadedById: user.id }, select: { id: true } });
      return {
        message: `Đã đính kèm "${fileName}" vào hồ sơ ${dossier.code}.`,
        data: { id: row.id },
        audit: [{ action: 'dossier.attach', entity: 'dossier', entityId: dossierId, diff: { after: { attachmentId: row.id, fileName, mime, size: file.bytes.length, sha256 } } }],
        tags: [],
      };
    },
    { inRoute: true },
  );
  if (!result.ok) await storage.remove([key]).catch(() => {});
  return result;
}

/** A file for an account that may see its dossier (null otherwise, or once taken off). */
export async function readAttachment(user: CurrentUser, dossierId: string, attachmentId: string) {
  const scope = await pipelineScope(user);
  const row = await db.dossierAttachment.findFirst({
    where: { id: attachmentId, dossierId, removedAt: null },
    select: { fileName: true, mimeType: true, storageKey: true, dossier: { select: { unitId: true, submittedAt: true } } },
  });
  if (!scope || !row || !seesDossier(scope, row.dossier)) return null;
  const file = await mediaStorage().get(row.storageKey);
  return file ? { ...file, fileName: row.fileName, mimeType: row.mimeType } : null;
}
