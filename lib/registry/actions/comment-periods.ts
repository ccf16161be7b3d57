'use server';
// The public's comment period (lấy ý kiến nhân dân), as the authority's registrars run it:
// opened from a closed council session for its candidates who passed and whose honour needs
// it, for the working days the rule in force sets (counted by lib/calendar, holidays and the
// announced days included); the newsroom gets a draft story linked to the candidates; each
// comment is read and marked; once the period has ended and every comment is marked, the
// count and the outcome go into each dossier.
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { withRole } from '@/lib/auth/with-role';
import { ActionError } from '@/lib/db/commit';
import { formatDate, formatNumber } from '@/lib/common/format';
import type { Prisma } from '@/lib/generated/prisma/client';
import { slugify } from '@/lib/common/slug';
import { tags } from '@/lib/platform/cache-tags';
import { dateOfIso as day, vietnamToday } from '@/lib/calendar/working-days';
import { isWeekend } from '@/lib/calendar/holidays';
import { recordStep } from '@/lib/registry/actions/dossier-access';
import { rowPerson, rowPersonSelect } from '@/lib/registry/council/row-person';
import { loadWorkingCalendar, proceduresInForce } from '@/lib/registry/data/procedure-rules';
import { registryPaths } from '@/lib/registry/labels';
import { openPeriodSchema, periodStepSchema, verdictSchema } from '@/lib/registry/schemas/council';

// Where the story about a period goes (the seeded desk's section for the beat).
const STORY_CATEGORY_SLUG = 'thi-dua-khen-thuong';
const MAX_DAYS_BACK = 30;
const MAX_DAYS_AHEAD = 90;

const isoOf = (d: Date) => d.toISOString().slice(0, 10);

export const openCommentPeriod = withRole(REGISTRY_ROLES, openPeriodSchema, async (input, user, tx) => {
  const today = vietnamToday();
  const back = isoOf(new Date(day(today).getTime() - MAX_DAYS_BACK * 86_400_000));
  const ahead = isoOf(new Date(day(today).getTime() + MAX_DAYS_AHEAD * 86_400_000));
  if (input.opensOn < back || input.opensOn > ahead) throw new ActionError(`Ngày đăng phải trong khoảng ${formatDate(day(back))} – ${formatDate(day(ahead))}.`, { opensOn: ['Ngày đăng quá xa hôm nay'] });
  const session = await tx.councilSession.findUnique({
    where: { id: input.sessionId },
    select: { id: true, code: true, title: true, status: true, council: { select: { name: true } }, candidates: { where: { outcome: 'PASSED' }, orderBy: { position: 'asc' }, select: { dossierRowId: true, row: { select: { ...rowPersonSelect, individualId: true, collectiveId: true, unitId: true, individual: { select: { ...rowPersonSelect.individual.select, publicationConsent: true } } } } } } },
  });
  if (!session) throw new ActionError('Phiên họp không tồn tại.', { sessionId: ['Chọn phiên họp'] });
  if (session.status !== 'CLOSED') throw new ActionError(`Phiên ${session.code} chưa kết thúc: chỉ lấy ý kiến những người Hội đồng đã thông qua.`);
  const opens = day(input.opensOn);
  const rules = await proceduresInForce('PUBLIC_COMMENT', session.candidates.map((c) => c.row.typeId), opens, tx);
  const due = session.candidates.filter((c) => rules.has(c.row.typeId));
  if (due.length === 0) throw new ActionError(`Không ai được thông qua ở phiên ${session.code} được đề nghị hình thức phải lấy ý kiến nhân dân.`);
  const already = await tx.commentCandidate.findMany({ where: { dossierRowId: { in: due.map((c) => c.dossierRowId) } }, select: { dossierRowId: true, period: { select: { title: true } } } });
  if (already.length) throw new ActionError(`Đã lấy ý kiến cho ${formatNumber(already.length)} người này (${already[0]!.period.title}).`);
  // One period, the longest the candidates' rules ask.
  const rule = [...rules.values()].sort((a, b) => (b.workingDays ?? 0) - (a.workingDays ?? 0))[0]!;
  const workingDays = rule.workingDays!;
  const calendar = await loadWorkingCalendar(tx);
  const { end, holidaysPassed } = calendar.nthWorkingDay(input.opensOn, workingDays);

  const title = `Lấy ý kiến nhân dân: ${due.length === 1 ? rowPerson(due[0]!.row).name : `${formatNumber(due.length)} người`} đề nghị ${[...new Set(due.map((c) => c.row.type.name))].join(', ')}`;
  const slugBase = slugify(`${session.code} ${input.opensOn}`);
  let slug = slugBase;
  for (let n = 2; await tx.commentPeriod.findUnique({ where: { slug }, select: { id: true } }); n += 1) slug = `${slugBase}-${n}`;

  const people = due.map((c) => ({ candidate: c, person: rowPerson(c.row) }));
  const storyId = await draftStory(tx, user.id, { title, slug, opensOn: input.opensOn, closesOn: end, workingDays, people: people.map((p) => p.person), council: session.council.name, rows: due.map((c) => c.row) });
  const period = await tx.commentPeriod.create({
    data: { slug, title, ruleId: rule.id, opensOn: opens, workingDays, closesOn: day(end), notice: input.notice, articleId: storyId, createdById: user.id },
    select: { id: true },
  });
  await tx.commentCandidate.createMany({
    data: people.map(({ candidate, person }, position) => ({ periodId: period.id, dossierRowId: candidate.dossierRowId, position, name: person.name, jobTitle: person.jobTitle, unitName: person.unitName, summary: person.summary, proposed: person.proposed })),
  });
  const passed = holidaysPassed.filter((h) => !isWeekend(h.date));
  return {
    message: `Đã mở lấy ý kiến nhân dân ${formatNumber(workingDays)} ngày làm việc, từ ${formatDate(opens)} đến hết ${formatDate(day(end))}${passed.length ? ` (không tính ${passed.map((h) => `${formatDate(day(h.date))} – ${h.reason}`).join('; ')})` : ''}. Tòa soạn đã có bản nháp bài đăng.`,
    data: { id: period.id, href: `/admin/thi-dua/lay-y-kien/${period.id}` },
    audit: [{ action: 'comment-period.open', entity: 'comment_period', entityId: period.id, diff: { after: { slug, opensOn: input.opensOn, closesOn: end, workingDays, ruleId: rule.id, candidates: due.map((c) => c.dossierRowId), articleId: storyId } } }],
    tags: [tags.registry, tags.sitemap],
  };
});

