'use client';
// The article editor: fields, the WYSIWYG body (TipTap), registry links and the review
// workflow, saving through Server Actions that check the version the editor started from.
// Nothing typed is lost on a refused save: the content stays here, and leaving the page
// with unsaved changes asks first.
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { useHydrated } from '@/components/ui/use-hydrated';
import { editorExtensions, isAllowedHref } from '@/components/admin/editor-extensions';
import { MediaPicker, type PickedMedia } from '@/components/admin/media-picker';
import { SearchPicker } from '@/components/admin/search-picker';
import { lookupRegistryRecords, type RecordKind, type RecordOption } from '@/lib/actions/lookup';
import type { ArticleEditDto } from '@/lib/data/admin-articles';
import { publishArticle, saveArticle, scheduleArticle, sendBackArticle, submitArticle, unpublishArticle } from '@/lib/actions/articles';
import { articleStatusLabels, articleStepNote } from '@/lib/validations/article';
import { slugify } from '@/lib/slug';


export interface EditorOptions {
  categories: { id: string; name: string }[];
  canPublish: boolean;
  canEdit: boolean;
  canSubmit: boolean;
}

interface LocalCopy {
  savedAt: string;
  version: number;
  state: ArticleEditDto;
  tagText: string;
  slugTouched: boolean;
  body: ArticleEditDto['body'];
}

type Result = { ok: boolean; message: string; fieldErrors?: Record<string, string[]>; data?: unknown };

const kinds: { kind: RecordKind; label: string; key: 'decisionIds' | 'campaignIds' | 'unitIds' | 'collectiveIds' | 'individualIds' }[] = [
  { kind: 'decision', label: 'Quyết định khen thưởng', key: 'decisionIds' },
  { kind: 'campaign', label: 'Phong trào thi đua', key: 'campaignIds' },
  { kind: 'unit', label: 'Đơn vị', key: 'unitIds' },
  { kind: 'collective', label: 'Tập thể', key: 'collectiveIds' },
  { kind: 'individual', label: 'Cá nhân', key: 'individualIds' },
];

const input = 'mt-1 w-full rounded border border-stone-300 bg-white px-3 py-2';
const label = 'block text-sm font-semibold text-stone-800';

function Toolbar({ editor, disabled, onImage, onFacts }: { editor: Editor | null; disabled: boolean; onImage: () => void; onFacts: () => void }) {
  if (!editor) return null;
  const button = (name: string, active: boolean, run: () => void, text: string) => (
    <button
      key={name}
      type="button"
      aria-pressed={active}
      disabled={disabled}
      onClick={run}
      className={`rounded px-2 py-1 text-sm ${active ? 'bg-brand-700 text-white' : 'bg-white hover:bg-stone-100'} border border-stone-300 disabled:opacity-50`}
    >
      {text}
    </button>
  );
  const chain = () => editor.chain().focus();
  return (
    <div role="toolbar" aria-label="Định dạng" className="flex flex-wrap gap-1 border-b border-stone-300 bg-stone-50 p-2">
      {button('bold', editor.isActive('bold'), () => chain().toggleBold().run(), 'Đậm')}
      {button('italic', editor.isActive('italic'), () => chain().toggleItalic().run(), 'Nghiêng')}
      {button('h2', editor.isActive('heading', { level: 2 }), () => chain().toggleHeading({ level: 2 }).run(), 'Tiêu đề 2')}
      {button('h3', editor.isActive('heading', { level: 3 }), () => chain().toggleHeading({ level: 3 }).run(), 'Tiêu đề 3')}
      {button('quote', editor.isActive('blockquote'), () => chain().toggleBlockquote().run(), 'Trích dẫn')}
      {button('ul', editor.isActive('bulletList'), () => chain().toggleBulletList().run(), '• Danh sách')}
      {button('ol', editor.isActive('orderedList'), () => chain().toggleOrderedList().run(), '1. Danh sách')}
      {button(
        'link',
        editor.isActive('link'),
        () => {
          const current = (editor.getAttributes('link').href as string | undefined) ?? '';
          const href = window.prompt('Địa chỉ liên kết (http://, https:// hoặc /duong-dan-noi-bo). Để trống để bỏ liên kết:', current);
          if (href === null) return;
          if (href.trim() === '') return void chain().extendMarkRange('link').unsetLink().run();
          if (!isAllowedHref(href.trim())) return void window.alert('Liên kết chỉ được là địa chỉ http(s) hoặc đường dẫn nội bộ bắt đầu bằng /.');
          chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
        },
        'Liên kết',
      )}
      {button('hr', false, () => chain().setHorizontalRule().run(), 'Đường kẻ')}
      {button('image', false, onImage, 'Chèn ảnh')}
      {button('facts', false, onFacts, 'Chèn số liệu khen thưởng')}
      {button('undo', false, () => chain().undo().run(), 'Hoàn tác')}
      {button('redo', false, () => chain().redo().run(), 'Làm lại')}
    </div>
  );
}

