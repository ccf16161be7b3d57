// The unit tree: registrars and admins only; moves never create a cycle; a merge moves
// everything (sub-units, collectives, people with history, awards, story links) so that
// no award is lost and the roll-up counts stay the same; deactivation keeps history.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { signIn } from '../support/acting-as';

const { createUnit, updateUnit, moveUnit, mergeUnits } = await import('@/lib/registry/actions/units');
const { getMergedUnitSlug } = await import('@/lib/registry/data/units');
const { getAwardPage } = await import('@/lib/registry/data/awards');
const { parseAwardFilters } = await import('@/lib/registry/schemas/filters');
const prisma = testPrisma();
const as = (id: string | null, role = 'REGISTRAR') => signIn(id ? { id, role } : null);
const P = `UT${Date.now() % 100_000}`;
const ids: Record<string, string> = {};
let slugA = '';

async function make(code: string, name: string, parentId?: string) {
  const r = await createUnit({ code: `${P}-${code}`, name, kind: 'AGENCY', parentId });
  expect(r).toMatchObject({ ok: true });
  return (r as { data: { id: string } }).data.id;
}

beforeAll(async () => {
  as('user-registrar');
  const root = await prisma.unit.findFirstOrThrow({ where: { parentId: null }, select: { id: true } });
  ids.a = await make('A', 'Sở Thử nghiệm A', root.id);
  slugA = (await prisma.unit.findUniqueOrThrow({ where: { id: ids.a }, select: { slug: true } })).slug;
  ids.a1 = await make('A1', 'Phòng A1', ids.a);
  ids.b = await make('B', 'Sở Thử nghiệm B', root.id);
  const type = await prisma.commendationType.findFirstOrThrow({ where: { code: 'BK-UBND' }, select: { id: true } });
  const decision = await prisma.decision.create({ data: { slug: `qd-${P.toLowerCase()}`, number: `${P}/QĐ`, signedAt: new Date('2024-05-01'), issuingAuthority: 'UBND tỉnh (kiểm thử đơn vị)', signerName: 'A', signerTitle: 'B', category: 'PERIODIC' } });
  ids.decision = decision.id;
  const collective = await prisma.collective.create({ data: { slug: `to-${P.toLowerCase()}`, name: 'Tổ kiểm thử', unitId: ids.a1 } });
  const person = await prisma.individual.create({ data: { slug: `nguoi-${P.toLowerCase()}`, fullName: 'Người Kiểm Thử', unitId: ids.a, unitHistory: { create: { unitId: ids.a, startedAt: new Date('2020-01-01') } } } });
  ids.collective = collective.id;
  ids.person = person.id;
  await prisma.award.createMany({
    data: [
      { decisionId: decision.id, typeId: type.id, year: 2023, unitId: ids.a },
      { decisionId: decision.id, typeId: type.id, year: 2023, collectiveId: collective.id },
      { decisionId: decision.id, typeId: type.id, year: 2023, individualId: person.id },
      { decisionId: decision.id, typeId: type.id, year: 2023, unitId: ids.b },
    ],
  });
});

afterAll(async () => {
  await prisma.award.deleteMany({ where: { decisionId: ids.decision } });
  await prisma.decision.deleteMany({ where: { id: ids.decision } });
  await prisma.individual.deleteMany({ where: { id: ids.person } });
  await prisma.collective.deleteMany({ where: { id: ids.collective } });
  await prisma.unit.deleteMany({ where: { id: { in: [ids.a1!, ids.again ?? ''] } } });
  await prisma.unit.deleteMany({ where: { id: { in: [ids.a!, ids.b!, ids.c ?? ''] } } });
});

/** Awards held by a unit, its sub-units' collectives and people, at any depth. */
async function rollUp(unitId: string) {
  const [row] = await prisma.$queryRaw<{ n: bigint }[]>`
    WITH RECURSIVE sub(id) AS (SELECT id FROM units WHERE id = ${unitId} UNION ALL SELECT u.id FROM units u JOIN sub ON u.parent_id = sub.id)
    SELECT count(*) AS n FROM awards a
    LEFT JOIN collectives c ON c.id = a.collective_id LEFT JOIN individuals i ON i.id = a.individual_id
    WHERE coalesce(a.unit_id, c.unit_id, i.unit_id) IN (SELECT id FROM sub)`;
  return Number(row!.n);
}

