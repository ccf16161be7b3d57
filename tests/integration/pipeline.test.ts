// Before the decision, against the seeded demo: a unit officer registers the unit's aims and
// the level above accepts them; a dossier of 20 nominees is lapped, checked (not eligible,
// not registered, already honoured — each with its reason), sent up, returned with a note,
// fixed, sent again, forwarded, accepted and turned into a decision whose awards are the
// rows still proposed. Around it, the role × unit matrix: an officer of another unit can
// neither read nor change anything of it, and a stale form changes nothing.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORBIDDEN } from '@/lib/common/action-state';
import { getDossier, listDossiers } from '@/lib/registry/data/dossiers';
import { getRegistrationRollUp, getRegistrationSheet } from '@/lib/registry/data/registrations';
import { pipelineScope } from '@/lib/registry/data/scope';
import { OUT_OF_SCOPE, STALE_DOSSIER } from '@/lib/registry/pipeline-labels';
import { buildOrganisation } from '@/prisma/seed/organisation';
import { sytCast } from '@/prisma/seed/pipeline';
import { signIn } from '../support/acting-as';
import { testPg, testPrisma } from '../support/db';
import { seededUsers, type Who } from '../support/users';

const { saveRegistration, reviewRegistration } = await import('@/lib/registry/actions/registrations');
const { createDossier, addDossierRows, updateDossierRow, removeDossierRow } = await import('@/lib/registry/actions/dossiers');
const steps = await import('@/lib/registry/actions/dossier-steps');
const { NO_DOSSIER } = await import('@/lib/registry/actions/dossier-access');
const { createUser } = await import('@/lib/auth/actions/users');

const prisma = testPrisma();
let client: pg.Client;
const cast = sytCast(buildOrganisation());
const YEAR = 2026;

const userOf = (who: Who) => ({ id: seededUsers[who].id, name: who, email: seededUsers[who].email, role: seededUsers[who].role, unitId: who === 'OFFICER_SYT' ? 'unit-syt' : who === 'OFFICER_DBK' ? 'unit-dbk' : who === 'UNIT_OFFICER' ? 'unit-bao' : null });
const scopeOf = async (who: Who) => (await pipelineScope(userOf(who)))!;
const as = <T>(who: Who | null, run: () => Promise<T>) => {
  signIn(who);
  return run();
};
const version = async (id: string) => (await prisma.dossier.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

/** A digest of the pipeline's tables and the registry's: equal means nothing changed. */
async function fingerprint(): Promise<string> {
  const tables = ['emulation_registrations', 'registration_entries', 'dossiers', 'dossier_rows', 'dossier_steps', 'decisions', 'awards', 'individuals'];
  const { rows } = await client.query<{ f: string }>(`SELECT md5(${tables.map((t) => `(SELECT coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '') FROM ${t} x)`).join(' || ')}) AS f`);
  return rows[0]!.f;
}

beforeAll(async () => {
  client = await testPg();
});
// The other files of this worker count the seeded decisions and people (the registry's
// figures): the decision made here, its awards, its new person and its dossier go again.
const decided: string[] = [];
afterAll(async () => {
  for (const decisionId of decided) {
    const people = await prisma.award.findMany({ where: { decisionId, individual: { fullName: 'Lê Văn Mới' } }, select: { individualId: true } });
    await prisma.dossier.deleteMany({ where: { decisionId } });
    await prisma.award.deleteMany({ where: { decisionId } });
    await prisma.decision.delete({ where: { id: decisionId } });
    await prisma.individual.deleteMany({ where: { id: { in: people.map((p) => p.individualId!) } } });
  }
  await client.end();
  await prisma.$disconnect();
});

