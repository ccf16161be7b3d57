'use client';
// A running live story asks its feed (a cached Route Handler, one answer per change for every
// reader) for new entries every LIVE_POLL_SECONDS while the tab is visible. New entries go
// straight in above the list when the reader is at its top; further down, a button offers
// them, so the text being read never moves. An entry the desk took down is hidden, and the
// end of the coverage stops the asking.
import { useEffect, useRef, useState } from 'react';
import { LiveEntry, type LiveEntryView } from '@/components/site/live-entry';
import { LIVE_POLL_SECONDS } from '@/lib/newsroom/schemas/live';

interface Feed {
  /** Every entry shown (not only the newest). */
  complete: boolean;
  endedAt: string | null;
  summary: string | null;
  entries: LiveEntryView[];
}

export function LiveUpdates({ feedUrl, knownIds, listId }: { feedUrl: string; knownIds: string[]; listId: string }) {
  const [shown, setShown] = useState<LiveEntryView[]>([]);
  const [waiting, setWaiting] = useState<LiveEntryView[]>([]);
  const [ended, setEnded] = useState(false);
  const known = useRef(new Set(knownIds));
  const anchor = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (ended) return;
    let stopped = false;
    const poll = async () => {
      if (document.visibilityState !== 'visible') return;
      let feed: Feed;
      try {
        const response = await fetch(feedUrl, { headers: { accept: 'application/json' } });
        if (!response.ok) return;
        feed = (await response.json()) as Feed;
      } catch {
        return; // Offline for a moment: the next round tries again.
      }
      if (stopped) return;
      const current = new Set(feed.entries.map((e) => e.id));
      // Taken down by the desk since the page was made: any entry the feed lacks when it holds
      // them all; when it holds only the newest, one its span covers (the oldest leave it as
      // new ones arrive, and stay on the page).
      const oldest = feed.entries.at(-1)?.createdAt;
      document.querySelectorAll<HTMLElement>(`#${listId} [data-live-entry]`).forEach((el) => {
        if (current.has(el.dataset.liveEntry!)) return;
        const at = el.querySelector('time')?.getAttribute('datetime');
        if (feed.complete || (oldest && at && at >= new Date(oldest).toISOString())) el.hidden = true;
      });
      setShown((list) => list.filter((e) => current.has(e.id)));
      // Newest first, as the list.
      const arrived = feed.entries.filter((e) => !known.current.has(e.id));
      arrived.forEach((e) => known.current.add(e.id));
      if (arrived.length > 0) {
        const top = anchor.current?.getBoundingClientRect().top ?? 0;
        // At the list's top (or above it): in they go. Further down: offered.
        if (top >= -40) setShown((list) => [...arrived, ...list]);
        else setWaiting((list) => [...arrived, ...list]);
      }
      if (feed.endedAt) setEnded(true);
    };
    const timer = setInterval(poll, LIVE_POLL_SECONDS * 1000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [feedUrl, listId, ended]);

  return (
    <div ref={anchor}>
      <p role="status" aria-live="polite" className="sr-only">
        {shown.length > 0 ? `Có ${shown.length} cập nhật mới` : ''}
      </p>
      {waiting.length > 0 ? (
        <button
          type="button"
          onClick={() => {
            setShown((list) => [...waiting, ...list]);
            setWaiting([]);
            anchor.current?.scrollIntoView({ block: 'start' });
          }}
          className="sticky top-2 z-10 mx-auto mb-2 block rounded-full bg-brand-600 px-4 py-2 text-sm font-semibold text-white shadow"
        >
          Có {waiting.length} cập nhật mới — xem
        </button>
      ) : null}
      {shown.length > 0 ? (
        <div className="space-y-4 pb-4">
          {shown.map((entry) => (
            <LiveEntry key={entry.id} entry={entry} fresh />
          ))}
        </div>
      ) : null}
      {ended ? <p className="mb-4 rounded bg-stone-100 p-2 text-sm">Tường thuật trực tiếp đã kết thúc.</p> : null}
    </div>
  );
}
