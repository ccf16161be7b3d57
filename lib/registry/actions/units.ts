'use server';
// The unit tree (REGISTRAR and ADMIN): create, rename, move (never under itself or its
// own descendants), merge (everything the source holds moves to the target: sub-units,
// collectives, people with their history, awards, campaigns, story links; nothing is
// lost and every count stays the same; the source's address redirects), and deactivate (the history stays public).
import { randomBytes } from 'node:crypto';
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { tags } from '@/lib/platform/cache-tags';
import type { Prisma } from '@/lib/generated/prisma/client';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { slugify } from '@/lib/common/slug';
import { createUnitSchema, mergeUnitsSchema, moveUnitSchema, updateUnitSchema } from '@/lib/registry/schemas/writes';
import { movePipeline } from '@/lib/registry/actions/merge-pipeline';

type Tx = Prisma.TransactionClient;
const registryTags = [tags.registry, tags.sitemap];

/** The unit and every unit below it (one recursive query). */
async function subtreeIds(tx: Tx, id: string): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = ${id} UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
    SELECT id FROM sub`;
  return new Set(rows.map((r) => r.id));
}

export const createUnit = withRole(REGISTRY_ROLES, createUnitSchema, async (input, _user, tx) => {
  if (await tx.unit.findUnique({ where: { code: input.code }, select: { id: true } })) throw new ActionError('Mã đơn vị đã được dùng.', { code: ['Chọn mã khác'] });
  if (input.parentId && !(await tx.unit.findUnique({ where: { id: input.parentId }, select: { id: true } }))) throw new ActionError('Đơn vị cấp trên không còn tồn tại.', { parentId: ['Chọn lại'] });
  // A slug is never reused: neither a unit's nor one a merged unit left behind (it redirects).
  const taken = async (slug: string) => Boolean((await tx.unit.findUnique({ where: { slug }, select: { id: true } })) ?? (await tx.unitSlug.findUnique({ where: { slug }, select: { slug: true } })));
  let slug = slugify(input.name);
  if (await taken(slug)) slug = `${slug}-${input.code.toLowerCase()}`;
  if (await taken(slug)) slug = `${slug}-${randomBytes(3).toString('hex')}`;
  const unit = await tx.unit.create({ data: { ...input, parentId: input.parentId ?? null, slug }, select: { id: true, name: true, code: true, parentId: true } });
  return {
    message: `Đã tạo đơn vị "${unit.name}".`,
    data: { id: unit.id },
    audit: [{ action: 'unit.create', entity: 'unit', entityId: unit.id, diff: { after: unit } }],
    tags: registryTags,
  };
});

export const updateUnit = withRole(REGISTRY_ROLES, updateUnitSchema, async (input, _user, tx) => {
  const before = await tx.unit.findUnique({ where: { id: input.id }, select: { name: true, shortName: true, kind: true, description: true, active: true } });
  if (!before) throw new ActionError('Đơn vị không còn tồn tại.');
  if (before.active && !input.active) {
    const activeChildren = await tx.unit.count({ where: { parentId: input.id, active: true } });
    if (activeChildren > 0) throw new ActionError(`Đơn vị còn ${activeChildren} đơn vị trực thuộc đang hoạt động: hãy chuyển hoặc ngừng hoạt động các đơn vị đó trước.`, { active: ['Còn đơn vị trực thuộc'] });
  }
  const after = { name: input.name, shortName: input.shortName, kind: input.kind, description: input.description, active: input.active };
  await tx.unit.update({ where: { id: input.id }, data: after });
  return {
    message: input.active ? `Đã lưu đơn vị "${input.name}".` : `Đã lưu; "${input.name}" ngừng hoạt động (lịch sử khen thưởng vẫn được giữ và công khai).`,
    audit: [{ action: 'unit.update', entity: 'unit', entityId: input.id, diff: { before, after } }],
    tags: registryTags,
  };
});

export const moveUnit = withRole(REGISTRY_ROLES, moveUnitSchema, async (input, _user, tx) => {
  const unit = await tx.unit.findUnique({ where: { id: input.id }, select: { name: true, parentId: true } });
  if (!unit) throw new ActionError('Đơn vị không còn tồn tại.');
  if (input.parentId) {
    if (!(await tx.unit.findUnique({ where: { id: input.parentId }, select: { id: true } }))) throw new ActionError('Đơn vị cấp trên không còn tồn tại.', { parentId: ['Chọn lại'] });
    if ((await subtreeIds(tx, input.id)).has(input.parentId)) {
      throw new ActionError('Không thể chuyển một đơn vị vào chính nó hoặc vào đơn vị trực thuộc của nó.', { parentId: ['Chọn đơn vị cấp trên khác'] });
    }
  }
  await tx.unit.update({ where: { id: input.id }, data: { parentId: input.parentId ?? null } });
  return {
    message: `Đã chuyển "${unit.name}".`,
    audit: [{ action: 'unit.move', entity: 'unit', entityId: input.id, diff: { before: { parentId: unit.parentId }, after: { parentId: input.parentId ?? null } } }],
    tags: registryTags,
  };
});

export const mergeUnits = withRole(REGISTRY_ROLES, mergeUnitsSchema, async (input, _user, tx) => {
  const targetId = input.targetId!;
  const [source, target] = await Promise.all([
    tx.unit.findUnique({ where: { id: input.sourceId }, select: { id: true, name: true, code: true, slug: true, parentId: true } }),
    tx.unit.findUnique({ where: { id: targetId }, select: { id: true, name: true } }),
  ]);
  if (!source || !target) throw new ActionError('Một trong hai đơn vị không còn tồn tại.');
  if ((await subtreeIds(tx, source.id)).has(target.id)) throw new ActionError('Không thể sáp nhập một đơn vị vào đơn vị trực thuộc của nó.', { targetId: ['Chọn đơn vị nhận khác'] });

  const moved = {
    units: (await tx.unit.updateMany({ where: { parentId: source.id }, data: { parentId: target.id } })).count,
    collectives: (await tx.collective.updateMany({ where: { unitId: source.id }, data: { unitId: target.id } })).count,
    individuals: 0,
    awards: (await tx.award.updateMany({ where: { unitId: source.id }, data: { unitId: target.id } })).count,
    campaigns: (await tx.campaign.updateMany({ where: { launchingUnitId: source.id }, data: { launchingUnitId: target.id } })).count,
  };
  // People: their current unit changes, and their history says when (the past stays).
  const people = await tx.individual.findMany({ where: { unitId: source.id }, select: { id: true, position: true } });
  if (people.length) {
    const today = new Date();
    await tx.individualUnitHistory.updateMany({ where: { individualId: { in: people.map((p) => p.id) }, unitId: source.id, endedAt: null }, data: { endedAt: today } });
    await tx.individualUnitHistory.createMany({ data: people.map((p) => ({ individualId: p.id, unitId: target.id, position: p.position, startedAt: today })) });
    moved.individuals = (await tx.individual.updateMany({ where: { unitId: source.id }, data: { unitId: target.id } })).count;
  }
  // Past history rows keep pointing at a unit that will be gone: they name the target now,
  // and the audit event keeps the source's name and code.
  await tx.individualUnitHistory.updateMany({ where: { unitId: source.id }, data: { unitId: target.id } });
  // Story links: one per story and unit.
  await tx.$executeRaw`INSERT INTO article_units (article_id, unit_id) SELECT article_id, ${target.id} FROM article_units WHERE unit_id = ${source.id} ON CONFLICT DO NOTHING`;
  await tx.articleUnit.deleteMany({ where: { unitId: source.id } });
  const pipeline = await movePipeline(tx, source.id, target.id);
  // Its public address (and those of units merged into it before) now lead to the target.
  await tx.unitSlug.updateMany({ where: { unitId: source.id }, data: { unitId: target.id } });
  await tx.unitSlug.create({ data: { slug: source.slug, unitId: target.id } });
  await tx.unit.delete({ where: { id: source.id } });
  return {
    message: `Đã sáp nhập "${source.name}" vào "${target.name}": chuyển ${moved.units} đơn vị trực thuộc, ${moved.collectives} tập thể, ${moved.individuals} cá nhân, ${moved.awards} lượt khen thưởng của đơn vị.`,
    data: moved,
    audit: [{ action: 'unit.merge', entity: 'unit', entityId: target.id, diff: { source: { id: source.id, name: source.name, code: source.code, slug: source.slug, parentId: source.parentId }, moved, pipeline } }],
    tags: registryTags,
  };
});