describe('emulation registration', () => {
  const sytPeople = cast.people.filter((p) => p.unitId === 'unit-syt');
  const ldtt = 'type-ldtt';
  const cstdcs = 'type-cstd-cs';
  const aims = sytPeople.flatMap((p) => [`${ldtt}:INDIVIDUAL:${p.id}`, `${cstdcs}:INDIVIDUAL:${p.id}`]);

  it('is refused outside the officer’s units, for someone of another unit, and to an editor', async () => {
    const before = await fingerprint();
    expect(await as('UNIT_OFFICER', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: aims }))).toMatchObject({ ok: false, message: OUT_OF_SCOPE });
    const baoPerson = (await prisma.individual.findFirstOrThrow({ where: { unitId: 'unit-bao' }, select: { id: true } })).id;
    expect(await as('OFFICER_SYT', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: [`${ldtt}:INDIVIDUAL:${baoPerson}`] }))).toMatchObject({ ok: false, message: expect.stringContaining('không thuộc đơn vị này') });
    // A form (not a title) cannot be registered; a title not for people cannot be aimed at by one.
    expect(await as('OFFICER_SYT', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: [`type-bk-ubnd:INDIVIDUAL:${sytPeople[0]!.id}`] }))).toMatchObject({ ok: false });
    expect(await as('OFFICER_SYT', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: [`type-ttldtt:INDIVIDUAL:${sytPeople[0]!.id}`] }))).toMatchObject({ ok: false });
    expect(await as('EDITOR', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: aims }))).toMatchObject({ ok: false, message: FORBIDDEN });
    // Registrars review registrations; they do not write a unit's.
    expect(await as('REGISTRAR', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: aims }))).toMatchObject({ ok: false, message: OUT_OF_SCOPE });
    expect(await fingerprint()).toBe(before);
  });

  it('is saved, sent, reviewed only by the level above, and returned with a note to amend', async () => {
    expect(await as('OFFICER_SYT', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: aims.slice(0, 4) }))).toMatchObject({ ok: true });
    let sheet = (await getRegistrationSheet('unit-syt', YEAR))!;
    expect(sheet.registration?.status).toBe('DRAFT');
    expect(sheet.entries.size).toBe(4);
    expect(await as('OFFICER_SYT', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: aims, submit: 'on' }))).toMatchObject({ ok: true, message: expect.stringContaining('Đã gửi') });
    sheet = (await getRegistrationSheet('unit-syt', YEAR))!;
    expect(sheet.registration?.status).toBe('SUBMITTED');
    expect(sheet.entries.size).toBe(aims.length);
    const id = sheet.registration!.id;

    // Sent: the unit cannot change it; the unit's own officer is not the level above.
    expect(await as('OFFICER_SYT', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: [] }))).toMatchObject({ ok: false });
    expect(await as('OFFICER_SYT', () => reviewRegistration({ id, verdict: 'accept' }))).toMatchObject({ ok: false, message: expect.stringContaining('cấp trên') });
    expect(await as('UNIT_OFFICER', () => reviewRegistration({ id, verdict: 'accept' }))).toMatchObject({ ok: false, message: OUT_OF_SCOPE });
    // A return needs its reason.
    expect(await as('OFFICER_DBK', () => reviewRegistration({ id, verdict: 'return', note: '' }))).toMatchObject({ ok: false, fieldErrors: { note: [expect.any(String)] } });
    expect(await as('OFFICER_DBK', () => reviewRegistration({ id, verdict: 'accept' }))).toMatchObject({ ok: true });
    expect((await getRegistrationSheet('unit-syt', YEAR))!.registration?.status).toBe('ACCEPTED');
    // Accepted can still be reopened by the level above (an amendment), with the note kept.
    expect(await as('REGISTRAR', () => reviewRegistration({ id, verdict: 'return', note: 'Bổ sung đăng ký cho tập thể' }))).toMatchObject({ ok: true });
    sheet = (await getRegistrationSheet('unit-syt', YEAR))!;
    expect(sheet.registration).toMatchObject({ status: 'RETURNED', reviewNote: 'Bổ sung đăng ký cho tập thể' });
    expect(await as('OFFICER_SYT', () => saveRegistration({ unitId: 'unit-syt', year: YEAR, entry: aims, submit: 'on' }))).toMatchObject({ ok: true });
    expect(await as('OFFICER_DBK', () => reviewRegistration({ id, verdict: 'accept' }))).toMatchObject({ ok: true });
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'registration', entityId: id }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(['registration.save', 'registration.submit', 'registration.accept', 'registration.return', 'registration.submit', 'registration.accept']);
  });

  it('rolls up for the level above: every unit of its scope, the ones not sent, aims per title', async () => {
    const dbk = await getRegistrationRollUp(await scopeOf('OFFICER_DBK'), YEAR);
    expect(dbk.rows.length).toBe(await prisma.unit.count({ where: { active: true } }));
    const syt = dbk.rows.find((r) => r.unitId === 'unit-syt')!;
    expect(syt).toMatchObject({ status: 'ACCEPTED', counts: { LDTT: sytPeople.length, 'CSTD-CS': sytPeople.length } });
    expect(dbk.rows.find((r) => r.unitId === 'unit-stc')?.status).toBe('DRAFT');
    expect(dbk.notSubmitted).toBe(dbk.rows.filter((r) => !['SUBMITTED', 'ACCEPTED'].includes(r.status)).length);
    // The Báo tỉnh's officer sees the Báo tỉnh alone.
    const bao = await getRegistrationRollUp(await scopeOf('UNIT_OFFICER'), YEAR);
    expect(bao.rows.map((r) => r.unitId)).toEqual(['unit-bao']);
  });
});

