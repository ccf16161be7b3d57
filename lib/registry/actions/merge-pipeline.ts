import 'server-only';
// A unit merged into another takes its pipeline along: its officers work for the target,
// its dossiers (and those it holds) become the target's, and its registrations join the
// target's for the same year (aims already there are kept once).
import type { Prisma } from '@/lib/generated/prisma/client';

export async function movePipeline(tx: Prisma.TransactionClient, sourceId: string, targetId: string) {
  const officers = (await tx.user.updateMany({ where: { unitId: sourceId }, data: { unitId: targetId } })).count;
  const dossiers = (await tx.dossier.updateMany({ where: { unitId: sourceId }, data: { unitId: targetId } })).count;
  await tx.dossier.updateMany({ where: { holderUnitId: sourceId }, data: { holderUnitId: targetId } });
  await tx.dossierRow.updateMany({ where: { unitId: sourceId }, data: { unitId: targetId } });
  await tx.dossierRow.updateMany({ where: { newUnitId: sourceId }, data: { newUnitId: targetId } });

  // Registrations: the source's own for a year the target has none of move whole; the
  // others' aims join the target's registration of that year.
  const registrations = await tx.emulationRegistration.findMany({ where: { unitId: sourceId }, select: { id: true, year: true } });
  for (const r of registrations) {
    const into = await tx.emulationRegistration.findUnique({ where: { unitId_year: { unitId: targetId, year: r.year } }, select: { id: true } });
    if (!into) {
      await tx.emulationRegistration.update({ where: { id: r.id }, data: { unitId: targetId } });
      continue;
    }
    await tx.$executeRaw`
      INSERT INTO registration_entries (id, registration_id, type_id, unit_id, collective_id, individual_id)
      SELECT md5(random()::text || e.id), ${into.id}, e.type_id, e.unit_id, e.collective_id, e.individual_id
      FROM registration_entries e WHERE e.registration_id = ${r.id}
      ON CONFLICT DO NOTHING`;
    await tx.emulationRegistration.delete({ where: { id: r.id } });
  }
  // The source itself as an aim (a title for the unit) becomes the target's, once per registration and title.
  await tx.$executeRaw`
    UPDATE registration_entries e SET unit_id = ${targetId}
    WHERE e.unit_id = ${sourceId} AND NOT EXISTS (
      SELECT 1 FROM registration_entries o WHERE o.registration_id = e.registration_id AND o.type_id = e.type_id AND o.unit_id = ${targetId})`;
  await tx.registrationEntry.deleteMany({ where: { unitId: sourceId } });
  return { officers, dossiers, registrations: registrations.length };
}