function RecordPicker({ kind, title, selected, onChange, disabled }: { kind: RecordKind; title: string; selected: RecordOption[]; onChange: (v: RecordOption[]) => void; disabled: boolean }) {
  return <SearchPicker id={`pick-${kind}`} label={title} selected={selected} onChange={onChange} disabled={disabled} search={(q) => lookupRegistryRecords(kind, q)} labelClassName={label} inputClassName={input} />;
}

export function ArticleEditor({ article, options }: { article: ArticleEditDto; options: EditorOptions }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [state, setState] = useState(article);
  const [slugTouched, setSlugTouched] = useState(article.id !== null);
  const [tagText, setTagText] = useState(article.tags.join(', '));
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [pending, startTransition] = useTransition();
  const [scheduleAt, setScheduleAt] = useState('');
  const [note, setNote] = useState('');
  const [picker, setPicker] = useState<'body' | 'cover' | null>(null);
  const readOnly = !options.canEdit;
  // The version the next save or step must present: the server's (after a refresh) or
  // the one the last action returned, whichever is newer.
  const [version, setVersion] = useState(article.version);
  const [seenVersion, setSeenVersion] = useState(article.version);
  if (article.version !== seenVersion) {
    setSeenVersion(article.version);
    setVersion((v) => Math.max(v, article.version));
  }

  const editor = useEditor({
    extensions: editorExtensions,
    content: article.body,
    editable: !readOnly,
    immediatelyRender: false,
    editorProps: { attributes: { class: 'prose-editor min-h-80 p-4 focus:outline-none', 'aria-label': 'Nội dung bài viết', role: 'textbox', 'aria-multiline': 'true' } },
    onUpdate: () => setDirty(true),
  });

  // Leaving with unsaved changes asks first. A page load that follows a successful save
  // (a new draft moving to its own address) is not leaving work behind: it starts before
  // React has re-rendered without the listener, so the listener itself is told.
  const leavingSaved = useRef(false);
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (leavingSaved.current) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  // Autosave on this machine: unsaved work is copied to localStorage a moment after each
  // change, and offered back if the page is opened again before it was saved (a closed tab,
  // a crash, a lost connection). It never writes to the server on its own, so it cannot
  // overwrite anyone; a copy made on an older version is refused by the version check.
  const draftKey = `bv-editor:${article.id ?? 'moi'}`;
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
      const copy: LocalCopy = { savedAt: new Date().toISOString(), version, state, tagText, slugTouched, body: editor.getJSON() as ArticleEditDto['body'] };
      try {
        window.localStorage.setItem(draftKey, JSON.stringify(copy));
      } catch {
        // Storage full or disabled: the beforeunload warning still protects the work.
      }
    };
    // Typing in the body does not re-render this component: listen to the editor too.
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

  function restoreLocal(copy: LocalCopy) {
    setState(copy.state);
    setTagText(copy.tagText);
    setSlugTouched(copy.slugTouched);
    setVersion(copy.version);
    editor?.commands.setContent(copy.body);
    setDirty(true);
    setRecovered(null);
  }
  function discardLocal() {
    window.localStorage.removeItem(draftKey);
    setRecovered(null);
  }

  const set = <K extends keyof ArticleEditDto>(key: K, value: ArticleEditDto[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    setDirty(true);
  };

  const slugPreview = useMemo(() => (slugTouched ? state.slug : slugify(state.title)), [slugTouched, state.slug, state.title]);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  const fieldError = (name: string) =>
    errors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-brand-700">
        {errors[name]!.join('. ')}
      </p>
    ) : null;

  function save() {
    if (!editor) return;
    const payload = {
      id: state.id ?? undefined,
      version,
      title: state.title,
      sapo: state.sapo,
      slug: slugTouched ? state.slug : '',
      // ProseMirror builds node and mark attributes as null-prototype objects, which a
      // Server Action cannot receive as data: a JSON round trip makes them plain.
      body: JSON.parse(JSON.stringify(editor.getJSON())) as ArticleEditDto['body'],
      categoryId: state.categoryId,
      tags: tagText
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      coverId: state.coverId,
      coverCaption: state.coverCaption ?? '',
      layout: state.layout,
      byline: state.byline ?? '',
      seoTitle: state.seoTitle ?? '',
      seoDescription: state.seoDescription ?? '',
      featured: state.featured,
      links: Object.fromEntries(kinds.map((k) => [k.key, state.links[k.kind].map((o) => o.id)])),
    };
    startTransition(async () => {
      const r = (await saveArticle(payload)) as Result;
      setResult(r);
      if (r.ok && r.data) {
        const data = r.data as { id: string; version: number; slug: string };
        setVersion(data.version);
        setState((s) => ({ ...s, id: data.id, slug: data.slug }));
        setSlugTouched(true);
        setDirty(false);
        window.localStorage.removeItem(draftKey);
        // A new draft continues at its own address, loaded afresh (a full load, so the
        // blank "new story" editor does not linger in the router's cache).
        if (!article.id) {
          leavingSaved.current = true;
          window.location.replace(`/admin/bai-viet/${data.id}`);
        }
        else router.refresh();
      }
    });
  }

  function pickMedia(item: PickedMedia) {
    if (picker === 'cover') set('coverId', item.id);
    else editor?.chain().focus().insertContent({ type: 'image', attrs: { mediaId: item.id, alt: item.alt, caption: item.caption, credit: item.credit } }).run();
    setPicker(null);
  }

  // The award-facts box counts the records of the decisions linked below.
  function insertFacts() {
    const decisionIds = state.links.decision.map((d) => d.id);
    if (decisionIds.length === 0) {
      setResult({ ok: false, message: 'Hãy liên kết ít nhất một quyết định khen thưởng (ô bên dưới) trước khi chèn số liệu.' });
      return;
    }
    editor?.chain().focus().insertContent({ type: 'awardFacts', attrs: { decisionIds: decisionIds.slice(0, 20) } }).run();
  }

  function act(run: (ref: { id: string; version: number }) => Promise<Result>) {
    if (!state.id) return;
    if (dirty) {
      setResult({ ok: false, message: 'Bạn có thay đổi chưa lưu: hãy bấm Lưu trước khi chuyển bước.' });
      return;
    }
    const id = state.id;
    startTransition(async () => {
      const r = await run({ id, version });
      setResult(r);
      if (r.ok) {
        const data = r.data as { version: number } | undefined;
        if (data) setVersion(data.version);
        router.refresh();
      }
    });
  }

  return (
    // Disabled until hydrated: a field filled or a section chosen before would be reset.
    <fieldset disabled={!hydrated} className="m-0 grid min-w-0 gap-6 border-0 p-0 lg:grid-cols-[1fr_20rem]">
      <MediaPicker open={picker !== null} title={picker === 'cover' ? 'Chọn ảnh bìa' : 'Chèn ảnh vào bài'} onPick={pickMedia} onClose={() => setPicker(null)} />
      <div className="space-y-4">
        <p className="text-sm text-stone-600">
          Trạng thái: <strong>{articleStatusLabels[article.status]}</strong> · phiên bản {version}
          {dirty ? <span className="ml-2 font-semibold text-brand-700">· có thay đổi chưa lưu</span> : null}
        </p>
        {recovered && !readOnly ? (
          <div role="alert" className="rounded border-l-4 border-gold-400 bg-brand-50 p-3 text-sm">
            <p>
              Có nội dung chưa lưu của bài này trên máy này (lúc {new Date(recovered.savedAt).toLocaleString('vi-VN')}, dựa trên phiên bản {recovered.version}).
              {recovered.version < article.version ? ' Bài đã được lưu lại sau đó: nếu khôi phục, hệ thống sẽ báo xung đột khi lưu để bạn đối chiếu.' : ''}
            </p>
            <div className="mt-2 flex gap-2">
              <button type="button" onClick={() => restoreLocal(recovered)} className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
                Khôi phục
              </button>
              <button type="button" onClick={discardLocal} className="rounded border border-stone-400 px-3 py-1">
                Bỏ bản trên máy
              </button>
            </div>
          </div>
        ) : null}
        {article.reviewNote && article.status === 'DRAFT' ? (
          <p role="note" className="rounded border-l-4 border-gold-400 bg-brand-50 p-3 text-sm">
            <strong>Ghi chú của biên tập viên:</strong> {article.reviewNote}
          </p>
        ) : null}
        <div>
          <label htmlFor="title" className={label}>
            Tiêu đề
          </label>
          <input id="title" value={state.title} readOnly={readOnly} onChange={(e) => set('title', e.target.value)} className={`${input} font-serif text-xl`} aria-invalid={!!errors.title} aria-describedby={errors.title ? 'title-error' : undefined} />
          {fieldError('title')}
        </div>
        <div>
          <label htmlFor="slug" className={label}>
            Đường dẫn
          </label>
          <div className="flex items-center gap-1 text-sm">
            <span className="text-stone-600">/bai-viet/</span>
            <input
              id="slug"
              value={slugPreview}
              readOnly={readOnly}
              onChange={(e) => {
                setSlugTouched(true);
                set('slug', e.target.value);
              }}
              className={input}
              aria-invalid={!!errors.slug}
            />
          </div>
          {fieldError('slug')}
        </div>
        <div>
          <label htmlFor="sapo" className={label}>
            Sapo
          </label>
          <textarea id="sapo" rows={3} value={state.sapo} readOnly={readOnly} onChange={(e) => set('sapo', e.target.value)} className={input} aria-invalid={!!errors.sapo} />
          {fieldError('sapo')}
        </div>
        <div>
          <span className={label} id="body-label">
            Nội dung
          </span>
          <div className="mt-1 overflow-hidden rounded border border-stone-300 bg-white" aria-labelledby="body-label">
            <Toolbar editor={editor} disabled={readOnly} onImage={() => setPicker('body')} onFacts={insertFacts} />
            <EditorContent editor={editor} />
          </div>
          {Object.keys(errors)
            .filter((k) => k.startsWith('body'))
            .map((k) => (
              <p key={k} className="mt-1 text-sm text-brand-700">
                Nội dung: {errors[k]!.join('. ')}
              </p>
            ))}
        </div>
        <fieldset className="space-y-3 rounded border border-stone-200 bg-white p-4">
          <legend className="px-1 font-semibold">Hồ sơ khen thưởng liên quan</legend>
          {kinds.map((k) => (
            <RecordPicker key={k.kind} kind={k.kind} title={k.label} selected={state.links[k.kind]} disabled={readOnly} onChange={(v) => set('links', { ...state.links, [k.kind]: v })} />
          ))}
          {fieldError('links')}
        </fieldset>
      </div>

      <aside className="space-y-4">
        <div className="rounded border border-stone-200 bg-white p-4">
          <p role="status" aria-live="polite" className={`mb-3 min-h-6 text-sm font-semibold ${result?.ok ? 'text-green-800' : 'text-brand-700'}`}>
            {result?.message}
          </p>
          {options.canEdit ? (
            <button type="button" onClick={save} disabled={pending} className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60">
              {pending ? 'Đang lưu…' : state.id ? 'Lưu' : 'Tạo bản nháp'}
            </button>
          ) : (
            <p className="text-sm text-stone-700">Bài đang chờ duyệt hoặc đã đăng: chỉ biên tập viên được sửa.</p>
          )}
          {state.id ? (
            <div className="mt-3 flex flex-wrap gap-2 text-sm">
              <Link href={`/xem-truoc/${state.id}`} className="text-brand-700 underline" target="_blank">
                Xem trước
              </Link>
              <Link href={`/admin/bai-viet/${state.id}/lich-su`} className="text-brand-700 underline">
                Lịch sử sửa
              </Link>
            </div>
          ) : null}
        </div>

        {state.id ? (
          <div className="space-y-2 rounded border border-stone-200 bg-white p-4">
            <h2 className="font-semibold">Quy trình</h2>
            <p className="text-sm text-stone-700">{articleStepNote(article.status, options.canPublish)}</p>
            {options.canSubmit && article.status === 'DRAFT' ? (
              <button type="button" disabled={pending} onClick={() => act((r) => submitArticle(r) as Promise<Result>)} className="w-full rounded border border-brand-700 px-3 py-1.5 text-brand-700">
                Gửi duyệt
              </button>
            ) : null}
            {options.canPublish && article.status !== 'PUBLISHED' ? (
              <button type="button" disabled={pending} onClick={() => act((r) => publishArticle(r) as Promise<Result>)} className="w-full rounded bg-green-800 px-3 py-1.5 font-semibold text-white">
                Đăng ngay
              </button>
            ) : null}
            {options.canPublish && ['DRAFT', 'IN_REVIEW', 'SCHEDULED'].includes(article.status) ? (
              <div>
                <label htmlFor="schedule-at" className={label}>
                  Hẹn giờ đăng
                </label>
                <input id="schedule-at" type="datetime-local" value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} className={input} />
                <button
                  type="button"
                  disabled={pending || !scheduleAt}
                  onClick={() => act((r) => scheduleArticle({ ...r, publishAt: new Date(scheduleAt).toISOString() }) as Promise<Result>)}
                  className="mt-1 w-full rounded border border-stone-400 px-3 py-1.5"
                >
                  Hẹn giờ
                </button>
              </div>
            ) : null}
            {options.canPublish && article.status === 'IN_REVIEW' ? (
              <div>
                <label htmlFor="send-back-note" className={label}>
                  Trả lại kèm ghi chú
                </label>
                <textarea id="send-back-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} className={input} />
                <button type="button" disabled={pending} onClick={() => act((r) => sendBackArticle({ ...r, note }) as Promise<Result>)} className="mt-1 w-full rounded border border-stone-400 px-3 py-1.5">
                  Trả lại tác giả
                </button>
              </div>
            ) : null}
            {options.canPublish && (article.status === 'PUBLISHED' || article.status === 'SCHEDULED') ? (
              <button type="button" disabled={pending} onClick={() => act((r) => unpublishArticle(r) as Promise<Result>)} className="w-full rounded border border-stone-700 px-3 py-1.5">
                Gỡ bài
              </button>
            ) : null}
          </div>
        ) : null}

        <div className="space-y-3 rounded border border-stone-200 bg-white p-4">
          <div>
            <label htmlFor="category" className={label}>
              Chuyên mục
            </label>
            <select id="category" value={state.categoryId} disabled={readOnly} onChange={(e) => set('categoryId', e.target.value)} className={input} aria-invalid={!!errors.categoryId}>
              <option value="">— Chọn chuyên mục —</option>
              {options.categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            {fieldError('categoryId')}
          </div>
          <div>
            <label htmlFor="tags" className={label}>
              Thẻ (cách nhau bằng dấu phẩy)
            </label>
            <input
              id="tags"
              value={tagText}
              readOnly={readOnly}
              onChange={(e) => {
                setTagText(e.target.value);
                setDirty(true);
              }}
              className={input}
            />
            {Object.keys(errors)
              .filter((k) => k.startsWith('tags'))
              .map((k) => (
                <p key={k} className="mt-1 text-sm text-brand-700">
                  {errors[k]!.join('. ')}
                </p>
              ))}
          </div>
          <div>
            <label htmlFor="layout" className={label}>
              Bố cục
            </label>
            <select id="layout" value={state.layout} disabled={readOnly} onChange={(e) => set('layout', e.target.value as ArticleEditDto['layout'])} className={input}>
              <option value="STANDARD">Bài thường</option>
              <option value="EMAGAZINE">E-magazine</option>
            </select>
          </div>
          <div>
            <span className={label} id="cover-label">
              Ảnh bìa
            </span>
            {state.coverId ? (
              // eslint-disable-next-line @next/next/no-img-element -- the library's small variant, shown to staff only
              <img src={`/api/admin/media/${state.coverId}/thumb`} alt="Ảnh bìa đã chọn" className="mt-1 aspect-video w-full rounded object-cover" />
            ) : (
              <p className="mt-1 text-sm text-stone-600">Chưa có ảnh bìa.</p>
            )}
            {!readOnly ? (
              <div className="mt-1 flex gap-2 text-sm">
                <button type="button" aria-describedby="cover-label" onClick={() => setPicker('cover')} className="rounded border border-stone-400 px-3 py-1">
                  {state.coverId ? 'Đổi ảnh bìa' : 'Chọn ảnh bìa'}
                </button>
                {state.coverId ? (
                  <button type="button" onClick={() => set('coverId', null)} className="rounded border border-stone-400 px-3 py-1">
                    Bỏ ảnh bìa
                  </button>
                ) : null}
              </div>
            ) : null}
            {fieldError('coverId')}
          </div>
          <div>
            <label htmlFor="cover-caption" className={label}>
              Chú thích ảnh bìa
            </label>
            <input id="cover-caption" value={state.coverCaption ?? ''} readOnly={readOnly} onChange={(e) => set('coverCaption', e.target.value)} className={input} />
          </div>
          <div>
            <label htmlFor="byline" className={label}>
              Bút danh (để trống: tên tài khoản)
            </label>
            <input id="byline" value={state.byline ?? ''} readOnly={readOnly} onChange={(e) => set('byline', e.target.value)} className={input} />
          </div>
          <div>
            <label htmlFor="seo-title" className={label}>
              Tiêu đề SEO
            </label>
            <input id="seo-title" value={state.seoTitle ?? ''} readOnly={readOnly} onChange={(e) => set('seoTitle', e.target.value)} className={input} />
            {fieldError('seoTitle')}
          </div>
          <div>
            <label htmlFor="seo-description" className={label}>
              Mô tả SEO
            </label>
            <textarea id="seo-description" rows={2} value={state.seoDescription ?? ''} readOnly={readOnly} onChange={(e) => set('seoDescription', e.target.value)} className={input} />
            {fieldError('seoDescription')}
          </div>
          {options.canPublish ? (
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={state.featured} disabled={readOnly} onChange={(e) => set('featured', e.target.checked)} />
              Nổi bật trên trang chủ
            </label>
          ) : null}
        </div>
      </aside>
    </fieldset>
  );
}