describe('a dossier from the unit to the decision', () => {
  let id = '';
  const pasted = [
    ...cast.people.map((p, i) => `${i + 1}\t${p.fullName}\t${p.position}\t${''}\tChiến sĩ thi đua cơ sở\tHoàn thành xuất sắc nhiệm vụ, sáng kiến được công nhận năm 2026`),
    `20\tLê Văn Mới\tBác sĩ\tĐảng bộ Bệnh viện Đa khoa tỉnh\t\tHoàn thành xuất sắc nhiệm vụ năm đầu công tác`,
  ];
  // The cast's people carry their own unit in the paste (the subtree's three units).
  const lines = () => pasted.map((line, i) => (i < cast.people.length ? line.replace('\t\t', `\t${unitNames.get(cast.people[i]!.unitId)}\t`) : line)).join('\n');
  const unitNames = new Map<string, string>();

  beforeAll(async () => {
    for (const u of await prisma.unit.findMany({ where: { id: { in: ['unit-syt', 'unit-syt-bvdk', 'unit-syt-bvyhct'] } }, select: { id: true, name: true } })) unitNames.set(u.id, u.name);
  });

  it('is lapped by the unit and its 20 rows matched within the unit’s subtree', async () => {
    const created = await as('OFFICER_SYT', () => createDossier({ unitId: 'unit-syt', typeId: 'type-cstd-cs', year: YEAR, title: 'Đề nghị Chiến sĩ thi đua cơ sở năm 2026 (kiểm thử)', deadline: '2026-12-20' }));
    expect(created).toMatchObject({ ok: true, data: { href: expect.stringMatching(/^\/admin\/thi-dua\/ho-so\//) } });
    id = (created as { data: { id: string } }).data.id;
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).code).toMatch(/^HS-2026-\d{4}$/);
    // Another unit's officer cannot add to it; nobody can lap a dossier for a unit outside their scope.
    expect(await as('UNIT_OFFICER', () => addDossierRows({ id, version: 0, text: lines() }))).toMatchObject({ ok: false, message: NO_DOSSIER });
    expect(await as('UNIT_OFFICER', () => createDossier({ unitId: 'unit-syt', typeId: 'type-cstd-cs', year: YEAR, title: 'Hồ sơ ngoài phạm vi' }))).toMatchObject({ ok: false, message: OUT_OF_SCOPE });
    // A paste naming someone outside the subtree adds nothing, and says which line.
    const outsider = await prisma.individual.findFirstOrThrow({ where: { unitId: 'unit-bao' }, include: { unit: true } });
    const refused = await as('OFFICER_SYT', () => addDossierRows({ id, version: 0, text: `${lines()}\n21\t${outsider.fullName}\t\t${outsider.unit.name}\t\tThành tích` }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { text: [expect.stringContaining(`Dòng 21 (${outsider.fullName})`)] } });
    expect(await prisma.dossierRow.count({ where: { dossierId: id } })).toBe(0);
    expect(await as('OFFICER_SYT', () => addDossierRows({ id, version: 0, text: lines() }))).toMatchObject({ ok: true, message: expect.stringContaining('20 dòng') });
    // A cell longer than a record holds: refused, and said.
    const long = `1\tNgười Rất Dài\tChuyên viên\t${unitNames.get('unit-syt')}\t\t${'x'.repeat(2001)}`;
    expect(await as('OFFICER_SYT', async () => addDossierRows({ id, version: await version(id), text: long }))).toMatchObject({ ok: false, fieldErrors: { text: [expect.stringContaining('thành tích tối đa 2.000 ký tự')] } });
    // The same people again: refused, each line named.
    expect(await as('OFFICER_SYT', async () => addDossierRows({ id, version: await version(id), text: pasted[0]!.replace('\t\t', `\t${unitNames.get(cast.people[0]!.unitId)}\t`) }))).toMatchObject({ ok: false, fieldErrors: { text: [expect.stringContaining('đã có trong hồ sơ')] } });
  });

  it('flags, per row, what the registry says: not eligible (with the article), not registered, already honoured, new', async () => {
    const view = (await getDossier(id, await scopeOf('OFFICER_SYT')))!;
    expect(view.rows).toHaveLength(20);
    const row = (personId: string) => view.rows.find((r) => r.recordId === personId)!;
    const noInitiative = row(cast.noInitiative.id);
    expect(noInitiative.evaluation.verdict).toBe('not_eligible');
    const unmet = noInitiative.evaluation.results.find((r) => r.met === false)!;
    expect(unmet.rule.legalSource).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15');
    expect(unmet.findings.some((f) => f.met === false && /sáng kiến/i.test(f.text))).toBe(true);
    expect(row(cast.notRegistered.id).registered).toBe(false);
    expect(row(cast.alreadyHonoured.id).evaluation.alreadyHonoured).toMatchObject({ decisionNumber: '251/QĐ-SYT', year: YEAR });
    const newcomer = view.rows.find((r) => r.isNew)!;
    expect(newcomer).toMatchObject({ name: 'Lê Văn Mới', registered: false, unitName: unitNames.get('unit-syt-bvdk') });
    // Everyone else of the cast: registered (their units' registrations were sent) and eligible.
    const others = view.rows.filter((r) => !r.isNew && ![cast.noInitiative.id, cast.notRegistered.id, cast.alreadyHonoured.id].includes(r.recordId!));
    expect(others).toHaveLength(16);
    expect(others.every((r) => r.registered && r.evaluation.verdict === 'eligible')).toBe(true);
    // Not the Báo tỉnh's to see.
    expect(await getDossier(id, await scopeOf('UNIT_OFFICER'))).toBeNull();
    // Nor the registrars', before it is sent.
    expect(await getDossier(id, await scopeOf('REGISTRAR'))).toBeNull();
  });

  it('goes up, comes back with a note, is fixed, goes up again and is accepted', async () => {
    // Each row needs its achievement before it is sent.
    const newcomer = await prisma.dossierRow.findFirstOrThrow({ where: { dossierId: id, newName: 'Lê Văn Mới' } });
    expect(await as('OFFICER_SYT', async () => updateDossierRow({ id, version: await version(id), rowId: newcomer.id, achievement: 'Hoàn thành xuất sắc nhiệm vụ; sáng kiến cấp cơ sở' }))).toMatchObject({ ok: true });
    expect(await as('OFFICER_SYT', async () => steps.submitDossier({ id, version: await version(id) }))).toMatchObject({ ok: true, message: expect.stringContaining('Đảng bộ Khối') });
    let d = await prisma.dossier.findUniqueOrThrow({ where: { id } });
    expect(d).toMatchObject({ status: 'SUBMITTED', holderUnitId: 'unit-dbk' });
    expect(d.submittedAt).not.toBeNull();

    // At the level above: the unit can no longer edit it nor act for that level.
    expect(await as('OFFICER_SYT', async () => removeDossierRow({ id, version: await version(id), rowId: newcomer.id }))).toMatchObject({ ok: false });
    expect(await as('OFFICER_SYT', async () => steps.forwardDossier({ id, version: await version(id) }))).toMatchObject({ ok: false, message: expect.stringContaining('không ở cấp của bạn') });
    // The level above leaves out the row already honoured, then returns the dossier with its reason.
    const honoured = await prisma.dossierRow.findFirstOrThrow({ where: { dossierId: id, individualId: cast.alreadyHonoured.id } });
    expect(await as('OFFICER_DBK', async () => steps.rejectDossierRow({ id, version: await version(id), rowId: honoured.id, note: 'Đã được công nhận tại Quyết định số 251/QĐ-SYT' }))).toMatchObject({ ok: true });
    expect(await as('OFFICER_DBK', async () => steps.returnDossier({ id, version: await version(id), note: '' }))).toMatchObject({ ok: false, fieldErrors: { note: [expect.any(String)] } });
    expect(await as('OFFICER_DBK', async () => steps.returnDossier({ id, version: await version(id), note: `Bỏ ${cast.noInitiative.fullName}: chưa có sáng kiến được công nhận` }))).toMatchObject({ ok: true });
    d = await prisma.dossier.findUniqueOrThrow({ where: { id } });
    expect(d).toMatchObject({ status: 'RETURNED', holderUnitId: 'unit-syt' });

    // The unit fixes it and sends it again: the rules are still those of the first submission.
    const noInitiative = await prisma.dossierRow.findFirstOrThrow({ where: { dossierId: id, individualId: cast.noInitiative.id } });
    expect(await as('OFFICER_SYT', async () => removeDossierRow({ id, version: await version(id), rowId: noInitiative.id }))).toMatchObject({ ok: true });
    expect(await as('OFFICER_SYT', async () => steps.submitDossier({ id, version: await version(id), note: 'Đã bỏ trường hợp chưa có sáng kiến' }))).toMatchObject({ ok: true });
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).submittedAt).toEqual(d.submittedAt);

    // Forwarded to the authority: an officer cannot accept for it; the registrar can.
    expect(await as('OFFICER_DBK', async () => steps.forwardDossier({ id, version: await version(id) }))).toMatchObject({ ok: true });
    expect((await prisma.dossier.findUniqueOrThrow({ where: { id } })).holderUnitId).toBeNull();
    expect(await as('OFFICER_DBK', async () => steps.acceptDossier({ id, version: await version(id) }))).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await as('OFFICER_DBK', async () => steps.returnDossier({ id, version: await version(id), note: 'Thử trả lại khi hồ sơ đã lên trên' }))).toMatchObject({ ok: false });
    const inbox = await listDossiers(await scopeOf('REGISTRAR'), 'cho-xu-ly');
    expect(inbox.some((x) => x.id === id)).toBe(true);
    expect(await as('REGISTRAR', async () => steps.acceptDossier({ id, version: await version(id), note: 'Đủ thành phần hồ sơ' }))).toMatchObject({ ok: true });
  });

  it('becomes a decision in one step: its awards are the rows still proposed, new people created with it', async () => {
    const stale = await version(id);
    const header = { number: `777/QĐ-UBND-KT${Date.now() % 1000}`, signedAt: '2026-11-30', issuingAuthority: 'Chủ tịch UBND tỉnh', signerName: 'Nguyễn Văn Ký', signerTitle: 'Chủ tịch UBND tỉnh', category: 'PERIODIC' };
    // The form of an older state is refused.
    expect(await as('REGISTRAR', () => steps.decideDossier({ id, version: stale - 1, ...header }))).toMatchObject({ ok: false, message: STALE_DOSSIER });
    expect(await as('OFFICER_DBK', () => steps.decideDossier({ id, version: stale, ...header }))).toMatchObject({ ok: false, message: FORBIDDEN });
    const people = await prisma.individual.count();
    const answer = await as('REGISTRAR', () => steps.decideDossier({ id, version: stale, ...header }));
    expect(answer).toMatchObject({ ok: true, data: { id: expect.any(String) } });
    const decisionId = (answer as { data: { id: string } }).data.id;
    decided.push(decisionId);
    const awards = await prisma.award.findMany({ where: { decisionId }, select: { individualId: true, year: true, type: { select: { code: true } } } });
    expect(awards).toHaveLength(18);
    expect(awards.every((a) => a.year === YEAR && a.type.code === 'CSTD-CS')).toBe(true);
    expect(awards.some((a) => a.individualId === cast.alreadyHonoured.id || a.individualId === cast.noInitiative.id)).toBe(false);
    expect(await prisma.individual.count()).toBe(people + 1);
    expect(await prisma.individual.findFirst({ where: { fullName: 'Lê Văn Mới', unitId: 'unit-syt-bvdk' } })).not.toBeNull();
    const d = await prisma.dossier.findUniqueOrThrow({ where: { id }, include: { steps: { orderBy: { createdAt: 'asc' } } } });
    expect(d).toMatchObject({ status: 'DECIDED', decisionId });
    expect(d.steps.map((s) => s.action)).toEqual(['CREATE', 'SUBMIT', 'REJECT_ROW', 'RETURN', 'SUBMIT', 'FORWARD', 'ACCEPT', 'DECIDE']);
    expect(d.steps.find((s) => s.action === 'RETURN')).toMatchObject({ fromLevel: expect.stringContaining('Đảng bộ Khối'), note: expect.stringContaining(cast.noInitiative.fullName) });
    // Decided once.
    expect(await as('REGISTRAR', async () => steps.decideDossier({ id, version: await version(id), ...header, number: 'KHAC/QĐ' }))).toMatchObject({ ok: false });
    expect(await as('REGISTRAR', async () => steps.returnDossier({ id, version: await version(id), note: 'Không trả lại được nữa' }))).toMatchObject({ ok: false });
  });
});

