'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { restoreRevision } from '@/lib/newsroom/actions/articles';

export function RestoreButton({ articleId, revisionId, version, revisionVersion }: { articleId: string; revisionId: string; version: number; revisionVersion: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span>
      <button
        type="button"
        disabled={pending}
        className="rounded border border-brand-700 px-2 py-0.5 text-sm text-brand-700"
        onClick={() => {
          if (!window.confirm(`Khôi phục nội dung phiên bản ${revisionVersion}? Bản hiện tại vẫn được giữ trong lịch sử.`)) return;
          start(async () => {
            const r = await restoreRevision({ id: articleId, version, revisionId });
            setMessage(r.message);
            if (r.ok) router.refresh();
          });
        }}
      >
        Khôi phục
      </button>
      {message ? (
        <span role="status" className="ml-2 text-sm">
          {message}
        </span>
      ) : null}
    </span>
  );
}
