'use client';
// Autosave on this machine: unsaved work is copied to localStorage a moment after each
// change, and offered back if the page is opened again before it was saved (a closed tab,
// a crash, a lost connection). It never writes to the server on its own, so it cannot
// overwrite anyone; a copy made on an older version is refused by the version check.
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type { ArticleEditDto } from '@/lib/newsroom/data/article-editing';

export interface LocalCopy {
  savedAt: string;
  version: number;
  state: ArticleEditDto;
  tagText: string;
  slugTouched: boolean;
  body: ArticleEditDto['body'];
}

/**
 * The copy found for this story when the page opened (or null), and the means to drop it.
 * `snapshot` describes the editor's fields now; it is written 1.5 s after the last change.
 */
export function useLocalDraft({
  articleId,
  editor,
  readOnly,
  dirty,
  snapshot,
}: {
  articleId: string | null;
  editor: Editor | null;
  readOnly: boolean;
  dirty: boolean;
  snapshot: () => Omit<LocalCopy, 'savedAt' | 'body'>;
}) {
  const draftKey = `bv-editor:${articleId ?? 'moi'}`;
  const [recovered, setRecovered] = useState<LocalCopy | null>(null);
  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(draftKey);
      // Reading the browser's storage once on mount: there is no server value to render.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (raw) setRecovered(JSON.parse(raw) as LocalCopy);
    } catch {
      window.localStorage.removeItem(draftKey);
    }
  }, [draftKey]);
  useEffect(() => {
    if (!editor || readOnly) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const write = () => {
      const copy: LocalCopy = { savedAt: new Date().toISOString(), ...snapshot(), body: editor.getJSON() as ArticleEditDto['body'] };
      try {
        window.localStorage.setItem(draftKey, JSON.stringify(copy));
      } catch {
        // Storage full or disabled: the beforeunload warning still protects the work.
      }
    };
    // Typing in the body does not re-render the editor's component: listen to the editor too.
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(write, 1500);
    };
    editor.on('update', schedule);
    if (dirty) schedule();
    return () => {
      editor.off('update', schedule);
      clearTimeout(timer);
    };
  });
  return {
    recovered,
    /** The offer is answered (restored or dropped): hide it. */
    dismiss: () => setRecovered(null),
    /** The work is saved on the server, or the copy is not wanted: remove it. */
    discard: () => {
      window.localStorage.removeItem(draftKey);
      setRecovered(null);
    },
  };
}
