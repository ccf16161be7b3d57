'use client';
// Recording a decision: its header, then the recipients in a grid. Rows can be typed or
// pasted straight from a spreadsheet (name, position, unit, honour, achievement — the
// columns offices use); pasted and edited rows are matched against the registry on the
// server, which says for each row whether it is an existing record, a new one, or wrong
// and why, with the streak the award would extend. Saving is all rows or none.
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, useTransition } from 'react';
import { HeaderFields, newHeader, type DecisionHeader } from '@/components/admin/decision/header-fields';
import { RecipientRow } from '@/components/admin/decision/recipient-row';
import { UnmatchedUnits } from '@/components/admin/decision/unmatched-units';
import { emptyRow, newRowKey, type Kind, type Row, type Suggestion } from '@/components/admin/decision/rows';
import { Button } from '@/components/ui/button';
import { FieldErrors } from '@/components/ui/form';
import { TextArea } from '@/components/ui/text-input';
import type { ActionState } from '@/lib/common/action-state';
import { createDecision } from '@/lib/registry/actions/decisions';
import type { DecisionFormOptions as DecisionChoices } from '@/lib/registry/data/decisions';
import type { ResolvedRow } from '@/lib/registry/data/recipient-matching';
import { resolvePastedRecipients, suggestRecipients } from '@/lib/registry/data/recipient-picker';
import { parsePasted } from '@/lib/registry/paste';

/** What the data layer offers (units, types, campaigns) and the decision categories. */
export interface DecisionFormOptions extends DecisionChoices {
  categories: { value: string; label: string }[];
}

