// Synthetic volume for benchmarks: `npm run db:seed -- --articles 50000 --awards 200000`.
// Builds on the demo seed (sections, accounts, catalogue, covers) and adds generated
// units, collectives, people, decisions, awards and stories with fixed ids (`gen-…`), so
// running it again adds nothing.
import type { PrismaClient } from '@/lib/generated/prisma/client';
import type { RecipientKind } from '@/lib/generated/prisma/enums';
import { articleBodySchema } from '@/lib/newsroom/schemas/article-body';
import { catalog } from './catalog';
import { categories } from './newsroom';
import { ROOT_UNIT_ID } from './organisation';
import { createRandom } from './random';

export interface VolumeOptions {
  articles: number;
  awards: number;
  units?: number;
  individuals?: number;
  log?: (line: string) => void;
}

const BATCH = 2_000;

const subjects = ['Đảng bộ', 'Chi bộ', 'Công đoàn', 'Đoàn thanh niên', 'Hội Phụ nữ', 'Sở', 'Bệnh viện', 'Trường', 'Hợp tác xã', 'Doanh nghiệp'];
const actions = ['tổng kết phong trào thi đua', 'biểu dương điển hình tiên tiến', 'ra quân thực hiện chuyển đổi số', 'trao Bằng khen cho tập thể, cá nhân', 'sơ kết 6 tháng', 'ký kết giao ước thi đua', 'đón nhận Cờ thi đua', 'tập huấn nghiệp vụ khen thưởng'];
const places = ['khối cơ quan tỉnh', 'khu công nghiệp', 'vùng nông thôn mới', 'thành phố', 'các huyện miền núi', 'ngành y tế', 'ngành giáo dục', 'khối doanh nghiệp'];
const sentences = [
  'Phong trào được triển khai đồng bộ, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.',
  'Nhiều sáng kiến, cách làm hay được ghi nhận và nhân rộng trong toàn khối.',
  'Công tác bình xét khen thưởng bảo đảm công khai, dân chủ, đúng người, đúng thành tích.',
  'Tỷ lệ khen thưởng cho người lao động trực tiếp tiếp tục tăng so với năm trước.',
  'Các đơn vị cam kết hoàn thành vượt mức các chỉ tiêu đã đăng ký trong giao ước thi đua.',
  'Đảng viên gương mẫu đi đầu, tạo sức lan tỏa trong cơ quan và cộng đồng dân cư.',
  'Việc ứng dụng công nghệ thông tin giúp rút ngắn thời gian xử lý hồ sơ, tiết kiệm chi phí.',
  'Lãnh đạo đơn vị đề nghị tiếp tục phát hiện, bồi dưỡng các nhân tố mới trong phong trào.',
];
const given = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Minh', 'Nam', 'Ngọc', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trang', 'Tuấn', 'Vy'];
const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const middle = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Ngọc', 'Quang', 'Thu', 'Xuân'];

