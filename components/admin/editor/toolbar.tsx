'use client';
// The body's formatting toolbar: marks, headings, lists, links (http(s) or a path on this
// site only), rules, images from the library and the award-facts box.
import type { Editor } from '@tiptap/react';
import { isAllowedHref } from '@/components/admin/editor/extensions';

export function Toolbar({ editor, disabled, onImage, onFacts }: { editor: Editor | null; disabled: boolean; onImage: () => void; onFacts: () => void }) {
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
