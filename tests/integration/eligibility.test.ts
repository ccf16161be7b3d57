// Eligibility rules as versioned data: the demo's rules with their sources and their
// "to be confirmed" state, the rules in force on a date, a candidate evaluated from the
// registry's own records (awards of in-force decisions, initiatives, a unit's people), an
// honour already given for the same year, and new versions — administrators only, audited,
// never an overwrite (the database refuses updates and deletes of a version).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateNominee, rulesInForce, unitQuotaOverruns } from '@/lib/registry/data/eligibility';
import { signIn } from '../support/acting-as';
import { testPg, testPrisma } from '../support/db';

const { saveRuleVersion } = await import('@/lib/registry/actions/eligibility');
const prisma = testPrisma();
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const TAG = 'elig-test';
let unitId: string;
const people: string[] = [];

async function decision(id: string, status: 'IN_FORCE' | 'REVOKED' = 'IN_FORCE') {
  await prisma.decision.create({
    data: { id, slug: id, number: `${id}/QĐ`, signedAt: day('2026-01-10'), issuingAuthority: 'UBND tỉnh (kiểm thử tiêu chuẩn)', signerName: 'Người Ký', signerTitle: 'Chủ tịch', category: 'PERIODIC', status, ...(status === 'REVOKED' ? { revokedAt: day('2026-02-01'), revocationReason: 'Kiểm thử' } : {}) },
  });
}

async function award(decisionId: string, typeCode: string, year: number, recipient: { individualId?: string; unitId?: string }) {
  const type = await prisma.commendationType.findUniqueOrThrow({ where: { code: typeCode }, select: { id: true } });
  await prisma.award.create({ data: { decisionId, typeId: type.id, year, ...recipient } });
}

beforeAll(async () => {
  const parent = await prisma.unit.findFirstOrThrow({ where: { parentId: null }, select: { id: true } });
  unitId = (await prisma.unit.create({ data: { name: 'Phòng kiểm thử tiêu chuẩn', code: 'KT-TC', slug: `${TAG}-unit`, kind: 'AGENCY', parentId: parent.id }, select: { id: true } })).id;
  for (let i = 1; i <= 4; i++) {
    people.push((await prisma.individual.create({ data: { fullName: `Người Kiểm Thử ${i}`, slug: `${TAG}-person-${i}`, unitId }, select: { id: true } })).id);
  }
  await decision(`${TAG}-dec`);
  await decision(`${TAG}-revoked`, 'REVOKED');
});

afterAll(async () => {
  await prisma.award.deleteMany({ where: { decisionId: { in: [`${TAG}-dec`, `${TAG}-revoked`] } } });
  await prisma.decision.deleteMany({ where: { id: { in: [`${TAG}-dec`, `${TAG}-revoked`] } } });
  await prisma.initiative.deleteMany({ where: { individualId: { in: people } } });
  await prisma.individual.deleteMany({ where: { id: { in: people } } });
  await prisma.unit.deleteMany({ where: { id: unitId } });
  await prisma.$disconnect();
});

describe('the demo rules', () => {
  it('cite their source, are marked to be confirmed, and apply from their own dates', async () => {
    const now = await rulesInForce('CSTD-CS', day('2026-01-01'));
    expect(now.map((r) => r.ruleKey)).toEqual(['cstdcs-tieu-chuan', 'cstdcs-ty-le']);
    expect(now.every((r) => r.confirmation === 'TO_CONFIRM' && r.article === null && r.note)).toBe(true);
    expect(now[0]!.legalSource).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15');
    expect(now[1]!.legalSource).toBe('Nghị định số 152/2025/NĐ-CP');
    // The decree's quota applies from 1/7/2025, the law's criterion from 1/1/2024, nothing before.
    expect((await rulesInForce('CSTD-CS', day('2025-03-01'))).map((r) => r.ruleKey)).toEqual(['cstdcs-tieu-chuan']);
    expect(await rulesInForce('CSTD-CS', day('2023-12-31'))).toEqual([]);
    expect((await prisma.initiative.count()) > 10).toBe(true);
  });
});

