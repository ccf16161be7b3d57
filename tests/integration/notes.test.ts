// Editorial notes (lib/newsroom/actions/notes.ts) against PostgreSQL: who may leave, answer
// and resolve them, bad input changing nothing, a note on a passage anchored by a mark that
// survives the text around it being edited, publishing never blocked, and no note (nor its
// anchor) ever in what readers get.
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { testPrisma } from '../support/db';
import { cacheCalls, requestFrom, signIn } from '../support/acting-as';
import { madeStories } from '../support/stories';
import type { Who } from '../support/users';

requestFrom('203.0.113.51');
const articles = await import('@/lib/newsroom/actions/articles');
const { addNote, replyToNote, setNoteResolved } = await import('@/lib/newsroom/actions/notes');
const { listArticleNotes } = await import('@/lib/newsroom/data/notes');
const { getPublishedArticle } = await import('@/lib/newsroom/data/articles');
const { getDesk } = await import('@/lib/newsroom/data/desk');
const prisma = testPrisma();
const updated = cacheCalls.updated;
const stories = madeStories(prisma);

const paragraph = (...content: unknown[]) => ({ type: 'paragraph', content });
const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });

/** A reporter's draft (the seeded reporter), saved through the action. */
async function reporterDraft(body: unknown = { type: 'doc', content: [paragraph(text('Hội nghị biểu dương 120 điển hình tiên tiến của tỉnh.'))] }) {
  signIn('REPORTER');
  const saved = await articles.saveArticle({ version: 0, title: `Bài có ghi chú ${Math.random().toString(36).slice(2, 8)}`, sapo: 'Sapo đủ dài cho bài kiểm thử ghi chú biên tập.', body, categoryId: 'cat-tdkt' });
  if (!saved.ok) throw new Error(saved.message);
  const { id, slug, version } = saved.data as { id: string; slug: string; version: number };
  stories.add(id);
  return { id, slug, version };
}

beforeEach(() => {
  updated.length = 0;
});
afterAll(async () => {
  await stories.remove();
  await prisma.$disconnect();
});

