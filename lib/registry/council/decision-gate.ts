import 'server-only';
// What a decision from a dossier waits for: each row still proposed whose honour needs the
// council's vote (a rule in force on the decision's date) must have passed it at a closed
// session, and each whose honour needs the public's comments must have been in a period
// whose result is written into the dossier. The refusal says who is missing what.
import { ActionError } from '@/lib/db/commit';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatNumber } from '@/lib/common/format';
import { proceduresInForce } from '@/lib/registry/data/procedure-rules';

export async function assertProceduresDone(tx: Prisma.TransactionClient, rows: { id: string; typeId: string; name: string }[], on: Date): Promise<void> {
  const ids = rows.map((r) => r.id);
  const typeIds = rows.map((r) => r.typeId);
  const [votes, comments, voted, commented] = await Promise.all([
    proceduresInForce('COUNCIL_VOTE', typeIds, on, tx),
    proceduresInForce('PUBLIC_COMMENT', typeIds, on, tx),
    tx.sessionCandidate.findMany({ where: { dossierRowId: { in: ids }, outcome: 'PASSED', session: { status: 'CLOSED' } }, select: { dossierRowId: true } }),
    tx.commentCandidate.findMany({ where: { dossierRowId: { in: ids }, period: { summarizedAt: { not: null } } }, select: { dossierRowId: true } }),
  ]);
  const passed = new Set(voted.map((v) => v.dossierRowId));
  const heard = new Set(commented.map((c) => c.dossierRowId));
  const noVote = rows.filter((r) => votes.has(r.typeId) && !passed.has(r.id)).map((r) => r.name);
  const noComment = rows.filter((r) => comments.has(r.typeId) && !heard.has(r.id)).map((r) => r.name);
  const list = (names: string[]) => `${names.slice(0, 5).join(', ')}${names.length > 5 ? `, … (${formatNumber(names.length)} người)` : ''}`;
  const missing = [
    noVote.length ? `chưa được Hội đồng Thi đua – Khen thưởng thông qua: ${list(noVote)}` : null,
    noComment.length ? `chưa có kết quả lấy ý kiến nhân dân: ${list(noComment)}` : null,
  ].filter(Boolean);
  if (missing.length) throw new ActionError(`Chưa ra được quyết định: ${missing.join('; ')}.`);
}
