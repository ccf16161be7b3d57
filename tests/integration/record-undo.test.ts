// An administrator takes back an edit of a person or a collective from the audit log: the
// fields go back, the undo is audited and happens once, a later change to the same field is
// never overwritten unseen (refused, naming the field), a move between units is undone with
// the person's history of units, and nobody else may undo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { signIn } from '../support/acting-as';

const { createIndividual, updateIndividual, moveIndividual, createCollective, updateCollective } = await import('@/lib/registry/actions/recipients');
const { undoRecordEdit } = await import('@/lib/registry/actions/record-undo');
const { listAuditEvents, recordUndoStates } = await import('@/lib/audit/data/events');
const prisma = testPrisma();
const as = (id: string, role: string) => signIn({ id, role });
const P = `RU${Date.now() % 100_000}`;
let person = '';
let collective = '';
let unitA = '';
let unitB = '';

const lastEntry = async (entityId: string, action: string) => String((await prisma.auditEvent.findFirstOrThrow({ where: { entityId, action }, orderBy: { id: 'desc' }, select: { id: true } })).id);
const personRow = (id: string) =>
  prisma.individual.findUniqueOrThrow({ where: { id }, select: { fullName: true, position: true, gender: true, birthYear: true, publicationConsent: true, unitId: true, unitHistory: { orderBy: { id: 'asc' }, select: { id: true, unitId: true, position: true, startedAt: true, endedAt: true } } } });

beforeAll(async () => {
  as('user-registrar', 'REGISTRAR');
  const units = await prisma.unit.findMany({ where: { endedOn: null, active: true, parentId: { not: null } }, orderBy: { id: 'asc' }, take: 2, select: { id: true } });
  unitA = units[0]!.id;
  unitB = units[1]!.id;
  const p = await createIndividual({ fullName: `Nguyễn Văn ${P}`, position: 'Chuyên viên', unitId: unitA, birthYear: '1980', publicationConsent: 'on' });
  person = (p as { data: { id: string } }).data.id;
  const c = await createCollective({ name: `Phòng ${P}`, unitId: unitA, description: 'Mô tả ban đầu' });
  collective = (c as { data: { id: string } }).data.id;
});

afterAll(async () => {
  await prisma.auditEvent.deleteMany({ where: { entityId: { in: [person, collective] } } });
  await prisma.individual.deleteMany({ where: { id: person } });
  await prisma.collective.deleteMany({ where: { id: collective } });
});