describe('role matrix', () => {
  it.each([
    ['ADMIN', true],
    ['EDITOR', true],
    ['REPORTER', true],
    ['REPORTER2', false],
    ['REGISTRAR', false],
    ['UNIT_OFFICER', false],
  ] as const)('leave a note on the reporter’s draft: %s → %s', async (who: Who, allowed) => {
    const story = await reporterDraft();
    signIn(who);
    const result = await addNote({ articleId: story.id, body: 'Kiểm tra lại con số 120.' });
    expect(result.ok, JSON.stringify(result)).toBe(allowed);
    expect(await prisma.articleNote.count({ where: { articleId: story.id } })).toBe(allowed ? 1 : 0);
  });

  it('the note’s writer, the story’s author or an editor resolve it; another reporter cannot even see it', async () => {
    const story = await reporterDraft();
    updated.length = 0;
    signIn('EDITOR');
    const note = (await addNote({ articleId: story.id, body: 'Thiếu tên đơn vị ở đoạn hai.' })) as { ok: true; data: { id: string } };
    signIn('REPORTER2');
    expect(await replyToNote({ noteId: note.data.id, body: 'Tôi sửa giúp.' })).toMatchObject({ ok: false });
    expect(await setNoteResolved({ id: note.data.id, resolved: true })).toMatchObject({ ok: false });
    signIn('REPORTER');
    expect(await replyToNote({ noteId: note.data.id, body: 'Đã bổ sung tên đơn vị.' })).toMatchObject({ ok: true });
    expect(await setNoteResolved({ id: note.data.id, resolved: true })).toMatchObject({ ok: true, message: 'Đã đánh dấu ghi chú là đã xử lý.' });
    expect(await setNoteResolved({ id: note.data.id, resolved: true })).toMatchObject({ ok: false, message: 'Ghi chú đã được đánh dấu xử lý.' });
    signIn('EDITOR');
    expect(await setNoteResolved({ id: note.data.id, resolved: false })).toMatchObject({ ok: true, message: 'Đã mở lại ghi chú.' });
    const [listed] = await listArticleNotes(story.id);
    expect(listed).toMatchObject({ body: 'Thiếu tên đơn vị ở đoạn hai.', resolvedAt: null, replies: [{ body: 'Đã bổ sung tên đơn vị.', authorName: 'Lê Hoàng Nam' }] });
    const audit = await prisma.auditEvent.findMany({ where: { entity: 'article', entityId: story.id, action: { startsWith: 'note.' } }, orderBy: { id: 'asc' }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(['note.add', 'note.reply', 'note.resolve', 'note.reopen']);
    // Notes are the newsroom's: no public page was expired for them.
    expect(updated).toEqual([]);
  });

  it('a reply to a reply joins the thread; a reply cannot be resolved on its own', async () => {
    const story = await reporterDraft();
    signIn('EDITOR');
    const note = (await addNote({ articleId: story.id, body: 'Ảnh bìa cần chú thích.' })) as { ok: true; data: { id: string } };
    const reply = (await replyToNote({ noteId: note.data.id, body: 'Ai chụp ảnh này?' })) as { ok: true; data: { id: string } };
    expect(await replyToNote({ noteId: reply.data.id, body: 'Phóng viên ảnh của báo.' })).toMatchObject({ ok: true });
    expect(await prisma.articleNote.count({ where: { parentId: note.data.id } })).toBe(2);
    expect(await setNoteResolved({ id: reply.data.id, resolved: true })).toMatchObject({ ok: false });
  });
});

describe('bad input', () => {
  it('an empty or oversized note, or a story that is not there, changes nothing', async () => {
    const story = await reporterDraft();
    signIn('EDITOR');
    for (const input of [
      { articleId: story.id, body: '   ' },
      { articleId: story.id, body: 'x'.repeat(2001) },
      { articleId: 'khong-co-bai-nay', body: 'Ghi chú' },
    ]) {
      expect((await addNote(input)).ok, JSON.stringify(input).slice(0, 80)).toBe(false);
    }
    expect(await prisma.articleNote.count({ where: { articleId: story.id } })).toBe(0);
    expect(await replyToNote({ noteId: 'khong-co', body: 'Trả lời' })).toMatchObject({ ok: false, message: 'Ghi chú không còn.' });
  });
});

describe('a note on a passage', () => {
  it('is anchored by its mark, survives edits around the passage, blocks nothing, and never reaches readers', async () => {
    const story = await reporterDraft();
    signIn('EDITOR');
    const note = (await addNote({ articleId: story.id, body: 'Con số này lấy từ quyết định nào?', quote: '120 điển hình tiên tiến' })) as { ok: true; data: { id: string } };
    const mark = { type: 'note', attrs: { id: note.data.id } };
    // The editor saves the text with the mark on the passage…
    const withMark = { type: 'doc', content: [paragraph(text('Hội nghị biểu dương '), text('120 điển hình tiên tiến', [mark]), text(' của tỉnh.'))] };
    const current = await prisma.article.findUniqueOrThrow({ where: { id: story.id }, select: { version: true, title: true, sapo: true } });
    const save = (version: number, body: unknown) => articles.saveArticle({ id: story.id, version, title: current.title, sapo: current.sapo, body, categoryId: 'cat-tdkt' });
    const first = await save(current.version, withMark);
    expect(first.ok, JSON.stringify(first)).toBe(true);
    expect((await listArticleNotes(story.id))[0]).toMatchObject({ anchored: true, quote: '120 điển hình tiên tiến' });

    // …then a paragraph before it and words around it: the mark is still on the passage.
    const edited = {
      type: 'doc',
      content: [paragraph(text('Sáng 15/5, tại Hội trường tỉnh.')), paragraph(text('Hội nghị long trọng biểu dương '), text('120 điển hình tiên tiến', [{ type: 'bold' }, mark]), text(' tiêu biểu của tỉnh.'))],
    };
    const second = await save((first as { data: { version: number } }).data.version, edited);
    expect(second.ok).toBe(true);
    expect((await listArticleNotes(story.id))[0]).toMatchObject({ anchored: true, resolvedAt: null });

    // The note is open and publishing goes ahead.
    const published = await articles.publishArticle({ id: story.id, version: (second as { data: { version: number } }).data.version });
    expect(published).toMatchObject({ ok: true });
    const desk = await getDesk({ id: 'user-editor', role: 'EDITOR', name: 'x', email: 'x', unitId: null });
    expect(desk.noted.map((s) => s.id)).toContain(story.id);

    const lookup = await getPublishedArticle(story.slug);
    if (lookup.kind !== 'found') throw new Error('not published');
    const read = JSON.stringify(lookup.article);
    expect(read).toContain('120 điển hình tiên tiến');
    expect(read).not.toContain(note.data.id);
    expect(read).not.toContain('"note"');
    expect(read).not.toContain('Con số này lấy từ quyết định nào?');
    expect(read).toContain('"bold"');
  });

  it('whose passage is deleted stays listed with its quote, no longer anchored', async () => {
    const story = await reporterDraft();
    signIn('EDITOR');
    const note = (await addNote({ articleId: story.id, body: 'Câu này trùng với đoạn trên.', quote: 'biểu dương' })) as { ok: true; data: { id: string } };
    const row = await prisma.article.findUniqueOrThrow({ where: { id: story.id }, select: { version: true, title: true, sapo: true } });
    const saved = await articles.saveArticle({ id: story.id, version: row.version, title: row.title, sapo: row.sapo, body: { type: 'doc', content: [paragraph(text('Một câu khác hẳn.'))] }, categoryId: 'cat-tdkt' });
    expect(saved.ok).toBe(true);
    expect((await listArticleNotes(story.id)).find((n) => n.id === note.data.id)).toMatchObject({ anchored: false, quote: 'biểu dương' });
  });
});
