'use client';
// Recording a decision: its header, then the recipients in a grid. Rows can be typed or
// pasted straight from a spreadsheet (name, position, unit, honour, achievement — the
// columns offices use); pasted and edited rows are matched against the registry on the
// server, which says for each row whether it is an existing record, a new one, or wrong
// and why, with the streak the award would extend. Saving is all rows or none.
import { useRouter } from 'next/navigation';
import { useEffect, useId, useState, useTransition } from 'react';
import { createDecision, resolvePastedRecipients, suggestRecipients } from '@/lib/actions/registry';
import { parsePasted } from '@/lib/registry/paste';
import type { ResolvedRow } from '@/lib/registry/recipients';

type Kind = 'INDIVIDUAL' | 'COLLECTIVE' | 'UNIT';
const kindLabels: Record<Kind, string> = { INDIVIDUAL: 'Cá nhân', COLLECTIVE: 'Tập thể', UNIT: 'Đơn vị' };

export interface DecisionFormOptions {
  units: { id: string; label: string; name: string }[];
  types: { id: string; name: string; recipientKinds: Kind[] }[];
  campaigns: { id: string; name: string }[];
  categories: { value: string; label: string }[];
}

interface Row {
  key: number;
  kind: Kind;
  recordId: string | null;
  name: string;
  position: string;
  unitId: string;
  typeId: string;
  achievement: string;
  status: ResolvedRow['status'] | 'unchecked';
  notes: string[];
  /** Chosen from the suggestions: a later check keeps this record. */
  picked?: boolean;
  /** Records of this name in the row's unit, and whether the registrar said this is someone else. */
  namesakes?: number;
  distinct?: boolean;
}

type Suggestion = Awaited<ReturnType<typeof suggestRecipients>>[number];

type Answer = { ok: boolean; message: string; fieldErrors?: Record<string, string[]>; data?: unknown };

const input = 'w-full rounded border border-stone-300 bg-white px-2 py-1 text-sm';
const label = 'block text-sm font-semibold';
let nextKey = 1;
const emptyRow = (): Row => ({ key: nextKey++, kind: 'INDIVIDUAL', recordId: null, name: '', position: '', unitId: '', typeId: '', achievement: '', status: 'unchecked', notes: [] });

