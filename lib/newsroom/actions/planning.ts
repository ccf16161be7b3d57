'use server';
// The planning calendar's plans: an editor plans a story for anyone on the newsroom's staff,
// a reporter for themselves; each moves (or drops, or restores) the plans they may: editors
// every plan, a reporter their own. A move made from an older view is refused, showing where
// the plan is now. Planning never publishes anything and touches no public page.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { EDITOR_ROLES, NEWSROOM_ROLES } from '@/lib/auth/roles';
import type { CurrentUser } from '@/lib/auth/session';
import type { Prisma } from '@/lib/generated/prisma/client';
import { formatDate } from '@/lib/common/format';
import { dateOfIso } from '@/lib/calendar/working-days';
import { cancelPlanSchema, createPlanSchema, movePlanSchema } from '@/lib/newsroom/schemas/plan';

const isEditor = (user: CurrentUser) => EDITOR_ROLES.includes(user.role);

async function plan(tx: Prisma.TransactionClient, user: CurrentUser, id: string, version: number) {
  const found = await tx.storyPlan.findUnique({ where: { id }, select: { id: true, title: true, plannedFor: true, assigneeId: true, cancelledAt: true, version: true } });
  if (!found) throw new ActionError('Kế hoạch không còn.');
  if (!isEditor(user) && found.assigneeId !== user.id) throw new ActionError('Phóng viên chỉ sửa được kế hoạch của mình.');
  if (found.version !== version) throw new ActionError(`Kế hoạch vừa được người khác thay đổi (nay ở ngày ${formatDate(found.plannedFor)}${found.cancelledAt ? ', đã bỏ' : ''}). Tải lại lịch rồi thử lại.`);
  return found;
}

export const createPlan = withRole(NEWSROOM_ROLES, createPlanSchema, async (input, user, tx) => {
  if (!isEditor(user) && input.assigneeId !== user.id) throw new ActionError('Phóng viên chỉ lên kế hoạch cho chính mình.', { assigneeId: ['Chọn chính bạn'] });
  const assignee = await tx.user.findUnique({ where: { id: input.assigneeId }, select: { active: true, role: true } });
  if (!assignee || !assignee.active || !NEWSROOM_ROLES.includes(assignee.role)) throw new ActionError('Người được giao không phải phóng viên, biên tập viên đang làm việc.', { assigneeId: ['Chọn người khác'] });
  if (input.categoryId && !(await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }))) {
    throw new ActionError('Chuyên mục không còn.', { categoryId: ['Chọn chuyên mục khác'] });
  }
  const created = await tx.storyPlan.create({
    data: { title: input.title, note: input.note, plannedFor: dateOfIso(input.plannedFor), assigneeId: input.assigneeId, categoryId: input.categoryId, createdById: user.id },
    select: { id: true },
  });
  return {
    message: `Đã lên kế hoạch “${input.title}” cho ngày ${formatDate(dateOfIso(input.plannedFor))}.`,
    data: { id: created.id },
    audit: [{ action: 'plan.create', entity: 'storyPlan', entityId: created.id, diff: { after: { ...input } } }],
    tags: [],
  };
});

export const movePlan = withRole(NEWSROOM_ROLES, movePlanSchema, async (input, user, tx) => {
  const found = await plan(tx, user, input.id, input.version);
  if (found.cancelledAt) throw new ActionError('Kế hoạch đã bỏ: khôi phục trước khi chuyển ngày.');
  const before = found.plannedFor.toISOString().slice(0, 10);
  if (before === input.plannedFor) throw new ActionError('Kế hoạch đã ở ngày này.');
  await tx.storyPlan.update({ where: { id: found.id }, data: { plannedFor: dateOfIso(input.plannedFor), version: { increment: 1 } } });
  return {
    message: `Đã chuyển “${found.title}” sang ngày ${formatDate(dateOfIso(input.plannedFor))}.`,
    audit: [{ action: 'plan.move', entity: 'storyPlan', entityId: found.id, diff: { before: { plannedFor: before }, after: { plannedFor: input.plannedFor } } }],
    tags: [],
  };
});

export const cancelPlan = withRole(NEWSROOM_ROLES, cancelPlanSchema, async (input, user, tx) => {
  const found = await plan(tx, user, input.id, input.version);
  if ((found.cancelledAt !== null) === input.cancelled) throw new ActionError(input.cancelled ? 'Kế hoạch đã bỏ.' : 'Kế hoạch đang còn.');
  const now = new Date();
  await tx.storyPlan.update({ where: { id: found.id }, data: { cancelledAt: input.cancelled ? now : null, version: { increment: 1 } } });
  return {
    message: input.cancelled ? `Đã bỏ kế hoạch “${found.title}”; có thể khôi phục.` : `Đã khôi phục kế hoạch “${found.title}”.`,
    audit: [{ action: input.cancelled ? 'plan.cancel' : 'plan.restore', entity: 'storyPlan', entityId: found.id, diff: { before: { cancelledAt: found.cancelledAt?.toISOString() ?? null }, after: { cancelledAt: input.cancelled ? now.toISOString() : null } } }],
    tags: [],
  };
});