describe('evaluating a nominee from the records', () => {
  it('names the unmet condition, counts in-force decisions only, and flags an honour already given', async () => {
    const person = { kind: 'INDIVIDUAL' as const, id: people[0]! };
    const on = day('2026-01-15');
    // A title from a revoked decision counts for nothing.
    await award(`${TAG}-revoked`, 'LDTT', 2025, { individualId: people[0] });
    let result = await evaluateNominee('CSTD-CS', person, 2025, on);
    expect(result.verdict).toBe('not_eligible');
    const texts = result.results.flatMap((r) => r.findings.map((f) => f.text));
    expect(texts).toContain('Cần Lao động tiên tiến năm 2025; chưa có năm 2025.');
    expect(texts).toContain('Cần sáng kiến được công nhận từ cơ sở trở lên (năm 2025); chưa có trong sổ.');
    expect(result.results.find((r) => r.met === false)!.rule.legalSource).toBe('Luật Thi đua, khen thưởng số 06/2022/QH15');

    await award(`${TAG}-dec`, 'LDTT', 2025, { individualId: people[0] });
    await prisma.initiative.create({ data: { individualId: people[0]!, year: 2025, title: 'Sáng kiến kiểm thử', level: 'GRASSROOTS', recognizedBy: 'Hội đồng Sáng kiến cơ sở' } });
    result = await evaluateNominee('CSTD-CS', person, 2025, on);
    expect(result.verdict).toBe('eligible');
    expect(result.alreadyHonoured).toBeNull();

    // One achievement, one award: the same title for the same year is flagged.
    await award(`${TAG}-dec`, 'CSTD-CS', 2025, { individualId: people[0] });
    result = await evaluateNominee('CSTD-CS', person, 2025, on);
    expect(result.alreadyHonoured).toEqual({ decisionNumber: `${TAG}-dec/QĐ`, year: 2025 });
    expect(result.verdict).toBe('not_eligible');
  });

  it('computes a unit\'s share of titled people and its quota', async () => {
    await award(`${TAG}-dec`, 'LDTT', 2025, { individualId: people[1] });
    await award(`${TAG}-dec`, 'LDTT', 2025, { individualId: people[2] });
    // 3 of 4 people hold LDTT 2025 (person 0 from the first test): above half, the rest is the council's call.
    const unit = await evaluateNominee('TTLDTT', { kind: 'UNIT', id: unitId }, 2025, day('2026-01-15'));
    expect(unit.verdict).toBe('needs_assessment');
    expect(unit.results[0]!.findings[0]!.text).toBe('3/4 người (75%) đạt Lao động tiên tiến năm 2025; cần trên 50%.');
    // 15% of 3 is 0: proposing even one Chiến sĩ thi đua cơ sở is over the (unconfirmed) quota.
    const over = await unitQuotaOverruns('CSTD-CS', unitId, 1, 2025, day('2026-01-15'));
    expect(over.map((o) => o.text)).toEqual(['Đề nghị 1 người, vượt tỷ lệ 15% của 3 người đạt Lao động tiên tiến (tối đa 0).']);
  });
});

