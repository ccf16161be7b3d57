import { formatNumber } from '@/lib/common/format';

/** Parts of one whole as bars with their share, drawn as HTML, and the figures in a table. */
export function ShareBars({ id, title, parts, note }: { id: string; title: string; parts: { label: string; count: number }[]; note?: string }) {
  const total = parts.reduce((s, p) => s + p.count, 0);
  const pct = (n: number) => (total ? (n / total) * 100 : 0);
  const label = (n: number) => `${pct(n).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
  return (
    <figure aria-labelledby={`${id}-title`} className="mb-10 max-w-3xl">
      <figcaption id={`${id}-title`} className="mb-2 font-serif text-xl font-bold text-brand-700">
        {title}
      </figcaption>
      {total === 0 ? (
        <p className="text-stone-600">Chưa có số liệu.</p>
      ) : (
        <>
          <div aria-hidden="true" className="space-y-2 text-sm">
            {parts.map((p) => (
              <div key={p.label}>
                <div className="flex justify-between gap-2">
                  <span>{p.label}</span>
                  <span className="tabular-nums">{label(p.count)}</span>
                </div>
                <div className="h-3 bg-stone-100">
                  <div className="h-3 bg-brand-600" style={{ width: `${pct(p.count).toFixed(2)}%` }} />
                </div>
              </div>
            ))}
          </div>
          <table className="mt-3 w-full border-collapse text-sm">
            <caption className="sr-only">{title}: số liệu</caption>
            <thead>
              <tr className="border-b border-stone-300 text-left">
                <th scope="col" className="py-1">Nhóm</th>
                <th scope="col" className="py-1 text-right">Số lượt</th>
                <th scope="col" className="py-1 text-right">Tỷ lệ</th>
              </tr>
            </thead>
            <tbody>
              {parts.map((p) => (
                <tr key={p.label} className="border-b border-stone-200">
                  <th scope="row" className="py-1 text-left font-normal">{p.label}</th>
                  <td className="py-1 text-right tabular-nums">{formatNumber(p.count)}</td>
                  <td className="py-1 text-right tabular-nums">{label(p.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {note ? <p className="mt-2 text-sm text-stone-600">{note}</p> : null}
    </figure>
  );
}
