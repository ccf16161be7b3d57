// The demo's reorganisation, as the 2025 reform did it in the provinces: units that existed
// before (with awards of their own) merged on 1 March 2025 into the departments that carry
// them on, and one unit renamed earlier. Made with the same structure steps as the
// registrar's actions (lib/registry/actions/unit-structure.ts), so the pages, filters and
// statistics read it as they read any merger; an administrator can undo it like any other.
// Run once: a database that already holds the events is left as it is.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { mergeOne, rebuildClosure, type MergePayload } from '@/lib/registry/actions/unit-structure';
import { ROOT_UNIT_ID } from './organisation';

const MERGED_ON = new Date('2025-03-01T00:00:00Z');

interface Predecessor {
  id: string;
  code: string;
  slug: string;
  name: string;
  kind: 'PARTY_COMMITTEE' | 'PARTY_CELL';
  into: string;
  departments: string[];
  people: [fullName: string, position: string][];
}

const predecessors: Predecessor[] = [
  {
    id: 'unit-snnptnt',
    code: 'SNNPTNT',
    slug: 'dang-bo-so-nong-nghiep-va-phat-trien-nong-thon',
    name: 'Đảng bộ Sở Nông nghiệp và Phát triển nông thôn',
    kind: 'PARTY_COMMITTEE',
    into: 'unit-snnmt',
    departments: ['Chi cục Phát triển nông thôn', 'Chi cục Chăn nuôi và Thú y'],
    people: [
      ['Trần Văn Thái', 'Bí thư Đảng ủy'],
      ['Lê Thị Hòa', 'Trưởng phòng'],
    ],
  },
  {
    id: 'unit-stnmt',
    code: 'STNMT',
    slug: 'chi-bo-so-tai-nguyen-va-moi-truong',
    name: 'Chi bộ Sở Tài nguyên và Môi trường',
    kind: 'PARTY_CELL',
    into: 'unit-snnmt',
    departments: ['Văn phòng Đăng ký đất đai'],
    people: [['Phạm Minh Khoa', 'Bí thư Chi bộ']],
  },
  {
    id: 'unit-sgtvt',
    code: 'SGTVT',
    slug: 'dang-bo-so-giao-thong-van-tai',
    name: 'Đảng bộ Sở Giao thông vận tải',
    kind: 'PARTY_COMMITTEE',
    into: 'unit-sxd',
    departments: ['Thanh tra Sở Giao thông vận tải'],
    people: [['Hoàng Đức Long', 'Bí thư Đảng ủy']],
  },
];

/** The merges, one event per unit that took others in, and the rename. */
const MERGE_EVENTS = [
  { id: 'uev-2025-snnmt', into: 'unit-snnmt', note: 'Quyết định số 125-QĐ/ĐUK ngày 25/02/2025 của Ban Thường vụ Đảng ủy Khối (dữ liệu minh họa)' },
  { id: 'uev-2025-sxd', into: 'unit-sxd', note: 'Quyết định số 126-QĐ/ĐUK ngày 25/02/2025 của Ban Thường vụ Đảng ủy Khối (dữ liệu minh họa)' },
];
const RENAME = { id: 'uev-2024-dl', unitId: 'unit-dl', on: new Date('2024-01-01T00:00:00Z'), before: 'Đảng bộ Điện lực tỉnh' };

export async function seedReorganisation(prisma: PrismaClient) {
  if (await prisma.unitEvent.findUnique({ where: { id: MERGE_EVENTS[0]!.id }, select: { id: true } })) return;
  const targets = await prisma.unit.findMany({ where: { id: { in: [...MERGE_EVENTS.map((e) => e.into), RENAME.unitId] } }, select: { id: true, name: true, shortName: true } });
  if (targets.length !== 3) return; // a database seeded before these units existed

  // The units as they were before the reform, with their departments, people and awards.
  await prisma.unit.createMany({ data: predecessors.map((p) => ({ id: p.id, code: p.code, slug: p.slug, name: p.name, kind: p.kind, parentId: ROOT_UNIT_ID })), skipDuplicates: true });
  const collectives = predecessors.flatMap((p) => p.departments.map((name, i) => ({ id: `col-${p.code.toLowerCase()}-${i + 1}`, slug: `${p.slug}-${i + 1}`, name, unitId: p.id })));
  await prisma.collective.createMany({ data: collectives, skipDuplicates: true });
  const people = predecessors.flatMap((p) => p.people.map(([fullName, position], i) => ({ id: `ind-${p.code.toLowerCase()}-${i + 1}`, slug: `${p.slug.replace(/^(dang-bo|chi-bo)-/, '')}-${i + 1}`, fullName, position, unitId: p.id })));
  await prisma.individual.createMany({ data: people, skipDuplicates: true });
  await prisma.individualUnitHistory.createMany({ data: people.map((p) => ({ id: `hist-${p.id}`, individualId: p.id, unitId: p.unitId, position: p.position, startedAt: new Date('2019-01-01T00:00:00Z') })), skipDuplicates: true });
  for (const year of [2022, 2023, 2024]) {
    const decisionId = `dec-tien-than-${year}`;
    await prisma.decision.createMany({
      data: [
        {
          id: decisionId,
          slug: `${200 + year - 2022}-qd-duk-${year + 1}`,
          number: `${200 + year - 2022}-QĐ/ĐUK`,
          signedAt: new Date(`${year + 1}-01-20T00:00:00Z`),
          issuingAuthority: 'Ban Thường vụ Đảng ủy Khối',
          signerName: 'Nguyễn Thị Hương',
          signerTitle: 'Phó Bí thư Thường trực Đảng ủy Khối',
          category: 'PERIODIC',
        },
      ],
      skipDuplicates: true,
    });
    await prisma.award.createMany({
      data: [
        ...predecessors.map((p, i) => ({ id: `aw-tt-${p.code.toLowerCase()}-${year}`, decisionId, typeId: 'type-ttldtt', unitId: p.id, year, position: i, achievement: 'Tập thể lao động tiên tiến' })),
        ...collectives.map((c, i) => ({ id: `aw-tt-${c.id}-${year}`, decisionId, typeId: 'type-ttldtt', collectiveId: c.id, year, position: 10 + i })),
        ...people.map((p, i) => ({ id: `aw-tt-${p.id}-${year}`, decisionId, typeId: 'type-ldtt', individualId: p.id, year, position: 20 + i })),
      ],
      skipDuplicates: true,
    });
  }

  await prisma.$transaction(async (tx) => {
    for (const event of MERGE_EVENTS) {
      const payload: MergePayload = { sources: [] };
      const sources = predecessors.filter((p) => p.into === event.into);
      for (const source of sources) payload.sources.push(await mergeOne(tx, source.id, event.into, MERGED_ON));
      await tx.unitEvent.create({
        data: {
          id: event.id,
          kind: 'MERGED',
          unitId: event.into,
          effectiveOn: MERGED_ON,
          note: event.note,
          payload: payload as unknown as Prisma.InputJsonValue,
          successions: { create: sources.map((s) => ({ predecessorId: s.id, successorId: event.into, effectiveOn: MERGED_ON })) },
        },
      });
    }
    const renamed = targets.find((t) => t.id === RENAME.unitId)!;
    await tx.unitEvent.create({
      data: { id: RENAME.id, kind: 'RENAMED', unitId: renamed.id, effectiveOn: RENAME.on, before: { name: RENAME.before, shortName: null }, after: { name: renamed.name, shortName: renamed.shortName } },
    });
    await rebuildClosure(tx);
  });
}
