// Recording a decision with its recipients: registrars and admins only; all rows or none
// (one bad row writes nothing, not even the new people of the good rows); new people and
// collectives created once with their unit history; duplicates refused; and pasted
// spreadsheet rows matched to the registry whatever the accents, with eligibility hints.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, signIn } from '../support/acting-as';

const updated = cacheCalls.updated;

const { createDecision } = await import('@/lib/registry/actions/decisions');
const { resolvePastedRecipients, suggestRecipients } = await import('@/lib/registry/data/recipient-picker');
const prisma = testPrisma();
const as = (id: string | null, role = 'REGISTRAR') => signIn(id ? { id, role } : null);

const AUTHORITY = 'UBND tỉnh (kiểm thử nhập quyết định)';
let type: Record<'cstdcs' | 'bkUbnd' | 'ctdT', string>;
let person: { id: string; fullName: string; unitId: string; unitName: string };
let collective: { id: string; name: string; unitId: string };
let unit: { id: string; name: string };

beforeAll(async () => {
  const types = await prisma.commendationType.findMany({ where: { code: { in: ['CSTD-CS', 'BK-UBND', 'CTD-T'] } }, select: { id: true, code: true } });
  const byCode = Object.fromEntries(types.map((t) => [t.code, t.id]));
  type = { cstdcs: byCode['CSTD-CS']!, bkUbnd: byCode['BK-UBND']!, ctdT: byCode['CTD-T']! };
  // A person with grassroots emulation-fighter titles for consecutive years up to 2024, and
  // none since (the demo's 2026 year-end review gives one person of the Sở Y tế the title).
  const p = await prisma.individual.findFirstOrThrow({
    where: { publicationConsent: true, AND: [{ awards: { some: { typeId: type.cstdcs, year: 2024, decision: { status: 'IN_FORCE' } } } }, { awards: { none: { typeId: type.cstdcs, year: { gt: 2024 } } } }] },
    select: { id: true, fullName: true, unitId: true, unit: { select: { name: true } } },
  });
  person = { id: p.id, fullName: p.fullName, unitId: p.unitId, unitName: p.unit.name };
  collective = await prisma.collective.findFirstOrThrow({ select: { id: true, name: true, unitId: true } });
  unit = await prisma.unit.findFirstOrThrow({ where: { parentId: { not: null }, active: true }, select: { id: true, name: true } });
});

afterAll(async () => {
  const decisions = await prisma.decision.findMany({ where: { issuingAuthority: AUTHORITY }, select: { id: true } });
  const ids = decisions.map((d) => d.id);
  // Only the people and collectives this file's decisions created (other files of the worker create their own).
  const createdPeople = (await prisma.auditEvent.findMany({ where: { action: { in: ['individual.create', 'collective.create'] }, diff: { path: ['via'], string_contains: '' } }, select: { entityId: true, action: true, diff: true } })).filter(
    (e) => ids.includes((e.diff as { via?: string }).via ?? ''),
  );
  await prisma.award.deleteMany({ where: { decisionId: { in: ids } } });
  await prisma.decision.deleteMany({ where: { id: { in: ids } } });
  await prisma.individual.deleteMany({ where: { id: { in: createdPeople.filter((e) => e.action === 'individual.create').map((e) => e.entityId) } } });
  await prisma.collective.deleteMany({ where: { id: { in: createdPeople.filter((e) => e.action === 'collective.create').map((e) => e.entityId) } } });
  await prisma.auditEvent.deleteMany({ where: { OR: [{ entityId: { in: ids } }, { entityId: { in: createdPeople.map((e) => e.entityId) } }] } });
});

const header = (number: string) => ({
  number,
  signedAt: '2025-01-20',
  issuingAuthority: AUTHORITY,
  signerName: 'Nguyễn Văn Ký',
  signerTitle: 'Phó Chủ tịch UBND tỉnh',
  category: 'PERIODIC',
  year: 2025,
});