describe('rule versions', () => {
  const base = {
    typeCode: 'GK-SO',
    statement: 'Hoàn thành xuất sắc nhiệm vụ được giao (kiểm thử phiên bản)',
    condition: JSON.stringify({ kind: 'title', code: 'LDTT', years: 2 }),
    legalSource: 'Quy chế thi đua, khen thưởng của Sở (kiểm thử)',
    effectiveFrom: '2024-01-01',
    confirmation: 'TO_CONFIRM',
    note: 'Bản đầu tiên',
  };

  it('are written by administrators only, as new versions, and a withdrawal applies from its date', async () => {
    signIn({ id: 'user-registrar', role: 'REGISTRAR' });
    expect(await saveRuleVersion(base)).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    signIn({ id: 'user-admin', role: 'ADMIN' });
    expect(await saveRuleVersion({ ...base, condition: '{"kind":"title"' })).toMatchObject({ ok: false, fieldErrors: { condition: ['Điều kiện không phải JSON hợp lệ'] } });
    expect(await saveRuleVersion({ ...base, confirmation: 'CONFIRMED' })).toMatchObject({ ok: false, fieldErrors: { article: [expect.stringContaining('điều, khoản')] } });
    const first = await saveRuleVersion(base);
    expect(first).toMatchObject({ ok: true, data: { version: 1 } });
    const ruleKey = (first as { data: { ruleKey: string } }).data.ruleKey;

    const withdrawn = await saveRuleVersion({ ...base, ruleKey, fromVersion: 1, effectiveFrom: '2026-01-01', withdrawn: 'on', confirmation: 'CONFIRMED', article: 'Điều 5', note: 'Quy chế mới bỏ tiêu chuẩn này' });
    expect(withdrawn).toMatchObject({ ok: true, data: { version: 2, ruleKey } });
    expect((await rulesInForce('GK-SO', day('2025-06-01'))).map((r) => [r.ruleKey, r.version])).toEqual([[ruleKey, 1]]);
    expect(await rulesInForce('GK-SO', day('2026-06-01'))).toEqual([]);
    const versions = await prisma.eligibilityRule.findMany({ where: { ruleKey }, orderBy: { version: 'asc' }, select: { version: true, statement: true, withdrawn: true, createdById: true } });
    expect(versions).toEqual([
      { version: 1, statement: base.statement, withdrawn: false, createdById: 'user-admin' },
      { version: 2, statement: base.statement, withdrawn: true, createdById: 'user-admin' },
    ]);
    expect(await prisma.auditEvent.count({ where: { action: 'eligibilityRule.version', entityId: { in: (await prisma.eligibilityRule.findMany({ where: { ruleKey }, select: { id: true } })).map((r) => r.id) } } })).toBe(2);

    // A rule does not move to another honour.
    expect(await saveRuleVersion({ ...base, ruleKey, fromVersion: 2, typeCode: 'LDTT' })).toMatchObject({ ok: false, fieldErrors: { typeCode: [expect.any(String)] } });
  });

  it('of two administrators saving the same rule at once, one wins and the other is told', async () => {
    signIn({ id: 'user-admin', role: 'ADMIN' });
    const first = await saveRuleVersion({ ...base, statement: 'Quy tắc cho hai người cùng sửa (kiểm thử)' });
    const ruleKey = (first as { data: { ruleKey: string } }).data.ruleKey;
    // Both forms were made from version 1: whichever saves second is refused, whether the
    // two transactions overlap (the unique version) or not (the version the form names).
    const results = await Promise.all([saveRuleVersion({ ...base, ruleKey, fromVersion: 1, note: 'Sửa A' }), saveRuleVersion({ ...base, ruleKey, fromVersion: 1, note: 'Sửa B' })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ message: expect.stringContaining('vừa được người khác lưu') });
    expect(await prisma.eligibilityRule.count({ where: { ruleKey } })).toBe(2);
  });

  it('cannot be changed or deleted in the database, by any code', async () => {
    const client = await testPg();
    try {
      await expect(client.query(`UPDATE eligibility_rules SET statement = 'sửa lén' WHERE rule_key = 'ldtt-tieu-chuan'`)).rejects.toThrow(/immutable/);
      await expect(client.query(`DELETE FROM eligibility_rules WHERE rule_key = 'ldtt-tieu-chuan'`)).rejects.toThrow(/kept/);
      // The author link alone may change (an account deleted → SET NULL).
      await client.query(`UPDATE eligibility_rules SET created_by_id = NULL WHERE rule_key = 'ldtt-tieu-chuan'`);
    } finally {
      await client.end();
    }
  });
});

describe('initiatives', () => {
  it('are recorded and corrected by registrars, audited, and count for the criteria at once', async () => {
    const { saveInitiative } = await import('@/lib/registry/actions/initiatives');
    signIn({ id: 'user-editor', role: 'EDITOR' });
    const input = { individualId: people[3]!, year: 2025, title: 'Phần mềm quản lý hồ sơ thi đua', level: 'PROVINCIAL', recognizedBy: 'Hội đồng Sáng kiến tỉnh', reference: 'Quyết định số 9/QĐ-HĐSK' };
    expect(await saveInitiative(input)).toMatchObject({ ok: false, message: 'Tài khoản của bạn không có quyền thực hiện thao tác này.' });
    signIn({ id: 'user-registrar', role: 'REGISTRAR' });
    expect(await saveInitiative({ ...input, year: 'hai nghìn', title: 'SK' })).toMatchObject({ ok: false, fieldErrors: { year: ['Năm là một số'], title: ['Nêu tên sáng kiến (ít nhất 5 ký tự)'] } });
    expect(await prisma.initiative.count({ where: { individualId: people[3] } })).toBe(0);

    const created = await saveInitiative({ ...input, level: 'GRASSROOTS' });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: string } }).data.id;
    // Three Chiến sĩ thi đua cơ sở in a row, but the initiative is only of grassroots effect…
    for (const year of [2023, 2024, 2025]) await award(`${TAG}-dec`, 'CSTD-CS', year, { individualId: people[3] });
    expect((await evaluateNominee('CSTD-T', { kind: 'INDIVIDUAL', id: people[3]! }, 2025, day('2026-01-15'))).verdict).toBe('not_eligible');
    // …corrected to provincial effect: eligible.
    expect(await saveInitiative({ ...input, id })).toMatchObject({ ok: true });
    expect((await evaluateNominee('CSTD-T', { kind: 'INDIVIDUAL', id: people[3]! }, 2025, day('2026-01-15'))).verdict).toBe('eligible');
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'initiative', entityId: id }, orderBy: { createdAt: 'asc' }, select: { action: true, diff: true } });
    expect(audit.map((a) => a.action)).toEqual(['initiative.create', 'initiative.update']);
    expect((audit[1]!.diff as { before: { level: string } }).before.level).toBe('GRASSROOTS');
  });
});
