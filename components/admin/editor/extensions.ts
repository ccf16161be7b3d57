// The editor's document model, kept to what lib/newsroom/schemas/article-body.ts accepts, so
// anything pasted from Word or a web page is parsed into these nodes and the rest (fonts,
// colours, tables, scripts, images from other sites) is dropped by ProseMirror's parser.
import { Mark, mergeAttributes, Node } from '@tiptap/core';
import { Blockquote } from '@tiptap/extension-blockquote';
import { ListItem } from '@tiptap/extension-list-item';
import StarterKit from '@tiptap/starter-kit';

/** Links may only be http(s) addresses or paths on this site. */
export function isAllowedHref(href: string): boolean {
  return /^https?:\/\/[^\s]+$/i.test(href) || (href.startsWith('/') && !href.startsWith('//'));
}

// An image from the media library, shown as a box in the editor (its attributes are kept
// exactly; the public page renders it with caption and credit).
const ImageBlock = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      mediaId: { default: null, rendered: false },
      alt: { default: '', rendered: false },
      caption: { default: null, rendered: false },
      credit: { default: null, rendered: false },
      wide: { default: false, rendered: false },
    };
  },
  parseHTML() {
    return [{ tag: 'figure[data-bv-media]', getAttrs: (el) => ({ mediaId: (el as HTMLElement).dataset.bvMedia }) }];
  },
  renderHTML({ node }) {
    const label = `Ảnh${node.attrs.caption ? `: ${node.attrs.caption}` : node.attrs.alt ? `: ${node.attrs.alt}` : ''}${node.attrs.credit ? ` (${node.attrs.credit})` : ''}`;
    return [
      'figure',
      { 'data-bv-media': node.attrs.mediaId, class: 'bv-atom' },
      ['img', { src: `/api/admin/media/${encodeURIComponent(String(node.attrs.mediaId))}/thumb`, alt: node.attrs.alt ?? '', class: 'max-h-48' }],
      ['figcaption', {}, label],
    ];
  },
});

// The "award facts" box: figures computed from linked decisions.
const AwardFactsBlock = Node.create({
  name: 'awardFacts',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { decisionIds: { default: [], rendered: false } };
  },
  parseHTML() {
    return [{ tag: 'aside[data-bv-award-facts]' }];
  },
  renderHTML({ node }) {
    return ['aside', { 'data-bv-award-facts': '', class: 'bv-atom' }, `Số liệu khen thưởng từ ${(node.attrs.decisionIds as string[]).length} quyết định`];
  },
});

// An editorial note's anchor: a mark on the passage carrying the note's id, so the note
// follows the text through every edit around it (typing before it, moving the paragraph).
// Typing at its edges does not extend it; several notes may cover the same words. Readers
// never get it (readBlocks takes it out).
export const NoteMark = Mark.create({
  name: 'note',
  inclusive: false,
  excludes: '',
  addAttributes() {
    return { id: { default: null, parseHTML: (el) => (el as HTMLElement).dataset.note ?? null, renderHTML: (attrs) => ({ 'data-note': attrs.id }) } };
  },
  parseHTML() {
    return [{ tag: 'mark[data-note]' }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['mark', mergeAttributes(HTMLAttributes, { class: 'bv-note' }), 0];
  },
});

export const editorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    blockquote: false,
    listItem: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      protocols: ['http', 'https'],
      isAllowedUri: (url) => isAllowedHref(url),
      HTMLAttributes: { rel: null, target: null },
    },
  }),
  // Quotes and list items hold paragraphs only, as the public renderer expects.
  Blockquote.extend({ content: 'paragraph+' }),
  ListItem.extend({ content: 'paragraph+' }),
  ImageBlock,
  AwardFactsBlock,
  NoteMark,
];
