import 'server-only';
// What a council session's actions share inside their transaction: the session at the
// version the form was made from (claiming the next one), its members on the day, and the
// rule of the council's vote each candidate is judged by.
import { ActionError } from '@/lib/db/commit';
import type { Prisma } from '@/lib/generated/prisma/client';
import { proceduresInForce, type ProcedureRuleDto } from '@/lib/registry/data/procedure-rules';

export const NO_SESSION = 'Phiên họp không tồn tại.';
export const STALE_SESSION = 'Phiên họp vừa được người khác cập nhật. Tải lại trang để xem trạng thái mới.';

export async function openSession(tx: Prisma.TransactionClient, id: string, version: number) {
  const session = await tx.councilSession.findUnique({
    where: { id },
    select: { id: true, code: true, title: true, heldOn: true, location: true, status: true, version: true, councilId: true, council: { select: { name: true, authority: true, quorumNumerator: true, quorumDenominator: true } } },
  });
  if (!session) throw new ActionError(NO_SESSION);
  if (session.version !== version) throw new ActionError(STALE_SESSION);
  const claimed = await tx.councilSession.updateMany({ where: { id, version }, data: { version: { increment: 1 } } });
  if (claimed.count === 0) throw new ActionError(STALE_SESSION);
  return session;
}

export type OpenSession = Awaited<ReturnType<typeof openSession>>;

/** The council's members whose term includes the session's day. */
export async function membersOn(tx: Prisma.TransactionClient, councilId: string, day: Date) {
  return tx.councilMember.findMany({
    where: { councilId, termFrom: { lte: day }, OR: [{ termTo: null }, { termTo: { gte: day } }] },
    select: { id: true, name: true, position: true, role: true },
    orderBy: [{ role: 'asc' }, { name: 'asc' }],
  });
}

export type SessionCandidateRow = {
  id: string;
  method: 'PAPER' | 'ELECTRONIC';
  yes: number;
  no: number;
  abstain: number;
  typeId: string;
  rule: ProcedureRuleDto | undefined;
};

/** The session's candidates, each with the council rule in force on the session's day. */
export async function candidatesWithRules(tx: Prisma.TransactionClient, sessionId: string, day: Date): Promise<SessionCandidateRow[]> {
  const rows = await tx.sessionCandidate.findMany({
    where: { sessionId },
    orderBy: { position: 'asc' },
    select: { id: true, method: true, yes: true, no: true, abstain: true, row: { select: { typeId: true } } },
  });
  const rules = await proceduresInForce('COUNCIL_VOTE', rows.map((r) => r.row.typeId), day, tx);
  return rows.map((r) => ({ id: r.id, method: r.method, yes: r.yes, no: r.no, abstain: r.abstain, typeId: r.row.typeId, rule: rules.get(r.row.typeId) }));
}

/** Whose ballots count for a candidate: those present, and those absent in writing where the rule allows. */
export function countsVote(attendance: 'PRESENT' | 'WRITTEN' | 'ABSENT', rule: Pick<ProcedureRuleDto, 'writtenVotes'>): boolean {
  return attendance === 'PRESENT' || (attendance === 'WRITTEN' && rule.writtenVotes);
}
