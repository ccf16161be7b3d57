'use client';
// Register import: choose a file (and, for a list without decision columns, the decision
// it belongs to), read the preview — every row classified, nothing written — then import
// all rows, or only the valid ones. The file stays in the browser between the two steps.
import { useId, useState, useTransition } from 'react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { UnmatchedUnitList } from '@/components/admin/decision/unmatched-units';

// The import route's answer: the preview's classification beside the usual ok/message. Read
// from the network, so checked rather than trusted.
const previewSchema = z.object({
  ok: z.boolean(),
  message: z.string(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
  summary: z.object({ total: z.number(), existing: z.number(), new: z.number(), duplicate: z.number(), error: z.number() }).optional(),
  groups: z.array(z.object({ label: z.string(), existing: z.boolean(), problems: z.array(z.string()), rows: z.number() })).optional(),
  rows: z.array(z.object({ line: z.number(), status: z.enum(['existing', 'new', 'duplicate', 'error']), name: z.string(), notes: z.array(z.string()), decisionLabel: z.string(), year: z.number().nullable() })).optional(),
  truncated: z.boolean().optional(),
  unmatchedUnits: z.array(z.object({ text: z.string(), rows: z.number(), suggestions: z.array(z.object({ id: z.string(), name: z.string() })) })).optional(),
  data: z.object({ written: z.number() }).optional(),
});
type Preview = z.infer<typeof previewSchema>;

const statusLabels = { existing: 'Hồ sơ có sẵn', new: 'Tạo hồ sơ mới', duplicate: 'Đã có trong sổ', error: 'Lỗi' } as const;

export function ImportForm({ decisions, units }: { decisions: { id: string; label: string }[]; units: { id: string; name: string }[] }) {
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [decisionId, setDecisionId] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [result, setResult] = useState<Preview | null>(null);
  const [onlyValid, setOnlyValid] = useState(false);
  const [pending, start] = useTransition();

  const send = (mode: 'preview' | 'commit') =>
    start(async () => {
      if (!file) return;
      const form = new FormData();
      form.set('file', file);
      form.set('mode', mode);
      if (decisionId) form.set('decisionId', decisionId);
      if (onlyValid) form.set('onlyValid', '1');
      let answer: Preview;
      try {
        const response = await fetch('/api/admin/registry-import', { method: 'POST', body: form });
        const body: unknown = response.headers.get('content-type')?.includes('json') ? await response.json().catch(() => null) : null;
        const parsed = previewSchema.safeParse(body);
        answer = parsed.success ? parsed.data : { ok: false, message: response.status === 413 ? 'Tệp quá lớn.' : 'Máy chủ không nhận tệp.' };
      } catch {
        answer = { ok: false, message: 'Mất kết nối: chưa có gì được ghi. Hãy thử lại.' };
      }
      if (mode === 'preview') {
        setPreview(answer);
        setResult(null);
      } else setResult(answer);
    });

  const s = preview?.summary;
  return (
    <div className="space-y-4">
      <div className="grid gap-3 rounded border border-stone-200 bg-white p-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-semibold">
            Tệp XLSX hoặc CSV (UTF-8), tối đa 8 MB, 20.000 dòng
          </label>
          <input
            id={`${id}-file`}
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setResult(null);
            }}
            className="mt-1 block w-full text-sm"
          />
        </div>
        <div>
          <label htmlFor={`${id}-decision`} className="block text-sm font-semibold">
            Nhập vào
          </label>
          <select
            id={`${id}-decision`}
            value={decisionId}
            onChange={(e) => {
              setDecisionId(e.target.value);
              setPreview(null);
            }}
            className="mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2 text-sm"
          >
            <option value="">Các quyết định ghi trong tệp (cột Số quyết định, Ngày ký, …)</option>
            {decisions.map((d) => (
              <option key={d.id} value={d.id}>
                {d.label}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-2">
          <Button type="button" disabled={!file || pending} onClick={() => send('preview')}>
            {pending && !preview ? 'Đang đọc tệp…' : 'Xem trước'}
          </Button>
        </div>
      </div>

      <p role="status" aria-live="polite" className={`min-h-6 font-semibold ${(result ?? preview)?.ok === false ? 'text-brand-700' : 'text-green-800'}`}>
        {result?.message ?? preview?.message}
      </p>

      {preview?.ok && s ? (
        <section aria-labelledby={`${id}-preview`} className="space-y-3 rounded border border-stone-200 bg-white p-4">
          <h2 id={`${id}-preview`} className="font-semibold">
            Kết quả đọc tệp: {s.total.toLocaleString('vi-VN')} dòng
          </h2>
          <ul className="flex flex-wrap gap-3 text-sm">
            <li>Khớp hồ sơ có sẵn: <strong>{s.existing.toLocaleString('vi-VN')}</strong></li>
            <li>Tạo hồ sơ mới: <strong>{s.new.toLocaleString('vi-VN')}</strong></li>
            <li>Đã có trong sổ (bỏ qua): <strong>{s.duplicate.toLocaleString('vi-VN')}</strong></li>
            <li className={s.error ? 'text-brand-700' : ''}>
              Lỗi: <strong>{s.error.toLocaleString('vi-VN')}</strong>
            </li>
          </ul>
          <ul className="text-sm">
            {preview.groups?.map((g) => (
              <li key={g.label}>
                Quyết định {g.label}: {g.rows.toLocaleString('vi-VN')} dòng · {g.existing ? 'đã có trong sổ (thêm vào)' : 'tạo mới'}
                {g.problems.length ? <span className="text-brand-700"> · {g.problems.join('; ')}</span> : null}
              </li>
            ))}
          </ul>
          <UnmatchedUnitList
            groups={preview.unmatchedUnits ?? []}
            units={units}
            note="Chọn đơn vị đúng một lần cho mọi dòng ghi như vậy: lựa chọn được ghi nhớ cho lần dán và nhập tệp sau, và tệp được đọc lại ngay."
            onChosen={() => send('preview')}
          />
          <div className="max-h-[28rem] overflow-auto">
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">Các dòng của tệp và kết quả kiểm tra</caption>
              <thead>
                <tr className="border-b border-stone-300 text-left">
                  <th className="p-1">Dòng</th>
                  <th className="p-1">Đối tượng</th>
                  <th className="p-1">Quyết định</th>
                  <th className="p-1">Năm</th>
                  <th className="p-1">Kết quả</th>
                </tr>
              </thead>
              <tbody>
                {preview.rows?.map((r) => (
                  <tr key={r.line} data-row-status={r.status} className={`border-b border-stone-100 align-top ${r.status === 'error' ? 'bg-brand-50' : ''}`}>
                    <td className="p-1">{r.line}</td>
                    <td className="p-1">{r.name}</td>
                    <td className="p-1">{r.decisionLabel}</td>
                    <td className="p-1">{r.year ?? '—'}</td>
                    <td className="p-1">
                      <strong>{statusLabels[r.status]}</strong>
                      {r.notes.map((n) => (
                        <span key={n} className="block text-xs">
                          {n}
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {preview.truncated ? <p className="text-sm text-stone-600">Chỉ hiện mọi dòng lỗi (tối đa 2.000) và 200 dòng hợp lệ đầu tiên.</p> : null}
          {s.error > 0 ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={onlyValid} onChange={(e) => setOnlyValid(e.target.checked)} /> Chỉ nhập các dòng hợp lệ (bỏ qua {s.error.toLocaleString('vi-VN')} dòng lỗi)
            </label>
          ) : null}
          <button
            type="button"
            disabled={pending || (s.error > 0 && !onlyValid) || s.existing + s.new === 0 || !!result?.ok}
            onClick={() => send('commit')}
            className="rounded bg-green-800 px-4 py-2 font-semibold text-white disabled:opacity-50"
          >
            {pending ? 'Đang nhập…' : `Nhập ${(s.existing + s.new).toLocaleString('vi-VN')} dòng`}
          </button>
        </section>
      ) : null}
    </div>
  );
}