describe('the role × unit matrix of the dossier actions', () => {
  // The Báo tỉnh's dossier at the Đảng bộ Khối (seeded): who may do what to it, and nothing else changes.
  const target = 'dossier-1';
  const calls = async (v: number) => ({
    submit: () => steps.submitDossier({ id: target, version: v }),
    forward: () => steps.forwardDossier({ id: target, version: v }),
    return: () => steps.returnDossier({ id: target, version: v, note: 'Trả lại để thử quyền' }),
    accept: () => steps.acceptDossier({ id: target, version: v }),
    decide: () => steps.decideDossier({ id: target, version: v, number: '1/QĐ-THU', signedAt: '2026-11-30', issuingAuthority: 'Thử', signerName: 'Người Thử', signerTitle: 'Thử', category: 'PERIODIC' }),
    reject: () => steps.rejectDossierRow({ id: target, version: v, rowId: 'dossier-1-row-0', note: 'Loại để thử quyền' }),
    raise: () => steps.raiseDossierRow({ id: target, version: v, rowId: 'dossier-1-row-0', typeId: 'type-bk-ttg', note: 'Nâng để thử quyền' }),
    rows: () => addDossierRows({ id: target, version: v, text: 'Nguyễn Văn Thử\tPhóng viên\t\t\tThành tích' }),
    edit: () => updateDossierRow({ id: target, version: v, rowId: 'dossier-1-row-0', achievement: 'Sửa để thử quyền' }),
  });

  it('an officer of another unit is told the dossier does not exist, for every action', async () => {
    const before = await fingerprint();
    for (const [name, call] of Object.entries(await calls(await version(target)))) {
      const answer = await as('OFFICER_SYT', call);
      expect(answer, name).toMatchObject({ ok: false });
      if (!['accept', 'decide'].includes(name)) expect((answer as { message: string }).message, name).toBe(NO_DOSSIER);
    }
    expect(await getDossier(target, await scopeOf('OFFICER_SYT'))).toBeNull();
    expect(await fingerprint()).toBe(before);
  });

  it('the unit itself cannot act for the level above; the level above cannot edit the unit’s rows', async () => {
    const before = await fingerprint();
    const c = await calls(await version(target));
    for (const name of ['forward', 'return', 'reject', 'raise', 'submit', 'rows', 'edit'] as const) expect(await as('UNIT_OFFICER', c[name]), name).toMatchObject({ ok: false });
    for (const name of ['rows', 'edit', 'submit'] as const) expect(await as('OFFICER_DBK', c[name]), name).toMatchObject({ ok: false });
    expect(await as('REGISTRAR', c.forward)).toMatchObject({ ok: false });
    expect(await fingerprint()).toBe(before);
  });

  it('two people acting on the same state: one succeeds, the other is told to reload', async () => {
    const v = await version(target);
    const c = await calls(v);
    signIn('OFFICER_DBK');
    const answers = await Promise.all([c.forward(), c.return()]);
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.find((a) => !a.ok)).toMatchObject({ message: STALE_DOSSIER });
    expect(await version(target)).toBe(v + 1);
  });

  it('a higher form is proposed only if higher and open to the row', async () => {
    const d = await prisma.dossier.findUniqueOrThrow({ where: { id: 'dossier-5' }, select: { version: true } });
    const raise = (typeId: string, v: number) => steps.raiseDossierRow({ id: 'dossier-5', version: v, rowId: 'dossier-5-row-0', typeId, note: 'Thành tích đặc biệt xuất sắc' });
    expect(await as('REGISTRAR', () => raise('type-gk-so', d.version))).toMatchObject({ ok: false, fieldErrors: { typeId: [expect.any(String)] } });
    expect(await as('REGISTRAR', () => raise('type-ctd-t', d.version))).toMatchObject({ ok: false, fieldErrors: { typeId: [expect.any(String)] } });
    expect(await as('REGISTRAR', () => raise('type-bk-ttg', d.version))).toMatchObject({ ok: true });
    expect(await prisma.dossierRow.findUniqueOrThrow({ where: { id: 'dossier-5-row-0' } })).toMatchObject({ typeId: 'type-bk-ttg', raisedFromTypeId: 'type-bk-ubnd' });
  });
});

