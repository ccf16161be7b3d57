import { registryPaths } from '@/lib/registry/labels';

/** A plain GET form (works without JavaScript): the day whose structure to show. */
export function StructureDateForm({ day, id = 'structure-day' }: { day: string; id?: string }) {
  return (
    <form method="get" action={registryPaths.structure} className="flex flex-wrap items-end gap-3 text-sm">
      <label htmlFor={id} className="flex flex-col gap-1 font-semibold">
        Xem cơ cấu tại ngày
        <input id={id} type="date" name="ngay" defaultValue={day} min="1945-01-01" max="2100-12-31" required className="rounded border border-stone-300 bg-white px-2 py-1 font-normal" />
      </label>
      <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800">
        Xem
      </button>
    </form>
  );
}
