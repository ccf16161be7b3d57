'use server';
// Accounts (ADMIN only). A role change, a new password or a deactivation bumps the
// account's sessionVersion, which ends its open sessions on their next request.
import { ActionError } from '@/lib/db/commit';
import { withRole } from '@/lib/auth/with-role';
import { ADMIN_ROLES } from '@/lib/auth/roles';
import { hashPassword } from '@/lib/auth/password';
import { tags } from '@/lib/platform/cache-tags';
import { createUserSchema, updateUserSchema } from '@/lib/auth/schemas/user';
import type { Prisma } from '@/lib/generated/prisma/client';

/** A unit officer's unit must exist and be active. */
async function assertOfficerUnit(tx: Prisma.TransactionClient, unitId: string | null) {
  if (!unitId) return;
  const unit = await tx.unit.findUnique({ where: { id: unitId }, select: { active: true } });
  if (!unit || !unit.active) throw new ActionError('Đơn vị đã chọn không còn hoạt động.', { unitId: ['Chọn một đơn vị đang hoạt động'] });
}

export const createUser = withRole(ADMIN_ROLES, createUserSchema, async (input, _user, tx) => {
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new ActionError('Email này đã có tài khoản.', { email: ['Email đã được dùng'] });
  }
  await assertOfficerUnit(tx, input.unitId);
  const created = await tx.user.create({
    data: { email: input.email, name: input.name, role: input.role, unitId: input.unitId, passwordHash: await hashPassword(input.password) },
    select: { id: true },
  });
  return {
    message: `Đã tạo tài khoản ${input.email}.`,
    data: { id: created.id },
    audit: [{ action: 'user.create', entity: 'user', entityId: created.id, diff: { after: { email: input.email, name: input.name, role: input.role, ...(input.unitId ? { unitId: input.unitId } : {}), active: true } } }],
    tags: [],
  };
});

export const updateUser = withRole(ADMIN_ROLES, updateUserSchema, async (input, user, tx) => {
  const current = await tx.user.findUnique({ where: { id: input.id }, select: { id: true, role: true, active: true, name: true, unitId: true, slug: true } });
  if (!current) throw new ActionError('Tài khoản không còn tồn tại.');
  await assertOfficerUnit(tx, input.unitId);
  const losesAdmin = current.role === 'ADMIN' && (input.role !== 'ADMIN' || !input.active);
  if (losesAdmin) {
    const admins = await tx.user.count({ where: { role: 'ADMIN', active: true } });
    if (admins <= 1) throw new ActionError('Không thể bỏ quyền hoặc khóa quản trị viên cuối cùng.');
    if (current.id === user.id) throw new ActionError('Bạn không thể tự bỏ quyền quản trị hoặc tự khóa tài khoản của mình.');
  }
  // A new unit changes what the officer may see: like a role change, it ends the sessions.
  const endsSessions = current.role !== input.role || current.unitId !== input.unitId || current.active !== input.active || input.password !== undefined;
  const officerUnit = current.unitId !== null || input.unitId !== null;
  await tx.user.update({
    where: { id: input.id },
    data: {
      name: input.name,
      role: input.role,
      unitId: input.unitId,
      active: input.active,
      ...(input.password ? { passwordHash: await hashPassword(input.password) } : {}),
      ...(endsSessions ? { sessionVersion: { increment: 1 } } : {}),
    },
  });
  return {
    message: endsSessions ? 'Đã lưu; các phiên đăng nhập cũ của tài khoản này đã kết thúc.' : 'Đã lưu.',
    audit: [
      {
        action: 'user.update',
        entity: 'user',
        entityId: input.id,
        // A password is never logged, only that it was changed.
        diff: {
          // The unit only where there is one, before or after (a unit officer's).
          before: { name: current.name, role: current.role, ...(officerUnit ? { unitId: current.unitId } : {}), active: current.active },
          after: { name: input.name, role: input.role, ...(officerUnit ? { unitId: input.unitId } : {}), active: input.active, ...(input.password !== undefined ? { password: 'đã đổi' } : {}) },
        },
      },
    ],
    // The name is the byline of the account's stories; the role and the state decide
    // whether it has an author page.
    tags:
      current.name !== input.name
        ? [tags.articles, tags.author(input.id), tags.authorSlug(current.slug)]
        : current.role !== input.role || current.active !== input.active
          ? [tags.author(input.id), tags.authorSlug(current.slug)]
          : [],
  };
});