describe('unit officer accounts', () => {
  it('need a unit; other roles have none', async () => {
    signIn('ADMIN');
    expect(await createUser({ email: 'canbo.moi@bangvang.local', name: 'Cán Bộ Mới', role: 'UNIT_OFFICER', password: 'Mot-mat-khau-rat-dai-2026' })).toMatchObject({ ok: false, fieldErrors: { unitId: [expect.any(String)] } });
    expect(await createUser({ email: 'canbo.moi@bangvang.local', name: 'Cán Bộ Mới', role: 'UNIT_OFFICER', unitId: 'unit-sgd', password: 'Mot-mat-khau-rat-dai-2026' })).toMatchObject({ ok: true });
    expect(await createUser({ email: 'bientap.moi@bangvang.local', name: 'Biên Tập Mới', role: 'EDITOR', unitId: 'unit-sgd', password: 'Mot-mat-khau-rat-dai-2026' })).toMatchObject({ ok: true });
    const made = await prisma.user.findMany({ where: { email: { in: ['canbo.moi@bangvang.local', 'bientap.moi@bangvang.local'] } }, select: { role: true, unitId: true }, orderBy: { email: 'asc' } });
    expect(made).toEqual([{ role: 'EDITOR', unitId: null }, { role: 'UNIT_OFFICER', unitId: 'unit-sgd' }]);
    // The database itself keeps the rule.
    await expect(client.query(`UPDATE users SET unit_id = NULL WHERE email = 'canbo.moi@bangvang.local'`)).rejects.toThrow(/users_officer_unit/);
  });
});

