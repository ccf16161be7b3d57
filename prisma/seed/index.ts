// Loads the demo content. Idempotent: every row has a fixed id and is inserted with
// ON CONFLICT DO NOTHING, so a second run adds nothing and overwrites nothing (edits made
// in the app survive a re-seed).
import { randomBytes } from 'node:crypto';
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password';
import { slugify } from '@/lib/common/slug';
import { articleBodySchema, type ArticleBlock } from '@/lib/newsroom/schemas/article-body';
import { articles, type ArticleSeed } from './articles';
import { buildInitiatives, eligibilityRules } from './eligibility';
import { catalog } from './catalog';
import { COVER_HEIGHT, COVER_WIDTH, ensureCover } from './covers';
import { categories, DEMO_PASSWORD, demoUsers, tags } from './newsroom';
import { buildOrganisation } from './organisation';
import { seedReorganisation } from './reorganisation';
import { buildRegistry, campaigns } from './registry';
import { buildPipeline, officerUsers } from './pipeline';
import { buildCouncil, calendarDays, procedureRules } from './council';
import { addDays } from '@/lib/calendar/holidays';
import { dateOfIso, vietnamToday } from '@/lib/calendar/working-days';


export interface SeedOptions {
  mediaDir: string;
  now?: Date;
  /** Production: demo accounts are created inactive with a random password. */
  production?: boolean;
}

const para = (text: string) => ({ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] });

function buildBody(article: ArticleSeed, index: number): unknown {
  const blocks: ArticleBlock[] = [];
  article.paragraphs.forEach((text, i) => {
    blocks.push(para(text));
    if (article.heading && article.heading[0] === i) {
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: article.heading[1] }] });
    }
    if (i === 1 && article.paragraphs.length > 2) {
      blocks.push({
        type: 'image',
        attrs: {
          mediaId: `media-body-${String(index).padStart(2, '0')}`,
          alt: `Minh họa cho bài "${article.title}"`,
          caption: 'Ảnh minh họa.',
          credit: 'Bảng Vàng',
        },
      });
    }
    if (i === 0 && article.quote) {
      blocks.push({ type: 'blockquote', attrs: { cite: article.quote[1] }, content: [para(article.quote[0])] });
    }
  });
  if (article.bullets) {
    blocks.push({ type: 'bulletList', content: article.bullets.map((b) => ({ type: 'listItem' as const, content: [para(b)] })) });
  }
  if (article.awardFacts) blocks.push({ type: 'awardFacts', attrs: { decisionIds: article.awardFacts } });
  return articleBodySchema.parse({ type: 'doc', content: blocks });
}

function publicationTime(article: ArticleSeed, now: Date): Date | null {
  const status = article.status ?? 'PUBLISHED';
  if (status === 'DRAFT' || status === 'IN_REVIEW') return null;
  if (typeof article.published === 'string') return new Date(article.published);
  return new Date(now.getTime() - article.published * 3_600_000);
}

