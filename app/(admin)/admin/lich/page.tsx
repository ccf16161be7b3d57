import type { Metadata } from 'next';
import Link from 'next/link';
import { NewPlanForm, PlanActions } from '@/components/admin/planning-forms';
import { requireStaff } from '@/lib/auth/session';
import { EDITOR_ROLES, NEWSROOM_ROLES } from '@/lib/auth/roles';
import { formatDate, formatTime } from '@/lib/common/format';
import { CALENDAR_STORY_LIMIT, calendarToday, getPlanningCalendar, type CalendarItem } from '@/lib/newsroom/data/planning';
import { calendarDays, readCalendarQuery, stepDay, type CalendarView } from '@/lib/newsroom/schemas/plan';

export const metadata: Metadata = { title: 'Lịch tòa soạn' };
export const instant = false;

const WEEKDAYS = ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'];
const kindLabels: Record<CalendarItem['kind'], string> = { plan: 'Dự kiến', scheduled: 'Hẹn giờ', published: 'Đã đăng', event: 'Sổ vàng' };
const kindStyles: Record<CalendarItem['kind'], string> = {
  plan: 'border-gold-500 bg-brand-50',
  scheduled: 'border-brand-600 bg-white',
  published: 'border-green-700 bg-white',
  event: 'border-stone-400 bg-stone-100',
};

function Item({ item, day }: { item: CalendarItem; day: string }) {
  return (
    <li className={`rounded border-l-4 p-1.5 text-xs ${kindStyles[item.kind]}`}>
      <span className="font-semibold uppercase text-stone-700">{kindLabels[item.kind]}</span>
      {item.kind === 'scheduled' || item.kind === 'published' ? <span className="text-stone-700"> {formatTime(item.at)}</span> : null}
      <span className="block text-sm text-ink">
        {item.kind === 'scheduled' || item.kind === 'published' ? (
          <Link href={`/admin/bai-viet/${item.id}`} className="font-semibold text-brand-700 hover:underline">
            {item.title}
          </Link>
        ) : item.kind === 'event' && item.href ? (
          <Link href={item.href} className="text-stone-800 underline">
            {item.title}
          </Link>
        ) : (
          item.title
        )}
      </span>
      {item.kind === 'plan' ? (
        <>
          <span className="block text-stone-700">
            {item.assignee.name}
            {item.category ? ` · ${item.category}` : ''}
          </span>
          {item.note ? <span className="block text-stone-600">{item.note}</span> : null}
          {item.mayEdit ? <PlanActions id={item.id} version={item.version} day={day} title={item.title} /> : null}
        </>
      ) : item.kind === 'scheduled' || item.kind === 'published' ? (
        <span className="block text-stone-700">
          {item.author} · {item.category}
        </span>
      ) : null}
    </li>
  );
}

function href(view: CalendarView, day: string, categoryId: string | null, personId: string | null) {
  const q = new URLSearchParams({ xem: view, ngay: day });
  if (categoryId) q.set('chuyen-muc', categoryId);
  if (personId) q.set('nguoi', personId);
  return `/admin/lich?${q.toString()}`;
}

