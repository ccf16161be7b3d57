'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { createUser, updateUser } from '@/lib/auth/actions/users';
import { roleLabels } from '@/lib/auth/roles';
import { ROLES } from '@/lib/auth/schemas/user';

const roleChoices = ROLES.map((r) => ({ value: r, label: roleLabels[r] }));

export interface UnitChoice {
  value: string;
  label: string;
}

/** The role, and for a unit officer the unit whose subtree the account works for. */
function RoleFields({ role, unitId, units }: { role?: string; unitId?: string | null; units: UnitChoice[] }) {
  return (
    <>
      <Field name="role" label="Vai trò">
        <Select name="role" defaultValue={role ?? ''} placeholder="— Chọn —" options={roleChoices} />
      </Field>
      <Field name="unitId" label="Đơn vị (chỉ cho cán bộ thi đua đơn vị)" hint="Tài khoản làm việc cho đơn vị này và các đơn vị trực thuộc.">
        <Select name="unitId" defaultValue={unitId ?? ''} placeholder="— Không gắn đơn vị —" options={units} />
      </Field>
    </>
  );
}

export function CreateUserForm({ units }: { units: UnitChoice[] }) {
  return (
    <Form action={createUser} submitLabel="Tạo tài khoản" resetOnSuccess>
      <Field name="email" label="Email">
        <TextInput name="email" type="email" autoComplete="off" />
      </Field>
      <Field name="name" label="Họ tên">
        <TextInput name="name" />
      </Field>
      <RoleFields units={units} />
      <Field name="password" label="Mật khẩu ban đầu (ít nhất 12 ký tự)">
        <TextInput name="password" type="password" autoComplete="new-password" />
      </Field>
    </Form>
  );
}

export function EditUserForm({ user, units }: { user: { id: string; name: string; role: string; active: boolean; unitId: string | null }; units: UnitChoice[] }) {
  return (
    <Form action={updateUser} submitLabel="Lưu">
      <input type="hidden" name="id" value={user.id} />
      <Field name="name" label="Họ tên">
        <TextInput name="name" defaultValue={user.name} />
      </Field>
      <RoleFields role={user.role} unitId={user.unitId} units={units} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={user.active} /> Đang hoạt động (bỏ chọn để khóa tài khoản)
      </label>
      <Field name="password" label="Đặt mật khẩu mới (để trống nếu không đổi)">
        <TextInput name="password" type="password" autoComplete="new-password" />
      </Field>
    </Form>
  );
}
