// Editorial notes on a story, as the editor's panel sends them: a note (on the story, or on
// the passage selected, whose text comes with it), a reply, and resolving or reopening.
import { z } from 'zod';

const id = z.string().min(1).max(64);
const noteBody = z.string().trim().min(1, 'Ghi chú không được để trống').max(2000, 'Ghi chú tối đa 2.000 ký tự');

export const addNoteSchema = z.object({
  articleId: id,
  body: noteBody,
  // The passage, as selected: shown with the note, and kept if the passage is later deleted.
  quote: z
    .string()
    .trim()
    .max(2000)
    .optional()
    .transform((v) => (v ? (v.length > 300 ? `${v.slice(0, 299)}…` : v) : null)),
});

export const replyNoteSchema = z.object({ noteId: id, body: noteBody });

export const resolveNoteSchema = z.object({
  id,
  resolved: z.preprocess((v) => v === true || v === 'true' || v === 'on', z.boolean()),
});
