'use client';
// Choosing several records by typing: the chosen ones as removable chips, a search box,
// and the matches (fetched by `search`, at least 2 characters, debounced) to add.
import { useEffect, useRef, useState, useTransition } from 'react';
import { controlClass } from '@/components/ui/text-input';

export interface PickerOption {
  id: string;
  label: string;
}

export function SearchPicker({
  id,
  label,
  selected,
  onChange,
  search,
  disabled = false,
  labelClassName = 'block text-sm font-semibold',
  inputClassName = controlClass(),
  placeholder = 'Gõ để tìm (không cần dấu)…',
}: {
  id: string;
  label: string;
  selected: PickerOption[];
  onChange: (next: PickerOption[]) => void;
  search: (q: string) => Promise<PickerOption[]>;
  disabled?: boolean;
  labelClassName?: string;
  inputClassName?: string;
  placeholder?: string;
}) {
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<PickerOption[]>([]);
  const [, startTransition] = useTransition();
  // The latest search function, without restarting the debounce when its identity changes.
  const searchRef = useRef(search);
  useEffect(() => {
    searchRef.current = search;
  });
  useEffect(() => {
    if (q.trim().length < 2) return;
    const timer = setTimeout(() => startTransition(async () => setOptions(await searchRef.current(q))), 250);
    return () => clearTimeout(timer);
  }, [q]);
  return (
    <div>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <ul className="mt-1 flex flex-wrap gap-1">
        {selected.map((o) => (
          <li key={o.id} className="flex items-center gap-1 rounded-full bg-brand-50 px-2 py-0.5 text-sm">
            {o.label}
            <button type="button" disabled={disabled} aria-label={`Bỏ liên kết ${o.label}`} onClick={() => onChange(selected.filter((s) => s.id !== o.id))} className="px-1 text-brand-700">
              ×
            </button>
          </li>
        ))}
      </ul>
      <input id={id} type="search" value={q} disabled={disabled} onChange={(e) => setQ(e.target.value)} placeholder={placeholder} className={inputClassName} autoComplete="off" />
      {q.trim().length >= 2 && options.length > 0 ? (
        <ul aria-label={`Gợi ý cho ô "${label}"`} className="mt-1 max-h-48 overflow-auto rounded border border-stone-200 bg-white text-sm">
          {options
            .filter((o) => !selected.some((s) => s.id === o.id))
            .map((o) => (
              <li key={o.id}>
                <button
                  type="button"
                  className="w-full px-2 py-1 text-left hover:bg-stone-100"
                  onClick={() => {
                    onChange([...selected, o]);
                    setQ('');
                    setOptions([]);
                  }}
                >
                  {o.label}
                </button>
              </li>
            ))}
        </ul>
      ) : null}
    </div>
  );
}
