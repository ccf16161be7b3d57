'use client';
import { ActionForm, Field } from '@/components/admin/action-form';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { createCategory, deleteCategory, updateCategory } from '@/lib/actions/categories';

const input = 'mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2';

interface Values {
  id?: string;
  name: string;
  description: string | null;
  parentId: string | null;
  position: number;
  inMenu: boolean;
}

function Fields({ values, parents }: { values?: Values; parents: { id: string; name: string }[] }) {
  return (
    <>
      <Field name="name" label="Tên chuyên mục">
        {(props) => <input name="name" defaultValue={values?.name} required className={input} {...props} />}
      </Field>
      <Field name="description" label="Mô tả (hiện ở đầu trang chuyên mục)">
        {(props) => <textarea name="description" rows={2} defaultValue={values?.description ?? ''} className={input} {...props} />}
      </Field>
      <Field name="parentId" label="Thuộc chuyên mục">
        {(props) => (
          <select name="parentId" defaultValue={values?.parentId ?? ''} className={input} {...props}>
            <option value="">— Cấp trên cùng —</option>
            {parents
              .filter((p) => p.id !== values?.id)
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
          </select>
        )}
      </Field>
      <Field name="position" label="Thứ tự (số nhỏ đứng trước)">
        {(props) => <input name="position" type="number" min={0} max={999} defaultValue={values?.position ?? 0} className={input} {...props} />}
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="inMenu" defaultChecked={values?.inMenu ?? true} /> Hiện trên thanh điều hướng và trang chủ
      </label>
    </>
  );
}

export function CreateCategoryForm({ parents }: { parents: { id: string; name: string }[] }) {
  return (
    <ActionForm action={createCategory} submitLabel="Tạo chuyên mục" resetOnSuccess>
      <Fields parents={parents} />
      <Field name="slug" label="Đường dẫn (để trống: tạo từ tên; không đổi được sau khi tạo)">
        {(props) => <input name="slug" className={input} placeholder="vi-du-chuyen-muc" {...props} />}
      </Field>
    </ActionForm>
  );
}

export function EditCategoryForm({ values, parents }: { values: Values & { id: string }; parents: { id: string; name: string }[] }) {
  return (
    <ActionForm action={updateCategory} submitLabel="Lưu">
      <input type="hidden" name="id" value={values.id} />
      <Fields values={values} parents={parents} />
    </ActionForm>
  );
}

export function DeleteCategoryButton({ id, name }: { id: string; name: string }) {
  return <ConfirmButton label="Xóa chuyên mục" confirm={`Xóa chuyên mục "${name}"?`} run={() => deleteCategory({ id })} redirectTo="/admin/chuyen-muc" />;
}
