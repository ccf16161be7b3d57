import Link from 'next/link';
import { requireStaff } from '@/lib/auth/session';
import { auditActionLabels, auditEntityLabels } from '@/lib/audit/labels';
import { getDesk, type DeskStory } from '@/lib/newsroom/data/desk';
import { formatDateTime } from '@/lib/common/format';
import { isNewsroom, roleLabels, STAFF_ROLES } from '@/lib/auth/roles';
import { redirect } from 'next/navigation';
import { articleStatusLabels, ARTICLE_STATUSES } from '@/lib/newsroom/schemas/article';
import { ButtonLink } from '@/components/ui/button';

export const instant = false;

function StoryList({ title, stories, empty, detail }: { title: string; stories: DeskStory[]; empty: string; detail: (s: DeskStory) => React.ReactNode }) {
  const id = `desk-${title.replace(/\s+/g, '-').toLowerCase()}`;
  return (
    <section aria-labelledby={id} className="rounded border border-stone-200 bg-white p-4">
      <h2 id={id} className="mb-2 font-semibold">
        {title} <span className="font-normal text-stone-600">({stories.length})</span>
      </h2>
      {stories.length === 0 ? (
        <p className="text-sm text-stone-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">
          {stories.map((s) => (
            <li key={s.id} className="py-1.5">
              <Link href={`/admin/bai-viet/${s.id}`} className="font-semibold text-brand-700 hover:underline">
                {s.title}
              </Link>
              <span className="block text-stone-600">{detail(s)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The desk: what is waiting, what goes out next, what went out, my drafts, registry changes. */
export default async function AdminHome() {
  const user = await requireStaff(STAFF_ROLES, '/admin');
  // A unit officer's desk is the unit's registrations and dossiers.
  if (user.role === 'UNIT_OFFICER') redirect('/admin/thi-dua');
  const desk = await getDesk(user);
  const editor = user.role === 'ADMIN' || user.role === 'EDITOR';
  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="font-serif text-3xl font-bold text-brand-700">Xin chào, {user.name}</h1>
          <p className="text-stone-700">Vai trò: {roleLabels[user.role]}.</p>
        </div>
        {isNewsroom(user.role) ? (
          <ButtonLink href="/admin/bai-viet/moi">
            Viết bài mới
          </ButtonLink>
        ) : (
          <ButtonLink href="/admin/khen-thuong">
            Quyết định khen thưởng
          </ButtonLink>
        )}
      </div>

      {isNewsroom(user.role) ? (
        <>
          <ul className="mb-6 grid gap-3 sm:grid-cols-5" aria-label={editor ? 'Bài viết theo trạng thái' : 'Bài của tôi theo trạng thái'}>
            {ARTICLE_STATUSES.map((status) => (
              <li key={status}>
                <Link href={`/admin/bai-viet?status=${status}`} className="block rounded border border-stone-200 bg-white p-3 hover:border-brand-600">
                  <span className="block text-sm text-stone-600">{articleStatusLabels[status]}</span>
                  <span className="text-2xl font-bold">{(desk.counts[status] ?? 0).toLocaleString('vi-VN')}</span>
                </Link>
              </li>
            ))}
          </ul>
          <div className="grid gap-4 lg:grid-cols-2">
            <StoryList
              title={editor ? 'Chờ duyệt' : 'Bài của tôi đang chờ duyệt'}
              stories={desk.waiting}
              empty="Không có bài nào chờ duyệt."
              detail={(s) => `${s.author.name} · gửi lúc ${formatDateTime(s.updatedAt)}`}
            />
            <StoryList
              title="Hẹn giờ đăng"
              stories={desk.scheduled}
              empty="Không có bài nào hẹn giờ."
              detail={(s) => `${s.author.name} · đăng lúc ${s.publishedAt ? formatDateTime(s.publishedAt) : '—'}`}
            />
            <StoryList
              title="Bản nháp của tôi"
              stories={desk.drafts}
              empty="Bạn không có bản nháp nào."
              detail={(s) => (s.reviewNote ? `Bị trả lại: ${s.reviewNote}` : `Sửa lần cuối ${formatDateTime(s.updatedAt)}`)}
            />
            <StoryList
              title="Ghi chú chưa xử lý"
              stories={desk.noted}
              empty="Không có ghi chú biên tập nào đang mở."
              detail={(s) => `${s._count.notes.toLocaleString('vi-VN')} ghi chú đang mở · ${articleStatusLabels[s.status]} · ${s.author.name}`}
            />
            <StoryList
              title="Vừa đăng"
              stories={desk.published}
              empty="Chưa có bài nào được đăng."
              detail={(s) => `${s.publishedAt ? formatDateTime(s.publishedAt) : ''} · ${s.viewCount.toLocaleString('vi-VN')} lượt đọc`}
            />
          </div>
        </>
      ) : null}

      {user.role !== 'REPORTER' ? (
        <section aria-labelledby="desk-registry" className="mt-4 rounded border border-stone-200 bg-white p-4">
          <h2 id="desk-registry" className="mb-2 font-semibold">
            Thay đổi gần đây trong sổ khen thưởng
          </h2>
          {desk.registry.length === 0 ? (
            <p className="text-sm text-stone-600">Chưa có thay đổi nào được ghi lại.</p>
          ) : (
            <ul className="divide-y divide-stone-100 text-sm">
              {desk.registry.map((e) => (
                <li key={e.id.toString()} className="py-1.5">
                  <strong>{e.actor?.name ?? 'Hệ thống'}</strong> {auditActionLabels[e.action] ?? e.action} ·{' '}
                  {auditEntityLabels[e.entity as keyof typeof auditEntityLabels] ?? e.entity}{' '}
                  {e.entity === 'decision' ? (
                    <Link href={`/admin/khen-thuong/${e.entityId}`} className="text-brand-700 underline">
                      xem
                    </Link>
                  ) : null}
                  <span className="block text-stone-600">{formatDateTime(e.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  );
}