describe('undoRecordEdit', () => {
  it('puts a person back as they were, once, audited; refused to a registrar', async () => {
    const before = await personRow(person);
    as('user-registrar', 'REGISTRAR');
    expect(await updateIndividual({ id: person, fullName: `Nguyễn Văn ${P} Sửa`, position: 'Trưởng phòng', birthYear: '1981', publicationConsent: '' })).toMatchObject({ ok: true });
    const entry = await lastEntry(person, 'individual.update');
    expect(await undoRecordEdit({ auditId: entry, reason: 'Sửa nhầm hồ sơ' })).toMatchObject({ ok: false, message: expect.stringContaining('không có quyền') });
    as('user-admin', 'ADMIN');
    expect(await undoRecordEdit({ auditId: entry, reason: 'ngắn' })).toMatchObject({ ok: false, fieldErrors: { reason: [expect.any(String)] } });
    expect(await undoRecordEdit({ auditId: entry, reason: 'Sửa nhầm hồ sơ' })).toMatchObject({ ok: true });
    expect(await personRow(person)).toEqual(before);
    // Once: the second is refused, and the log shows the entry as undone.
    expect(await undoRecordEdit({ auditId: entry, reason: 'Sửa nhầm hồ sơ' })).toMatchObject({ ok: false, message: expect.stringContaining('đã được hoàn tác') });
    const undo = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: person, action: 'record.undo' }, orderBy: { id: 'desc' } });
    expect(undo).toMatchObject({ actorId: 'user-admin', diff: { auditId: entry, undoes: 'individual.update', reason: 'Sửa nhầm hồ sơ' } });
    const { events } = await listAuditEvents({ page: 1 });
    const states = await recordUndoStates(events);
    expect(states.get(entry)).toBeInstanceOf(Date);
  });

  it('refuses when a field the edit changed was changed again since, naming it, and changes nothing', async () => {
    as('user-registrar', 'REGISTRAR');
    expect(await updateIndividual({ id: person, fullName: `Nguyễn Văn ${P}`, position: 'Phó phòng', birthYear: '1980', publicationConsent: 'on' })).toMatchObject({ ok: true });
    const first = await lastEntry(person, 'individual.update');
    expect(await updateIndividual({ id: person, fullName: `Nguyễn Văn ${P}`, position: 'Trưởng phòng', birthYear: '1980', publicationConsent: 'on' })).toMatchObject({ ok: true });
    const now = await personRow(person);
    as('user-admin', 'ADMIN');
    expect(await undoRecordEdit({ auditId: first, reason: 'Sửa nhầm hồ sơ' })).toMatchObject({ ok: false, message: expect.stringContaining('Chức vụ đã đổi tiếp sau đó (nay là "Trưởng phòng")') });
    expect(await personRow(person)).toEqual(now);
    // The later one can be undone (and then the first, whose value stands again).
    expect(await undoRecordEdit({ auditId: await lastEntry(person, 'individual.update'), reason: 'Sửa nhầm hồ sơ' })).toMatchObject({ ok: true });
    expect(await undoRecordEdit({ auditId: first, reason: 'Sửa nhầm hồ sơ' })).toMatchObject({ ok: true });
    expect((await personRow(person)).position).toBe('Chuyên viên');
  });

  it('undoes a move between units with the history of units, only while the person is still there', async () => {
    const before = await personRow(person);
    as('user-registrar', 'REGISTRAR');
    expect(await moveIndividual({ id: person, unitId: unitB, position: 'Phó phòng', movedAt: '2026-02-01' })).toMatchObject({ ok: true });
    const move = await lastEntry(person, 'individual.move');
    expect(await moveIndividual({ id: person, unitId: unitA, movedAt: '2026-03-01' })).toMatchObject({ ok: true });
    as('user-admin', 'ADMIN');
    expect(await undoRecordEdit({ auditId: move, reason: 'Chuyển nhầm đơn vị' })).toMatchObject({ ok: false, message: expect.stringContaining('đã chuyển tiếp sang đơn vị khác') });
    expect(await undoRecordEdit({ auditId: await lastEntry(person, 'individual.move'), reason: 'Chuyển nhầm đơn vị' })).toMatchObject({ ok: true });
    expect(await undoRecordEdit({ auditId: move, reason: 'Chuyển nhầm đơn vị' })).toMatchObject({ ok: true });
    expect(await personRow(person)).toEqual(before);
  });

  it('puts a collective back, its unit included', async () => {
    const row = () => prisma.collective.findUniqueOrThrow({ where: { id: collective }, select: { name: true, description: true, unitId: true, active: true } });
    const before = await row();
    as('user-registrar', 'REGISTRAR');
    expect(await updateCollective({ id: collective, name: `Phòng ${P} mới`, unitId: unitB, description: 'Mô tả mới', active: '' })).toMatchObject({ ok: true });
    as('user-admin', 'ADMIN');
    // Not back into a unit that has ended since (merged, split, dissolved).
    const entry = await lastEntry(collective, 'collective.update');
    await prisma.unit.update({ where: { id: unitA }, data: { endedOn: new Date('2026-06-01') } });
    try {
      expect(await undoRecordEdit({ auditId: entry, reason: 'Sửa nhầm tập thể' })).toMatchObject({ ok: false, message: expect.stringContaining('đã chấm dứt từ ngày 01/06/2026') });
    } finally {
      await prisma.unit.update({ where: { id: unitA }, data: { endedOn: null } });
    }
    expect(await undoRecordEdit({ auditId: entry, reason: 'Sửa nhầm tập thể' })).toMatchObject({ ok: true });
    expect(await row()).toEqual(before);
    // Entries of other kinds are not undone from here.
    expect(await undoRecordEdit({ auditId: await lastEntry(collective, 'collective.create'), reason: 'Sửa nhầm tập thể' })).toMatchObject({ ok: false, message: 'Mục nhật ký này không hoàn tác được từ đây.' });
  });
});
