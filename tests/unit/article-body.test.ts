import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/site/article-body';
import { articleBodySchema, bodyPlainText, readBlocks } from '@/lib/newsroom/schemas/article-body';

const doc = (content: unknown[]) => ({ type: 'doc', content });
const p = (text: string, marks?: unknown[]) => ({ type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] });

describe('article body', () => {
  it('accepts the structures a story uses', () => {
    const body = doc([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Những con số' }] },
      p('Đoạn văn ', [{ type: 'bold' }]),
      { type: 'blockquote', attrs: { cite: 'Bí thư' }, content: [p('Trích dẫn')] },
      { type: 'bulletList', content: [{ type: 'listItem', content: [p('Một')] }] },
      { type: 'image', attrs: { mediaId: 'm1', alt: 'Ảnh', caption: 'Chú thích', credit: 'Tác giả' } },
      { type: 'awardFacts', attrs: { decisionIds: ['d1'] } },
      p('Liên kết', [{ type: 'link', attrs: { href: 'https://example.org/a' } }]),
      p('Nội bộ', [{ type: 'link', attrs: { href: '/vinh-danh' } }]),
    ]);
    expect(articleBodySchema.safeParse(body).success).toBe(true);
  });

  it('refuses script links, protocol-relative links and unknown nodes', () => {
    for (const href of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/x', 'vbscript:x']) {
      const result = articleBodySchema.safeParse(doc([p('x', [{ type: 'link', attrs: { href } }])]));
      expect(result.success, href).toBe(false);
    }
    expect(articleBodySchema.safeParse(doc([{ type: 'html', content: '<script>alert(1)</script>' }])).success).toBe(false);
    expect(articleBodySchema.safeParse(doc([{ type: 'heading', attrs: { level: 1 }, content: [] }])).success).toBe(false);
  });

  it('extracts plain text with paragraph breaks', () => {
    const body = articleBodySchema.parse(doc([p('Một'), p('Hai'), { type: 'image', attrs: { mediaId: 'm', caption: 'Ảnh ba' } }]));
    expect(bodyPlainText(body)).toBe('Một\nHai\nẢnh ba');
  });

  it('drops empty paragraphs on save (the editor’s trailing one, blank lines), and never renders one', () => {
    const blank = [{ type: 'paragraph' }, { type: 'paragraph', content: [] }, { type: 'paragraph', content: [{ type: 'text', text: '   ' }, { type: 'hardBreak' }] }];
    const saved = articleBodySchema.parse(doc([blank[0], p('Một'), blank[2], p('Hai'), ...blank]));
    expect(saved.content).toEqual([p('Một'), p('Hai')]);
    // A body stored before this rule renders without them too.
    const html = renderToStaticMarkup(createElement(ArticleBody, { blocks: readBlocks(doc([p('Một'), ...blank])), media: {}, facts: [] }));
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(html).not.toMatch(/<p>\s*(<br\/>)?\s*<\/p>/);
  });
});