/** The newsroom's draft about the period: the candidates and where to send comments, linked to their records. */
async function draftStory(
  tx: Prisma.TransactionClient,
  authorId: string,
  story: {
    title: string;
    slug: string;
    opensOn: string;
    closesOn: string;
    workingDays: number;
    council: string;
    people: ReturnType<typeof rowPerson>[];
    rows: { individualId: string | null; collectiveId: string | null; unitId: string | null; individual: { publicationConsent: boolean } | null }[];
  },
): Promise<string | null> {
  const category = await tx.category.findUnique({ where: { slug: STORY_CATEGORY_SLUG }, select: { id: true } });
  if (!category) return null;
  let slug = slugify(`lay-y-kien-nhan-dan ${story.slug}`);
  for (let n = 2; await tx.article.findUnique({ where: { slug }, select: { id: true } }); n += 1) slug = `${slugify(`lay-y-kien-nhan-dan ${story.slug}`)}-${n}`;
  const paragraph = (text: string, href?: string) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(href ? { marks: [{ type: 'link', attrs: { href } }] } : {}) }] });
  const body = {
    type: 'doc',
    content: [
      paragraph(`${story.council} đã xét, đề nghị khen thưởng những trường hợp dưới đây. Theo quy định, cơ quan thi đua – khen thưởng lấy ý kiến nhân dân trong ${story.workingDays} ngày làm việc, từ ${formatDate(day(story.opensOn))} đến hết ${formatDate(day(story.closesOn))}.`),
      ...story.people.map((p, i) => paragraph(`${i + 1}. ${p.name}${p.jobTitle ? `, ${p.jobTitle}` : ''}, ${p.unitName} – đề nghị ${p.proposed}. ${p.summary}`)),
      paragraph('Bạn đọc gửi ý kiến về từng trường hợp tại trang lấy ý kiến của Sổ vàng điện tử (ý kiến không được công bố):', undefined),
      paragraph(registryPaths.commentPeriod(story.slug), registryPaths.commentPeriod(story.slug)),
    ],
  };
  const sapo = `Lấy ý kiến nhân dân ${story.workingDays} ngày làm việc, đến hết ${formatDate(day(story.closesOn))}, đối với ${formatNumber(story.people.length)} trường hợp được đề nghị khen thưởng.`;
  const article = await tx.article.create({ data: { slug, title: story.title, sapo, body, categoryId: category.id, authorId, status: 'DRAFT', version: 1 }, select: { id: true } });
  const individualIds = story.rows.filter((r) => r.individualId && r.individual?.publicationConsent).map((r) => r.individualId!);
  const collectiveIds = story.rows.map((r) => r.collectiveId).filter((x): x is string => !!x);
  const unitIds = story.rows.map((r) => r.unitId).filter((x): x is string => !!x);
  const links = { decisionIds: [], campaignIds: [], unitIds, collectiveIds, individualIds };
  await tx.articleIndividual.createMany({ data: [...new Set(individualIds)].map((individualId) => ({ articleId: article.id, individualId })) });
  await tx.articleCollective.createMany({ data: [...new Set(collectiveIds)].map((collectiveId) => ({ articleId: article.id, collectiveId })) });
  await tx.articleUnit.createMany({ data: [...new Set(unitIds)].map((unitId) => ({ articleId: article.id, unitId })) });
  await tx.articleRevision.create({
    data: { articleId: article.id, version: 1, title: story.title, sapo, body, editorId: authorId, meta: { slug, categoryId: category.id, tags: [], coverId: null, coverCaption: null, layout: 'STANDARD', byline: null, seoTitle: null, seoDescription: null, featured: false, links } },
  });
  return article.id;
}