describe('a unit merged into another', () => {
  it('takes its officers, dossiers and registrations along (aims already there kept once), and an undo puts them back', async () => {
    const { mergeUnits } = await import('@/lib/registry/actions/units');
    const stamp = Date.now().toString(36);
    const unit = (code: string) => prisma.unit.create({ data: { code: `${code}-${stamp}`, slug: `${code.toLowerCase()}-${stamp}`, name: `Phòng ${code} ${stamp}`, kind: 'AGENCY', parentId: 'unit-dbk' }, select: { id: true } });
    const [src, dst] = [await unit('NGUON'), await unit('DICH')];
    const person = await prisma.individual.create({ data: { fullName: `Người Sáp Nhập ${stamp}`, slug: `nguoi-sap-nhap-${stamp}`, unitId: src.id }, select: { id: true } });
    const officer = await prisma.user.create({ data: { email: `canbo.${stamp}@bangvang.local`, name: 'Cán Bộ Nguồn', role: 'UNIT_OFFICER', unitId: src.id, passwordHash: 'x' }, select: { id: true } });
    await prisma.emulationRegistration.create({ data: { unitId: src.id, year: YEAR, entries: { create: [{ typeId: 'type-ldtt', individualId: person.id }, { typeId: 'type-ttldtt', unitId: src.id }] } } });
    const into = await prisma.emulationRegistration.create({ data: { unitId: dst.id, year: YEAR, entries: { create: [{ typeId: 'type-ttldtt', unitId: dst.id }] } }, select: { id: true } });
    await prisma.emulationRegistration.create({ data: { unitId: src.id, year: YEAR - 1, entries: { create: [{ typeId: 'type-ldtt', individualId: person.id }] } } });
    const dossier = await prisma.dossier.create({
      data: { code: `HS-KT-${stamp}`, title: 'Hồ sơ trước sáp nhập', unitId: src.id, holderUnitId: src.id, typeId: 'type-ldtt', year: YEAR, rows: { create: [{ position: 0, kind: 'INDIVIDUAL', individualId: person.id, typeId: 'type-ldtt', achievement: 'Hoàn thành tốt nhiệm vụ' }] } },
      select: { id: true },
    });

    const merged = await as('REGISTRAR', () => mergeUnits({ sourceIds: [src.id], versions: [1, 1], targetId: dst.id }));
    expect(merged).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: officer.id } })).unitId).toBe(dst.id);
    expect(await prisma.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).toMatchObject({ unitId: dst.id, holderUnitId: dst.id });
    const entries = await prisma.registrationEntry.findMany({ where: { registrationId: into.id }, select: { typeId: true, unitId: true, individualId: true }, orderBy: { typeId: 'asc' } });
    expect(entries).toEqual([
      { typeId: 'type-ldtt', unitId: null, individualId: person.id },
      { typeId: 'type-ttldtt', unitId: dst.id, individualId: null },
    ]);
    // The year the target had none of moves whole.
    expect(await prisma.emulationRegistration.findUnique({ where: { unitId_year: { unitId: dst.id, year: YEAR - 1 } } })).not.toBeNull();
    // The year both had: the source's registration stays, as its history.
    expect(await prisma.emulationRegistration.count({ where: { unitId: src.id } })).toBe(1);

    // Undone: the officer, the dossier, the registrations and the target's aims as they were.
    const { undoUnitEvent } = await import('@/lib/registry/actions/units');
    const eventId = (merged as { data: { eventId: string } }).data.eventId;
    expect(await as('ADMIN', () => undoUnitEvent({ id: eventId, reason: 'Kiểm thử hoàn tác' }))).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: officer.id } })).unitId).toBe(src.id);
    expect(await prisma.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).toMatchObject({ unitId: src.id, holderUnitId: src.id });
    expect(await prisma.registrationEntry.findMany({ where: { registrationId: into.id }, select: { typeId: true, unitId: true, individualId: true } })).toEqual([{ typeId: 'type-ttldtt', unitId: dst.id, individualId: null }]);
    expect(await prisma.emulationRegistration.count({ where: { unitId: src.id } })).toBe(2);
  });
});