describe('createDecision', () => {
  it.each([
    ['user-editor', 'EDITOR'],
    ['user-reporter', 'REPORTER'],
  ])('refuses %s (%s)', async (id, role) => {
    as(id, role);
    const r = await createDecision({ ...header('1/QĐ-TEST'), recipients: [{ kind: 'UNIT', recordId: 'x', typeId: 'x' }] });
    expect(r).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    as(null);
    expect(await createDecision({})).toMatchObject({ ok: false, message: expect.stringMatching(/đăng nhập/) });
  });

  it('writes nothing when one row is wrong — not the decision, not the new people of the good rows', async () => {
    as('user-registrar');
    const [people, decisions, awards] = await Promise.all([prisma.individual.count(), prisma.decision.count(), prisma.award.count()]);
    const good = [
      { kind: 'INDIVIDUAL', name: 'Người Mới Tinh', position: 'Chuyên viên', unitId: unit.id, typeId: type.bkUbnd, achievement: 'Hoàn thành xuất sắc nhiệm vụ' },
      { kind: 'COLLECTIVE', recordId: collective.id, typeId: type.bkUbnd },
    ];
    // The form's own checks first (a new person needs a unit)…
    const r = await createDecision({ ...header('101/QĐ-TEST'), recipients: [...good, { kind: 'INDIVIDUAL', name: 'Thiếu Đơn Vị', typeId: type.bkUbnd }] });
    expect(r).toMatchObject({ ok: false, fieldErrors: { 'recipients.2.unitId': ['Chọn đơn vị của người / tập thể mới'] } });
    // …then the registry's: a collective cannot be a grassroots emulation fighter.
    const s = await createDecision({ ...header('101/QĐ-TEST'), recipients: [...good, { kind: 'COLLECTIVE', recordId: collective.id, typeId: type.cstdcs }] });
    expect(s).toMatchObject({ ok: false, message: expect.stringContaining('1 dòng có lỗi. Không dòng nào được ghi'), fieldErrors: { 'recipients.2.typeId': [expect.stringMatching(/không dành cho tập thể/)] } });
    expect(await Promise.all([prisma.individual.count(), prisma.decision.count(), prisma.award.count()])).toEqual([people, decisions, awards]);
  });

  it('records existing and new recipients in one transaction, with history, audit and the registry tag', async () => {
    as('user-registrar');
    updated.length = 0;
    const r = await createDecision({
      ...header('102/QĐ-TEST'),
      summary: 'Tặng danh hiệu và Bằng khen năm 2025',
      recipients: [
        { kind: 'INDIVIDUAL', recordId: person.id, typeId: type.cstdcs, achievement: 'Sáng kiến cấp cơ sở' },
        { kind: 'INDIVIDUAL', name: 'Trần Thị Kiểm Thử', position: 'Kế toán', unitId: unit.id, typeId: type.bkUbnd, achievement: 'Hai năm liền hoàn thành xuất sắc' },
        // The same new person with another honour: created once.
        { kind: 'INDIVIDUAL', name: 'trần thị kiểm thử', unitId: unit.id, typeId: type.cstdcs },
        { kind: 'COLLECTIVE', name: 'Tổ Kiểm Thử Mới', unitId: unit.id, typeId: type.bkUbnd },
        { kind: 'UNIT', recordId: unit.id, typeId: type.ctdT },
      ],
    });
    expect(r).toMatchObject({ ok: true, message: expect.stringContaining('5 lượt khen thưởng (tạo mới 2 hồ sơ)') });
    const { id } = (r as { data: { id: string } }).data;
    const awards = await prisma.award.findMany({ where: { decisionId: id }, orderBy: { position: 'asc' }, select: { year: true, individualId: true, collectiveId: true, unitId: true, position: true } });
    expect(awards.map((a) => a.position)).toEqual([0, 1, 2, 3, 4]);
    expect(awards.every((a) => a.year === 2025)).toBe(true);
    expect(awards[1]!.individualId).toBe(awards[2]!.individualId);
    const created = await prisma.individual.findUniqueOrThrow({ where: { id: awards[1]!.individualId! }, include: { unitHistory: true } });
    expect(created).toMatchObject({ fullName: 'Trần Thị Kiểm Thử', position: 'Kế toán', unitId: unit.id, publicationConsent: true });
    expect(created.unitHistory).toHaveLength(1);
    expect(awards[4]!.unitId).toBe(unit.id);
    expect(updated).toEqual(expect.arrayContaining(['registry', 'sitemap']));
    expect(await prisma.auditEvent.count({ where: { entity: 'decision', entityId: id, action: 'decision.create', actorId: 'user-registrar' } })).toBe(1);
    expect(await prisma.auditEvent.count({ where: { action: { in: ['individual.create', 'collective.create'] }, diff: { path: ['via'], equals: id } } })).toBe(2);
  });

  it('refuses a number already in the register, a recipient twice with one honour, and an honour already given for that year', async () => {
    as('user-admin', 'ADMIN');
    const dup = await createDecision({ ...header('102/QĐ-TEST'), recipients: [{ kind: 'UNIT', recordId: unit.id, typeId: type.bkUbnd }] });
    expect(dup).toMatchObject({ ok: false, fieldErrors: { number: [expect.stringContaining('đã có trong sổ')] } });

    const twice = await createDecision({
      ...header('103/QĐ-TEST'),
      recipients: [
        { kind: 'COLLECTIVE', recordId: collective.id, typeId: type.bkUbnd },
        { kind: 'COLLECTIVE', recordId: collective.id, typeId: type.bkUbnd },
      ],
    });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { 'recipients.1.name': ['Trùng với dòng 1: cùng đối tượng, cùng hình thức'] } });

    // The person received the grassroots title for 2025 in decision 102 above.
    const again = await createDecision({ ...header('104/QĐ-TEST'), recipients: [{ kind: 'INDIVIDUAL', recordId: person.id, typeId: type.cstdcs }] });
    expect(again).toMatchObject({ ok: false, fieldErrors: { 'recipients.0.name': [expect.stringContaining('Quyết định số 102/QĐ-TEST')] } });
    expect(await prisma.decision.count({ where: { issuingAuthority: AUTHORITY, number: { in: ['103/QĐ-TEST', '104/QĐ-TEST'] } } })).toBe(0);
  });
});

