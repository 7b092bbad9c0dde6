import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { Fragment } from 'react';
import { Fragment as JsxFragment, jsx, jsxs } from 'react/jsx-runtime';
import { Figure } from '@/components/figure';
import type { Block } from '@/lib/content/load';
import type { Dictionary } from '@/lib/dictionaries/zh';

interface ArticleBodyProps {
  blocks: Block[];
  dict: Pick<Dictionary, 'placeholderMark' | 'placeholderNote'>;
}

/** The body of a page, block by block, each carrying the id its twin in the other language shares. */
export function ArticleBody({ blocks, dict }: ArticleBodyProps) {
  return (
    <div className="article-text prose">
      {blocks.map((block) => (
        <Fragment key={block.id}>{renderBlock(block, dict)}</Fragment>
      ))}
    </div>
  );
}

function renderBlock(block: Block, dict: ArticleBodyProps['dict']) {
  switch (block.kind) {
    case 'figure':
      return (
        <Figure
          id={block.id}
          figure={block.figure}
          placeholderMark={dict.placeholderMark}
          placeholderNote={dict.placeholderNote}
        />
      );
    case 'paragraph':
    case 'heading':
    case 'list':
    case 'quote':
    case 'table':
    case 'code':
    case 'rule':
      // Already sanitised by the content pipeline; rendered as React elements, never as an HTML string.
      return toJsxRuntime(block.element, { Fragment: JsxFragment, jsx, jsxs });
    default: {
      const unhandled: never = block;
      throw new Error(`No renderer for block ${JSON.stringify(unhandled)}`);
    }
  }
}