export async function seed(prisma: PrismaClient, options: SeedOptions): Promise<string> {
  const now = options.now ?? new Date();
  const org = buildOrganisation();
  const registry = buildRegistry(org);

  // ── newsroom ──
  const password = options.production ? randomBytes(24).toString('base64url') : DEMO_PASSWORD;
  const passwordHash = await hashPassword(password);
  await prisma.user.createMany({
    data: demoUsers.map((u) => ({ id: u.id, email: u.email, name: u.name, role: u.role, passwordHash, active: !options.production })),
    skipDuplicates: true,
  });
  await prisma.authorProfile.createMany({
    data: demoUsers.filter((u) => u.jobTitle || u.bio).map((u) => ({ userId: u.id, jobTitle: u.jobTitle ?? null, bio: u.bio ?? null })),
    skipDuplicates: true,
  });
  const rootCategories = categories.filter((c) => !c.parentId);
  const childCategories = categories.filter((c) => c.parentId);
  await prisma.category.createMany({ data: rootCategories, skipDuplicates: true });
  await prisma.category.createMany({ data: childCategories, skipDuplicates: true });
  await prisma.tag.createMany({ data: tags.map(([slug, name]) => ({ id: `tag-${slug}`, slug, name })), skipDuplicates: true });

  // ── registry ──
  const depth = (id: string | null): number => {
    const unit = org.units.find((u) => u.id === id);
    return unit?.parentId ? 1 + depth(unit.parentId) : 0;
  };
  for (const level of [0, 1, 2]) {
    await prisma.unit.createMany({ data: org.units.filter((u) => depth(u.id) === level), skipDuplicates: true });
  }
  await prisma.collective.createMany({ data: org.collectives, skipDuplicates: true });
  await prisma.individual.createMany({ data: org.individuals, skipDuplicates: true });
  await prisma.individualUnitHistory.createMany({
    data: org.individuals.map((p) => ({ id: `hist-${p.id}`, individualId: p.id, unitId: p.unitId, position: p.position, startedAt: new Date('2020-01-01T00:00:00Z') })),
    skipDuplicates: true,
  });
  await prisma.commendationType.createMany({
    data: catalog.map((c) => ({ ...c, id: `type-${c.code.toLowerCase()}`, slug: slugify(c.name) })),
    skipDuplicates: true,
  });
  await prisma.campaign.createMany({ data: campaigns, skipDuplicates: true });
  await prisma.decision.createMany({ data: registry.decisions, skipDuplicates: true });
  await prisma.award.createMany({
    data: registry.awards.map(({ typeCode, ...a }) => ({ ...a, typeId: `type-${typeCode.toLowerCase()}` })),
    skipDuplicates: true,
  });
  await prisma.initiative.createMany({ data: buildInitiatives(registry.awards), skipDuplicates: true });
  // Rules are versioned history: a rule already there (any version) is left as it is.
  const existingRules = new Set((await prisma.eligibilityRule.findMany({ select: { ruleKey: true } })).map((r) => r.ruleKey));
  await prisma.eligibilityRule.createMany({
    data: eligibilityRules.filter((r) => !existingRules.has(r.ruleKey)).map(({ typeCode, ...r }) => ({ ...r, typeId: `type-${typeCode.toLowerCase()}` })),
    skipDuplicates: true,
  });

  // ── units through time: the 2025 reform's mergers, and a rename ──
  await seedReorganisation(prisma);

  // ── before the decision: officers, registrations, dossiers ──
  const decidedAwards = await prisma.award.findMany({
    where: { decisionId: 'dec-dot-xuat-bao-2024' },
    orderBy: { position: 'asc' },
    select: { individualId: true, collectiveId: true, unitId: true, achievement: true, year: true, type: { select: { code: true } } },
  });
  const pipeline = buildPipeline(org, decidedAwards.map(({ type, ...a }) => ({ ...a, typeCode: type.code })));
  const typeId = (code: string) => `type-${code.toLowerCase()}`;
  await prisma.user.createMany({ data: officerUsers.map((u) => ({ ...u, passwordHash, active: !options.production })), skipDuplicates: true });
  await prisma.decision.createMany({ data: pipeline.decisions, skipDuplicates: true });
  await prisma.award.createMany({ data: pipeline.awards.map(({ typeCode, ...a }) => ({ ...a, typeId: typeId(typeCode) })), skipDuplicates: true });
  await prisma.initiative.createMany({ data: pipeline.initiatives, skipDuplicates: true });
  await prisma.emulationRegistration.createMany({ data: pipeline.registrations, skipDuplicates: true });
  await prisma.registrationEntry.createMany({ data: pipeline.entries.map(({ typeCode, ...e }) => ({ ...e, typeId: typeId(typeCode) })), skipDuplicates: true });
  await prisma.dossier.createMany({ data: pipeline.dossiers.map(({ typeCode, ...d }) => ({ ...d, typeId: typeId(typeCode) })), skipDuplicates: true });
  await prisma.dossierRow.createMany({ data: pipeline.rows.map(({ typeCode, ...r }) => ({ ...r, typeId: typeId(typeCode) })), skipDuplicates: true });
  await prisma.dossierStep.createMany({ data: pipeline.steps, skipDuplicates: true });

  // ── the council's vote and the public's comments ──
  const existingProcedures = new Set((await prisma.procedureRule.findMany({ select: { ruleKey: true } })).map((r) => r.ruleKey));
  await prisma.procedureRule.createMany({ data: procedureRules.filter((r) => !existingProcedures.has(r.ruleKey)).map(({ typeCode, ...r }) => ({ ...r, typeId: typeId(typeCode) })), skipDuplicates: true });
  await prisma.calendarDay.createMany({ data: calendarDays, skipDuplicates: true });
  const council = buildCouncil(org);
  await prisma.council.createMany({ data: [council.council], skipDuplicates: true });
  await prisma.councilMember.createMany({ data: council.councilMembers, skipDuplicates: true });
  await prisma.dossier.createMany({ data: [council.dossier].map(({ typeCode, ...d }) => ({ ...d, typeId: typeId(typeCode) })), skipDuplicates: true });
  await prisma.dossierRow.createMany({ data: council.rows.map(({ typeCode, ...r }) => ({ ...r, typeId: typeId(typeCode) })), skipDuplicates: true });
  await prisma.dossierStep.createMany({ data: council.steps, skipDuplicates: true });

  // ── media ──
  const mediaRows = [];
  for (const [index, article] of articles.entries()) {
    const n = String(index).padStart(2, '0');
    for (const [kind, seedValue] of [['cover', index], ['body', index + 500]] as const) {
      const key = `demo/${kind}-${n}.jpg`;
      const size = await ensureCover(options.mediaDir, key, seedValue, article.category);
      mediaRows.push({
        id: `media-${kind}-${n}`,
        key,
        originalName: `${kind}-${n}.jpg`,
        mime: 'image/jpeg',
        size,
        width: COVER_WIDTH,
        height: COVER_HEIGHT,
        alt: kind === 'cover' ? `Ảnh bìa: ${article.title}` : `Minh họa cho bài "${article.title}"`,
        caption: kind === 'cover' ? null : 'Ảnh minh họa.',
        credit: 'Bảng Vàng',
        uploadedById: 'user-editor',
      });
    }
  }
  await prisma.media.createMany({ data: mediaRows, skipDuplicates: true });

  // ── articles ──
  const authors = ['user-editor', 'user-reporter', 'user-reporter-2'];
  const articleRows = articles.map((article, index) => {
    const n = String(index).padStart(2, '0');
    return {
      id: `art-${n}`,
      slug: slugify(article.title),
      title: article.title,
      sapo: article.sapo,
      body: buildBody(article, index) as object,
      coverId: `media-cover-${n}`,
      coverCaption: article.layout === 'EMAGAZINE' ? null : `Ảnh minh họa cho bài viết "${article.title}".`,
      layout: article.layout ?? 'STANDARD',
      status: article.status ?? 'PUBLISHED',
      publishedAt: publicationTime(article, now),
      authorId: article.author ?? authors[index % authors.length]!,
      categoryId: article.category,
      featured: article.featured ?? false,
      viewCount: article.status ? 0 : ((index * 7_919) % 4_000) + 120,
      seoDescription: article.sapo.slice(0, 160),
    };
  });
  await prisma.article.createMany({ data: articleRows, skipDuplicates: true });
  await prisma.articleRevision.createMany({
    data: articleRows.map((a) => ({
      id: `rev-${a.id}-1`,
      articleId: a.id,
      version: 1,
      title: a.title,
      sapo: a.sapo,
      body: a.body,
      meta: { slug: a.slug, categoryId: a.categoryId, status: a.status },
      editorId: a.authorId,
      note: 'Dữ liệu mẫu',
    })),
    skipDuplicates: true,
  });
  const rowsFor = <T>(build: (articleId: string, article: ArticleSeed) => T[]) =>
    articles.flatMap((article, index) => build(`art-${String(index).padStart(2, '0')}`, article));
  await prisma.articleTag.createMany({ data: rowsFor((articleId, a) => a.tags.map((t) => ({ articleId, tagId: `tag-${t}` }))), skipDuplicates: true });
  await prisma.articleCampaign.createMany({ data: rowsFor((articleId, a) => (a.links?.campaigns ?? []).map((campaignId) => ({ articleId, campaignId }))), skipDuplicates: true });
  await prisma.articleDecision.createMany({ data: rowsFor((articleId, a) => (a.links?.decisions ?? []).map((decisionId) => ({ articleId, decisionId }))), skipDuplicates: true });
  await prisma.articleUnit.createMany({ data: rowsFor((articleId, a) => (a.links?.units ?? []).map((unitId) => ({ articleId, unitId }))), skipDuplicates: true });
  await prisma.articleCollective.createMany({
    data: rowsFor((articleId, a) => (a.links?.collectives ?? []).map((i) => ({ articleId, collectiveId: org.collectives[i]!.id }))),
    skipDuplicates: true,
  });
  await prisma.articleIndividual.createMany({
    data: rowsFor((articleId, a) => (a.links?.individuals ?? []).map((i) => ({ articleId, individualId: org.individuals[i]!.id }))),
    skipDuplicates: true,
  });
  // One correction, as a desk publishes them (Press Law 2016, art. 42): on the story of the
  // five collectives' certificates, the day after it was published.
  const corrected = articleRows[2];
  if (corrected?.publishedAt) {
    await prisma.articleCorrection.createMany({
      data: [
        {
          id: 'corr-demo-01',
          articleId: corrected.id,
          kind: 'CORRECTION',
          wrongText: 'Bài viết ghi Bằng khen được tặng “theo đề nghị của Ban Thường vụ Đảng ủy Khối”.',
          rightText: 'Bằng khen được tặng theo đề nghị của Hội đồng Thi đua – Khen thưởng Khối, trên cơ sở tờ trình của Ban Thường vụ Đảng ủy Khối.',
          notified: 'Văn phòng Đảng ủy Khối',
          position: 'TOP',
          publishedAt: new Date(corrected.publishedAt.getTime() + 24 * 3_600_000),
          authorId: 'user-editor',
        },
      ],
      skipDuplicates: true,
    });
  }
  // A congress covered live, ended: its entries stay on the story.
  const congress = articleRows.find((a) => a.title.startsWith('Đại hội Đảng bộ Khối nhiệm kỳ 2025–2030'));
  if (congress?.publishedAt && congress.status === 'PUBLISHED') {
    const start = new Date(congress.publishedAt.getTime() - 6 * 3_600_000);
    const at = (minutes: number) => new Date(start.getTime() + minutes * 60_000);
    // Once: a second seed changes nothing.
    await prisma.article.updateMany({
      where: { id: congress.id, liveStartedAt: null },
      data: { liveStartedAt: start, liveEndedAt: at(330), liveSummary: 'Đại hội bầu Ban Chấp hành 33 đồng chí; 100% đại biểu tán thành Nghị quyết; 5 tập thể được tặng Bằng khen.' },
    });
    await prisma.liveEntry.createMany({
      data: [
        { id: 'live-demo-01', articleId: congress.id, authorId: 'user-editor', title: 'Khai mạc Đại hội', body: 'Đại hội khai mạc lúc 7 giờ 30 với 250 đại biểu chính thức, đại diện cho hơn 9.000 đảng viên của Đảng bộ Khối.', createdAt: at(0) },
        { id: 'live-demo-02', articleId: congress.id, authorId: 'user-editor', title: 'Trao Bằng khen của Chủ tịch UBND tỉnh', body: '5 tập thể có thành tích xuất sắc trong nhiệm kỳ 2020–2025 nhận Bằng khen.', createdAt: at(95) },
        { id: 'live-demo-03', articleId: congress.id, authorId: 'user-reporter', title: 'Thảo luận văn kiện', body: '12 ý kiến tham luận tập trung vào chuyển đổi số trong công tác đảng và phong trào thi đua ở cơ sở.', createdAt: at(180) },
        { id: 'live-demo-04', articleId: congress.id, authorId: 'user-editor', title: 'Bế mạc', body: 'Đại hội bầu Ban Chấp hành nhiệm kỳ 2025–2030 gồm 33 đồng chí và thông qua Nghị quyết Đại hội.', createdAt: at(330) },
      ],
      skipDuplicates: true,
    });
  }
  // The desk's plans for this week and the next (demo accounts only).
  if (!options.production) {
    const today = vietnamToday(now);
    await prisma.storyPlan.createMany({
      data: [
        { id: 'plan-demo-01', title: 'Phỏng vấn Chiến sĩ thi đua cấp tỉnh ngành y tế', plannedFor: dateOfIso(addDays(today, 1)), assigneeId: 'user-reporter', categoryId: 'cat-guong', createdById: 'user-editor', note: 'Hẹn Bệnh viện đa khoa tỉnh, khoa Hồi sức.' },
        { id: 'plan-demo-02', title: 'Tường thuật Hội nghị điển hình tiên tiến', plannedFor: dateOfIso(addDays(today, 3)), assigneeId: 'user-reporter-2', categoryId: 'cat-phong-trao', createdById: 'user-editor' },
        { id: 'plan-demo-03', title: 'Ghi nhanh: một ngày ở bộ phận một cửa', plannedFor: dateOfIso(addDays(today, 8)), assigneeId: 'user-reporter', categoryId: 'cat-xa-hoi', createdById: 'user-reporter' },
      ],
      skipDuplicates: true,
    });
  }
  // Statistics for the planner at once (autovacuum would get there later, or never where
  // it is turned off): the first pages after a fresh seed are planned on real row counts.
  await prisma.$executeRaw`ANALYZE`;

  return `${articles.length} bài viết, ${org.units.length} đơn vị, ${org.collectives.length} tập thể, ${org.individuals.length} cá nhân, ${registry.decisions.length + pipeline.decisions.length} quyết định, ${registry.awards.length + pipeline.awards.length} lượt khen thưởng, ${pipeline.registrations.length} bản đăng ký thi đua, ${pipeline.dossiers.length + 1} hồ sơ đề nghị, hội đồng ${council.councilMembers.filter((m) => !m.termTo).length} thành viên`;
}
