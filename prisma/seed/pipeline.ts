// The pipeline before the decision, as a demo for the year 2026: unit officers, the
// units' emulation registrations, the records a year-end review starts from (the Sở Y tế's
// "Lao động tiên tiến" of the year and its people's initiatives) and dossiers in every
// state, each with the steps that brought it there.
import type { DossierAction, DossierStatus, RecipientKind, RegistrationStatus } from '@/lib/generated/prisma/enums';
import type { Organisation } from './organisation';

export const PIPELINE_YEAR = 2026;

export const officerUsers = [
  { id: 'user-officer-syt', email: 'canbo.syt@bangvang.local', name: 'Hoàng Thị Minh Thư', role: 'UNIT_OFFICER' as const, unitId: 'unit-syt' },
  { id: 'user-officer-bao', email: 'canbo.baotinh@bangvang.local', name: 'Ngô Đức Trí', role: 'UNIT_OFFICER' as const, unitId: 'unit-bao' },
  { id: 'user-officer-dbk', email: 'canbo.dbk@bangvang.local', name: 'Vũ Thanh Bình', role: 'UNIT_OFFICER' as const, unitId: 'unit-dbk' },
];

const at = (iso: string) => new Date(`${iso}+07:00`);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const SYT_TREE = ['unit-syt', 'unit-syt-bvdk', 'unit-syt-bvyhct'];

export interface PipelineSeed {
  decisions: { id: string; slug: string; number: string; signedAt: Date; issuingAuthority: string; signerName: string; signerTitle: string; category: 'PERIODIC'; summary: string }[];
  awards: { id: string; decisionId: string; typeCode: string; individualId: string; year: number; achievement: string; position: number }[];
  initiatives: { id: string; individualId: string; year: number; title: string; level: 'GRASSROOTS'; recognizedBy: string; reference: string }[];
  registrations: { id: string; unitId: string; year: number; status: RegistrationStatus; submittedAt: Date | null; reviewedAt: Date | null; reviewNote: string | null }[];
  entries: { id: string; registrationId: string; typeCode: string; unitId?: string; individualId?: string }[];
  dossiers: { id: string; code: string; title: string; unitId: string; typeCode: string; year: number; status: DossierStatus; holderUnitId: string | null; deadline: Date | null; submittedAt: Date | null; decisionId?: string }[];
  rows: { id: string; dossierId: string; position: number; kind: RecipientKind; individualId?: string; collectiveId?: string; unitId?: string; typeCode: string; achievement: string }[];
  steps: { id: string; dossierId: string; action: DossierAction; fromLevel: string | null; toLevel: string | null; note: string | null; actorId: string; actorName: string; createdAt: Date }[];
}

/**
 * The people of the Sở Y tế subtree, in id order, play the year-end review the browser walk
 * tries: all hold "Lao động tiên tiến" 2026; all but the fourth have a 2026 initiative (so
 * the fourth is not eligible for Chiến sĩ thi đua cơ sở); the sixth already holds it for
 * 2026 (already honoured); the Bệnh viện Đa khoa did not register its second for it.
 */
export function sytCast(org: Organisation) {
  const people = org.individuals.filter((p) => SYT_TREE.includes(p.unitId)).sort((a, b) => a.id.localeCompare(b.id));
  const bvdk = people.filter((p) => p.unitId === 'unit-syt-bvdk');
  return { people, noInitiative: people[3]!, alreadyHonoured: people[5]!, notRegistered: bvdk[1]! };
}

