// A small registry with every case the public rules must get right, written by hand so the
// expected counts can be worked out on paper (see registry.test.ts):
//
//   Đảng bộ Alpha (fx-root) ── Chi bộ Beta (fx-mid) ── Tổ Gamma (fx-leaf)
//   people: p1 (root), p2 (mid), p3 (leaf, NO publication consent), p4 (leaf)
//   dec-a 2023 in force, campaign fx-camp: GK-DUK → unit mid, collective root, p1, p3;
//                                          CSTD-CS → p4
//   dec-b 2024 in force: CSTD-CS → p2, p3, p4, collective leaf, unit leaf
//   dec-r 2024 REVOKED, campaign fx-camp: GK-DUK → p1, unit root
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const FX = {
  root: 'fx-dang-bo-alpha',
  mid: 'fx-chi-bo-beta',
  leaf: 'fx-to-gamma',
  campaign: 'fx-phong-trao-thu-nghiem',
  decA: 'fx-qd-a-2023',
  decB: 'fx-qd-b-2024',
  decR: 'fx-qd-r-2024',
  p1: 'fx-tran-thi-nghiem-thuc',
  p3: 'fx-nguoi-an-danh',
  p4: 'fx-le-van-khiem',
  colRoot: 'fx-phong-mot',
  colLeaf: 'fx-phong-hai',
} as const;

export async function createRegistryFixture(prisma: PrismaClient) {
  const [t1, t2] = await Promise.all([
    prisma.commendationType.findUniqueOrThrow({ where: { code: 'GK-DUK' } }),
    prisma.commendationType.findUniqueOrThrow({ where: { code: 'CSTD-CS' } }),
  ]);
  await prisma.unit.create({ data: { id: 'fx-u-root', code: 'FX-ROOT', slug: FX.root, name: 'Đảng bộ Alpha', kind: 'PARTY_COMMITTEE' } });
  await prisma.unit.create({ data: { id: 'fx-u-mid', code: 'FX-MID', slug: FX.mid, name: 'Chi bộ Beta', kind: 'PARTY_CELL', parentId: 'fx-u-root' } });
  await prisma.unit.create({ data: { id: 'fx-u-leaf', code: 'FX-LEAF', slug: FX.leaf, name: 'Tổ Gamma', kind: 'OTHER', parentId: 'fx-u-mid' } });
  await prisma.collective.createMany({
    data: [
      { id: 'fx-c-root', slug: FX.colRoot, name: 'Phòng Một', unitId: 'fx-u-root' },
      { id: 'fx-c-leaf', slug: FX.colLeaf, name: 'Phòng Hai', unitId: 'fx-u-leaf' },
    ],
  });
  await prisma.individual.createMany({
    data: [
      { id: 'fx-p1', slug: FX.p1, fullName: 'Trần Thị Nghiêm Thục', position: 'Bí thư', unitId: 'fx-u-root' },
      { id: 'fx-p2', slug: 'fx-pham-quoc-bao', fullName: 'Phạm Quốc Bảo', unitId: 'fx-u-mid' },
      { id: 'fx-p3', slug: FX.p3, fullName: 'Người Ẩn Danh', unitId: 'fx-u-leaf', publicationConsent: false },
      { id: 'fx-p4', slug: FX.p4, fullName: 'Lê Văn Khiêm', unitId: 'fx-u-leaf' },
    ],
  });
  await prisma.campaign.create({ data: { id: 'fx-camp', slug: FX.campaign, name: 'Phong trào thử nghiệm', kind: 'THEMATIC', startDate: new Date('2023-01-01') } });
  const decision = { issuingAuthority: 'Ban Thường vụ Đảng bộ Alpha', signerName: 'Người Ký', signerTitle: 'Bí thư', category: 'PERIODIC' as const };
  await prisma.decision.createMany({
    data: [
      { id: 'fx-d-a', slug: FX.decA, number: 'FX-1/QĐ', signedAt: new Date('2023-12-20'), campaignId: 'fx-camp', ...decision },
      { id: 'fx-d-b', slug: FX.decB, number: 'FX-2/QĐ', signedAt: new Date('2024-12-20'), ...decision },
      {
        id: 'fx-d-r',
        slug: FX.decR,
        number: 'FX-3/QĐ',
        signedAt: new Date('2024-06-01'),
        campaignId: 'fx-camp',
        status: 'REVOKED',
        revokedAt: new Date('2024-09-01'),
        revocationReason: 'Thu hồi để thử nghiệm.',
        ...decision,
      },
    ],
  });
  let n = 0;
  const award = (decisionId: string, typeId: string, year: number, recipient: { unitId?: string; collectiveId?: string; individualId?: string }) => ({
    id: `fx-a-${++n}`,
    decisionId,
    typeId,
    year,
    position: n,
    ...recipient,
  });
  await prisma.award.createMany({
    data: [
      award('fx-d-a', t1.id, 2023, { unitId: 'fx-u-mid' }),
      award('fx-d-a', t1.id, 2023, { collectiveId: 'fx-c-root' }),
      award('fx-d-a', t1.id, 2023, { individualId: 'fx-p1' }),
      award('fx-d-a', t1.id, 2023, { individualId: 'fx-p3' }),
      award('fx-d-a', t2.id, 2023, { individualId: 'fx-p4' }),
      award('fx-d-b', t2.id, 2024, { individualId: 'fx-p2' }),
      award('fx-d-b', t2.id, 2024, { individualId: 'fx-p3' }),
      award('fx-d-b', t2.id, 2024, { individualId: 'fx-p4' }),
      award('fx-d-b', t2.id, 2024, { collectiveId: 'fx-c-leaf' }),
      award('fx-d-b', t2.id, 2024, { unitId: 'fx-u-leaf' }),
      award('fx-d-r', t1.id, 2024, { individualId: 'fx-p1' }),
      award('fx-d-r', t1.id, 2024, { unitId: 'fx-u-root' }),
    ],
  });
  return { t1, t2 };
}

export async function removeRegistryFixture(prisma: PrismaClient) {
  await prisma.award.deleteMany({ where: { id: { startsWith: 'fx-a-' } } });
  await prisma.decision.deleteMany({ where: { id: { startsWith: 'fx-d-' } } });
  await prisma.campaign.deleteMany({ where: { id: 'fx-camp' } });
  await prisma.individual.deleteMany({ where: { id: { startsWith: 'fx-p' } } });
  await prisma.collective.deleteMany({ where: { id: { startsWith: 'fx-c-' } } });
  for (const id of ['fx-u-leaf', 'fx-u-mid', 'fx-u-root']) await prisma.unit.deleteMany({ where: { id } });
}
