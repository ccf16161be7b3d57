'use client';
// Editorial notes beside the editor: a note on the story, or on the passage selected (the
// passage gets a `note` mark carrying the note's id, saved with the text, so it follows the
// passage through later edits); replies; resolving and reopening. Notes block nothing and
// never reach readers.
import type { Editor } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { ActionMessage, Form } from '@/components/ui/form';
import { TextArea, TextInput } from '@/components/ui/text-input';
import type { ActionState } from '@/lib/common/action-state';
import { formatDateTime } from '@/lib/common/format';
import { addNote, replyToNote, setNoteResolved } from '@/lib/newsroom/actions/notes';
import type { NoteDto } from '@/lib/newsroom/data/notes';

export type NoteView = NoteDto & { canResolve: boolean };

/** The range of the text carrying note `id`'s mark in the editor's document, if any. */
function anchorRange(editor: Editor, id: string): { from: number; to: number } | null {
  let from = -1;
  let to = -1;
  editor.state.doc.descendants((node, pos) => {
    if (node.isText && node.marks.some((m) => m.type.name === 'note' && m.attrs.id === id)) {
      if (from < 0) from = pos;
      to = pos + node.nodeSize;
    }
  });
  return from < 0 ? null : { from, to };
}

function NoteItem({ note, editor, onAnswer }: { note: NoteView; editor: Editor | null; onAnswer: (a: ActionState<unknown>) => void }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [missing, setMissing] = useState(false);
  const showPassage = () => {
    if (!editor) return;
    const range = anchorRange(editor, note.id);
    setMissing(!range);
    if (range) editor.chain().focus().setTextSelection(range).scrollIntoView().run();
  };
  const toggle = () =>
    start(async () => {
      const answer = await setNoteResolved({ id: note.id, resolved: note.resolvedAt === null });
      onAnswer(answer);
      if (answer.ok) router.refresh();
    });
  return (
    <li className="space-y-2 py-3" aria-label={`Ghi chú của ${note.authorName}`}>
      {note.quote ? (
        <p className="text-sm">
          <button type="button" onClick={showPassage} className="text-left italic text-stone-700 underline decoration-gold-500 decoration-2 underline-offset-2">
            “{note.quote}”
          </button>
          {missing ? <span className="block text-xs text-brand-700">Đoạn văn này không còn trong bài (hoặc vị trí của ghi chú chưa được lưu cùng bài).</span> : null}
        </p>
      ) : (
        <p className="text-xs font-semibold uppercase text-stone-600">Cho cả bài</p>
      )}
      <p className="whitespace-pre-line text-sm">{note.body}</p>
      <p className="text-xs text-stone-600">
        {note.authorName} · {formatDateTime(note.createdAt)}
        {note.resolvedAt ? ` · đã xử lý ${formatDateTime(note.resolvedAt)}${note.resolvedByName ? ` (${note.resolvedByName})` : ''}` : ''}
      </p>
      {note.replies.length > 0 ? (
        <ol className="space-y-1 border-l-2 border-stone-200 pl-3 text-sm">
          {note.replies.map((r) => (
            <li key={r.id}>
              <p className="whitespace-pre-line">{r.body}</p>
              <p className="text-xs text-stone-600">
                {r.authorName} · {formatDateTime(r.createdAt)}
              </p>
            </li>
          ))}
        </ol>
      ) : null}
      {note.resolvedAt === null ? (
        <Form action={replyToNote} submitLabel="Trả lời" resetOnSuccess submitVariant="secondary">
          <input type="hidden" name="noteId" value={note.id} />
          <Field name="body" id={`reply-${note.id}`} label="Câu trả lời">
            <TextInput name="body" maxLength={2000} autoComplete="off" />
          </Field>
        </Form>
      ) : null}
      {note.canResolve ? (
        <Button variant="secondary" size="xs" onClick={toggle} disabled={pending}>
          {note.resolvedAt === null ? 'Đánh dấu đã xử lý' : 'Mở lại'}
        </Button>
      ) : null}
    </li>
  );
}

export function NotesPanel({ articleId, notes, editor, canAnchor }: { articleId: string; notes: NoteView[]; editor: Editor | null; canAnchor: boolean }) {
  const router = useRouter();
  const [text, setText] = useState('');
  const [answer, setAnswer] = useState<ActionState<unknown>>(null);
  const [pending, start] = useTransition();
  const open = notes.filter((n) => n.resolvedAt === null);
  const resolved = notes.filter((n) => n.resolvedAt !== null);

  const add = () => {
    const selection = editor && canAnchor && !editor.state.selection.empty ? { from: editor.state.selection.from, to: editor.state.selection.to } : null;
    const quote = selection && editor ? editor.state.doc.textBetween(selection.from, selection.to, ' ').trim() : '';
    start(async () => {
      const result = await addNote({ articleId, body: text, quote });
      setAnswer(
        result.ok && selection && quote
          ? { ...result, message: `${result.message} Bấm Lưu để giữ vị trí của ghi chú trong bài.` }
          : result,
      );
      if (!result.ok) return;
      const id = (result.data as { id: string }).id;
      if (selection && quote && editor) editor.chain().setTextSelection(selection).setMark('note', { id }).run();
      setText('');
      router.refresh();
    });
  };

  // Passages of resolved notes are no longer highlighted in the editor.
  const quiet = resolved.map((n) => n.id).filter((id) => /^[a-z0-9]+$/i.test(id));
  return (
    <section aria-labelledby="notes-heading" className="rounded border border-stone-200 bg-white p-4">
      {quiet.length > 0 ? <style>{quiet.map((id) => `.prose-editor mark[data-note="${id}"]`).join(',') + '{background:none;border:0}'}</style> : null}
      <h2 id="notes-heading" className="font-semibold">
        Ghi chú biên tập <span className="font-normal text-stone-600">({open.length.toLocaleString('vi-VN')} đang mở)</span>
      </h2>
      <p className="mb-2 text-xs text-stone-600">Chỉ tòa soạn thấy; không bao giờ đăng lên trang. {canAnchor ? 'Chọn một đoạn trong bài trước khi thêm để ghi chú cho đoạn đó.' : ''}</p>
      <Field name="body" id="note-new" label="Ghi chú mới">
        <TextArea rows={3} value={text} maxLength={2000} onChange={(e) => setText(e.target.value)} />
      </Field>
      <ActionMessage state={answer} className="mt-1" />
      <Button size="xs" onClick={add} disabled={pending || text.trim() === ''}>
        {pending ? 'Đang thêm…' : 'Thêm ghi chú'}
      </Button>
      {open.length > 0 ? (
        <ol className="mt-2 divide-y divide-stone-100">
          {open.map((n) => (
            <NoteItem key={n.id} note={n} editor={editor} onAnswer={setAnswer} />
          ))}
        </ol>
      ) : (
        <p className="mt-2 text-sm text-stone-600">Không có ghi chú nào đang mở.</p>
      )}
      {resolved.length > 0 ? (
        <details className="mt-2">
          <summary className="cursor-pointer text-sm font-semibold">Đã xử lý ({resolved.length.toLocaleString('vi-VN')})</summary>
          <ol className="divide-y divide-stone-100">
            {resolved.map((n) => (
              <NoteItem key={n.id} note={n} editor={editor} onAnswer={setAnswer} />
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}
