import type { Metadata } from 'next';
import { BreakingNewsForm, EndBreakingButton } from '@/components/admin/breaking-form';
import { requireStaff } from '@/lib/auth/session';
import { EDITOR_ROLES } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/common/format';
import { getBreakingDesk } from '@/lib/newsroom/data/breaking';
import { BREAKING_MAX_HOURS } from '@/lib/newsroom/schemas/breaking';

export const metadata: Metadata = { title: 'Tin nóng' };
export const instant = false;

export default async function BreakingNewsPage() {
  await requireStaff(EDITOR_ROLES, '/admin/tin-nong');
  const { onNow, recent: bars } = await getBreakingDesk();
  return (
    <div className="max-w-3xl space-y-8">
      <div>
        <h1 className="font-serif text-3xl font-bold text-brand-700">Tin nóng</h1>
        <p className="mt-1 text-sm text-stone-700">
          Một dòng tin và liên kết hiện trên đầu mọi trang của bạn đọc ngay khi bật, và tự tắt đúng thời điểm đã chọn (tối đa {BREAKING_MAX_HOURS} giờ). Bật tin mới thì tin đang chạy tắt.
        </p>
      </div>
      <section aria-labelledby="now-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="now-heading" className="mb-2 font-semibold">
          Đang hiển thị
        </h2>
        {onNow ? (
          <div className="space-y-2">
            <p>
              <strong>{onNow.text}</strong> → <span className="break-all text-sm">{onNow.href}</span>
            </p>
            <p className="text-sm text-stone-700">
              Từ {formatDateTime(onNow.startsAt)}, tự tắt lúc {formatDateTime(onNow.endsAt)}
              {onNow.createdBy ? ` · ${onNow.createdBy.name}` : ''}
            </p>
            <EndBreakingButton id={onNow.id} />
          </div>
        ) : (
          <p className="text-sm text-stone-700">Không có tin nóng nào đang hiển thị.</p>
        )}
      </section>
      <section aria-labelledby="new-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="new-heading" className="mb-2 font-semibold">
          Bật tin nóng
        </h2>
        <BreakingNewsForm />
      </section>
      {bars.length > 0 ? (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading" className="mb-2 font-semibold">
            Các tin nóng gần đây
          </h2>
          <ol className="divide-y divide-stone-200 rounded border border-stone-200 bg-white text-sm">
            {bars.map((b) => (
              <li key={b.id} className="p-2">
                <strong>{b.text}</strong> · {formatDateTime(b.startsAt)} → {formatDateTime(b.endedAt && b.endedAt < b.endsAt ? b.endedAt : b.endsAt)}
                {b.endedAt && b.endedAt < b.endsAt ? ' (tắt tay)' : ''}
                {b.createdBy ? ` · ${b.createdBy.name}` : ''}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
