'use client';
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { ConfirmButton } from '@/components/admin/confirm-button';
import { createCategory, deleteCategory, updateCategory } from '@/lib/newsroom/actions/categories';

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
        <TextInput name="name" defaultValue={values?.name} required />
      </Field>
      <Field name="description" label="Mô tả (hiện ở đầu trang chuyên mục)">
        <TextArea name="description" rows={2} defaultValue={values?.description ?? ''} />
      </Field>
      <Field name="parentId" label="Thuộc chuyên mục">
        <Select name="parentId" defaultValue={values?.parentId ?? ''} placeholder="— Cấp trên cùng —" options={parents.filter((p) => p.id !== values?.id).map((p) => ({ value: p.id, label: p.name }))} />
      </Field>
      <Field name="position" label="Thứ tự (số nhỏ đứng trước)">
        <TextInput name="position" type="number" min={0} max={999} defaultValue={values?.position ?? 0} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="inMenu" defaultChecked={values?.inMenu ?? true} /> Hiện trên thanh điều hướng và trang chủ
      </label>
    </>
  );
}

export function CreateCategoryForm({ parents }: { parents: { id: string; name: string }[] }) {
  return (
    <Form action={createCategory} submitLabel="Tạo chuyên mục" resetOnSuccess>
      <Fields parents={parents} />
      <Field name="slug" label="Đường dẫn (để trống: tạo từ tên; không đổi được sau khi tạo)">
        <TextInput name="slug" placeholder="vi-du-chuyen-muc" />
      </Field>
    </Form>
  );
}

export function EditCategoryForm({ values, parents }: { values: Values & { id: string }; parents: { id: string; name: string }[] }) {
  return (
    <Form action={updateCategory} submitLabel="Lưu">
      <input type="hidden" name="id" value={values.id} />
      <Fields values={values} parents={parents} />
    </Form>
  );
}

export function DeleteCategoryButton({ id, name }: { id: string; name: string }) {
  return <ConfirmButton label="Xóa chuyên mục" confirm={`Xóa chuyên mục "${name}"?`} run={() => deleteCategory({ id })} redirectTo="/admin/chuyen-muc" />;
}
