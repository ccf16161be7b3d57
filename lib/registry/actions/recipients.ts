'use server';
// People and collectives (REGISTRAR and ADMIN). A name that already exists in the same
// unit is refused until the registrar confirms it is someone else; a person moving to
// another unit keeps their history (the old entry is closed, a new one opened).
import { randomBytes } from 'node:crypto';
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { tags } from '@/lib/platform/cache-tags';
import type { Prisma } from '@/lib/generated/prisma/client';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { nameKeySql } from '@/lib/registry/data/recipient-matching';
import { nameKey } from '@/lib/registry/names';
import { slugify } from '@/lib/common/slug';
import { createCollectiveSchema, createIndividualSchema, moveIndividualSchema, updateCollectiveSchema, updateIndividualSchema } from '@/lib/registry/schemas/writes';

const registryTags = [tags.registry, tags.sitemap];
const suffix = () => randomBytes(4).toString('hex');

async function unitExists(tx: Prisma.TransactionClient, unitId: string) {
  if (!(await tx.unit.findUnique({ where: { id: unitId }, select: { id: true } }))) throw new ActionError('Đơn vị không còn tồn tại.', { unitId: ['Chọn lại đơn vị'] });
}

/** Records in the unit whose name folds to the same key (accents, case, spacing aside). */
async function namesakes(tx: Prisma.TransactionClient, table: 'individuals' | 'collectives', unitId: string, name: string, exceptId = '') {
  const rows =
    table === 'individuals'
      ? await tx.$queryRaw<{ id: string; name: string }[]>`SELECT id, full_name AS name FROM individuals WHERE unit_id = ${unitId} AND id <> ${exceptId} AND ${nameKeySql('full_name')} = ${nameKey(name)}`
      : await tx.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM collectives WHERE unit_id = ${unitId} AND id <> ${exceptId} AND ${nameKeySql('name')} = ${nameKey(name)}`;
  return rows;
}

export const createIndividual = withRole(REGISTRY_ROLES, createIndividualSchema, async (input, _user, tx) => {
  await unitExists(tx, input.unitId);
  const same = await namesakes(tx, 'individuals', input.unitId, input.fullName);
  if (same.length && !input.confirmDuplicate) {
    throw new ActionError(`Đơn vị này đã có ${same.length} hồ sơ tên "${same[0]!.name}". Nếu đây là người khác, đánh dấu ô xác nhận rồi lưu lại.`, { fullName: ['Trùng tên với hồ sơ có sẵn trong đơn vị'], confirmDuplicate: ['Xác nhận đây là người khác'] });
  }
  const person = await tx.individual.create({
    data: {
      slug: `${slugify(input.fullName, 60)}-${suffix()}`,
      fullName: input.fullName,
      position: input.position,
      unitId: input.unitId,
      gender: input.gender ?? null,
      birthYear: input.birthYear ?? null,
      publicationConsent: input.publicationConsent,
      unitHistory: { create: { unitId: input.unitId, position: input.position } },
    },
    select: { id: true, fullName: true, unitId: true, publicationConsent: true },
  });
  return { message: `Đã tạo hồ sơ ${person.fullName}.`, data: { id: person.id }, audit: [{ action: 'individual.create', entity: 'individual', entityId: person.id, diff: { after: person } }], tags: registryTags };
});

export const updateIndividual = withRole(REGISTRY_ROLES, updateIndividualSchema, async (input, _user, tx) => {
  const before = await tx.individual.findUnique({ where: { id: input.id }, select: { fullName: true, position: true, gender: true, birthYear: true, publicationConsent: true } });
  if (!before) throw new ActionError('Hồ sơ không còn tồn tại.');
  const after = { fullName: input.fullName, position: input.position, gender: input.gender ?? null, birthYear: input.birthYear ?? null, publicationConsent: input.publicationConsent };
  await tx.individual.update({ where: { id: input.id }, data: after });
  return {
    message: `Đã lưu hồ sơ ${input.fullName}${before.publicationConsent && !input.publicationConsent ? ' (từ nay không công khai ở bất kỳ trang, danh sách hay tệp tải nào)' : ''}.`,
    audit: [{ action: 'individual.update', entity: 'individual', entityId: input.id, diff: { before, after } }],
    tags: registryTags,
  };
});

export const moveIndividual = withRole(REGISTRY_ROLES, moveIndividualSchema, async (input, _user, tx) => {
  const person = await tx.individual.findUnique({ where: { id: input.id }, select: { fullName: true, unitId: true, position: true } });
  if (!person) throw new ActionError('Hồ sơ không còn tồn tại.');
  if (person.unitId === input.unitId) throw new ActionError('Người này đang ở đơn vị đó.', { unitId: ['Chọn đơn vị khác'] });
  await unitExists(tx, input.unitId);
  await tx.individualUnitHistory.updateMany({ where: { individualId: input.id, endedAt: null }, data: { endedAt: input.movedAt } });
  await tx.individualUnitHistory.create({ data: { individualId: input.id, unitId: input.unitId, position: input.position ?? person.position, startedAt: input.movedAt } });
  await tx.individual.update({ where: { id: input.id }, data: { unitId: input.unitId, position: input.position ?? person.position } });
  return {
    message: `Đã chuyển ${person.fullName} sang đơn vị mới; quá trình công tác được giữ.`,
    audit: [{ action: 'individual.move', entity: 'individual', entityId: input.id, diff: { before: { unitId: person.unitId, position: person.position }, after: { unitId: input.unitId, position: input.position ?? person.position }, movedAt: input.movedAt.toISOString().slice(0, 10) } }],
    tags: registryTags,
  };
});

export const createCollective = withRole(REGISTRY_ROLES, createCollectiveSchema, async (input, _user, tx) => {
  await unitExists(tx, input.unitId);
  const same = await namesakes(tx, 'collectives', input.unitId, input.name);
  if (same.length && !input.confirmDuplicate) {
    throw new ActionError(`Đơn vị này đã có tập thể "${same[0]!.name}". Nếu đây là tập thể khác, đánh dấu ô xác nhận rồi lưu lại.`, { name: ['Trùng tên với tập thể có sẵn trong đơn vị'], confirmDuplicate: ['Xác nhận đây là tập thể khác'] });
  }
  const collective = await tx.collective.create({ data: { slug: `${slugify(input.name, 60)}-${suffix()}`, name: input.name, unitId: input.unitId, description: input.description }, select: { id: true, name: true, unitId: true } });
  return { message: `Đã tạo tập thể ${collective.name}.`, data: { id: collective.id }, audit: [{ action: 'collective.create', entity: 'collective', entityId: collective.id, diff: { after: collective } }], tags: registryTags };
});

export const updateCollective = withRole(REGISTRY_ROLES, updateCollectiveSchema, async (input, _user, tx) => {
  const before = await tx.collective.findUnique({ where: { id: input.id }, select: { name: true, description: true, unitId: true, active: true } });
  if (!before) throw new ActionError('Tập thể không còn tồn tại.');
  if (input.unitId !== before.unitId) await unitExists(tx, input.unitId);
  const after = { name: input.name, description: input.description, unitId: input.unitId, active: input.active };
  await tx.collective.update({ where: { id: input.id }, data: after });
  return { message: `Đã lưu tập thể ${input.name}.`, audit: [{ action: 'collective.update', entity: 'collective', entityId: input.id, diff: { before, after } }], tags: registryTags };
});
