'use server';
// Recognised initiatives (sáng kiến), which the higher titles' criteria ask for: recorded
// and corrected by registrars, every change audited with what it was before.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { tags } from '@/lib/platform/cache-tags';
import { initiativeSchema } from '@/lib/registry/schemas/eligibility';

export const saveInitiative = withRole(REGISTRY_ROLES, initiativeSchema, async (input, _user, tx) => {
  const person = await tx.individual.findUnique({ where: { id: input.individualId }, select: { fullName: true } });
  if (!person) throw new ActionError('Cá nhân không còn trong sổ.');
  const fields = { year: input.year, title: input.title, level: input.level, recognizedBy: input.recognizedBy, reference: input.reference ?? null };
  if (input.id) {
    const before = await tx.initiative.findUnique({ where: { id: input.id }, select: { individualId: true, year: true, title: true, level: true, recognizedBy: true, reference: true } });
    if (!before || before.individualId !== input.individualId) throw new ActionError('Sáng kiến không còn trong sổ.');
    await tx.initiative.update({ where: { id: input.id }, data: fields });
    return { message: `Đã sửa sáng kiến của ${person.fullName}.`, data: { id: input.id }, audit: [{ action: 'initiative.update', entity: 'initiative', entityId: input.id, diff: { before, after: fields } }], tags: [tags.registry] };
  }
  const created = await tx.initiative.create({ data: { individualId: input.individualId, ...fields }, select: { id: true } });
  return {
    message: `Đã ghi sáng kiến "${input.title}" của ${person.fullName}.`,
    data: { id: created.id },
    audit: [{ action: 'initiative.create', entity: 'initiative', entityId: created.id, diff: { individualId: input.individualId, after: fields } }],
    tags: [tags.registry],
  };
});
