'use client';
// Units a pasted list or an imported file writes in a way the registry does not know ("Sở Tư
// pháp" for "Chi bộ Sở Tư pháp"): one line per way of writing, with the closest units first.
// One pick sets the unit on every row written so, and is remembered for later pastes and
// imports.
import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { rememberUnitAlias } from '@/lib/registry/actions/units';
import { formatNumber } from '@/lib/common/format';
import type { Row } from '@/components/admin/decision/rows';
import { nameKey } from '@/lib/registry/names';

type Units = { id: string; name: string }[];

export interface UnmatchedUnitGroup {
  /** The unit as the list writes it. */
  text: string;
  rows: number;
  suggestions: Units;
}

/** The pasted rows' unmatched units; a pick sets the unit on those rows (`keys`). */
export function UnmatchedUnits({ rows, units, onChosen }: { rows: Row[]; units: Units; onChosen: (keys: number[], unitId: string) => void }) {
  // One line for every way of writing the same name (case, accents and spacing aside).
  const groups = new Map<string, Row[]>();
  for (const r of rows) if (!r.unitId && r.unitText) groups.set(nameKey(r.unitText), [...(groups.get(nameKey(r.unitText)) ?? []), r]);
  return (
    <UnmatchedUnitList
      groups={[...groups.values()].map((group) => ({ text: group[0]!.unitText!, rows: group.length, suggestions: group[0]!.unitSuggestions ?? [] }))}
      units={units}
      onChosen={(text, unitId) => onChosen(groups.get(nameKey(text))!.map((r) => r.key), unitId)}
    />
  );
}

/** One line per way of writing; `onChosen` runs once the pick is remembered. */
export function UnmatchedUnitList({ groups, units, onChosen, note }: { groups: UnmatchedUnitGroup[]; units: Units; onChosen: (text: string, unitId: string) => void; note?: string }) {
  if (groups.length === 0) return null;
  return (
    <section aria-label="Đơn vị chưa khớp" className="rounded border border-amber-300 bg-amber-50 p-4">
      <h3 className="mb-1 font-semibold">Đơn vị chưa khớp ({formatNumber(groups.length)})</h3>
      <p className="mb-2 text-sm text-stone-700">{note ?? 'Chọn đơn vị đúng một lần cho mọi dòng ghi như vậy; lựa chọn được ghi nhớ cho lần dán và nhập tệp sau.'}</p>
      <ul className="space-y-2">
        {groups.map((group) => (
          <UnmatchedUnit key={group.text} group={group} units={units} onChosen={(unitId) => onChosen(group.text, unitId)} />
        ))}
      </ul>
    </section>
  );
}

function UnmatchedUnit({ group, units, onChosen }: { group: UnmatchedUnitGroup; units: Units; onChosen: (unitId: string) => void }) {
  const id = useId();
  const { text, suggestions } = group;
  const [unitId, setUnitId] = useState(suggestions[0]?.id ?? '');
  const [message, setMessage] = useState('');
  const [pending, setPending] = useState(false);
  const others = units.filter((u) => !suggestions.some((s) => s.id === u.id));
  async function choose() {
    setPending(true);
    const answer = await rememberUnitAlias({ text, unitId });
    setPending(false);
    setMessage(answer.message);
    if (answer.ok) onChosen(unitId);
  }
  return (
    <li className="flex flex-wrap items-end gap-2 text-sm">
      <label htmlFor={id} className="min-w-48">
        <span className="block font-semibold">
          “{text}” — {formatNumber(group.rows)} dòng
        </span>
        <select id={id} value={unitId} onChange={(e) => setUnitId(e.target.value)} className="mt-1 w-full rounded border border-stone-300 bg-white px-2 py-1">
          <option value="">— Chọn đơn vị —</option>
          {suggestions.length ? (
            <optgroup label="Gần nhất">
              {suggestions.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          <optgroup label="Mọi đơn vị">
            {others.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <Button size="sm" variant="outline" disabled={pending || !unitId} onClick={choose}>
        Dùng cho {formatNumber(group.rows)} dòng và ghi nhớ
      </Button>
      <p role="status" aria-live="polite" className="min-h-5 w-full text-brand-700">
        {message}
      </p>
    </li>
  );
}
