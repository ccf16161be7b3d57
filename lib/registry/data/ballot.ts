import 'server-only';
// What a one-time ballot link opens: the session, the member it was given to, and the
// candidates they vote on (electronic ones; for a member absent in writing, only those whose
// rule counts written votes).
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { countsVote } from '@/lib/registry/council/session-rules';
import { rowPerson, rowPersonSelect } from '@/lib/registry/council/row-person';
import { proceduresInForce } from '@/lib/registry/data/procedure-rules';

export async function ballotCandidates(tokenHash: string, client: Prisma.TransactionClient | typeof db = db) {
  const token = await client.ballotToken.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      usedAt: true,
      memberId: true,
      member: { select: { name: true } },
      session: {
        select: {
          id: true,
          code: true,
          title: true,
          heldOn: true,
          status: true,
          council: { select: { name: true } },
          candidates: { where: { method: 'ELECTRONIC' }, orderBy: { position: 'asc' }, select: { id: true, row: { select: rowPersonSelect } } },
        },
      },
    },
  });
  if (!token) return null;
  const { session } = token;
  const attendance = await client.sessionAttendance.findUnique({ where: { sessionId_memberId: { sessionId: session.id, memberId: token.memberId } }, select: { attendance: true } });
  const rules = await proceduresInForce('COUNCIL_VOTE', session.candidates.map((c) => c.row.typeId), session.heldOn, client);
  const candidates = session.candidates
    .filter((c) => {
      const rule = rules.get(c.row.typeId);
      return !!rule && !!attendance && countsVote(attendance.attendance, rule);
    })
    .map((c) => ({ id: c.id, ...rowPerson(c.row) }));
  return {
    tokenId: token.id,
    used: token.usedAt !== null,
    member: token.member.name,
    status: session.status,
    session: { code: session.code, title: session.title, heldOn: session.heldOn, council: session.council.name },
    candidates,
  };
}