/** The desk's planning calendar: planned, scheduled and published stories, with the registry's dates. */
export default async function PlanningCalendarPage({ searchParams }: PageProps<'/admin/lich'>) {
  const user = await requireStaff(NEWSROOM_ROLES, '/admin/lich');
  const today = calendarToday();
  const query = readCalendarQuery(await searchParams, today);
  const days = calendarDays(query.view, query.day);
  const data = await getPlanningCalendar(user, days, query);
  const editor = EDITOR_ROLES.includes(user.role);
  const month = query.day.slice(0, 7);
  const title = query.view === 'tuan' ? `Tuần ${formatDate(days[0]!)} – ${formatDate(days[6]!)}` : `Tháng ${Number(month.slice(5))}/${month.slice(0, 4)}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl font-bold text-brand-700">Lịch tòa soạn</h1>
          <p className="text-sm text-stone-700">
            {title}. Bài dự kiến (đề tài đã giao, chưa phải bài), hẹn giờ và đã đăng{editor ? '' : ' của bạn'}, cùng các mốc của sổ vàng. Lên lịch không đăng bài nào.
          </p>
        </div>
        <nav aria-label="Chọn khoảng thời gian" className="flex flex-wrap gap-2 text-sm font-semibold">
          <Link href={href(query.view, stepDay(query.view, query.day, -1), query.categoryId, query.personId)} className="rounded border border-stone-300 bg-white px-3 py-1.5">
            ← {query.view === 'tuan' ? 'Tuần trước' : 'Tháng trước'}
          </Link>
          <Link href={href(query.view, today, query.categoryId, query.personId)} className="rounded border border-stone-300 bg-white px-3 py-1.5">
            Hôm nay
          </Link>
          <Link href={href(query.view, stepDay(query.view, query.day, 1), query.categoryId, query.personId)} className="rounded border border-stone-300 bg-white px-3 py-1.5">
            {query.view === 'tuan' ? 'Tuần sau' : 'Tháng sau'} →
          </Link>
          <Link href={href(query.view === 'tuan' ? 'thang' : 'tuan', query.day, query.categoryId, query.personId)} className="rounded bg-brand-700 px-3 py-1.5 text-white">
            Xem theo {query.view === 'tuan' ? 'tháng' : 'tuần'}
          </Link>
        </nav>
      </div>

      <form method="get" action="/admin/lich" aria-label="Lọc lịch" className="flex flex-wrap items-end gap-3 rounded border border-stone-200 bg-white p-3 text-sm">
        <input type="hidden" name="xem" value={query.view} />
        <input type="hidden" name="ngay" value={query.day} />
        <label className="block">
          <span className="block font-semibold">Chuyên mục</span>
          <select name="chuyen-muc" defaultValue={query.categoryId ?? ''} className="mt-1 rounded border border-stone-300 bg-white px-2 py-1">
            <option value="">Tất cả</option>
            {data.categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        {editor ? (
          <label className="block">
            <span className="block font-semibold">Người thực hiện</span>
            <select name="nguoi" defaultValue={query.personId ?? ''} className="mt-1 rounded border border-stone-300 bg-white px-2 py-1">
              <option value="">Cả tòa soạn</option>
              {data.people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 font-semibold text-white">
          Lọc
        </button>
      </form>

      <section aria-labelledby="new-plan-heading" className="rounded border border-stone-200 bg-white p-4">
        <h2 id="new-plan-heading" className="mb-2 font-semibold">
          Lên kế hoạch bài
        </h2>
        <NewPlanForm day={query.day} me={user.id} people={data.people.map((p) => ({ value: p.id, label: p.name }))} categories={data.categories.map((c) => ({ value: c.id, label: c.name }))} />
      </section>

      {data.truncated ? (
        <p role="note" className="rounded border-l-4 border-gold-400 bg-brand-50 p-3 text-sm">
          Khoảng này có hơn {CALENDAR_STORY_LIMIT.toLocaleString('vi-VN')} bài hẹn giờ hoặc đã đăng: lịch chỉ hiện {CALENDAR_STORY_LIMIT.toLocaleString('vi-VN')} bài đầu. Lọc theo chuyên mục hoặc người, hoặc xem theo tuần, để thấy hết.
        </p>
      ) : null}
      <ol aria-label={title} className="grid gap-2 md:grid-cols-7">
        {data.days.map(({ date, items }, index) => {
          const outside = query.view === 'thang' && !date.startsWith(month);
          return (
            <li key={date} aria-label={`${WEEKDAYS[index % 7]}, ${formatDate(date)}`} className={`min-h-28 rounded border p-2 ${date === today ? 'border-brand-600 ring-1 ring-brand-600' : 'border-stone-200'} ${outside ? 'bg-stone-50 text-stone-500' : 'bg-white'}`}>
              <p className="mb-1 text-xs font-semibold text-stone-700">
                <span className="md:hidden">{WEEKDAYS[index % 7]}, </span>
                {formatDate(date).slice(0, 5)}
                {date === today ? ' · Hôm nay' : ''}
              </p>
              {items.length > 0 ? (
                <ul className="space-y-1">
                  {items.map((item) => (
                    <Item key={`${item.kind}-${item.id}`} item={item} day={date} />
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
