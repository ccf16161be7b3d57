'use client';
import { ActionForm, Field } from '@/components/admin/action-form';
import { createUser, updateUser } from '@/lib/actions/users';
import { roleLabels } from '@/lib/roles';
import { ROLES } from '@/lib/validations/user';

const input = 'mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2';

function RoleSelect({ defaultValue }: { defaultValue?: string }) {
  return (
    <Field name="role" label="Vai trò">
      {(props) => (
        <select name="role" defaultValue={defaultValue ?? ''} className={input} {...props}>
          <option value="">— Chọn —</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CreateUserForm() {
  return (
    <ActionForm action={createUser} submitLabel="Tạo tài khoản" resetOnSuccess>
      <Field name="email" label="Email">
        {(props) => <input name="email" type="email" autoComplete="off" className={input} {...props} />}
      </Field>
      <Field name="name" label="Họ tên">
        {(props) => <input name="name" className={input} {...props} />}
      </Field>
      <RoleSelect />
      <Field name="password" label="Mật khẩu ban đầu (ít nhất 12 ký tự)">
        {(props) => <input name="password" type="password" autoComplete="new-password" className={input} {...props} />}
      </Field>
    </ActionForm>
  );
}

export function EditUserForm({ user }: { user: { id: string; name: string; role: string; active: boolean } }) {
  return (
    <ActionForm action={updateUser} submitLabel="Lưu">
      <input type="hidden" name="id" value={user.id} />
      <Field name="name" label="Họ tên">
        {(props) => <input name="name" defaultValue={user.name} className={input} {...props} />}
      </Field>
      <RoleSelect defaultValue={user.role} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={user.active} /> Đang hoạt động (bỏ chọn để khóa tài khoản)
      </label>
      <Field name="password" label="Đặt mật khẩu mới (để trống nếu không đổi)">
        {(props) => <input name="password" type="password" autoComplete="new-password" className={input} {...props} />}
      </Field>
    </ActionForm>
  );
}
