// The unit tree through time: registrars and admins only; moves never create a cycle; a
// merge is dated and keeps the merged unit (its page, its awards, its story links) while its
// sub-units, collectives and people move; the registry rolls awards up through the
// structure as it was on each award's date (or on a chosen day), so a merger neither
// doubles nor drops one; an administrator's undo puts every row back exactly; two
// registrars saving the same unit cannot overwrite each other unseen.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { signIn } from '../support/acting-as';

const { createUnit, updateUnit, moveUnit, mergeUnits, undoUnitEvent, splitUnit, dissolveUnit } = await import('@/lib/registry/actions/units');
const { getAwardPage } = await import('@/lib/registry/data/awards');
const { getUnitPage, getUnitTree, getUnitTreeOn } = await import('@/lib/registry/data/units');
const { getCollectivePage } = await import('@/lib/registry/data/people');
const { getRegistryStats, TOP_UNIT_JOIN } = await import('@/lib/registry/data/stats');
const { parseAwardFilters } = await import('@/lib/registry/schemas/filters');
const prisma = testPrisma();
const as = (id: string | null, role = 'REGISTRAR') => signIn(id ? { id, role } : null);
const P = `UT${Date.now() % 100_000}`;
const ids: Record<string, string> = {};
const slugs: Record<string, string> = {};
const MERGED_ON = '2025-07-01';

