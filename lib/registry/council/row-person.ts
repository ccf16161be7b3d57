// A dossier row's recipient as the council's agenda, the minutes and the public notice name
// them: the name, their position and their unit — whether the row points at a record of the
// registry or names someone new.
import type { Prisma } from '@/lib/generated/prisma/client';

export const rowPersonSelect = {
  id: true,
  kind: true,
  achievement: true,
  rejected: true,
  newName: true,
  newPosition: true,
  typeId: true,
  type: { select: { name: true, code: true } },
  newUnit: { select: { name: true } },
  individual: { select: { fullName: true, position: true, unit: { select: { name: true } } } },
  collective: { select: { name: true, unit: { select: { name: true } } } },
  unit: { select: { name: true, parent: { select: { name: true } } } },
  dossier: { select: { id: true, code: true, unit: { select: { name: true } } } },
} satisfies Prisma.DossierRowSelect;

export type RowPersonRecord = Prisma.DossierRowGetPayload<{ select: typeof rowPersonSelect }>;

export type RowPerson = { name: string; jobTitle: string | null; unitName: string; proposed: string; summary: string };

export function rowPerson(row: RowPersonRecord): RowPerson {
  const name = row.individual?.fullName ?? row.collective?.name ?? row.unit?.name ?? row.newName ?? '';
  const unitName = row.individual?.unit.name ?? row.collective?.unit.name ?? row.newUnit?.name ?? row.unit?.parent?.name ?? row.dossier.unit.name;
  return { name, jobTitle: row.individual?.position ?? row.newPosition ?? null, unitName, proposed: row.type.name, summary: row.achievement };
}
