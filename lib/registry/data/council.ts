import 'server-only';
// Reads of the council: its members, the sessions, one session with its agenda, attendance,
// turnout and (once closed) results, and what the minutes print.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { proceduresInForce, type ProcedureRuleDto } from '@/lib/registry/data/procedure-rules';
import { rowPerson, rowPersonSelect, type RowPerson } from '@/lib/registry/council/row-person';

type Client = Pick<Prisma.TransactionClient, 'council' | 'councilSession' | 'sessionCandidate' | 'sessionAttendance' | 'ballotToken' | 'procedureRule' | 'dossier'>;

export async function listCouncils() {
  return db.council.findMany({
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      authority: true,
      quorumNumerator: true,
      quorumDenominator: true,
      quorumSource: true,
      quorumConfirmation: true,
      members: { orderBy: [{ termFrom: 'desc' }, { role: 'asc' }, { name: 'asc' }], select: { id: true, name: true, position: true, role: true, termFrom: true, termTo: true } },
    },
  });
}

export async function listSessions() {
  return db.councilSession.findMany({
    orderBy: [{ heldOn: 'desc' }, { code: 'desc' }],
    take: 100,
    select: { id: true, code: true, title: true, heldOn: true, status: true, council: { select: { name: true } }, _count: { select: { candidates: true } } },
  });
}

export type SessionCandidateView = RowPerson & {
  id: string;
  position: number;
  method: 'PAPER' | 'ELECTRONIC';
  dossierRowId: string;
  dossierId: string;
  dossierCode: string;
  // Tallies of a paper ballot, and of an electronic one only once the session is closed:
  // a live electronic count would let an onlooker tell a vote from the one before it.
  tally: { yes: number; no: number; abstain: number } | null;
  outcome: 'PASSED' | 'NOT_PASSED' | null;
  baseCount: number | null;
  required: number | null;
  rule: ProcedureRuleDto | null;
};

export type SessionView = NonNullable<Awaited<ReturnType<typeof getSession>>>;

export async function getSession(id: string, client: Client = db) {
  const session = await client.councilSession.findUnique({
    where: { id },
    select: {
      id: true,
      code: true,
      title: true,
      heldOn: true,
      location: true,
      status: true,
      version: true,
      closedAt: true,
      council: { select: { id: true, name: true, authority: true, quorumNumerator: true, quorumDenominator: true, quorumSource: true, quorumConfirmation: true } },
      attendance: { select: { attendance: true, member: { select: { id: true, name: true, position: true, role: true } } } },
      tokens: { select: { memberId: true, usedAt: true } },
      candidates: {
        orderBy: { position: 'asc' },
        select: { id: true, position: true, method: true, yes: true, no: true, abstain: true, outcome: true, baseCount: true, required: true, ruleId: true, row: { select: rowPersonSelect } },
      },
    },
  });
  if (!session) return null;
  const rulesNow = await proceduresInForce('COUNCIL_VOTE', session.candidates.map((c) => c.row.typeId), session.heldOn, client);
  const applied = await client.procedureRule.findMany({ where: { id: { in: session.candidates.map((c) => c.ruleId).filter((x): x is string => !!x) } } });
  const appliedById = new Map(applied.map((r) => [r.id, r]));
  const closed = session.status === 'CLOSED';
  const candidates: SessionCandidateView[] = session.candidates.map((c) => ({
    ...rowPerson(c.row),
    id: c.id,
    position: c.position,
    method: c.method,
    dossierRowId: c.row.id,
    dossierId: c.row.dossier.id,
    dossierCode: c.row.dossier.code,
    tally: c.method === 'PAPER' || closed ? { yes: c.yes, no: c.no, abstain: c.abstain } : null,
    outcome: c.outcome,
    baseCount: c.baseCount,
    required: c.required,
    rule: (c.ruleId ? appliedById.get(c.ruleId) : rulesNow.get(c.row.typeId)) ?? null,
  }));
  const used = new Set(session.tokens.filter((t) => t.usedAt).map((t) => t.memberId));
  const issued = new Set(session.tokens.map((t) => t.memberId));
  const roleOrder = { CHAIR: 0, VICE_CHAIR: 1, STANDING: 2, MEMBER: 3 } as const;
  const attendance = session.attendance
    .map((a) => ({ ...a.member, attendance: a.attendance, ballot: issued.has(a.member.id) ? (used.has(a.member.id) ? ('used' as const) : ('issued' as const)) : null }))
    .sort((a, b) => roleOrder[a.role] - roleOrder[b.role] || a.name.localeCompare(b.name, 'vi'));
  return {
    id: session.id,
    code: session.code,
    title: session.title,
    heldOn: session.heldOn,
    location: session.location,
    status: session.status,
    version: session.version,
    closedAt: session.closedAt,
    council: session.council,
    attendance,
    candidates,
    turnout: { issued: issued.size, used: used.size },
  };
}

/** Accepted dossiers with rows that need the council's vote and are on no session yet (the agenda's choices). */
export async function agendaChoices(heldOn: Date) {
  const dossiers = await db.dossier.findMany({
    where: { status: 'ACCEPTED' },
    orderBy: { code: 'asc' },
    select: { id: true, code: true, title: true, rows: { where: { rejected: false }, select: { id: true, typeId: true, candidacies: { select: { outcome: true } } } } },
  });
  const rules = await proceduresInForce('COUNCIL_VOTE', dossiers.flatMap((d) => d.rows.map((r) => r.typeId)), heldOn);
  return dossiers
    .map((d) => ({ id: d.id, code: d.code, title: d.title, open: d.rows.filter((r) => rules.has(r.typeId) && !r.candidacies.some((c) => c.outcome !== 'NOT_PASSED')).length }))
    .filter((d) => d.open > 0);
}
