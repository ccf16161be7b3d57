'use client';

import { useState } from 'react';

export function CopyLinkButton({ url }: { url: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(url);
          setCopied(true);
          setTimeout(() => setCopied(false), 2_000);
        } catch {
          window.prompt('Sao chép liên kết:', url);
        }
      }}
      className="rounded-full border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-50"
    >
      <span aria-live="polite">{copied ? 'Đã sao chép' : 'Sao chép liên kết'}</span>
    </button>
  );
}
