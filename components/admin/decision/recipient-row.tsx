'use client';
// One recipient of the decision grid: kind, name (with the existing records it may mean),
// position, unit, honour, achievement, and what the server's check said of it.
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { TextInput } from '@/components/ui/text-input';
import { KINDS, kindLabels, statusText, unmatched, type Row, type Suggestion } from '@/components/admin/decision/rows';
import type { DecisionFormOptions } from '@/components/admin/decision-form';

const kindChoices = KINDS.map((k) => ({ value: k, label: kindLabels[k] }));

export function RecipientRow({
  row: r,
  n,
  problems,
  options,
  suggestions,
  onChange,
  onType,
  onCheck,
  onPick,
  onRemove,
}: {
  row: Row;
  /** The row's number as the registrar sees it (from 1). */
  n: number;
  problems: string[];
  options: DecisionFormOptions;
  suggestions: Suggestion[] | null;
  onChange: (patch: Partial<Row>) => void;
  onType: (q: string) => void;
  onCheck: (row: Row) => void;
  onPick: (item: Suggestion) => void;
  onRemove: () => void;
}) {
  return (
    <tr className={`border-b border-stone-100 align-top ${problems.length || r.status === 'error' ? 'bg-brand-50' : ''}`} data-row-status={r.status}>
      <td className="p-1 text-stone-600">{n}</td>
      <td className="p-1">
        <Select size="sm" aria-label={`Loại, dòng ${n}`} value={r.kind} onChange={(e) => onChange({ kind: KINDS.find((k) => k === e.target.value) ?? r.kind, ...unmatched })} options={kindChoices} />
      </td>
      <td className="p-1">
        <TextInput
          size="sm"
          aria-label={`Họ tên hoặc tên tập thể, dòng ${n}`}
          value={r.name}
          onChange={(e) => {
            onChange({ name: e.target.value, ...unmatched });
            onType(e.target.value);
          }}
          onBlur={() => (r.status === 'unchecked' && r.name.trim() ? onCheck(r) : undefined)}
          autoComplete="off"
        />
        {suggestions && suggestions.length > 0 ? (
          <ul aria-label={`Hồ sơ có sẵn cho dòng ${n}`} className="mt-1 max-h-40 overflow-auto rounded border border-stone-200 bg-white text-xs shadow">
            {suggestions.map((item) => (
              <li key={item.id}>
                <button type="button" className="w-full px-2 py-1 text-left hover:bg-stone-100" onMouseDown={(e) => e.preventDefault()} onClick={() => onPick(item)}>
                  {item.label}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </td>
      <td className="p-1">
        <TextInput size="sm" aria-label={`Chức vụ, dòng ${n}`} value={r.position} onChange={(e) => onChange({ position: e.target.value })} />
      </td>
      <td className="p-1">
        <Select size="sm" aria-label={`Đơn vị, dòng ${n}`} value={r.unitId} onChange={(e) => onChange({ unitId: e.target.value, ...unmatched })} placeholder="— Chọn đơn vị —" options={options.units.map((u) => ({ value: u.id, label: u.label }))} />
      </td>
      <td className="p-1">
        <Select
          size="sm"
          aria-label={`Danh hiệu hoặc hình thức, dòng ${n}`}
          value={r.typeId}
          onChange={(e) => {
            onChange({ typeId: e.target.value, status: 'unchecked' });
            if (r.name.trim() && e.target.value) onCheck({ ...r, typeId: e.target.value });
          }}
          placeholder="— Chọn —"
          options={options.types.filter((t) => t.recipientKinds.includes(r.kind)).map((t) => ({ value: t.id, label: t.name }))}
        />
      </td>
      <td className="p-1">
        <TextInput size="sm" aria-label={`Thành tích, dòng ${n}`} value={r.achievement} onChange={(e) => onChange({ achievement: e.target.value })} />
      </td>
      <td className="p-1 text-xs">
        <span className={`font-semibold ${r.status === 'error' ? 'text-brand-700' : r.status === 'existing' ? 'text-green-800' : ''}`}>{statusText[r.status]}</span>
        {[...r.notes, ...problems].map((note) => (
          <span key={note} className="block">
            {note}
          </span>
        ))}
        {r.recordSuggestions?.length && !r.picked ? (
          <ul aria-label={`Hồ sơ gần giống cho dòng ${n}`} className="mt-1 space-y-0.5">
            {r.recordSuggestions.map((item) => (
              <li key={item.id}>
                <Button variant="outline" size="xs" onClick={() => onPick(item)}>
                  Là {item.label}
                </Button>
              </li>
            ))}
          </ul>
        ) : null}
        {r.namesakes && r.kind !== 'UNIT' && !r.picked ? (
          <label className="mt-1 flex items-center gap-1">
            <input
              type="checkbox"
              checked={!!r.distinct}
              onChange={(e) => {
                const next: Row = { ...r, distinct: e.target.checked, recordId: null, status: 'unchecked' };
                onChange(next);
                onCheck(next);
              }}
            />
            {r.kind === 'INDIVIDUAL' ? 'Người khác, trùng tên' : 'Tập thể khác, trùng tên'}
          </label>
        ) : null}
      </td>
      <td className="p-1">
        <Button variant="ghost" size="xs" aria-label={`Xóa dòng ${n}`} onClick={onRemove} className="text-brand-700">
          ×
        </Button>
      </td>
    </tr>
  );
}