describe('units', () => {
  it('is for registrars and admins only', async () => {
    as('user-editor', 'EDITOR');
    expect(await createUnit({ code: `${P}-X`, name: 'Không được tạo', kind: 'AGENCY' })).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    expect(await mergeUnits({ sourceId: ids.a, targetId: ids.b })).toMatchObject({ ok: false });
    expect(await prisma.unit.count({ where: { code: `${P}-X` } })).toBe(0);
  });

  it('refuses a duplicate code and a move that would make a cycle', async () => {
    as('user-admin', 'ADMIN');
    expect(await createUnit({ code: `${P}-a`, name: 'Trùng mã', kind: 'AGENCY' })).toMatchObject({ ok: false, fieldErrors: { code: ['Chọn mã khác'] } });
    expect(await moveUnit({ id: ids.a, parentId: ids.a1 })).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await moveUnit({ id: ids.a, parentId: ids.a })).toMatchObject({ ok: false });
    expect(await mergeUnits({ sourceId: ids.a, targetId: ids.a1 })).toMatchObject({ ok: false, fieldErrors: { targetId: [expect.any(String)] } });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: ids.a } })).toMatchObject({ parentId: expect.not.stringMatching(ids.a1!) });
  });

  it('does not deactivate a unit with active sub-units, and keeps history when it does', async () => {
    as('user-registrar');
    expect(await updateUnit({ id: ids.a, name: 'Sở Thử nghiệm A', kind: 'AGENCY', active: '' })).toMatchObject({ ok: false, message: expect.stringContaining('1 đơn vị trực thuộc') });
    expect(await updateUnit({ id: ids.a1, name: 'Phòng A1', kind: 'AGENCY', active: '' })).toMatchObject({ ok: true });
    expect(await prisma.award.count({ where: { collective: { unitId: ids.a1 } } })).toBe(1);
    expect(await updateUnit({ id: ids.a1, name: 'Phòng A1', kind: 'AGENCY', active: 'on' })).toMatchObject({ ok: true });
  });

  it('merges A into B: everything moves, no award is lost, the roll-up adds up', async () => {
    as('user-registrar');
    const [totalBefore, aBefore, bBefore] = [await prisma.award.count(), await rollUp(ids.a!), await rollUp(ids.b!)];
    expect([aBefore, bBefore]).toEqual([3, 1]);
    const r = await mergeUnits({ sourceId: ids.a, targetId: ids.b });
    expect(r).toMatchObject({ ok: true, data: { units: 1, collectives: 0, individuals: 1, awards: 1 } });
    expect(await prisma.unit.findUnique({ where: { id: ids.a } })).toBeNull();
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: ids.a1 } })).toMatchObject({ parentId: ids.b });
    expect(await prisma.award.count()).toBe(totalBefore);
    expect(await rollUp(ids.b!)).toBe(aBefore + bBefore);
    const person = await prisma.individual.findUniqueOrThrow({ where: { id: ids.person }, include: { unitHistory: { orderBy: { startedAt: 'asc' } } } });
    expect(person.unitId).toBe(ids.b);
    expect(person.unitHistory).toHaveLength(2);
    expect(person.unitHistory[0]!.endedAt).not.toBeNull();
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'unit.merge', entityId: ids.b } });
    expect(audit.diff).toMatchObject({ source: { name: 'Sở Thử nghiệm A', code: `${P}-A` } });
  });

  it("keeps the merged unit's address: it leads to the target, filters by it still find the awards, and it is never reused", async () => {
    as('user-registrar');
    const b = await prisma.unit.findUniqueOrThrow({ where: { id: ids.b }, select: { slug: true } });
    expect(await getMergedUnitSlug(slugA)).toBe(b.slug);
    expect(await getMergedUnitSlug('khong-co-don-vi-nay')).toBeNull();
    // The registry's list filtered by the old slug shows the target's awards, with and without sub-units.
    const byOld = await getAwardPage(parseAwardFilters({ 'don-vi': slugA, 'cap-duoi': '1' }), 100);
    const byNew = await getAwardPage(parseAwardFilters({ 'don-vi': b.slug, 'cap-duoi': '1' }), 100);
    expect(byNew.total).toBeGreaterThanOrEqual(3);
    expect(byOld.total).toBe(byNew.total);
    expect(byOld.rows.map((r) => r.id)).toEqual(byNew.rows.map((r) => r.id));
    expect((await getAwardPage(parseAwardFilters({ 'don-vi': slugA }), 100)).total).toBe((await getAwardPage(parseAwardFilters({ 'don-vi': b.slug }), 100)).total);
    // A new unit with the merged unit's name gets another slug: the old address keeps its meaning.
    const again = await make('A2', 'Sở Thử nghiệm A');
    ids.again = again;
    expect((await prisma.unit.findUniqueOrThrow({ where: { id: again } })).slug).not.toBe(slugA);
    // Merging B onward carries the addresses merged into it.
    const c = await make('C', 'Sở Thử nghiệm C');
    ids.c = c;
    expect(await mergeUnits({ sourceId: ids.b, targetId: c })).toMatchObject({ ok: true });
    const cSlug = (await prisma.unit.findUniqueOrThrow({ where: { id: c } })).slug;
    expect([await getMergedUnitSlug(slugA), await getMergedUnitSlug(b.slug)]).toEqual([cSlug, cSlug]);
  });
});