describe('resolvePastedRecipients', () => {
  it('matches names, units and honours whatever the accents and case, and says what each row will do', async () => {
    as('user-registrar');
    const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const rows = await resolvePastedRecipients(
      [
        { name: strip(person.fullName).toUpperCase(), position: '', unit: strip(person.unitName), type: 'chien si thi dua co so', achievement: '' },
        { name: 'Người Hoàn Toàn Mới', position: 'Chuyên viên', unit: unit.name, type: 'Bằng khen của Chủ tịch UBND tỉnh', achievement: 'Xuất sắc' },
        { name: person.fullName, position: '', unit: unit.name === person.unitName ? 'Không có đơn vị này' : unit.name, type: 'Chiến sĩ thi đua cơ sở', achievement: '' },
        { name: 'Ai Đó', position: '', unit: 'Đơn vị không tồn tại', type: 'Danh hiệu bịa', achievement: '' },
        { name: collective.name, position: '', unit: '', type: 'Chiến sĩ thi đua cơ sở', achievement: '' },
      ],
      2025,
    );
    expect(rows).not.toBeNull();
    const [known, fresh, namesake, wrong, wrongKind] = rows!;
    expect(known).toMatchObject({ kind: 'INDIVIDUAL', recordId: person.id, unitId: person.unitId, typeId: type.cstdcs });
    // Decision 102 gave this person the 2025 title: a second one is flagged.
    expect(known!.status).toBe('error');
    expect(known!.notes.join(' ')).toContain('cho năm 2025');
    expect(fresh).toMatchObject({ kind: 'INDIVIDUAL', recordId: null, unitId: unit.id, typeId: type.bkUbnd, status: 'new' });
    expect(namesake!.notes.join(' ')).toMatch(/Trùng tên với hồ sơ ở|Không tìm thấy đơn vị/);
    expect(wrong).toMatchObject({ status: 'error' });
    expect(wrong!.notes).toEqual(expect.arrayContaining(['Không tìm thấy đơn vị "Đơn vị không tồn tại"', 'Không tìm thấy danh hiệu / hình thức "Danh hiệu bịa" trong danh mục']));
    expect(wrongKind).toMatchObject({ kind: 'INDIVIDUAL', status: 'error' });

    // The streak hint: the person's run of grassroots titles, as the next year would extend it.
    const hint = await resolvePastedRecipients([{ name: person.fullName, position: '', unit: person.unitName, type: 'Chiến sĩ thi đua cơ sở', achievement: '' }], 2026);
    expect(hint![0]!.notes.join(' ')).toMatch(/Lần này là \d+ năm liền \(\d{4}–2026\)/);

    as('user-editor', 'EDITOR');
    expect(await resolvePastedRecipients([], 2025)).toBeNull();
  });
});