async function make(code: string, name: string, parentId?: string) {
  const r = await createUnit({ code: `${P}-${code}`, name, kind: 'AGENCY', parentId });
  expect(r).toMatchObject({ ok: true });
  const id = (r as { data: { id: string } }).data.id;
  slugs[code] = (await prisma.unit.findUniqueOrThrow({ where: { id }, select: { slug: true } })).slug;
  return id;
}
const versionOf = async (id: string) => (await prisma.unit.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeAll(async () => {
  as('user-registrar');
  const root = await prisma.unit.findFirstOrThrow({ where: { parentId: null }, select: { id: true } });
  ids.root = root.id;
  // P-TOP ⊃ A ⊃ A1, and B beside A.
  ids.top = await make('TOP', 'Khối Thử nghiệm', root.id);
  ids.a = await make('A', 'Sở Thử nghiệm A', ids.top);
  ids.a1 = await make('A1', 'Phòng A1', ids.a);
  ids.b = await make('B', 'Sở Thử nghiệm B', ids.top);
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
  const units = [ids.a1, ids.again, ids.a, ids.b, ids.c, ids.top].filter(Boolean) as string[];
  await prisma.award.deleteMany({ where: { decisionId: ids.decision } });
  await prisma.decision.deleteMany({ where: { id: ids.decision } });
  await prisma.individual.deleteMany({ where: { id: ids.person } });
  await prisma.collective.deleteMany({ where: { id: ids.collective } });
  await prisma.unitEvent.deleteMany({ where: { unitId: { in: units } } });
  for (const id of units) await prisma.unit.deleteMany({ where: { id } });
  await prisma.$executeRaw`SELECT bv_rebuild_unit_closure()`;
});

/** The registry's own count: the unit's awards (with sub-units), as the public list filters them. */
async function listed(code: string, extra: Record<string, string> = {}) {
  return (await getAwardPage(parseAwardFilters({ 'don-vi': slugs[code], 'cap-duoi': '1', ...extra }), 100)).total;
}

/** Every row the test's units touch, in a stable order (ids and versions aside from `version`). */
async function snapshot() {
  const units = [ids.top!, ids.a!, ids.a1!, ids.b!];
  return {
    units: await prisma.unit.findMany({ where: { id: { in: units } }, orderBy: { id: 'asc' }, select: { id: true, code: true, slug: true, name: true, parentId: true, active: true, endedOn: true } }),
    periods: await prisma.unitPeriod.findMany({ where: { unitId: { in: units } }, orderBy: { id: 'asc' } }),
    closure: await prisma.$queryRaw`SELECT ancestor_id, descendant_id, valid_from, valid_to FROM unit_closure WHERE descendant_id = ANY(${units}) ORDER BY 1, 2, 3 NULLS FIRST`,
    people: await prisma.individual.findMany({ where: { id: ids.person }, select: { id: true, unitId: true, unitHistory: { orderBy: { id: 'asc' } } } }),
    collectives: await prisma.collective.findMany({ where: { id: ids.collective }, select: { id: true, unitId: true } }),
    awards: await prisma.award.findMany({ where: { decisionId: ids.decision }, orderBy: { id: 'asc' }, select: { id: true, unitId: true, collectiveId: true, individualId: true, holderUnitId: true } }),
    listed: { top: await listed('TOP'), a: await listed('A'), b: await listed('B'), root: (await getAwardPage(parseAwardFilters({ 'don-vi': (await prisma.unit.findUniqueOrThrow({ where: { id: ids.root } })).slug, 'cap-duoi': '1' }), 100)).total },
  };
}

describe('units', () => {
  it('is for registrars and admins only; an undo is for admins', async () => {
    as('user-editor', 'EDITOR');
    expect(await createUnit({ code: `${P}-X`, name: 'Không được tạo', kind: 'AGENCY' })).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    expect(await mergeUnits({ sourceIds: [ids.a], versions: [1, 1], targetId: ids.b })).toMatchObject({ ok: false });
    as('user-registrar');
    expect(await undoUnitEvent({ id: 'khong-co', reason: 'Thử quyền hoàn tác' })).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    expect(await prisma.unit.count({ where: { code: `${P}-X` } })).toBe(0);
  });

  it('refuses a duplicate code and a move that would make a cycle', async () => {
    as('user-admin', 'ADMIN');
    expect(await createUnit({ code: `${P}-a`, name: 'Trùng mã', kind: 'AGENCY' })).toMatchObject({ ok: false, fieldErrors: { code: ['Chọn mã khác'] } });
    expect(await moveUnit({ id: ids.a, version: await versionOf(ids.a!), parentId: ids.a1 })).toMatchObject({ ok: false, fieldErrors: { parentId: [expect.any(String)] } });
    expect(await mergeUnits({ sourceIds: [ids.a], versions: [await versionOf(ids.a!), await versionOf(ids.a1!)], targetId: ids.a1 })).toMatchObject({ ok: false, fieldErrors: { targetId: [expect.any(String)] } });
    expect(await mergeUnits({ sourceIds: [ids.a], versions: [1, 1], targetId: ids.a })).toMatchObject({ ok: false, fieldErrors: { targetId: [expect.any(String)] } });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: ids.a } })).toMatchObject({ parentId: ids.top });
  });

  it('does not deactivate a unit with active sub-units, and keeps history when it does', async () => {
    as('user-registrar');
    const base = { name: 'Sở Thử nghiệm A', kind: 'AGENCY' };
    expect(await updateUnit({ ...base, id: ids.a, version: await versionOf(ids.a!), active: '' })).toMatchObject({ ok: false, message: expect.stringContaining('1 đơn vị trực thuộc') });
    expect(await updateUnit({ id: ids.a1, name: 'Phòng A1', kind: 'AGENCY', version: await versionOf(ids.a1!), active: '' })).toMatchObject({ ok: true });
    expect(await prisma.award.count({ where: { collective: { unitId: ids.a1 } } })).toBe(1);
    expect(await updateUnit({ id: ids.a1, name: 'Phòng A1', kind: 'AGENCY', version: await versionOf(ids.a1!), active: 'on' })).toMatchObject({ ok: true });
  });

  it('refuses the second of two registrars saving the same unit, naming the change it would overwrite', async () => {
    const seen = await versionOf(ids.b!);
    as('user-registrar');
    expect(await updateUnit({ id: ids.b, name: 'Sở Thử nghiệm B', shortName: 'STN-B', kind: 'AGENCY', version: seen, active: 'on' })).toMatchObject({ ok: true });
    as('user-admin', 'ADMIN');
    const late = await updateUnit({ id: ids.b, name: 'Sở B (ghi đè)', kind: 'AGENCY', version: seen, active: 'on' });
    expect(late).toMatchObject({ ok: false, message: expect.stringMatching(/vừa được người khác thay đổi \(sửa đơn vị — .+\)/) });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: ids.b } })).toMatchObject({ name: 'Sở Thử nghiệm B', shortName: 'STN-B' });
  });

  it('merges A into B on a date: A keeps its page and awards; its sub-units, collectives and people move; no award is doubled or dropped', async () => {
    as('user-registrar');
    const before = await snapshot();
    // On the awards' own dates (2024), A and its sub-unit held three, B one; the block all four.
    expect(before.listed).toMatchObject({ a: 3, b: 1, top: 4 });
    const r = await mergeUnits({ sourceIds: [ids.a], versions: [await versionOf(ids.a!), await versionOf(ids.b!)], targetId: ids.b, effectiveOn: MERGED_ON, note: 'QĐ 01/QĐ-UBND' });
    expect(r).toMatchObject({ ok: true, data: { units: 1, collectives: 0, individuals: 1 } });
    const a = await prisma.unit.findUniqueOrThrow({ where: { id: ids.a } });
    expect(a).toMatchObject({ active: false, parentId: ids.b, slug: slugs.A });
    expect(a.endedOn?.toISOString().slice(0, 10)).toBe(MERGED_ON);
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: ids.a1 } })).toMatchObject({ parentId: ids.b });
    // Awards stay with whoever received them.
    expect((await snapshot()).awards).toEqual(before.awards);
    const person = await prisma.individual.findUniqueOrThrow({ where: { id: ids.person }, include: { unitHistory: { orderBy: { startedAt: 'asc' } } } });
    expect(person.unitId).toBe(ids.b);
    expect(person.unitHistory.map((h) => [h.unitId, h.endedAt?.toISOString().slice(0, 10) ?? null])).toEqual([
      [ids.a, MERGED_ON],
      [ids.b, null],
    ]);
    // As each award was given: unchanged. As the structure is now: B carries A's history.
    expect(await listed('A')).toBe(3);
    expect(await listed('B')).toBe(1);
    expect(await listed('TOP')).toBe(4);
    expect(await listed('B', { 'co-cau-ngay': '2026-01-01' })).toBe(4);
    expect(await listed('B', { 'co-cau-ngay': '2025-06-30' })).toBe(1);
    expect(await listed('TOP', { 'co-cau-ngay': '2026-01-01' })).toBe(4);
    expect((await snapshot()).listed.root).toBe(before.listed.root);
    const event = await prisma.unitEvent.findFirstOrThrow({ where: { unitId: ids.b, kind: 'MERGED' }, include: { successions: true } });
    expect(event.successions).toEqual([expect.objectContaining({ predecessorId: ids.a, successorId: ids.b })]);
    expect(await prisma.auditEvent.findFirst({ where: { action: 'unit.merge', entityId: ids.b } })).toMatchObject({ diff: expect.objectContaining({ eventId: event.id }) });
  });

  it('refuses to move or merge a unit that has ended, and a new unit never takes its address', async () => {
    as('user-registrar');
    expect(await moveUnit({ id: ids.a, version: await versionOf(ids.a!), parentId: ids.top })).toMatchObject({ ok: false, message: expect.stringContaining('đã chấm dứt') });
    expect(await mergeUnits({ sourceIds: [ids.a1], versions: [await versionOf(ids.a1!), await versionOf(ids.a!)], targetId: ids.a })).toMatchObject({ ok: false, fieldErrors: { targetId: ['Đơn vị đã chấm dứt'] } });
    ids.again = await make('A2', 'Sở Thử nghiệm A');
    expect(slugs.A2).not.toBe(slugs.A);
  });

  it("undoes the merge from its event: every row, address and count exactly as before; the undo is audited", async () => {
    // Later steps on the same units come first.
    as('user-registrar');
    expect(await updateUnit({ id: ids.b, name: 'Sở Thử nghiệm B mới', shortName: 'STN-B', kind: 'AGENCY', version: await versionOf(ids.b!), active: 'on', effectiveOn: '2025-08-01' })).toMatchObject({ ok: true });
    const merge = await prisma.unitEvent.findFirstOrThrow({ where: { unitId: ids.b, kind: 'MERGED' } });
    const rename = await prisma.unitEvent.findFirstOrThrow({ where: { unitId: ids.b, kind: 'RENAMED' }, orderBy: { createdAt: 'desc' } });
    as('user-admin', 'ADMIN');
    expect(await undoUnitEvent({ id: merge.id, reason: 'Nhập nhầm quyết định' })).toMatchObject({ ok: false, message: expect.stringContaining('hãy hoàn tác thay đổi đó trước') });
    expect(await undoUnitEvent({ id: rename.id, reason: 'Nhập nhầm tên' })).toMatchObject({ ok: true });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: ids.b } })).toMatchObject({ name: 'Sở Thử nghiệm B' });

    // A person who moved on after the merge would be pulled back by the undo: refused, naming them.
    const c0 = await make('C0', 'Sở Tạm');
    await prisma.individual.update({ where: { id: ids.person }, data: { unitId: c0 } });
    expect(await undoUnitEvent({ id: merge.id, reason: 'Nhập nhầm quyết định' })).toMatchObject({ ok: false, message: expect.stringContaining('Người Kiểm Thử đã được chuyển tiếp sau khi sáp nhập') });
    await prisma.individual.update({ where: { id: ids.person }, data: { unitId: ids.b } });
    await prisma.unit.delete({ where: { id: c0 } });

    const merged = await snapshot();
    const r = await undoUnitEvent({ id: merge.id, reason: 'Nhập nhầm quyết định' });
    expect(r).toMatchObject({ ok: true });
    const after = await snapshot();
    expect(after.units).toEqual(
      merged.units.map((u) => (u.id === ids.a ? { ...u, parentId: ids.top, active: true, endedOn: null } : u.id === ids.a1 ? { ...u, parentId: ids.a } : u)),
    );
    expect(after.listed).toEqual({ top: 4, a: 3, b: 1, root: merged.listed.root });
    expect(after.people[0]!.unitId).toBe(ids.a);
    expect(after.people[0]!.unitHistory.map((h) => [h.unitId, h.endedAt])).toEqual([[ids.a, null]]);
    // The structure is back to one open period each, and the closure as the tree says.
    expect(after.periods.filter((p) => [ids.a, ids.a1].includes(p.unitId)).map((p) => [p.unitId, p.parentId, p.validFrom, p.validTo])).toEqual(
      expect.arrayContaining([
        [ids.a, ids.top, null, null],
        [ids.a1, ids.a, null, null],
      ]),
    );
    expect(after.periods).toHaveLength(4);
    expect(await prisma.unitEvent.findUniqueOrThrow({ where: { id: merge.id } })).toMatchObject({ undoneById: 'user-admin' });
    expect(await prisma.auditEvent.findFirst({ where: { action: 'unit.event.undo', diff: { path: ['eventId'], equals: merge.id } } })).not.toBeNull();
    expect(await undoUnitEvent({ id: merge.id, reason: 'Lần thứ hai' })).toMatchObject({ ok: false, message: expect.stringContaining('đã được hoàn tác') });
  });

  it('moves a unit on a date, refuses a date before its last change, and undoes the move', async () => {
    as('user-registrar');
    ids.c = await make('C', 'Sở Thử nghiệm C', ids.top);
    expect(await moveUnit({ id: ids.a1, version: await versionOf(ids.a1!), parentId: ids.c, effectiveOn: '2026-02-01' })).toMatchObject({ ok: true });
    expect(await moveUnit({ id: ids.a1, version: await versionOf(ids.a1!), parentId: ids.b, effectiveOn: '2026-01-01' })).toMatchObject({ ok: false, fieldErrors: { effectiveOn: [expect.any(String)] } });
    // The collective's award (2024) was under A then; under C only by today's structure.
    expect(await listed('A')).toBe(3);
    expect(await listed('C')).toBe(0);
    expect(await listed('C', { 'co-cau-ngay': '2026-03-01' })).toBe(1);
    // The hierarchy of a day: A1 under A the day before the move, under C from its day.
    const parentOn = async (day: string) => {
      const find = (nodes: Awaited<ReturnType<typeof getUnitTreeOn>>, parent: string | null): string | null | undefined => {
        for (const n of nodes) {
          if (n.id === ids.a1) return parent;
          const below = find(n.children, n.id);
          if (below !== undefined) return below;
        }
        return undefined;
      };
      return find(await getUnitTreeOn(day), null);
    };
    expect(await parentOn('2026-01-31')).toBe(ids.a);
    expect(await parentOn('2026-02-01')).toBe(ids.c);
    const move = await prisma.unitEvent.findFirstOrThrow({ where: { unitId: ids.a1, kind: 'MOVED' } });
    as('user-admin', 'ADMIN');
    expect(await undoUnitEvent({ id: move.id, reason: 'Chuyển nhầm đơn vị' })).toMatchObject({ ok: true });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: ids.a1 } })).toMatchObject({ parentId: ids.a });
    expect(await listed('C', { 'co-cau-ngay': '2026-03-01' })).toBe(0);
    expect(await listed('A', { 'co-cau-ngay': '2026-03-01' })).toBe(3);
    expect(await parentOn('2026-02-01')).toBe(ids.a);
  });

  it('the demo holds the 2025 mergers: the predecessor keeps its page, the successor names it, streaks follow the recipient, and the statistics count each award once', async () => {
    const predecessor = await getUnitPage('dang-bo-so-nong-nghiep-va-phat-trien-nong-thon');
    expect(predecessor).toMatchObject({ active: false, name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn' });
    expect(predecessor!.events[0]).toMatchObject({ kind: 'MERGED', successions: expect.arrayContaining([expect.objectContaining({ successor: expect.objectContaining({ slug: 'dang-bo-so-nong-nghiep-va-moi-truong' }) })]) });
    const successor = await getUnitPage('dang-bo-so-nong-nghiep-va-moi-truong');
    expect(successor!.predecessors.map((p) => [p.name, p.awards])).toEqual([
      ['Chi bộ Sở Tài nguyên và Môi trường', 9],
      ['Đảng bộ Sở Nông nghiệp và Phát triển nông thôn', 15],
    ]);
    // Merged units are not listed as its sub-units, nor in the hierarchy as it is now; the
    // registry's unit filter still offers them, marked with their last day.
    expect(successor!.children.map((c) => c.slug)).not.toContain('dang-bo-so-nong-nghiep-va-phat-trien-nong-thon');
    const flat = (nodes: Awaited<ReturnType<typeof getUnitTree>>): { slug: string; name: string }[] => nodes.flatMap((n) => [n, ...flat(n.children)]);
    expect(flat(await getUnitTree()).map((n) => n.slug)).not.toContain('dang-bo-so-nong-nghiep-va-phat-trien-nong-thon');
    expect(flat(await getUnitTree(true)).find((n) => n.slug === 'dang-bo-so-nong-nghiep-va-phat-trien-nong-thon')?.name).toBe('Đảng bộ Sở Nông nghiệp và Phát triển nông thôn (đến 01/03/2025)');
    // A department that moved with the merger is the same collective: its three years run on.
    const department = await getCollectivePage('dang-bo-so-nong-nghiep-va-phat-trien-nong-thon-1');
    expect(department!.unit.slug).toBe('dang-bo-so-nong-nghiep-va-moi-truong');
    expect(department!.streaks[0]).toMatchObject({ length: 3, fromYear: 2022, toYear: 2024 });
    // The successor's own awards hold none of its predecessors' (their years are not its run).
    const own = await getAwardPage(parseAwardFilters({ 'don-vi': 'dang-bo-so-nong-nghiep-va-moi-truong', 'doi-tuong': 'don-vi' }), 100);
    expect(own.rows.map((r) => r.recipient.name)).not.toContain('Đảng bộ Sở Nông nghiệp và Phát triển nông thôn');
    // By unit, each award once: through the structure of its date, every award below the root
    // finds exactly one top-level unit (none doubled by the merger, none dropped).
    const [counts] = await prisma.$queryRaw<{ joined: bigint; below_root: bigint }[]>`
      SELECT (SELECT count(*) FROM awards a JOIN decisions d ON d.id = a.decision_id ${TOP_UNIT_JOIN}) AS joined,
             (SELECT count(*) FROM awards a WHERE a.holder_unit_id NOT IN (SELECT id FROM units WHERE parent_id IS NULL)) AS below_root`;
    expect(counts!.joined).toBe(counts!.below_root);
    // The predecessor's 15 (its own 3, its departments' 6, its people's 6) count under it, where they were given.
    const [mine] = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM awards a JOIN decisions d ON d.id = a.decision_id ${TOP_UNIT_JOIN} WHERE tu.slug = 'dang-bo-so-nong-nghiep-va-phat-trien-nong-thon'`;
    expect(Number(mine!.n)).toBe(15);
    expect((await getRegistryStats()).total).toBeGreaterThan(0);
  });

  it('shows the hierarchy as it stood on a chosen day: the units then, under their parents then, by their names then', async () => {
    const flat = (nodes: Awaited<ReturnType<typeof getUnitTreeOn>>, parent: string | null = null): { slug: string; name: string; parent: string | null }[] =>
      nodes.flatMap((n) => [{ slug: n.slug, name: n.name, parent }, ...flat(n.children, n.slug)]);
    const before = flat(await getUnitTreeOn('2024-06-01'));
    const after = flat(await getUnitTreeOn('2025-06-01'));
    const { ROOT_UNIT_ID } = await import('@/prisma/seed/organisation');
    const root = await prisma.unit.findUniqueOrThrow({ where: { id: ROOT_UNIT_ID }, select: { slug: true } });
    // Before the 2025 merger the department stood in its own right, under the province's
    // committee (its row now names the unit it joined).
    expect(before.find((n) => n.slug === 'dang-bo-so-nong-nghiep-va-phat-trien-nong-thon')).toEqual({ slug: 'dang-bo-so-nong-nghiep-va-phat-trien-nong-thon', name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn', parent: root.slug });
    expect(after.map((n) => n.slug)).not.toContain('dang-bo-so-nong-nghiep-va-phat-trien-nong-thon');
    // The unit renamed on 1/1/2024 bears its old name on a day before, its new one after.
    const dl = await prisma.unit.findUniqueOrThrow({ where: { id: 'unit-dl' }, select: { slug: true, name: true } });
    expect(flat(await getUnitTreeOn('2023-06-01')).find((n) => n.slug === dl.slug)?.name).toBe('Đảng bộ Điện lực tỉnh');
    expect(after.find((n) => n.slug === dl.slug)?.name).toBe(dl.name);
    // The tree of a day holds each unit of that day once.
    expect(new Set(before.map((n) => n.slug)).size).toBe(before.length);
  });

  it('splits a unit on a date into new parts (the first takes over what it held), and the undo removes the parts and puts everything back', async () => {
    as('user-registrar');
    // A (with its sub-unit A1, the person and its award) splits into two.
    const before = await snapshot();
    const r = await splitUnit({ id: ids.a, version: await versionOf(ids.a!), effectiveOn: '2025-09-01', parts: `Sở Thử nghiệm A – phần 1 | ${P}-P1\nSở Thử nghiệm A – phần 2 | ${P}-P2` });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('nhận 1 đơn vị trực thuộc') });
    const [p1, p2] = (r as { data: { parts: string[] } }).data.parts;
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: ids.a } })).toMatchObject({ active: false, parentId: ids.top });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: ids.a1 } })).toMatchObject({ parentId: p1 });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: p2! } })).toMatchObject({ parentId: ids.top, active: true });
    expect((await prisma.individual.findUniqueOrThrow({ where: { id: ids.person } })).unitId).toBe(p1);
    // Awards stay A's; as given they count under A; the parts begin on the day.
    expect(await listed('A')).toBe(3);
    expect(await listed('TOP')).toBe(before.listed.top);
    const page = await getUnitPage(slugs.A!);
    expect(page!.events[0]).toMatchObject({ kind: 'SPLIT' });
    expect(page!.events[0]!.successions.map((x) => x.successor.id).sort()).toEqual([p1, p2].sort());
    const part = await prisma.unit.findUniqueOrThrow({ where: { id: p2! }, select: { slug: true } });
    expect((await getUnitPage(part.slug))!.predecessors).toEqual([]);
    // The structure of a day: A before the split, its parts (A1 under the first) from its day.
    const nodesOn = async (day: string) => {
      const all = (nodes: Awaited<ReturnType<typeof getUnitTreeOn>>): { id: string; active: boolean }[] => nodes.flatMap((n) => [n, ...all(n.children)]);
      return all(await getUnitTreeOn(day));
    };
    const idsOn = async (day: string) => (await nodesOn(day)).map((n) => n.id);
    expect(await idsOn('2025-08-31')).toEqual(expect.arrayContaining([ids.a, ids.a1]));
    expect(await idsOn('2025-08-31')).not.toEqual(expect.arrayContaining([p1]));
    // A unit that ended later is shown at work on a day before its end.
    expect((await nodesOn('2025-08-31')).find((n) => n.id === ids.a)?.active).toBe(true);
    const onDay = await idsOn('2025-09-01');
    expect(onDay).toEqual(expect.arrayContaining([p1, p2, ids.a1]));
    expect(onDay).not.toContain(ids.a);
    // A part that took on something new keeps the split from being undone.
    const event = await prisma.unitEvent.findFirstOrThrow({ where: { unitId: ids.a, kind: 'SPLIT' } });
    const newcomer = await prisma.collective.create({ data: { slug: `moi-${P.toLowerCase()}`, name: 'Tổ mới sau chia tách', unitId: p2! } });
    as('user-admin', 'ADMIN');
    expect(await undoUnitEvent({ id: event.id, reason: 'Chia tách nhầm' })).toMatchObject({ ok: false, message: expect.stringContaining('1 tập thể mới') });
    await prisma.collective.delete({ where: { id: newcomer.id } });
    expect(await undoUnitEvent({ id: event.id, reason: 'Chia tách nhầm' })).toMatchObject({ ok: true });
    expect(await prisma.unit.count({ where: { id: { in: [p1!, p2!] } } })).toBe(0);
    const after = await snapshot();
    expect(after.units).toEqual(before.units);
    expect(after.people[0]!.unitId).toBe(ids.a);
    expect(after.listed).toEqual(before.listed);
  });

  it('dissolves only a unit nothing works under any more, and the undo brings it back', async () => {
    as('user-registrar');
    const refused = await dissolveUnit({ id: ids.a, version: await versionOf(ids.a!), effectiveOn: '2025-10-01' });
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('1 đơn vị trực thuộc, 1 cá nhân') });
    const empty = await make('D', 'Tổ Sắp Giải Thể', ids.top);
    const r = await dissolveUnit({ id: empty, version: await versionOf(empty), effectiveOn: '2025-10-01', note: 'QĐ giải thể' });
    expect(r).toMatchObject({ ok: true });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: empty } })).toMatchObject({ active: false });
    const event = await prisma.unitEvent.findFirstOrThrow({ where: { unitId: empty, kind: 'DISSOLVED' } });
    as('user-admin', 'ADMIN');
    expect(await undoUnitEvent({ id: event.id, reason: 'Giải thể nhầm' })).toMatchObject({ ok: true });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: empty } })).toMatchObject({ active: true, endedOn: null });
    await prisma.unitEvent.deleteMany({ where: { unitId: empty } });
    await prisma.unit.delete({ where: { id: empty } });
  });

  it('undoes a split whose part was dissolved later: the dissolution first, then the split', async () => {
    as('user-registrar');
    const whole = await make('W', 'Ban Gốc Thử', ids.top);
    const r = await splitUnit({ id: whole, version: await versionOf(whole), effectiveOn: '2025-09-01', parts: `Ban Một Thử | ${P}-W1\nBan Hai Thử | ${P}-W2` });
    expect(r).toMatchObject({ ok: true });
    const [, two] = (r as { data: { parts: string[] } }).data.parts;
    expect(await dissolveUnit({ id: two!, version: await versionOf(two!), effectiveOn: '2025-10-01' })).toMatchObject({ ok: true });
    const split = await prisma.unitEvent.findFirstOrThrow({ where: { unitId: whole, kind: 'SPLIT' } });
    const dissolved = await prisma.unitEvent.findFirstOrThrow({ where: { unitId: two!, kind: 'DISSOLVED' } });
    as('user-admin', 'ADMIN');
    expect(await undoUnitEvent({ id: split.id, reason: 'Chia tách nhầm' })).toMatchObject({ ok: false, message: expect.stringContaining('Còn một thay đổi sau đó') });
    expect(await undoUnitEvent({ id: dissolved.id, reason: 'Giải thể nhầm' })).toMatchObject({ ok: true });
    expect(await undoUnitEvent({ id: split.id, reason: 'Chia tách nhầm' })).toMatchObject({ ok: true });
    expect(await prisma.unit.findUniqueOrThrow({ where: { id: whole } })).toMatchObject({ active: true, endedOn: null });
    expect(await prisma.unit.count({ where: { id: two! } })).toBe(0);
    await prisma.unitEvent.deleteMany({ where: { unitId: { in: [whole, two!] } } });
    await prisma.unit.delete({ where: { id: whole } });
  });
});
