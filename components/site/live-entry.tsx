// One entry of a live story, as the cached page renders it and as a reader's page adds it
// when it arrives (components/site/live-updates.tsx): no hooks, so both may use it.
import { formatDate, formatTime } from '@/lib/common/format';

export interface LiveEntryView {
  id: string;
  title: string | null;
  body: string;
  createdAt: Date | string;
}

export function LiveEntry({ entry, fresh = false }: { entry: LiveEntryView; fresh?: boolean }) {
  const at = new Date(entry.createdAt);
  return (
    <article id={`cap-nhat-${entry.id}`} data-live-entry={entry.id} className={`border-l-4 py-2 pl-4 ${fresh ? 'border-brand-600 bg-brand-50' : 'border-stone-300'}`}>
      <p className="text-sm font-semibold text-brand-700">
        <time dateTime={at.toISOString()}>
          {formatTime(at)} <span className="font-normal text-stone-600">{formatDate(at)}</span>
        </time>
      </p>
      {entry.title ? <h3 className="mt-1 font-serif text-lg font-bold leading-snug">{entry.title}</h3> : null}
      <p className="mt-1 whitespace-pre-line leading-relaxed text-stone-800">{entry.body}</p>
    </article>
  );
}
