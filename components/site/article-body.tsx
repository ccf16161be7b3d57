// Renders a stored article body (lib/newsroom/schemas/article-body.ts) as React elements. The
// tree is parsed first; nodes that fail validation are skipped, and no string is ever
// inserted as HTML, so stored content cannot inject markup or scripts.
import { ServerImage } from '@/components/ui/server-image';
import { readingFont } from '@/app/fonts/reading';
import { Fragment, type ReactNode } from 'react';
import { AwardFactsBox } from '@/components/registry/award-facts-box';
import type { ArticleDto } from '@/lib/newsroom/data/articles';
import type { AwardFactDto } from '@/lib/registry/data/highlights';
import { isBlankInline, type ArticleBlock, type InlineNode } from '@/lib/newsroom/schemas/article-body';

type Media = ArticleDto['media'];

function Inline({ nodes }: { nodes: InlineNode[] | undefined }) {
  return (
    <>
      {(nodes ?? []).map((node, index) => {
        if (node.type === 'hardBreak') return <br key={index} />;
        let element: ReactNode = node.text;
        for (const mark of node.marks ?? []) {
          if (mark.type === 'bold') element = <strong>{element}</strong>;
          else if (mark.type === 'italic') element = <em>{element}</em>;
          else if (mark.type === 'link') {
            const external = /^https?:\/\//i.test(mark.attrs.href);
            element = (
              <a href={mark.attrs.href} className="text-brand-700 underline underline-offset-2" {...(external ? { rel: 'noopener noreferrer nofollow', target: '_blank' } : {})}>
                {element}
              </a>
            );
          }
        }
        return <Fragment key={index}>{element}</Fragment>;
      })}
    </>
  );
}

function Block({ block, media, facts, wide }: { block: ArticleBlock; media: Media; facts: AwardFactDto[]; wide: boolean }) {
  switch (block.type) {
    case 'paragraph':
      // Bodies saved before empty paragraphs were dropped on save may still hold some.
      if (isBlankInline(block.content)) return null;
      return (
        <p>
          <Inline nodes={block.content} />
        </p>
      );
    case 'heading':
      return block.attrs.level === 2 ? (
        <h2 className="font-serif text-2xl font-bold">
          <Inline nodes={block.content} />
        </h2>
      ) : (
        <h3 className="font-serif text-xl font-bold">
          <Inline nodes={block.content} />
        </h3>
      );
    case 'blockquote':
      return (
        <figure className={wide ? 'my-10 border-y-2 border-gold-400 py-6 text-center font-reading text-2xl italic' : 'border-l-4 border-gold-400 bg-brand-50 px-5 py-3 italic'}>
          <blockquote className="space-y-2">
            {block.content.map((paragraph, index) => (
              <p key={index}>
                <Inline nodes={paragraph.content} />
              </p>
            ))}
          </blockquote>
          {block.attrs?.cite ? <figcaption className="mt-2 text-base not-italic text-stone-600">— {block.attrs.cite}</figcaption> : null}
        </figure>
      );
    case 'bulletList':
    case 'orderedList': {
      const List = block.type === 'bulletList' ? 'ul' : 'ol';
      return (
        <List className={block.type === 'bulletList' ? 'list-disc space-y-1 pl-6' : 'list-decimal space-y-1 pl-6'}>
          {block.content.map((item, index) => (
            <li key={index}>
              {item.content.map((paragraph, i) => (
                <Inline key={i} nodes={paragraph.content} />
              ))}
            </li>
          ))}
        </List>
      );
    }
    case 'image': {
      const image = media[block.attrs.mediaId];
      if (!image) return null;
      const caption = block.attrs.caption ?? image.caption;
      const credit = block.attrs.credit ?? image.credit;
      return (
        <figure className={wide || block.attrs.wide ? 'md:-mx-24' : undefined}>
          <ServerImage
            src={image.src}
            alt={block.attrs.alt || image.alt}
            width={image.width}
            height={image.height}
            sizes={wide ? '(min-width: 1024px) 1000px, 100vw' : '(min-width: 768px) 720px, 100vw'}
            className="h-auto w-full rounded"
          />
          {caption || credit ? (
            <figcaption className="mt-2 text-sm text-stone-600">
              {caption}
              {credit ? <span className="ml-1 text-stone-600">(Ảnh: {credit})</span> : null}
            </figcaption>
          ) : null}
        </figure>
      );
    }
    case 'awardFacts':
      return <AwardFactsBox facts={facts.filter((f) => block.attrs.decisionIds.includes(f.decisionId))} />;
    case 'horizontalRule':
      return <hr className="border-stone-300" />;
  }
}

/** The story's blocks (parsed once by the data layer), node by node. */
export function ArticleBody({ blocks, media, facts, wide = false }: { blocks: ArticleBlock[]; media: Media; facts: AwardFactDto[]; wide?: boolean }) {
  return (
    <div
      data-article-body=""
      className={`${readingFont.variable} space-y-5 font-reading leading-relaxed`}
      style={{ fontSize: `calc(${wide ? 1.2 : 1.125}rem * var(--article-scale, 1))` }}
    >
      {blocks.map((block, index) => (
        <Block key={index} block={block} media={media} facts={facts} wide={wide} />
      ))}
    </div>
  );
}
