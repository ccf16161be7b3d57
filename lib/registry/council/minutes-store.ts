import 'server-only';
// At a session's close, inside its transaction: the minutes are rendered once, stored with
// the dossiers' files (private storage) and attached to every dossier on the agenda, each
// dossier gets a step with its rows' results, and a row that did not pass is left out with
// the figures as the reason (a registrar can propose it again, as any left-out row).
import { createHash, randomBytes } from 'node:crypto';
import type { CurrentUser } from '@/lib/auth/session';
import { formatNumber } from '@/lib/common/format';
import type { Prisma } from '@/lib/generated/prisma/client';
import { mediaStorage } from '@/lib/media/storage';
import { recordStep } from '@/lib/registry/actions/dossier-access';
import { PRIVATE_PREFIX } from '@/lib/registry/actions/attachment-store';
import { renderMinutes } from '@/lib/registry/council/minutes';
import { getSession } from '@/lib/registry/data/council';

export async function attachMinutes(tx: Prisma.TransactionClient, user: CurrentUser, sessionId: string): Promise<{ dossiers: number }> {
  const session = (await getSession(sessionId, tx))!;
  const pdf = await renderMinutes(session);
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const byDossier = new Map<string, typeof session.candidates>();
  for (const c of session.candidates) byDossier.set(c.dossierId, [...(byDossier.get(c.dossierId) ?? []), c]);
  const storage = mediaStorage();
  for (const [dossierId, candidates] of byDossier) {
    const failed = candidates.filter((c) => c.outcome === 'NOT_PASSED');
    for (const c of failed) {
      await tx.dossierRow.update({
        where: { id: c.dossierRowId },
        data: { rejected: true, rejectionNote: `Không đạt tỷ lệ phiếu tại phiên ${session.code}: ${formatNumber(c.tally?.yes ?? 0)} phiếu đồng ý, cần ${formatNumber(c.required ?? 0)}/${formatNumber(c.baseCount ?? 0)}.` },
      });
    }
    const key = `${PRIVATE_PREFIX}dossiers/${dossierId.replace(/[^a-zA-Z0-9_-]/g, '')}/${randomBytes(16).toString('hex')}.pdf`;
    await storage.put(key, pdf, 'application/pdf');
    await tx.dossierAttachment.create({ data: { dossierId, fileName: `bien-ban-hop-hoi-dong-${session.code}.pdf`, mimeType: 'application/pdf', size: pdf.length, sha256, storageKey: key, uploadedById: user.id } });
    // Forms made before the close are refused: the rows changed under them.
    await tx.dossier.update({ where: { id: dossierId }, data: { version: { increment: 1 } } });
    const passed = candidates.length - failed.length;
    await recordStep(tx, user, dossierId, 'COUNCIL_VOTE', {
      from: session.council.name,
      note: `Phiên ${session.code} (${session.title}): ${formatNumber(passed)}/${formatNumber(candidates.length)} người đạt tỷ lệ phiếu${failed.length ? `; không đạt: ${failed.map((c) => c.name).join(', ')}` : ''}. Biên bản đính kèm.`,
    });
  }
  return { dossiers: byDossier.size };
}
