'use client';

import { useEffect } from 'react';

/** Reports one view of a story after it is shown; the page itself stays cached. */
export function ViewBeacon({ articleId }: { articleId: string }) {
  useEffect(() => {
    const body = JSON.stringify({ id: articleId });
    if (!navigator.sendBeacon?.('/api/views', new Blob([body], { type: 'application/json' }))) {
      void fetch('/api/views', { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'application/json' } }).catch(() => {});
    }
  }, [articleId]);
  return null;
}