export function buildPipeline(org: Organisation, awardsOfDecidedDossier: { individualId: string | null; collectiveId: string | null; unitId: string | null; achievement: string | null; typeCode: string; year: number }[]): PipelineSeed {
  const cast = sytCast(org);
  const out: PipelineSeed = { decisions: [], awards: [], initiatives: [], registrations: [], entries: [], dossiers: [], rows: [], steps: [] };

  // ── the records a year-end review starts from ──
  out.decisions.push(
    { id: 'dec-ldtt-syt-2026', slug: 'qd-245-syt-2026', number: '245/QĐ-SYT', signedAt: day('2026-11-20'), issuingAuthority: 'Giám đốc Sở Y tế', signerName: 'Trần Quốc Bảo', signerTitle: 'Giám đốc Sở Y tế', category: 'PERIODIC', summary: 'Công nhận danh hiệu "Lao động tiên tiến" năm 2026 cho cá nhân thuộc Sở Y tế và các đơn vị trực thuộc.' },
    { id: 'dec-cstdcs-syt-2026', slug: 'qd-251-syt-2026', number: '251/QĐ-SYT', signedAt: day('2026-11-26'), issuingAuthority: 'Giám đốc Sở Y tế', signerName: 'Trần Quốc Bảo', signerTitle: 'Giám đốc Sở Y tế', category: 'PERIODIC', summary: 'Công nhận danh hiệu "Chiến sĩ thi đua cơ sở" năm 2026 (đợt 1).' },
  );
  cast.people.forEach((p, i) => {
    out.awards.push({ id: `aw-ldtt-2026-${p.id}`, decisionId: 'dec-ldtt-syt-2026', typeCode: 'LDTT', individualId: p.id, year: PIPELINE_YEAR, achievement: 'Hoàn thành tốt nhiệm vụ năm 2026', position: i });
    if (p !== cast.noInitiative) {
      out.initiatives.push({ id: `init-${p.id}-2026-cs`, individualId: p.id, year: PIPELINE_YEAR, title: `Cải tiến quy trình chuyên môn số ${i + 1} (2026)`, level: 'GRASSROOTS', recognizedBy: 'Hội đồng Sáng kiến Sở Y tế', reference: `Quyết định số ${300 + i}/QĐ-HĐSK ngày 10/11/2026` });
    }
  });
  out.awards.push({ id: `aw-cstdcs-2026-${cast.alreadyHonoured.id}`, decisionId: 'dec-cstdcs-syt-2026', typeCode: 'CSTD-CS', individualId: cast.alreadyHonoured.id, year: PIPELINE_YEAR, achievement: 'Sáng kiến cải tiến quy trình khám bệnh', position: 0 });

  // ── registrations for the year ──
  const register = (unitId: string, status: RegistrationStatus, submitted: string | null, note: string | null, aims: [string, string[]][]) => {
    const id = `reg-${PIPELINE_YEAR}-${unitId}`;
    out.registrations.push({ id, unitId, year: PIPELINE_YEAR, status, submittedAt: submitted ? at(submitted) : null, reviewedAt: status === 'ACCEPTED' || status === 'RETURNED' ? at('2026-02-20T09:00:00') : null, reviewNote: note });
    for (const [typeCode, ids] of aims) for (const individualId of ids) out.entries.push({ id: `${id}-${typeCode}-${individualId}`, registrationId: id, typeCode, individualId });
  };
  const ids = (unitId: string) => org.individuals.filter((p) => p.unitId === unitId).map((p) => p.id);
  const bvdk = ids('unit-syt-bvdk');
  register('unit-syt-bvdk', 'ACCEPTED', '2026-02-10T10:00:00', null, [['LDTT', bvdk], ['CSTD-CS', bvdk.filter((id) => id !== cast.notRegistered.id)]]);
  register('unit-syt-bvyhct', 'SUBMITTED', '2026-02-14T15:30:00', null, [['LDTT', ids('unit-syt-bvyhct')], ['CSTD-CS', ids('unit-syt-bvyhct')]]);
  register('unit-bao', 'SUBMITTED', '2026-02-12T08:45:00', null, [['LDTT', ids('unit-bao')], ['CSTD-CS', ids('unit-bao').slice(0, 2)]]);
  register('unit-sgd', 'RETURNED', '2026-02-11T14:00:00', 'Số cá nhân đăng ký Chiến sĩ thi đua cơ sở vượt tỷ lệ so với số đăng ký Lao động tiên tiến; đề nghị rà soát lại.', [['LDTT', ids('unit-sgd').slice(0, 3)], ['CSTD-CS', ids('unit-sgd')]]);
  register('unit-stc', 'DRAFT', null, null, [['LDTT', ids('unit-stc').slice(0, 4)]]);
  register('unit-dl', 'ACCEPTED', '2026-02-09T09:15:00', null, [['LDTT', ids('unit-dl')], ['CSTD-CS', ids('unit-dl').slice(0, 1)]]);
  out.entries.push({ id: `reg-${PIPELINE_YEAR}-unit-dl-TTLDXS-unit`, registrationId: `reg-${PIPELINE_YEAR}-unit-dl`, typeCode: 'TTLDXS', unitId: 'unit-dl' });

  // ── dossiers in every state ──
  const unitName = (id: string) => org.units.find((u) => u.id === id)!.name;
  const DBK = unitName('unit-dbk');
  const authority = (a: string) => `${a} (bộ phận thi đua – khen thưởng)`;
  const dossier = (
    n: number,
    unitId: string,
    typeCode: string,
    title: string,
    status: DossierStatus,
    holderUnitId: string | null,
    people: string[],
    steps: [DossierAction, string | null, string | null, string | null, string, string][],
    extra: { decisionId?: string; year?: number; deadline?: string } = {},
  ) => {
    const id = `dossier-${n}`;
    const year = extra.year ?? PIPELINE_YEAR;
    const submitted = steps.find((s) => s[0] === 'SUBMIT');
    out.dossiers.push({ id, code: `HS-${year}-${String(n).padStart(4, '0')}`, title, unitId, typeCode, year, status, holderUnitId, deadline: extra.deadline ? day(extra.deadline) : null, submittedAt: submitted ? at(submitted[5]) : null, decisionId: extra.decisionId });
    people.forEach((individualId, position) => out.rows.push({ id: `${id}-row-${position}`, dossierId: id, position, kind: 'INDIVIDUAL', individualId, typeCode, achievement: 'Hoàn thành xuất sắc nhiệm vụ được giao; có sáng kiến được Hội đồng Sáng kiến cơ sở công nhận.' }));
    steps.forEach(([action, from, to, note, actor, time], i) => {
      const actorName = actor === 'user-registrar' ? 'Phạm Minh Châu' : officerUsers.find((o) => o.id === actor)!.name;
      out.steps.push({ id: `${id}-step-${i}`, dossierId: id, action, fromLevel: from, toLevel: to, note, actorId: actor, actorName, createdAt: at(time) });
    });
  };
  const UBND = authority('Chủ tịch UBND tỉnh');
  dossier(1, 'unit-bao', 'BK-UBND', 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho phóng viên đưa tin phòng chống bão năm 2026', 'SUBMITTED', 'unit-dbk', ids('unit-bao').slice(0, 2), [
    ['CREATE', null, unitName('unit-bao'), null, 'user-officer-bao', '2026-11-18T09:00:00'],
    ['SUBMIT', unitName('unit-bao'), DBK, 'Kèm báo cáo thành tích của từng cá nhân.', 'user-officer-bao', '2026-11-20T16:10:00'],
  ], { deadline: '2026-12-15' });
  dossier(2, 'unit-sgd', 'CSTD-CS', 'Đề nghị công nhận Chiến sĩ thi đua cơ sở năm 2026 – Sở Giáo dục và Đào tạo', 'RETURNED', 'unit-sgd', ids('unit-sgd').slice(0, 2), [
    ['CREATE', null, unitName('unit-sgd'), null, 'user-officer-dbk', '2026-11-10T08:00:00'],
    ['SUBMIT', unitName('unit-sgd'), DBK, null, 'user-officer-dbk', '2026-11-12T10:00:00'],
    ['RETURN', DBK, unitName('unit-sgd'), 'Thiếu biên bản họp Hội đồng thi đua – khen thưởng của đơn vị; bổ sung rồi trình lại.', 'user-officer-dbk', '2026-11-14T15:00:00'],
  ], { deadline: '2026-12-10' });
  dossier(3, 'unit-syt', 'CSTD-CS', 'Đề nghị công nhận Chiến sĩ thi đua cơ sở năm 2026 – cơ quan Sở Y tế (bản nháp)', 'DRAFT', 'unit-syt', ids('unit-syt').slice(0, 3), [
    ['CREATE', null, unitName('unit-syt'), null, 'user-officer-syt', '2026-11-28T10:30:00'],
  ]);
  dossier(4, 'unit-dl', 'BK-UBND', 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh cho Công ty Điện lực năm 2026', 'ACCEPTED', null, ids('unit-dl').slice(0, 2), [
    ['CREATE', null, unitName('unit-dl'), null, 'user-officer-dbk', '2026-11-05T08:00:00'],
    ['SUBMIT', unitName('unit-dl'), DBK, null, 'user-officer-dbk', '2026-11-06T09:00:00'],
    ['FORWARD', DBK, UBND, 'Đảng ủy Khối thống nhất đề nghị.', 'user-officer-dbk', '2026-11-08T14:00:00'],
    ['ACCEPT', null, null, 'Hồ sơ đủ thành phần.', 'user-registrar', '2026-11-12T10:00:00'],
  ], { deadline: '2026-12-05' });
  dossier(5, 'unit-snv', 'BK-UBND', 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh – Sở Nội vụ năm 2026', 'SUBMITTED', null, ids('unit-snv').slice(0, 3), [
    ['CREATE', null, unitName('unit-snv'), null, 'user-officer-dbk', '2026-11-15T08:00:00'],
    ['SUBMIT', unitName('unit-snv'), DBK, null, 'user-officer-dbk', '2026-11-16T09:30:00'],
    ['FORWARD', DBK, UBND, null, 'user-officer-dbk', '2026-11-19T11:00:00'],
  ], { deadline: '2026-12-20' });
  // A dossier of 2024 that became the storm decision already in the registry.
  const decidedId = 'dossier-6';
  out.dossiers.push({ id: decidedId, code: 'HS-2024-0001', title: 'Đề nghị khen thưởng đột xuất thành tích khắc phục hậu quả bão số 3', unitId: 'unit-dbk', typeCode: 'BK-UBND', year: 2024, status: 'DECIDED', holderUnitId: null, deadline: null, submittedAt: at('2024-09-10T09:00:00'), decisionId: 'dec-dot-xuat-bao-2024' });
  awardsOfDecidedDossier.forEach((a, position) =>
    out.rows.push({
      id: `${decidedId}-row-${position}`,
      dossierId: decidedId,
      position,
      kind: a.individualId ? 'INDIVIDUAL' : a.collectiveId ? 'COLLECTIVE' : 'UNIT',
      ...(a.individualId ? { individualId: a.individualId } : a.collectiveId ? { collectiveId: a.collectiveId } : { unitId: a.unitId! }),
      typeCode: a.typeCode,
      achievement: a.achievement ?? '',
    }),
  );
  ([
    ['CREATE', null, DBK, null, 'user-officer-dbk', '2024-09-09T08:00:00'],
    ['SUBMIT', DBK, UBND, 'Khen đột xuất, đề nghị xét sớm.', 'user-officer-dbk', '2024-09-10T09:00:00'],
    ['ACCEPT', null, null, null, 'user-registrar', '2024-09-12T10:00:00'],
    ['DECIDE', null, null, 'Quyết định số 2398/QĐ-UBND', 'user-registrar', '2024-09-16T15:00:00'],
  ] as const).forEach(([action, from, to, note, actor, time], i) =>
    out.steps.push({ id: `${decidedId}-step-${i}`, dossierId: decidedId, action, fromLevel: from, toLevel: to, note, actorId: actor, actorName: actor === 'user-registrar' ? 'Phạm Minh Châu' : 'Vũ Thanh Bình', createdAt: at(time) }),
  );
  return out;
}