export const markComment = withRole(REGISTRY_ROLES, verdictSchema, async (input, user, tx) => {
  const comment = await tx.publicComment.findFirst({ where: { id: input.commentId, periodId: input.periodId }, select: { id: true, verdict: true, verdictNote: true, period: { select: { summarizedAt: true } } } });
  if (!comment) throw new ActionError('Ý kiến không tồn tại.');
  if (comment.period.summarizedAt) throw new ActionError('Kết quả lấy ý kiến đã được tổng hợp vào hồ sơ: không sửa đánh giá được nữa.');
  await tx.publicComment.update({ where: { id: comment.id }, data: { verdict: input.verdict, verdictNote: input.note, reviewedById: user.id, reviewedAt: new Date() } });
  return {
    message: input.verdict === 'RELEVANT' ? 'Đã đánh dấu: liên quan, cần xem xét.' : 'Đã đánh dấu: không liên quan.',
    audit: [{ action: 'comment.mark', entity: 'public_comment', entityId: comment.id, diff: { before: { verdict: comment.verdict, note: comment.verdictNote }, after: { verdict: input.verdict, note: input.note } } }],
    tags: [],
  };
});

/** After the period, with every comment marked: how many, and what they weighed, into each dossier. */
export const summarizeCommentPeriod = withRole(REGISTRY_ROLES, periodStepSchema, async (input, user, tx) => {
  const period = await tx.commentPeriod.findUnique({
    where: { id: input.id },
    select: { id: true, title: true, version: true, closesOn: true, summarizedAt: true, candidates: { select: { name: true, row: { select: { dossierId: true } }, comments: { select: { verdict: true } } } } },
  });
  if (!period) throw new ActionError('Đợt lấy ý kiến không tồn tại.');
  if (period.version !== input.version) throw new ActionError('Đợt lấy ý kiến vừa được cập nhật ở nơi khác. Tải lại trang.');
  if (period.summarizedAt) throw new ActionError('Kết quả đã được tổng hợp vào hồ sơ.');
  if (isoOf(period.closesOn) >= vietnamToday()) throw new ActionError(`Đợt lấy ý kiến còn đến hết ${formatDate(period.closesOn)}: tổng hợp sau ngày đó.`);
  const unmarked = period.candidates.reduce((n, c) => n + c.comments.filter((m) => !m.verdict).length, 0);
  if (unmarked) throw new ActionError(`Còn ${formatNumber(unmarked)} ý kiến chưa đánh giá.`);
  const claimed = await tx.commentPeriod.updateMany({ where: { id: period.id, version: input.version }, data: { version: { increment: 1 }, summarizedAt: new Date() } });
  if (claimed.count === 0) throw new ActionError('Đợt lấy ý kiến vừa được cập nhật ở nơi khác. Tải lại trang.');
  const byDossier = new Map<string, typeof period.candidates>();
  for (const c of period.candidates) byDossier.set(c.row.dossierId, [...(byDossier.get(c.row.dossierId) ?? []), c]);
  for (const [dossierId, candidates] of byDossier) {
    const lines = candidates.map((c) => {
      const relevant = c.comments.filter((m) => m.verdict === 'RELEVANT').length;
      return `${c.name}: ${formatNumber(c.comments.length)} ý kiến${c.comments.length ? `, ${formatNumber(relevant)} liên quan cần xem xét` : ''}`;
    });
    await tx.dossier.update({ where: { id: dossierId }, data: { version: { increment: 1 } } });
    await recordStep(tx, user, dossierId, 'PUBLIC_COMMENT', { note: `${period.title} (đến hết ${formatDate(period.closesOn)}). ${lines.join('; ')}.` });
  }
  const total = period.candidates.reduce((n, c) => n + c.comments.length, 0);
  return {
    message: `Đã tổng hợp ${formatNumber(total)} ý kiến vào ${formatNumber(byDossier.size)} hồ sơ.`,
    audit: [{ action: 'comment-period.summarize', entity: 'comment_period', entityId: period.id, diff: { after: { comments: total, dossiers: byDossier.size } } }],
    // The public page of the period is the record: refreshed with the period.
    tags: [tags.registry],
  };
});
