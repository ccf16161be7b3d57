// The structured rich text of an article: a ProseMirror-style JSON document (the shape
// TipTap produces), validated before it is stored. Only these nodes and marks exist, so
// no stored markup can reach a page: renderers build elements from this tree.
import { z } from 'zod';

const safeHref = z
  .string()
  .trim()
  .max(2000)
  .refine((href) => /^https?:\/\//i.test(href) || (href.startsWith('/') && !href.startsWith('//')), {
    message: 'Liên kết chỉ được là http(s) hoặc đường dẫn nội bộ',
  });

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: safeHref }) }),
  // An editorial note's anchor on a passage (lib/newsroom/actions/notes.ts): the desk's only,
  // taken out wherever a story is read (readBlocks), so no note reaches a reader.
  z.object({ type: z.literal('note'), attrs: z.object({ id: z.string().min(1).max(64) }) }),
]);

const textSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(20_000),
  // Bold, italic, a link and the notes on the passage (several may overlap).
  marks: z.array(markSchema).max(12).optional(),
});

const inlineSchema = z.union([textSchema, z.object({ type: z.literal('hardBreak') })]);
const inlineContent = z.array(inlineSchema).max(2_000).optional();

const paragraphSchema = z.object({ type: z.literal('paragraph'), content: inlineContent });

const headingSchema = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }),
  content: inlineContent,
});

const blockquoteSchema = z.object({
  type: z.literal('blockquote'),
  // Who is quoted, shown under the quote (optional).
  attrs: z.object({ cite: z.string().max(200).nullish() }).optional(),
  content: z.array(paragraphSchema).min(1).max(20),
});

const listItemSchema = z.object({ type: z.literal('listItem'), content: z.array(paragraphSchema).min(1).max(10) });
const bulletListSchema = z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1).max(200) });
const orderedListSchema = z.object({ type: z.literal('orderedList'), content: z.array(listItemSchema).min(1).max(200) });

const imageSchema = z.object({
  type: z.literal('image'),
  attrs: z.object({
    mediaId: z.string().min(1).max(64),
    alt: z.string().max(300).default(''),
    caption: z.string().max(1000).nullish(),
    credit: z.string().max(200).nullish(),
    wide: z.boolean().optional(),
  }),
});

// An embedded "award facts" box: counts computed from the linked decisions' records.
const awardFactsSchema = z.object({
  type: z.literal('awardFacts'),
  attrs: z.object({ decisionIds: z.array(z.string().min(1).max(64)).min(1).max(20) }),
});

export const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  headingSchema,
  blockquoteSchema,
  bulletListSchema,
  orderedListSchema,
  imageSchema,
  awardFactsSchema,
  z.object({ type: z.literal('horizontalRule') }),
]);

/** True for a paragraph with nothing a reader would see (no text, or only spaces and line breaks). */
export function isBlankInline(content: z.infer<typeof inlineContent>): boolean {
  return (content ?? []).every((node) => node.type === 'hardBreak' || node.text.trim() === '');
}

export const articleBodySchema = z.object({
  type: z.literal('doc'),
  // Empty paragraphs (the editor leaves one after the last line; Enter twice makes one) are
  // not kept: spacing is the page's typography, not blank lines in the text.
  content: z
    .array(blockSchema)
    .max(2_000)
    .transform((blocks) => blocks.filter((block) => !(block.type === 'paragraph' && isBlankInline(block.content)))),
});

export type ArticleBody = z.infer<typeof articleBodySchema>;
export type ArticleBlock = z.infer<typeof blockSchema>;
export type InlineNode = z.infer<typeof inlineSchema>;

/** Plain text of a body (for previews, reading time, feeds). */
export function bodyPlainText(body: ArticleBody): string {
  const parts: string[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; text?: string; content?: unknown[]; attrs?: { caption?: string | null } };
    if (n.type === 'text' && n.text) parts.push(n.text);
    if (n.type === 'image' && n.attrs?.caption) parts.push(n.attrs.caption);
    n.content?.forEach(visit);
    if (n.type === 'paragraph' || n.type === 'heading') parts.push('\n');
  };
  visit(body);
  return parts.join('').replace(/[ \t]*\n[ \t\n]*/g, '\n').trim();
}

/** Library images a body uses (any document shape: it walks what is there). */
export function bodyMediaIds(body: unknown): string[] {
  const ids = new Set<string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; attrs?: { mediaId?: unknown }; content?: unknown[] };
    if (n.type === 'image' && typeof n.attrs?.mediaId === 'string') ids.add(n.attrs.mediaId);
    if (Array.isArray(n.content)) n.content.forEach(visit);
  };
  visit(body);
  return [...ids];
}

/**
 * A stored body's blocks, each checked against the schema once, where the story is read
 * (lib/newsroom/data/articles.ts): a block that does not parse (written by an older
 * editor, or damaged) is left out rather than failing the whole story.
 */
export function readBlocks(body: unknown): ArticleBlock[] {
  const raw = Array.isArray((body as { content?: unknown })?.content) ? (body as { content: unknown[] }).content : [];
  return raw.flatMap((block) => {
    const parsed = blockSchema.safeParse(block);
    return parsed.success ? [withoutNotes(parsed.data)] : [];
  });
}

/** A block without the editorial notes' anchors (readers never get a note's id). */
function withoutNotes<T>(node: T): T {
  if (Array.isArray(node)) return node.map(withoutNotes) as T;
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'marks' && Array.isArray(value)) {
      const kept = value.filter((m: { type?: string }) => m.type !== 'note');
      if (kept.length > 0) out.marks = kept;
    } else out[key] = withoutNotes(value);
  }
  return out as T;
}

/** The ids of the notes anchored in a body (the editor's panel finds which still are). */
export function bodyNoteIds(body: unknown): string[] {
  const ids = new Set<string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { marks?: { type?: string; attrs?: { id?: unknown } }[]; content?: unknown[] };
    for (const m of n.marks ?? []) if (m.type === 'note' && typeof m.attrs?.id === 'string') ids.add(m.attrs.id);
    if (Array.isArray(n.content)) n.content.forEach(visit);
  };
  visit(body);
  return [...ids];
}

/** Decision ids referenced by the blocks' award-facts boxes, each once. */
export function awardFactDecisionIds(blocks: readonly ArticleBlock[]): string[] {
  return [...new Set(blocks.flatMap((block) => (block.type === 'awardFacts' ? block.attrs.decisionIds : [])))];
}
