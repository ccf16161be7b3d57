'use server';
// The breaking-news bar (lib/newsroom/data/breaking.ts): an editor turns one on (ending the
// one before) or off; each change is audited and expires the bar's tag, so every public
// page shows it at once.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/common/format';
import { tags as cacheTags } from '@/lib/platform/cache-tags';
import { BREAKING_MAX_HOURS, breakingNewsSchema, endBreakingSchema } from '@/lib/newsroom/schemas/breaking';
import { scheduleBreakingEnd } from '@/lib/newsroom/data/breaking';

export const setBreakingNews = withRole(EDITOR_ROLES, breakingNewsSchema, async (input, user, tx) => {
  const now = new Date();
  if (input.endsAt.getTime() <= now.getTime() + 30_000) throw new ActionError('Thời điểm tắt phải sau lúc này ít nhất 30 giây.', { endsAt: ['Chọn thời điểm trong tương lai'] });
  if (input.endsAt.getTime() > now.getTime() + BREAKING_MAX_HOURS * 3_600_000) throw new ActionError(`Tin nóng hiển thị tối đa ${BREAKING_MAX_HOURS} giờ.`, { endsAt: [`Chọn thời điểm trong vòng ${BREAKING_MAX_HOURS} giờ tới`] });
  // One bar at a time: the one on now ends as this one starts.
  const replaced = await tx.breakingNews.findMany({ where: { endedAt: null, endsAt: { gt: now } }, select: { id: true, text: true } });
  if (replaced.length) await tx.breakingNews.updateMany({ where: { id: { in: replaced.map((r) => r.id) } }, data: { endedAt: now } });
  const bar = await tx.breakingNews.create({ data: { text: input.text, href: input.href, startsAt: now, endsAt: input.endsAt, createdById: user.id }, select: { id: true } });
  return {
    // Off at its end time on every page, not only once each page renders again.
    afterCommit: async () => scheduleBreakingEnd(input.endsAt),
    message: `Đã bật tin nóng trên mọi trang đến ${formatDateTime(input.endsAt)}.`,
    data: { id: bar.id },
    audit: [{ action: 'breaking.start', entity: 'breaking_news', entityId: bar.id, diff: { before: { replaced }, after: { text: input.text, href: input.href, endsAt: input.endsAt.toISOString() } } }],
    tags: [cacheTags.breaking],
  };
});

export const endBreakingNews = withRole(EDITOR_ROLES, endBreakingSchema, async (input, user, tx) => {
  const now = new Date();
  const ended = await tx.breakingNews.updateMany({ where: { id: input.id, endedAt: null, endsAt: { gt: now } }, data: { endedAt: now } });
  if (ended.count === 0) throw new ActionError('Tin nóng này đã tắt.');
  return {
    message: 'Đã tắt tin nóng trên mọi trang.',
    audit: [{ action: 'breaking.end', entity: 'breaking_news', entityId: input.id, diff: { after: { endedAt: now.toISOString() } } }],
    tags: [cacheTags.breaking],
  };
});