describe('units written the way offices write them', () => {
  it('suggests the closest units for a name that matches none, and one remembered pick matches every later row so written', async () => {
    const { rememberUnitAlias } = await import('@/lib/registry/actions/units');
    as('user-registrar');
    const row = { name: 'Người Viết Tắt', position: 'Chuyên viên', unit: 'Sở Tư pháp', type: 'Bằng khen của Chủ tịch UBND tỉnh', achievement: '' };
    const [first, second] = (await resolvePastedRecipients([row, { ...row, name: 'Người Thứ Hai', unit: 'so tu phap' }], 2025))!;
    // "Sở Tư pháp" is no unit of the registry: the closest, "Chi bộ Sở Tư pháp", comes first.
    expect(first).toMatchObject({ status: 'error', unitId: null });
    expect(first!.unitSuggestions?.[0]).toMatchObject({ name: 'Chi bộ Sở Tư pháp' });
    expect(first!.notes[0]).toContain('gần nhất: Chi bộ Sở Tư pháp');
    expect(second!.unitSuggestions?.[0]?.id).toBe(first!.unitSuggestions?.[0]?.id);
    // Trigram similarity finds a misspelling too.
    const [typo] = (await resolvePastedRecipients([{ ...row, unit: 'Đảng bộ Sở Giáo dục Đào tạo' }], 2025))!;
    expect(typo!.unitSuggestions?.[0]).toMatchObject({ name: 'Đảng bộ Sở Giáo dục và Đào tạo' });

    // Editors may not teach the registry a name.
    as('user-editor', 'EDITOR');
    expect(await rememberUnitAlias({ text: 'Sở Tư pháp', unitId: first!.unitSuggestions![0]!.id })).toMatchObject({ ok: false });
    as('user-registrar');
    expect(await rememberUnitAlias({ text: 'Sở Tư pháp', unitId: first!.unitSuggestions![0]!.id })).toMatchObject({ ok: true });
    const again = (await resolvePastedRecipients([row, { ...row, unit: 'SỞ TƯ PHÁP' }], 2025))!;
    expect(again.map((r) => r.unitId)).toEqual([first!.unitSuggestions![0]!.id, first!.unitSuggestions![0]!.id]);
    expect(again.every((r) => !r.unitSuggestions)).toBe(true);
    // The same text cannot come to mean another unit.
    const other = await prisma.unit.findFirstOrThrow({ where: { slug: 'dang-bo-so-y-te' }, select: { id: true } });
    expect(await rememberUnitAlias({ text: 'Sở tư pháp', unitId: other.id })).toMatchObject({ ok: false, message: expect.stringContaining('đã được ghi nhớ là "Chi bộ Sở Tư pháp"') });
    expect(await prisma.auditEvent.count({ where: { action: 'unit.alias' } })).toBe(1);
  });
});

describe('names written a little differently', () => {
  it("offers the close names of the row's unit for a row that would create a record, and never picks one", async () => {
    as('user-registrar');
    // The person's name with its last letter dropped: not the same key, so a new record,
    // with the person offered.
    const misspelt = person.fullName.slice(0, -1);
    const row = { name: misspelt, position: 'Chuyên viên', unit: person.unitName, type: 'Bằng khen của Chủ tịch UBND tỉnh', achievement: '' };
    const other = await prisma.unit.findFirstOrThrow({ where: { id: { not: person.unitId }, active: true, parentId: { not: null } }, select: { name: true } });
    const [near, distinct, elsewhere] = (await resolvePastedRecipients([row, { ...row, distinct: true }, { ...row, unit: other.name }], 2025))!;
    expect(near).toMatchObject({ status: 'new', recordId: null });
    expect(near!.recordSuggestions?.[0]).toMatchObject({ id: person.id, name: person.fullName, unitId: person.unitId });
    expect(near!.notes.at(-1)).toContain(`Gần giống hồ sơ có sẵn: ${person.fullName}`);
    // Said to be someone else: nothing offered. In another unit: not this unit's person.
    expect(distinct!.recordSuggestions).toBeUndefined();
    expect(elsewhere!.recordSuggestions?.map((s) => s.id) ?? []).not.toContain(person.id);
  });
});

