'use client';
// The planning calendar's forms: a new plan (an idea, its day, who writes it, its section),
// and on each plan a move to another day and dropping or restoring it. The actions decide
// (lib/newsroom/actions/planning.ts); planning never publishes anything.
import { Field } from '@/components/ui/field';
import { Form } from '@/components/ui/form';
import { Select, type Choice } from '@/components/ui/select';
import { TextArea, TextInput } from '@/components/ui/text-input';
import { cancelPlan, createPlan, movePlan } from '@/lib/newsroom/actions/planning';

export function NewPlanForm({ day, people, categories, me }: { day: string; people: Choice[]; categories: Choice[]; me: string }) {
  return (
    <Form action={createPlan} submitLabel="Thêm vào lịch" resetOnSuccess>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="title" id="plan-title" label="Đề tài" className="sm:col-span-2">
          <TextInput name="title" maxLength={200} />
        </Field>
        <Field name="plannedFor" id="plan-day" label="Dự kiến ngày">
          <TextInput name="plannedFor" type="date" defaultValue={day} />
        </Field>
        <Field name="assigneeId" id="plan-assignee" label="Người thực hiện">
          <Select name="assigneeId" options={people} defaultValue={me} />
        </Field>
        <Field name="categoryId" id="plan-category" label="Chuyên mục">
          <Select name="categoryId" options={categories} placeholder="— Chưa chọn —" defaultValue="" />
        </Field>
        <Field name="note" id="plan-note" label="Ghi chú (nguồn, người cần gặp…)">
          <TextArea name="note" rows={1} maxLength={1000} />
        </Field>
      </div>
    </Form>
  );
}

export function PlanActions({ id, version, day, title }: { id: string; version: number; day: string; title: string }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs font-semibold text-brand-700">Chuyển ngày hoặc bỏ</summary>
      <div className="mt-1 space-y-2">
        <Form action={movePlan} submitLabel="Chuyển" submitVariant="secondary">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <Field name="plannedFor" id={`move-${id}`} label={`Ngày mới cho “${title}”`}>
            <TextInput name="plannedFor" type="date" defaultValue={day} size="sm" />
          </Field>
        </Form>
        <Form action={cancelPlan} submitLabel="Bỏ kế hoạch" submitVariant="outline">
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="cancelled" value="true" />
        </Form>
      </div>
    </details>
  );
}
