'use client';
// The article editor: fields, the WYSIWYG body (TipTap), registry links and the review
// workflow, saving through Server Actions that check the version the editor started from.
// Nothing typed is lost on a refused save: the content stays here, and leaving the page
// with unsaved changes asks first.
import { EditorContent, useEditor } from '@tiptap/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { editorExtensions } from '@/components/admin/editor/extensions';
import { useLocalDraft, type LocalCopy } from '@/components/admin/editor/local-draft';
import { NotesPanel, type NoteView } from '@/components/admin/editor/notes-panel';
import { StorySettings } from '@/components/admin/editor/story-settings';
import { Toolbar } from '@/components/admin/editor/toolbar';
import { WorkflowPanel, type WorkflowStep } from '@/components/admin/editor/workflow-panel';
import { MediaPicker, type PickedMedia } from '@/components/admin/media-picker';
import { SearchPicker } from '@/components/admin/search-picker';
import { Button } from '@/components/ui/button';
import { Field, labelClass } from '@/components/ui/field';
import { ActionMessage, FieldErrors } from '@/components/ui/form';
import { controlClass, TextArea, TextInput } from '@/components/ui/text-input';
import { useHydrated } from '@/components/ui/use-hydrated';
import type { ActionState } from '@/lib/common/action-state';
import { slugify } from '@/lib/common/slug';
import type { ArticleEditDto } from '@/lib/newsroom/data/article-editing';
import { saveArticle } from '@/lib/newsroom/actions/articles';
import { articleStatusLabels } from '@/lib/newsroom/schemas/article';
import { lookupRegistryRecords, type RecordKind, type RecordOption } from '@/lib/registry/data/record-picker';

export interface EditorOptions {
  categories: { id: string; name: string }[];
  canPublish: boolean;
  canEdit: boolean;
  canSubmit: boolean;
  /** Put a withdrawn story back online (administrators). */
  canReinstate: boolean;
}

const kinds: { kind: RecordKind; label: string; key: 'decisionIds' | 'campaignIds' | 'unitIds' | 'collectiveIds' | 'individualIds' }[] = [
  { kind: 'decision', label: 'Quyết định khen thưởng', key: 'decisionIds' },
  { kind: 'campaign', label: 'Phong trào thi đua', key: 'campaignIds' },
  { kind: 'unit', label: 'Đơn vị', key: 'unitIds' },
  { kind: 'collective', label: 'Tập thể', key: 'collectiveIds' },
  { kind: 'individual', label: 'Cá nhân', key: 'individualIds' },
];

function RecordPicker({ kind, title, selected, onChange, disabled }: { kind: RecordKind; title: string; selected: RecordOption[]; onChange: (v: RecordOption[]) => void; disabled: boolean }) {
  return <SearchPicker id={`pick-${kind}`} label={title} selected={selected} onChange={onChange} disabled={disabled} search={(q) => lookupRegistryRecords(kind, q)} labelClassName={labelClass} inputClassName={controlClass()} />;
}