export function DecisionForm({ options }: { options: DecisionFormOptions }) {
  const router = useRouter();
  const prefix = useId();
  const [header, setHeader] = useState({
    number: '',
    signedAt: new Date().toISOString().slice(0, 10),
    issuingAuthority: 'UBND tỉnh',
    signerName: '',
    signerTitle: '',
    category: 'PERIODIC',
    campaignId: '',
    summary: '',
    year: String(new Date().getFullYear() - 1),
  });
  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const [paste, setPaste] = useState('');
  const [answer, setAnswer] = useState<Answer | null>(null);
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
        return { ...r, kind: res.kind, recordId: res.recordId, unitId: res.unitId ?? r.unitId, typeId: res.typeId ?? r.typeId, status: res.status, notes: res.notes, namesakes: res.namesakes };
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
        key: nextKey++,
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
      const result = (await createDecision(payload)) as Answer;
      setAnswer(result);
      if (result.ok) router.push(`/admin/khen-thuong/${(result.data as { id: string }).id}`);
    });
  }

  const headerField = (name: keyof typeof header, text: string, control: (props: { id: string; value: string; onChange: (e: { target: { value: string } }) => void; 'aria-invalid': boolean; 'aria-describedby'?: string }) => React.ReactNode) => {
    const id = `${prefix}-${name}`;
    return (
      <div>
        <label htmlFor={id} className={label}>
          {text}
        </label>
        {control({ id, value: header[name], onChange: (e) => setHeader((h) => ({ ...h, [name]: e.target.value })), 'aria-invalid': !!errors[name], 'aria-describedby': errors[name] ? `${id}-error` : undefined })}
        {errors[name] ? (
          <p id={`${id}-error`} className="mt-1 text-sm text-brand-700">
            {errors[name].join('. ')}
          </p>
        ) : null}
      </div>
    );
  };
  const rowError = (i: number) =>
    Object.entries(errors)
      .filter(([k]) => k.startsWith(`recipients.${i}.`))
      .flatMap(([, v]) => v);
  const statusText: Record<Row['status'], string> = { existing: 'Hồ sơ có sẵn', new: 'Tạo hồ sơ mới', error: 'Cần sửa', unchecked: 'Chưa kiểm tra' };

  return (
    <div className="space-y-6">
      <section aria-labelledby={`${prefix}-h`} className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-3">
        <h2 id={`${prefix}-h`} className="font-semibold sm:col-span-3">
          Thông tin quyết định
        </h2>
        {headerField('number', 'Số quyết định', (p) => <input {...p} className={input} placeholder="1234/QĐ-UBND" />)}
        {headerField('signedAt', 'Ngày ký', (p) => <input {...p} type="date" className={input} />)}
        {headerField('year', 'Năm thành tích', (p) => <input {...p} type="number" min={1945} max={2100} className={input} />)}
        {headerField('issuingAuthority', 'Cơ quan ban hành', (p) => <input {...p} className={input} />)}
        {headerField('signerName', 'Người ký', (p) => <input {...p} className={input} />)}
        {headerField('signerTitle', 'Chức vụ người ký', (p) => <input {...p} className={input} placeholder="Phó Chủ tịch UBND tỉnh" />)}
        {headerField('category', 'Loại khen thưởng', (p) => (
          <select {...p} className={input}>
            {options.categories.map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        ))}
        {headerField('campaignId', 'Phong trào (nếu có)', (p) => (
          <select {...p} className={input}>
            <option value="">— Không thuộc phong trào —</option>
            {options.campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        ))}
        <div className="sm:col-span-3">{headerField('summary', 'Trích yếu', (p) => <textarea {...p} rows={2} className={input} />)}</div>
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
        <textarea id={`${prefix}-paste-box`} rows={4} value={paste} onChange={(e) => setPaste(e.target.value)} className={`${input} font-mono`} />
        <button type="button" onClick={readPaste} disabled={pending || !paste.trim()} className="mt-2 rounded border border-brand-700 px-3 py-1.5 text-sm font-semibold text-brand-700 disabled:opacity-50">
          Đọc dữ liệu dán
        </button>
        <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm">
          {info}
        </p>
      </section>

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
              {rows.map((r, i) => {
                const problems = rowError(i);
                const n = i + 1;
                return (
                  <tr key={r.key} className={`border-b border-stone-100 align-top ${problems.length || r.status === 'error' ? 'bg-brand-50' : ''}`} data-row-status={r.status}>
                    <td className="p-1 text-stone-600">{n}</td>
                    <td className="p-1">
                      <select aria-label={`Loại, dòng ${n}`} value={r.kind} onChange={(e) => setRow(r.key, { kind: e.target.value as Kind, recordId: null, picked: false, distinct: false, namesakes: 0, status: 'unchecked' })} className={input}>
                        {(Object.keys(kindLabels) as Kind[]).map((k) => (
                          <option key={k} value={k}>
                            {kindLabels[k]}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="p-1">
                      <input
                        aria-label={`Họ tên hoặc tên tập thể, dòng ${n}`}
                        value={r.name}
                        onChange={(e) => {
                          setRow(r.key, { name: e.target.value, recordId: null, picked: false, distinct: false, namesakes: 0, status: 'unchecked' });
                          setQuery({ key: r.key, kind: r.kind, q: e.target.value });
                        }}
                        onBlur={() => (r.status === 'unchecked' && r.name.trim() ? check([r]) : undefined)}
                        autoComplete="off"
                        className={input}
                      />
                      {suggestions?.key === r.key && suggestions.items.length > 0 ? (
                        <ul aria-label={`Hồ sơ có sẵn cho dòng ${n}`} className="mt-1 max-h-40 overflow-auto rounded border border-stone-200 bg-white text-xs shadow">
                          {suggestions.items.map((item) => (
                            <li key={item.id}>
                              <button
                                type="button"
                                className="w-full px-2 py-1 text-left hover:bg-stone-100"
                                onMouseDown={(e) => e.preventDefault()}
                                onClick={() => {
                                  const chosen: Row = { ...r, recordId: item.id, name: item.name, unitId: item.unitId, picked: true, status: 'existing', notes: ['Đã chọn hồ sơ có sẵn'] };
                                  setRow(r.key, chosen);
                                  setSuggestions(null);
                                  if (chosen.typeId) check([chosen]);
                                }}
                              >
                                {item.label}
                              </button>
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </td>
                    <td className="p-1">
                      <input aria-label={`Chức vụ, dòng ${n}`} value={r.position} onChange={(e) => setRow(r.key, { position: e.target.value })} className={input} />
                    </td>
                    <td className="p-1">
                      <select aria-label={`Đơn vị, dòng ${n}`} value={r.unitId} onChange={(e) => setRow(r.key, { unitId: e.target.value, recordId: null, picked: false, distinct: false, namesakes: 0, status: 'unchecked' })} className={input}>
                        <option value="">— Chọn đơn vị —</option>
                        {options.units.map((u) => (
                          <option key={u.id} value={u.id}>
                            {u.label}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td className="p-1">
                      <select
                        aria-label={`Danh hiệu hoặc hình thức, dòng ${n}`}
                        value={r.typeId}
                        onChange={(e) => {
                          setRow(r.key, { typeId: e.target.value, status: 'unchecked' });
                          if (r.name.trim() && e.target.value) check([{ ...r, typeId: e.target.value }]);
                        }}
                        className={input}
                      >
                        <option value="">— Chọn —</option>
                        {options.types
                          .filter((t) => t.recipientKinds.includes(r.kind))
                          .map((t) => (
                            <option key={t.id} value={t.id}>
                              {t.name}
                            </option>
                          ))}
                      </select>
                    </td>
                    <td className="p-1">
                      <input aria-label={`Thành tích, dòng ${n}`} value={r.achievement} onChange={(e) => setRow(r.key, { achievement: e.target.value })} className={input} />
                    </td>
                    <td className="p-1 text-xs">
                      <span className={`font-semibold ${r.status === 'error' ? 'text-brand-700' : r.status === 'existing' ? 'text-green-800' : ''}`}>{statusText[r.status]}</span>
                      {[...r.notes, ...problems].map((note) => (
                        <span key={note} className="block">
                          {note}
                        </span>
                      ))}
                      {r.namesakes && r.kind !== 'UNIT' && !r.picked ? (
                        <label className="mt-1 flex items-center gap-1">
                          <input
                            type="checkbox"
                            checked={!!r.distinct}
                            onChange={(e) => {
                              const next: Row = { ...r, distinct: e.target.checked, recordId: null, status: 'unchecked' };
                              setRow(r.key, next);
                              check([next]);
                            }}
                          />
                          {r.kind === 'INDIVIDUAL' ? 'Người khác, trùng tên' : 'Tập thể khác, trùng tên'}
                        </label>
                      ) : null}
                    </td>
                    <td className="p-1">
                      <button type="button" aria-label={`Xóa dòng ${n}`} onClick={() => setRows((list) => (list.length > 1 ? list.filter((x) => x.key !== r.key) : [emptyRow()]))} className="rounded px-2 py-1 text-brand-700 hover:bg-brand-50">
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <div className="mt-2 flex flex-wrap gap-2">
          <button type="button" onClick={() => setRows((list) => [...list, emptyRow()])} className="rounded border border-stone-400 px-3 py-1.5 text-sm">
            Thêm dòng
          </button>
          <button type="button" disabled={pending} onClick={() => check(rows.filter((r) => r.name.trim()))} className="rounded border border-stone-400 px-3 py-1.5 text-sm">
            Kiểm tra tất cả các dòng
          </button>
        </div>
      </section>

      <div className="rounded border border-stone-200 bg-white p-4">
        <p role="status" aria-live="polite" className={`mb-2 min-h-6 font-semibold ${answer?.ok ? 'text-green-800' : 'text-brand-700'}`}>
          {pending ? 'Đang xử lý…' : answer?.message}
        </p>
        <button type="button" onClick={save} disabled={pending} className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
          Lưu quyết định ({rows.length.toLocaleString('vi-VN')} dòng)
        </button>
      </div>
    </div>
  );
}
