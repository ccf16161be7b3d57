import type { Metadata } from 'next';
import Link from 'next/link';
import { BackLink } from '@/components/admin/back-link';
import { CalendarDayForm, OpenPeriodForm, RemoveCalendarDayForm } from '@/components/admin/council/comment-forms';
import { ToConfirmBadge } from '@/components/registry/rule-citation';
import { requireStaff } from '@/lib/auth/session';
import { REGISTRY_ROLES } from '@/lib/auth/roles';
import { formatDate, formatNumber } from '@/lib/common/format';
import { dateOfIso as day, vietnamToday } from '@/lib/calendar/working-days';
import { isWeekend } from '@/lib/calendar/holidays';
import { periodPhase, listStaffPeriods, sessionsForComment } from '@/lib/registry/data/comment-periods';
import { listCalendarDays, loadWorkingCalendar } from '@/lib/registry/data/procedure-rules';
import { previewPeriodSchema } from '@/lib/registry/schemas/council';

export const metadata: Metadata = { title: 'Lấy ý kiến nhân dân' };
export const instant = false;

const phaseLabels = { upcoming: 'Sắp mở', open: 'Đang lấy ý kiến', ended: 'Đã kết thúc' } as const;

/** The comment periods, the form that opens one, its end date previewed, and the calendar's announced days. */
export default async function CommentPeriodsAdminPage({ searchParams }: PageProps<'/admin/thi-dua/lay-y-kien'>) {
  await requireStaff(REGISTRY_ROLES, '/admin/thi-dua/lay-y-kien');
  const query = await searchParams;
  const today = vietnamToday();
  const [periods, sessions, calendar, announced] = await Promise.all([listStaffPeriods(), sessionsForComment(), loadWorkingCalendar(), listCalendarDays()]);
  const preview = previewPeriodSchema.safeParse({ opensOn: query['tu-ngay'], workingDays: query['so-ngay'] ?? 10 });
  const counted = preview.success ? calendar.nthWorkingDay(preview.data.opensOn, preview.data.workingDays) : null;
  const skipped = counted?.holidaysPassed.filter((h) => !isWeekend(h.date)) ?? [];
  return (
    <div className="max-w-5xl">
      <BackLink href="/admin/thi-dua">Thi đua – đề nghị khen thưởng</BackLink>
      <h1 className="mb-4 font-serif text-3xl font-bold text-brand-700">Lấy ý kiến nhân dân</h1>

      <section aria-labelledby="periods" className="mb-8">
        <h2 id="periods" className="mb-2 text-xl font-semibold">
          Các đợt ({formatNumber(periods.length)})
        </h2>
        {periods.length === 0 ? <p className="text-stone-600">Chưa có đợt lấy ý kiến nào.</p> : null}
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {periods.map((p) => (
            <li key={p.id} className="p-3">
              <Link href={`/admin/thi-dua/lay-y-kien/${p.id}`} className="font-semibold text-brand-700 underline">
                {p.title}
              </Link>
              <p className="text-sm text-stone-600">
                {phaseLabels[periodPhase(p, today)]} · {formatDate(p.opensOn)} – {formatDate(p.closesOn)} · {formatNumber(p._count.candidates)} người · {formatNumber(p._count.comments)} ý kiến
                {p.unmarked ? `, ${formatNumber(p.unmarked)} chưa đánh giá` : ''}
                {p.summarizedAt ? ' · đã tổng hợp vào hồ sơ' : ''}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="open" className="mb-8 grid gap-6 md:grid-cols-2">
        <div>
          <h2 id="open" className="mb-2 text-xl font-semibold">
            Mở đợt lấy ý kiến
          </h2>
          {sessions.length === 0 ? (
            <p className="text-stone-600">Không có phiên họp đã kết thúc nào còn người được thông qua chưa lấy ý kiến.</p>
          ) : (
            <OpenPeriodForm sessions={sessions.map((s) => ({ value: s.id, label: `${s.code} · ${s.title} (${formatDate(s.heldOn)})` }))} opensOn={preview.success ? preview.data.opensOn : today} />
          )}
        </div>
        <div>
          <h2 className="mb-2 text-xl font-semibold">Tính ngày kết thúc</h2>
          <form method="get" className="space-y-2">
            <label className="block text-sm font-semibold" htmlFor="tu-ngay">
              Ngày bắt đầu
            </label>
            <input id="tu-ngay" name="tu-ngay" type="date" defaultValue={preview.success ? preview.data.opensOn : today} className="rounded border border-stone-400 px-3 py-2" />
            <label className="block text-sm font-semibold" htmlFor="so-ngay">
              Số ngày làm việc
            </label>
            <input id="so-ngay" name="so-ngay" type="number" min={1} max={60} defaultValue={preview.success ? preview.data.workingDays : 10} className="w-24 rounded border border-stone-400 px-3 py-2" />
            <div>
              <button type="submit" className="rounded border border-stone-400 px-4 py-2 hover:bg-stone-50">
                Tính
              </button>
            </div>
          </form>
          {counted && preview.success ? (
            <p className="mt-2 rounded bg-stone-50 p-3 text-sm" data-testid="period-preview">
              {formatNumber(preview.data.workingDays)} ngày làm việc từ {formatDate(day(preview.data.opensOn))}: kết thúc hết ngày <strong>{formatDate(day(counted.end))}</strong>
              {skipped.length ? `; không tính ${skipped.map((h) => `${formatDate(day(h.date))} (${h.reason}${h.estimated ? ', theo lịch dự kiến' : ''})`).join(', ')}` : ''}.
            </p>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="calendar">
        <h2 id="calendar" className="mb-2 text-xl font-semibold">
          Ngày nghỉ, ngày làm bù theo thông báo của Chính phủ
        </h2>
        <p className="mb-2 text-sm text-stone-700">
          Ngày nghỉ lễ, tết (kể cả Tết Nguyên đán và Giỗ Tổ Hùng Vương theo âm lịch) được tính theo Điều 112 Bộ luật Lao động 2019 cho từng năm; các ngày dưới đây theo thông báo hằng năm, thay cho lịch tính sẵn.
        </p>
        <ul className="mb-4 divide-y divide-stone-200 text-sm">
          {announced.map((d) => (
            <li key={d.date.toISOString()} className="flex flex-wrap items-center justify-between gap-2 py-1">
              <span>
                {formatDate(d.date)}: {d.dayOff ? 'nghỉ' : 'làm việc'} — {d.label} ({d.source}) {d.confirmation === 'TO_CONFIRM' ? <ToConfirmBadge /> : null}
              </span>
              <RemoveCalendarDayForm date={d.date.toISOString().slice(0, 10)} />
            </li>
          ))}
        </ul>
        <details className="max-w-xl rounded border border-stone-200 bg-white p-3">
          <summary className="cursor-pointer font-semibold">Thêm hoặc sửa một ngày theo thông báo</summary>
          <div className="mt-3">
            <CalendarDayForm />
          </div>
        </details>
      </section>
    </div>
  );
}