async function inBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export async function generateVolume(prisma: PrismaClient, options: VolumeOptions): Promise<string> {
  const log = options.log ?? (() => {});
  const random = createRandom(2024);
  const unitCount = options.units ?? Math.max(10, Math.round(options.awards / 80));
  const individualCount = options.individuals ?? Math.max(50, Math.round(options.awards / 4));
  const pad = (n: number, width = 6) => String(n).padStart(width, '0');

  // ── organisation ──
  const units = Array.from({ length: unitCount }, (_, i) => ({
    id: `gen-unit-${pad(i)}`,
    code: `GEN-${pad(i)}`,
    slug: `don-vi-${pad(i)}`,
    name: `${random.pick(subjects)} ${random.pick(places)} số ${i + 1}`,
    kind: random.pick(['PARTY_CELL', 'AGENCY', 'ENTERPRISE', 'PUBLIC_SERVICE'] as const),
    parentId: i < 50 ? ROOT_UNIT_ID : `gen-unit-${pad(i % 50)}`,
  }));
  await inBatches(units.filter((u) => u.parentId === ROOT_UNIT_ID), (data) => prisma.unit.createMany({ data, skipDuplicates: true }));
  await inBatches(units.filter((u) => u.parentId !== ROOT_UNIT_ID), (data) => prisma.unit.createMany({ data, skipDuplicates: true }));
  const collectives = units.map((u, i) => ({ id: `gen-col-${pad(i)}`, slug: `tap-the-${pad(i)}`, name: `Phòng nghiệp vụ – ${u.name}`, unitId: u.id }));
  await inBatches(collectives, (data) => prisma.collective.createMany({ data, skipDuplicates: true }));
  const individuals = Array.from({ length: individualCount }, (_, i) => {
    const female = random.next() < 0.5;
    return {
      id: `gen-ind-${pad(i, 7)}`,
      slug: `ca-nhan-${pad(i, 7)}`,
      fullName: `${random.pick(family)} ${female ? 'Thị' : random.pick(middle)} ${random.pick(given)}`,
      position: random.pick(['Chuyên viên', 'Trưởng phòng', 'Kỹ sư', 'Giáo viên', 'Bác sĩ', 'Công nhân']),
      unitId: units[i % units.length]!.id,
      gender: female ? ('FEMALE' as const) : ('MALE' as const),
      publicationConsent: i % 97 !== 0,
    };
  });
  await inBatches(individuals, (data) => prisma.individual.createMany({ data, skipDuplicates: true }));
  log(`đơn vị ${units.length}, tập thể ${collectives.length}, cá nhân ${individuals.length}`);

  // ── decisions and awards ──
  const perDecision = 25;
  const decisionCount = Math.ceil(options.awards / perDecision);
  const decisions = Array.from({ length: decisionCount }, (_, i) => {
    const year = 2015 + (i % 11);
    return {
      id: `gen-dec-${pad(i)}`,
      slug: `qd-gen-${pad(i)}`,
      number: `${(i % 9_000) + 100}/QĐ-GEN${Math.floor(i / 9_000)}`,
      signedAt: new Date(Date.UTC(year, i % 12, 1 + (i % 27))),
      issuingAuthority: `Cơ quan ban hành thử nghiệm ${i % 40}`,
      signerName: `${random.pick(family)} ${random.pick(middle)} ${random.pick(given)}`,
      signerTitle: 'Thủ trưởng đơn vị',
      category: random.pick(['PERIODIC', 'CAMPAIGN', 'SUDDEN'] as const),
      status: i % 200 === 199 ? ('REVOKED' as const) : ('IN_FORCE' as const),
      revocationReason: i % 200 === 199 ? 'Thu hồi để kiểm tra dữ liệu thử nghiệm' : null,
    };
  });
  await inBatches(decisions, (data) => prisma.decision.createMany({ data, skipDuplicates: true }));
  const typesFor = (kind: RecipientKind) => catalog.filter((c) => c.recipientKinds.includes(kind)).map((c) => `type-${c.code.toLowerCase()}`);
  const typeIds = { UNIT: typesFor('UNIT'), COLLECTIVE: typesFor('COLLECTIVE'), INDIVIDUAL: typesFor('INDIVIDUAL') };
  const awards = Array.from({ length: options.awards }, (_, i) => {
    const decision = decisions[Math.floor(i / perDecision)]!;
    const roll = random.next();
    const kind: RecipientKind = roll < 0.15 ? 'UNIT' : roll < 0.4 ? 'COLLECTIVE' : 'INDIVIDUAL';
    return {
      id: `gen-aw-${pad(i, 7)}`,
      decisionId: decision.id,
      typeId: random.pick(typeIds[kind]),
      unitId: kind === 'UNIT' ? random.pick(units).id : null,
      collectiveId: kind === 'COLLECTIVE' ? random.pick(collectives).id : null,
      individualId: kind === 'INDIVIDUAL' ? random.pick(individuals).id : null,
      year: decision.signedAt.getUTCFullYear(),
      achievement: 'Hoàn thành xuất sắc nhiệm vụ',
      position: (i % perDecision) + 1,
    };
  });
  await inBatches(awards, (data) => prisma.award.createMany({ data, skipDuplicates: true }));
  log(`quyết định ${decisions.length}, khen thưởng ${awards.length}`);

  // ── stories ──
  const now = Date.now();
  const leafCategories = categories.map((c) => c.id);
  const articles = Array.from({ length: options.articles }, (_, i) => {
    const title = `${random.pick(subjects)} ${random.pick(places)} ${random.pick(actions)} (${i + 1})`;
    const body = articleBodySchema.parse({
      type: 'doc',
      content: Array.from({ length: 6 }, () => ({
        type: 'paragraph',
        content: [{ type: 'text', text: Array.from({ length: 4 }, () => random.pick(sentences)).join(' ') }],
      })),
    });
    return {
      id: `gen-art-${pad(i, 7)}`,
      slug: `bai-viet-thu-nghiem-${pad(i, 7)}`,
      title,
      sapo: `${random.pick(sentences)} ${random.pick(sentences)}`,
      body: body as object,
      coverId: `media-cover-${String(i % 40).padStart(2, '0')}`,
      status: 'PUBLISHED' as const,
      publishedAt: new Date(now - (i + 1) * 37 * 60_000),
      authorId: 'user-editor',
      categoryId: random.pick(leafCategories),
      viewCount: random.int(0, 5_000),
    };
  });
  await inBatches(articles, (data) => prisma.article.createMany({ data, skipDuplicates: true }));
  log(`bài viết ${articles.length}`);
  // Fresh statistics for the planner: without them, the first pages rendered after a bulk
  // load (the build's prerendering) planned joins over 200,000 awards blind and ran into
  // the statement timeout. Autovacuum would get there, but later.
  await prisma.$executeRaw`ANALYZE`;
  return `${articles.length} bài viết, ${units.length} đơn vị, ${individuals.length} cá nhân, ${decisions.length} quyết định, ${awards.length} khen thưởng`;
}