export function ArticleEditor({ article, options, notes = [] }: { article: ArticleEditDto; options: EditorOptions; notes?: NoteView[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [state, setState] = useState(article);
  const [slugTouched, setSlugTouched] = useState(article.id !== null);
  const [tagText, setTagText] = useState(article.tags.join(', '));
  const [dirty, setDirty] = useState(false);
  const [result, setResult] = useState<ActionState<unknown>>(null);
  const [pending, startTransition] = useTransition();
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

  const local = useLocalDraft({ articleId: article.id, editor, readOnly, dirty, snapshot: () => ({ version, state, tagText, slugTouched }) });
  function restoreLocal(copy: LocalCopy) {
    setState(copy.state);
    setTagText(copy.tagText);
    setSlugTouched(copy.slugTouched);
    setVersion(copy.version);
    editor?.commands.setContent(copy.body);
    setDirty(true);
    local.dismiss();
  }

  const set = <K extends keyof ArticleEditDto>(key: K, value: ArticleEditDto[K]) => {
    setState((s) => ({ ...s, [key]: value }));
    setDirty(true);
  };

  const slugPreview = useMemo(() => (slugTouched ? state.slug : slugify(state.title)), [slugTouched, state.slug, state.title]);
  const errors = result && !result.ok ? (result.fieldErrors ?? {}) : {};

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
      const r = await saveArticle(payload);
      setResult(r);
      if (r.ok && r.data) {
        const data = r.data;
        setVersion(data.version);
        setState((s) => ({ ...s, id: data.id, slug: data.slug }));
        setSlugTouched(true);
        setDirty(false);
        local.discard();
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

  function act(run: WorkflowStep) {
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
        if (r.data) setVersion(r.data.version);
        router.refresh();
      }
    });
  }

  return (
    // Disabled until hydrated: a field filled or a section chosen before would be reset.
    <fieldset disabled={!hydrated} className="m-0 grid min-w-0 gap-6 border-0 p-0 lg:grid-cols-[1fr_20rem]">
      <FieldErrors state={result}>
        <MediaPicker open={picker !== null} title={picker === 'cover' ? 'Chọn ảnh bìa' : 'Chèn ảnh vào bài'} onPick={pickMedia} onClose={() => setPicker(null)} />
        <div className="space-y-4">
          <p className="text-sm text-stone-600">
            Trạng thái: <strong>{articleStatusLabels[article.status]}</strong> · phiên bản {version}
            {dirty ? <span className="ml-2 font-semibold text-brand-700">· có thay đổi chưa lưu</span> : null}
          </p>
          {local.recovered && !readOnly ? (
            <div role="alert" className="rounded border-l-4 border-gold-400 bg-brand-50 p-3 text-sm">
              <p>
                Có nội dung chưa lưu của bài này trên máy này (lúc {new Date(local.recovered.savedAt).toLocaleString('vi-VN')}, dựa trên phiên bản {local.recovered.version}).
                {local.recovered.version < article.version ? ' Bài đã được lưu lại sau đó: nếu khôi phục, hệ thống sẽ báo xung đột khi lưu để bạn đối chiếu.' : ''}
              </p>
              <div className="mt-2 flex gap-2">
                <Button size="xs" onClick={() => restoreLocal(local.recovered!)}>
                  Khôi phục
                </Button>
                <Button variant="secondary" size="xs" onClick={local.discard}>
                  Bỏ bản trên máy
                </Button>
              </div>
            </div>
          ) : null}
          {article.reviewNote && article.status === 'DRAFT' ? (
            <p role="note" className="rounded border-l-4 border-gold-400 bg-brand-50 p-3 text-sm">
              <strong>Ghi chú của biên tập viên:</strong> {article.reviewNote}
            </p>
          ) : null}
          <Field name="title" id="title" label="Tiêu đề">
            <TextInput value={state.title} readOnly={readOnly} onChange={(e) => set('title', e.target.value)} className="font-serif text-xl font-bold" />
          </Field>
          <Field name="slug" id="slug" label="Đường dẫn">
            <div className="flex items-center gap-1 text-sm">
              <span className="text-stone-600">/bai-viet/</span>
              <TextInput
                value={slugPreview}
                readOnly={readOnly}
                onChange={(e) => {
                  setSlugTouched(true);
                  set('slug', e.target.value);
                }}
              />
            </div>
          </Field>
          <Field name="sapo" id="sapo" label="Sapo">
            <TextArea rows={3} value={state.sapo} readOnly={readOnly} onChange={(e) => set('sapo', e.target.value)} />
          </Field>
          <div>
            <span className={labelClass} id="body-label">
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
            {errors.links ? <p className="mt-1 text-sm text-brand-700">{errors.links.join('. ')}</p> : null}
          </fieldset>
        </div>

        <aside className="space-y-4">
          <div className="rounded border border-stone-200 bg-white p-4">
            <ActionMessage state={result} className="mb-3" />
            {options.canEdit ? (
              <Button block onClick={save} disabled={pending}>
                {pending ? 'Đang lưu…' : state.id ? 'Lưu' : 'Tạo bản nháp'}
              </Button>
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

          {state.id ? <NotesPanel articleId={state.id} notes={notes} editor={editor} canAnchor={!readOnly} /> : null}

          {state.id ? <WorkflowPanel status={article.status} canSubmit={options.canSubmit} canPublish={options.canPublish} canReinstate={options.canReinstate} pending={pending} act={act} /> : null}

          <StorySettings
            state={state}
            set={set}
            tagText={tagText}
            onTagText={(text) => {
              setTagText(text);
              setDirty(true);
            }}
            categories={options.categories}
            readOnly={readOnly}
            canPublish={options.canPublish}
            onPickCover={() => setPicker('cover')}
          />
        </aside>
      </FieldErrors>
    </fieldset>
  );
}
