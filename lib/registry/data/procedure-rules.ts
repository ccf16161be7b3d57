import 'server-only';
// The rules of procedure (the council's pass share, the comment period's working days) and
// the calendar's announced days, read for the actions and the screens that show them.
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ProcedureKind } from '@/lib/generated/prisma/enums';
import { WorkingCalendar } from '@/lib/calendar/working-days';
import { inForce } from '@/lib/registry/data/eligibility';

type RuleClient = Pick<Prisma.TransactionClient, 'procedureRule'>;
type CalendarClient = Pick<Prisma.TransactionClient, 'calendarDay'>;

export const procedureRuleSelect = {
  id: true,
  ruleKey: true,
  version: true,
  typeId: true,
  kind: true,
  shareNumerator: true,
  shareDenominator: true,
  base: true,
  writtenVotes: true,
  workingDays: true,
  statement: true,
  legalSource: true,
  article: true,
  effectiveFrom: true,
  effectiveTo: true,
  confirmation: true,
  note: true,
  withdrawn: true,
} satisfies Prisma.ProcedureRuleSelect;

export type ProcedureRuleDto = Prisma.ProcedureRuleGetPayload<{ select: typeof procedureRuleSelect }>;

/**
 * For each commendation type, the rule of `kind` in force on `on` (the newest version of
 * each rule key whose dates hold the day; a withdrawal means none). Types without one are
 * absent from the map: their candidates need no vote or no comment period.
 */
export async function proceduresInForce(kind: ProcedureKind, typeIds: string[], on: Date, client: RuleClient = db): Promise<Map<string, ProcedureRuleDto>> {
  if (typeIds.length === 0) return new Map();
  const versions = await client.procedureRule.findMany({ where: { kind, typeId: { in: [...new Set(typeIds)] } }, select: procedureRuleSelect, orderBy: [{ ruleKey: 'asc' }, { version: 'asc' }] });
  const newest = new Map<string, ProcedureRuleDto>();
  for (const v of versions) if (inForce(v, on)) newest.set(v.ruleKey, v);
  const byType = new Map<string, ProcedureRuleDto>();
  for (const v of newest.values()) if (!v.withdrawn && !byType.has(v.typeId)) byType.set(v.typeId, v);
  return byType;
}

/** Every version of every rule of procedure, newest first within a key (the rules page). */
export async function listProcedureRules() {
  return db.procedureRule.findMany({
    select: { ...procedureRuleSelect, type: { select: { name: true, code: true } } },
    orderBy: [{ kind: 'asc' }, { ruleKey: 'asc' }, { version: 'desc' }],
  });
}

/** The working calendar with the announced days. */
export async function loadWorkingCalendar(client: CalendarClient = db): Promise<WorkingCalendar> {
  const days = await client.calendarDay.findMany({ select: { date: true, dayOff: true, label: true, confirmation: true } });
  return new WorkingCalendar(days.map((d) => ({ date: d.date.toISOString().slice(0, 10), dayOff: d.dayOff, label: d.label, toConfirm: d.confirmation === 'TO_CONFIRM' })));
}

export async function listCalendarDays() {
  return db.calendarDay.findMany({ orderBy: { date: 'asc' } });
}