export function DecisionForm({ options }: { options: DecisionFormOptions }) {
  const router = useRouter();
  const prefix = useId();
  const [header, setHeader] = useState<DecisionHeader>(newHeader);
  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const [paste, setPaste] = useState('');
  const [answer, setAnswer] = useState<ActionState<{ id: string }>>(null);
  const [info, setInfo] = useState('');
  const [pending, start] = useTransition();
  const errors = answer && !answer.ok ? (answer.fieldErrors ?? {}) : {};
  const unitName = (id: string) => options.units.find((u) => u.id === id)?.name ?? '';
  const typeName = (id: string) => options.types.find((t) => t.id === id)?.name ?? '';

  // Suggestions of existing records for the row being typed in.
  const [query, setQuery] = useState<{ key: number; kind: Kind; q: string } | null>(null);
  const [suggestions, setSuggestions] = useState<{ key: number; items: Suggestion[] } | null>(null);
  useEffect(() => {
    if (!query || query.q.trim().length < 2) return;
    const timer = setTimeout(async () => setSuggestions({ key: query.key, items: await suggestRecipients(query.kind, query.q) }), 250);
    return () => clearTimeout(timer);
  }, [query]);

  const setRow = (key: number, patch: Partial<Row>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  function applyResolved(targets: Row[], resolved: ResolvedRow[]) {
    const byKey = new Map(targets.map((t, i) => [t.key, resolved[i]!]));
    setRows((list) =>
      list.map((r) => {
        const res = byKey.get(r.key);
        if (!res) return r;
        if (r.picked) return { ...r, typeId: res.typeId ?? r.typeId, status: res.status === 'error' ? 'error' : 'existing', notes: res.notes.filter((n) => !n.startsWith('Trùng tên')) };
        return { ...r, kind: res.kind, recordId: res.recordId, unitId: res.unitId ?? r.unitId, typeId: res.typeId ?? r.typeId, status: res.status, notes: res.notes, namesakes: res.namesakes, recordSuggestions: res.recordSuggestions };
      }),
    );
  }

  function check(targets: Row[]) {
    const payload = targets.map((r) => ({ name: r.name, position: r.position, unit: unitName(r.unitId), type: typeName(r.typeId), achievement: r.achievement, kind: r.kind, recordId: r.picked ? (r.recordId ?? undefined) : undefined, distinct: r.distinct }));
    start(async () => {
      const resolved = await resolvePastedRecipients(payload, Number(header.year));
      if (!resolved) return setInfo('Không kiểm tra được: kiểm tra năm thành tích, hoặc đăng nhập lại.');
      applyResolved(targets, resolved);
    });
  }

  function readPaste() {
    const parsed = parsePasted(paste);
    if (parsed.length === 0) return setInfo('Không có dòng nào để đọc. Hãy sao chép các ô từ Excel (Họ tên, Chức vụ, Đơn vị, Danh hiệu/Hình thức, Thành tích) rồi dán vào ô.');
    start(async () => {
      const resolved = await resolvePastedRecipients(parsed, Number(header.year));
      if (!resolved) return setInfo('Không đọc được dữ liệu dán (tối đa 5.000 dòng), hoặc năm thành tích chưa hợp lệ.');
      const added = resolved.map((res, i): Row => ({
        key: newRowKey(),
        kind: res.kind,
        recordId: res.recordId,
        name: parsed[i]!.name,
        position: parsed[i]!.position,
        unitId: res.unitId ?? '',
        typeId: res.typeId ?? '',
        achievement: parsed[i]!.achievement,
        status: res.status,
        notes: res.notes,
        namesakes: res.namesakes,
        recordSuggestions: res.recordSuggestions,
        ...(res.unitId || !parsed[i]!.unit ? {} : { unitText: parsed[i]!.unit, unitSuggestions: res.unitSuggestions ?? [] }),
      }));
      setRows((list) => [...list.filter((r) => r.name.trim() !== '' || r.recordId), ...added]);
      setPaste('');
      const count = (s: ResolvedRow['status']) => resolved.filter((r) => r.status === s).length;
      setInfo(`Đã đọc ${resolved.length} dòng: ${count('existing')} khớp hồ sơ có sẵn, ${count('new')} sẽ tạo mới, ${count('error')} cần sửa.`);
    });
  }

  function save() {
    const payload = {
      ...header,
      recipients: rows.map((r) => ({ kind: r.kind, recordId: r.recordId ?? '', name: r.name, position: r.position, unitId: r.unitId, typeId: r.typeId, achievement: r.achievement, distinct: !r.recordId && !!r.distinct })),
    };
    start(async () => {
      const result = await createDecision(payload);
      setAnswer(result);
      if (result.ok && result.data) router.push(`/admin/khen-thuong/${result.data.id}`);
    });
  }

  const rowError = (i: number) =>
    Object.entries(errors)
      .filter(([k]) => k.startsWith(`recipients.${i}.`))
      .flatMap(([, v]) => v);

  function pick(r: Row, item: Suggestion) {
    const chosen: Row = { ...r, recordId: item.id, name: item.name, unitId: item.unitId, picked: true, recordSuggestions: undefined, status: 'existing', notes: ['Đã chọn hồ sơ có sẵn'] };
    setRow(r.key, chosen);
    setSuggestions(null);
    if (chosen.typeId) check([chosen]);
  }

  return (
    <FieldErrors state={answer}>
      <div className="space-y-6">
        <section aria-labelledby={`${prefix}-h`} className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-3">
          <h2 id={`${prefix}-h`} className="font-semibold sm:col-span-3">
            Thông tin quyết định
          </h2>
          <HeaderFields prefix={prefix} header={header} onChange={(patch) => setHeader((h) => ({ ...h, ...patch }))} options={options} />
        </section>

        <section aria-labelledby={`${prefix}-paste`} className="rounded border border-stone-200 bg-white p-4">
          <h2 id={`${prefix}-paste`} className="font-semibold">
            Dán danh sách từ Excel
          </h2>
          <p className="mb-2 text-sm text-stone-600">
            Chọn các ô trong Excel theo thứ tự cột: Họ tên (hoặc tên tập thể) · Chức vụ · Đơn vị · Danh hiệu / hình thức · Thành tích (cột STT và dòng tiêu đề được bỏ qua), sao chép rồi dán vào đây.
          </p>
          <label htmlFor={`${prefix}-paste-box`} className="sr-only">
            Dữ liệu dán từ Excel
          </label>
          <TextArea id={`${prefix}-paste-box`} size="sm" rows={4} value={paste} onChange={(e) => setPaste(e.target.value)} className="font-mono" />
          <Button variant="outline" size="sm" className="mt-2" onClick={readPaste} disabled={pending || !paste.trim()}>
            Đọc dữ liệu dán
          </Button>
          <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm">
            {info}
          </p>
        </section>

        <UnmatchedUnits
          rows={rows}
          units={options.units}
          onChosen={(keys, unitId) => {
            const chosen = rows.filter((r) => keys.includes(r.key)).map((r) => ({ ...r, unitId, unitText: undefined, unitSuggestions: undefined }));
            setRows((list) => list.map((r) => chosen.find((c) => c.key === r.key) ?? r));
            check(chosen);
          }}
        />

        <section aria-labelledby={`${prefix}-rows`}>
          <h2 id={`${prefix}-rows`} className="mb-2 font-semibold">
            Đối tượng được khen thưởng ({rows.length.toLocaleString('vi-VN')})
          </h2>
          <div className="overflow-x-auto rounded border border-stone-200 bg-white">
            <table className="w-full min-w-[64rem] border-collapse text-sm">
              <caption className="sr-only">Danh sách đối tượng được khen thưởng trong quyết định</caption>
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th className="p-1">#</th>
                  <th className="p-1">Loại</th>
                  <th className="p-1">Họ tên / tên tập thể</th>
                  <th className="p-1">Chức vụ</th>
                  <th className="p-1">Đơn vị</th>
                  <th className="p-1">Danh hiệu / hình thức</th>
                  <th className="p-1">Thành tích</th>
                  <th className="p-1">Kiểm tra</th>
                  <th className="p-1">
                    <span className="sr-only">Xóa</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r, i) => (
                  <RecipientRow
                    key={r.key}
                    row={r}
                    n={i + 1}
                    problems={rowError(i)}
                    options={options}
                    suggestions={suggestions?.key === r.key ? suggestions.items : null}
                    onChange={(patch) => setRow(r.key, patch)}
                    onType={(q) => setQuery({ key: r.key, kind: r.kind, q })}
                    onCheck={(row) => check([row])}
                    onPick={(item) => pick(r, item)}
                    onRemove={() => setRows((list) => (list.length > 1 ? list.filter((x) => x.key !== r.key) : [emptyRow()]))}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button variant="secondary" size="sm" onClick={() => setRows((list) => [...list, emptyRow()])}>
              Thêm dòng
            </Button>
            <Button variant="secondary" size="sm" disabled={pending} onClick={() => check(rows.filter((r) => r.name.trim()))}>
              Kiểm tra tất cả các dòng
            </Button>
          </div>
        </section>

        <div className="rounded border border-stone-200 bg-white p-4">
          <p role="status" aria-live="polite" className={`mb-2 min-h-6 font-semibold ${answer?.ok ? 'text-green-800' : 'text-brand-700'}`}>
            {pending ? 'Đang xử lý…' : answer?.message}
          </p>
          <Button onClick={save} disabled={pending}>
            Lưu quyết định ({rows.length.toLocaleString('vi-VN')} dòng)
          </Button>
        </div>
      </div>
    </FieldErrors>
  );
}
