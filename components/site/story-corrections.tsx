// The corrections a story carries (Press Law 2016, art. 42), where the editor placed them:
// dated, saying what was wrong and what is right, linked to the public list.
import type { StoryCorrectionDto } from '@/lib/newsroom/data/articles';
import { formatDateTime } from '@/lib/common/format';
import { CORRECTIONS_HEADING, CORRECTIONS_PATH, correctionTitle } from '@/lib/newsroom/schemas/correction';

export function StoryCorrections({ corrections, position }: { corrections: StoryCorrectionDto[]; position: 'TOP' | 'BOTTOM' }) {
  const shown = corrections.filter((c) => c.position === position);
  if (shown.length === 0) return null;
  return (
    <aside aria-label={CORRECTIONS_HEADING} className="my-6 space-y-3" data-correction-position={position}>
      {shown.map((c) => (
        <section key={c.id} className="rounded border-l-4 border-amber-600 bg-amber-50 p-4 text-stone-900">
          <h2 className="font-semibold">
            {correctionTitle('CORRECTION', c.apology)}{' '}
            <span className="font-normal text-stone-700">
              · <time dateTime={c.publishedAt.toISOString()}>{formatDateTime(c.publishedAt)}</time>
            </span>
          </h2>
          <dl className="mt-2 space-y-1 text-[0.95rem]">
            <div>
              <dt className="inline font-semibold">Bài đã đăng: </dt>
              <dd className="inline">{c.wrongText}</dd>
            </div>
            <div>
              <dt className="inline font-semibold">Nay cải chính: </dt>
              <dd className="inline">{c.rightText}</dd>
            </div>
          </dl>
          {c.apology ? <p className="mt-2 text-[0.95rem]">Tòa soạn thành thật xin lỗi bạn đọc và các cơ quan, tổ chức, cá nhân liên quan.</p> : null}
          <p className="mt-2 text-sm">
            <a href={CORRECTIONS_PATH} className="text-brand-700 underline">
              Xem mọi thông tin cải chính
            </a>
          </p>
        </section>
      ))}
    </aside>
  );
}
