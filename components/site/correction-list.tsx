// The public list "Thông tin cải chính, xin lỗi": each entry as art. 42.4 of the Press Law
// 2016 lists it — the story's title, section and date, the wrong information and the
// corrected one (or the withdrawal notice) — newest first, paged.
import { Pagination } from '@/components/site/pagination';
import type { CorrectionEntryDto } from '@/lib/newsroom/data/corrections';
import { formatDate, formatDateTime } from '@/lib/common/format';
import { CORRECTIONS_HEADING, CORRECTIONS_PATH, correctionsPageHref, correctionTitle } from '@/lib/newsroom/schemas/correction';

export function CorrectionList({ list }: { list: { entries: CorrectionEntryDto[]; page: number; pageCount: number; total: number } }) {
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold text-brand-700">{CORRECTIONS_HEADING}</h1>
      <p className="mt-2 text-stone-700">
        Những lời cải chính, xin lỗi và thông báo gỡ bài của tòa soạn, mới nhất trước, theo Điều 42 Luật Báo chí 2016.{' '}
        <a href={`${CORRECTIONS_PATH}/rss.xml`} className="text-brand-700 underline">
          Theo dõi qua RSS
        </a>
      </p>
      {list.entries.length === 0 ? (
        <p className="mt-8 text-stone-700">Chưa có thông tin cải chính nào.</p>
      ) : (
        <ol className="mt-6 space-y-5">
          {list.entries.map((entry) => (
            <li key={entry.id} className="rounded border-l-4 border-amber-600 bg-amber-50 p-4">
              <h2 className="font-semibold">
                {correctionTitle(entry.kind, entry.apology)}{' '}
                <span className="font-normal text-stone-700">
                  · <time dateTime={entry.publishedAt.toISOString()}>{formatDateTime(entry.publishedAt)}</time>
                </span>
              </h2>
              <p className="mt-1 text-[0.95rem]">
                Bài{' '}
                {entry.story.linked ? (
                  <a href={`/bai-viet/${entry.story.slug}`} className="font-semibold text-brand-700 underline">
                    {entry.story.title}
                  </a>
                ) : (
                  <strong>{entry.story.title}</strong>
                )}
                , chuyên mục {entry.story.section}
                {entry.story.publishedAt ? `, đăng ngày ${formatDate(entry.story.publishedAt)}` : ''}.
              </p>
              {entry.kind === 'CORRECTION' ? (
                <dl className="mt-2 space-y-1 text-[0.95rem]">
                  <div>
                    <dt className="inline font-semibold">Thông tin đã đăng: </dt>
                    <dd className="inline">{entry.wrongText}</dd>
                  </div>
                  <div>
                    <dt className="inline font-semibold">Nay cải chính: </dt>
                    <dd className="inline">{entry.rightText}</dd>
                  </div>
                </dl>
              ) : (
                <p className="mt-2 text-[0.95rem]">
                  <span className="font-semibold">Bài đã được gỡ: </span>
                  {entry.rightText}
                  {entry.liftedAt ? ` (Bài được đăng lại ngày ${formatDate(entry.liftedAt)}.)` : ''}
                </p>
              )}
              {entry.apology ? <p className="mt-2 text-[0.95rem]">Tòa soạn thành thật xin lỗi bạn đọc và các cơ quan, tổ chức, cá nhân liên quan.</p> : null}
            </li>
          ))}
        </ol>
      )}
      <Pagination page={list.page} pageCount={list.pageCount} hrefFor={correctionsPageHref} />
    </div>
  );
}
