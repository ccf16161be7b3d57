'use client';

import { useEffect, useSyncExternalStore } from 'react';

const SIZES = [1, 1.125, 1.25, 1.4] as const;
const KEY = 'bang-vang:text-size';
const EVENT = 'bang-vang:text-size';

// The chosen size lives in localStorage (remembered on this device); the server renders
// the default size, and the browser switches to the saved one after hydration.
function readIndex(): number {
  const saved = Number(window.localStorage.getItem(KEY));
  return Number.isInteger(saved) && saved >= 0 && saved < SIZES.length ? saved : 0;
}

function subscribe(onChange: () => void) {
  window.addEventListener(EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

function saveIndex(index: number) {
  window.localStorage.setItem(KEY, String(index));
  window.dispatchEvent(new Event(EVENT));
}

/** A−/A+ for the story text. */
export function TextSizeControl() {
  const index = useSyncExternalStore(subscribe, readIndex, () => 0);

  useEffect(() => {
    document.documentElement.style.setProperty('--article-scale', String(SIZES[index]));
  }, [index]);

  const button = 'h-8 w-9 rounded border border-stone-300 text-sm font-semibold hover:bg-stone-50 disabled:opacity-40';
  return (
    <div role="group" aria-label="Cỡ chữ" className="flex items-center gap-1 print:hidden">
      {/* The accessible name starts with the visible text (WCAG 2.5.3): a voice user says "A+". */}
      <button type="button" className={button} onClick={() => saveIndex(Math.max(0, index - 1))} disabled={index === 0}>
        A−<span className="sr-only"> Giảm cỡ chữ</span>
      </button>
      <button type="button" className={button} onClick={() => saveIndex(Math.min(SIZES.length - 1, index + 1))} disabled={index === SIZES.length - 1}>
        A+<span className="sr-only"> Tăng cỡ chữ</span>
      </button>
    </div>
  );
}
