'use client';

import { useEffect, useState } from 'react';

const SIZES = [1, 1.125, 1.25, 1.4] as const;
const KEY = 'bang-vang:text-size';

/** A−/A+ for the story text; the choice is remembered on this device. */
export function TextSizeControl() {
  const [index, setIndex] = useState(0);

  useEffect(() => {
    const saved = Number(window.localStorage.getItem(KEY));
    if (Number.isInteger(saved) && saved > 0 && saved < SIZES.length) setIndex(saved);
  }, []);

  useEffect(() => {
    document.documentElement.style.setProperty('--article-scale', String(SIZES[index]));
    window.localStorage.setItem(KEY, String(index));
  }, [index]);

  const button = 'h-8 w-9 rounded border border-stone-300 text-sm font-semibold hover:bg-stone-50 disabled:opacity-40';
  return (
    <div role="group" aria-label="Cỡ chữ" className="flex items-center gap-1 print:hidden">
      <button type="button" className={button} onClick={() => setIndex((i) => Math.max(0, i - 1))} disabled={index === 0} aria-label="Giảm cỡ chữ">
        A−
      </button>
      <button type="button" className={button} onClick={() => setIndex((i) => Math.min(SIZES.length - 1, i + 1))} disabled={index === SIZES.length - 1} aria-label="Tăng cỡ chữ">
        A+
      </button>
    </div>
  );
}