describe('suggestRecipients', () => {
  it('offers existing records by the start of their names, to registrars only', async () => {
    as('user-registrar');
    const first = person.fullName.split(' ')[0]!;
    const people = await suggestRecipients('INDIVIDUAL', person.fullName);
    expect(people.map((p) => p.id)).toContain(person.id);
    expect(people.find((p) => p.id === person.id)).toMatchObject({ name: person.fullName, unitId: person.unitId, label: expect.stringContaining(person.unitName) });
    expect((await suggestRecipients('INDIVIDUAL', first)).length).toBeGreaterThan(0);
    expect((await suggestRecipients('UNIT', unit.name)).map((u) => u.id)).toContain(unit.id);
    expect(await suggestRecipients('SOMETHING', first)).toEqual([]);
    as('user-editor', 'EDITOR');
    expect(await suggestRecipients('INDIVIDUAL', person.fullName)).toEqual([]);
  });
});

describe('namesakes in one unit', () => {
  const NAME = 'Lê Văn Trùng Tên';
  let twins: { id: string; position: string | null }[] = [];

  beforeAll(async () => {
    // Two people of one name in one unit (common in Vietnam), told apart by their positions.
    twins = await Promise.all(
      ['Trưởng phòng', 'Chuyên viên'].map((position, k) =>
        prisma.individual.create({ data: { slug: `le-van-trung-ten-${k}-${Date.now()}`, fullName: NAME, position, unitId: unit.id }, select: { id: true, position: true } }),
      ),
    );
  });

  afterAll(async () => {
    const all = await prisma.individual.findMany({ where: { fullName: NAME }, select: { id: true } });
    await prisma.award.deleteMany({ where: { individualId: { in: all.map((p) => p.id) } } });
    await prisma.individual.deleteMany({ where: { id: { in: all.map((p) => p.id) } } });
  });

  it('the grid never picks one of them by itself: the position, a pick or "someone else" decides', async () => {
    as('user-registrar');
    const row = { kind: 'INDIVIDUAL' as const, name: NAME.toUpperCase(), position: '', unit: unit.name, type: 'Bằng khen của Chủ tịch UBND tỉnh', achievement: '' };
    const [ambiguous, byPosition, picked, other] = (await resolvePastedRecipients(
      [row, { ...row, position: 'chuyen vien' }, { ...row, recordId: twins[0]!.id }, { ...row, distinct: true }],
      2025,
    ))!;
    expect(ambiguous).toMatchObject({ recordId: null, status: 'error', namesakes: 2 });
    expect(ambiguous!.notes.join(' ')).toContain('Có 2 hồ sơ trùng tên trong đơn vị này (chức vụ: Chuyên viên; Trưởng phòng)');
    expect(byPosition).toMatchObject({ recordId: twins[1]!.id, status: 'existing' });
    expect(picked).toMatchObject({ recordId: twins[0]!.id, status: 'existing' });
    expect(other).toMatchObject({ recordId: null, status: 'new', namesakes: 2 });
    // A record id that is not one of the namesakes is not taken on trust.
    const [forged] = (await resolvePastedRecipients([{ ...row, recordId: person.id }], 2025))!;
    expect(forged).toMatchObject({ recordId: null, status: 'error' });
  });

  it('a decision does not create a third namesake unless the registrar says it is someone else', async () => {
    as('user-registrar');
    const count = () => prisma.individual.count({ where: { fullName: NAME } });
    const newRow = { kind: 'INDIVIDUAL', name: NAME, position: 'Nhân viên', unitId: unit.id, typeId: type.bkUbnd };
    const refused = await createDecision({ ...header('201/QĐ-TEST'), recipients: [newRow] });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { 'recipients.0.name': [expect.stringContaining('Đơn vị đã có 2 hồ sơ tên')] } });
    expect(await count()).toBe(2);
    const chosen = await createDecision({ ...header('202/QĐ-TEST'), recipients: [{ kind: 'INDIVIDUAL', recordId: twins[1]!.id, typeId: type.bkUbnd }] });
    expect(chosen).toMatchObject({ ok: true });
    const someoneElse = await createDecision({ ...header('203/QĐ-TEST'), recipients: [{ ...newRow, distinct: true }] });
    expect(someoneElse).toMatchObject({ ok: true, message: expect.stringContaining('tạo mới 1 hồ sơ') });
    expect(await count()).toBe(3);
  });
});
