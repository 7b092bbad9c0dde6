import type { Element } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { Fragment, type ComponentProps } from 'react';
import { Fragment as JsxFragment, jsx, jsxs } from 'react/jsx-runtime';
import { Figure } from '@/components/figure';
import { GlossaryList } from '@/components/glossary-list';
import { GlossaryTerm } from '@/components/glossary-term';
import { glossaryMarkOf, glossaryMarksOf, glossaryTermTagName } from '@/lib/content/glossary-terms';
import type { Block } from '@/lib/content/types';
import type { Dictionary } from '@/lib/dictionaries/zh';

interface ArticleBodyProps {
  blocks: Block[];
  dict: Pick<Dictionary, 'placeholderMark' | 'glossaryHeading' | 'glossaryBack'>;
  /** False where the page lists the terms of several bodies once, after them all (the whole article). */
  withGlossary?: boolean;
}

/** Where the ids of a single-language page's list of terms start: `#term-jinfeng-shiyanshi`. */
export const termIdPrefix = 'term-';

/**
 * The body of a page, block by block, each carrying the id its twin in the
 * other language shares, then the list of the glossary terms it marks.
 * `data-blocks` marks the blocks as places a reader can be, for keeping
 * their place across languages.
 */
export function ArticleBody({ blocks, dict, withGlossary = true }: ArticleBodyProps) {
  return (
    <>
      <div className="article-text prose" data-blocks="">
        {blocks.map((block) => (
          <Fragment key={block.id}>{renderBlock(block, dict)}</Fragment>
        ))}
      </div>
      {withGlossary ? <GlossaryList marks={glossaryMarksOf(blocks)} idPrefix={termIdPrefix} dict={dict} /> : null}
    </>
  );
}

/** The components a block renders with: a marked glossary term becomes its link; any other `<dfn>` stays one. */
function componentsFor(idPrefix: string): Partial<Components> {
  function Dfn({ node, ...props }: ComponentProps<'dfn'> & { node?: Element }) {
    const mark = glossaryMarkOf(node);
    return mark ? (
      <GlossaryTerm mark={mark} idPrefix={idPrefix}>
        {props.children}
      </GlossaryTerm>
    ) : (
      <dfn {...props} />
    );
  }
  return { [glossaryTermTagName]: Dfn };
}

/**
 * One block, as the body renders it. `withId: false` leaves the id off, for
 * the side-by-side view, where the pair holding both twins carries it;
 * `termIdPrefix` names the list of terms its glossary links lead to.
 */
export function renderBlock(
  block: Block,
  dict: Pick<Dictionary, 'placeholderMark'>,
  { withId = true, termIdPrefix: idPrefix = termIdPrefix } = {},
) {
  switch (block.kind) {
    case 'figure':
      return <Figure id={withId ? block.id : undefined} figure={block.figure} placeholderMark={dict.placeholderMark} />;
    // Each kind is listed, so a new kind of block is a compile error here until it is given its rendering.
    case 'paragraph':
    case 'heading':
    case 'list':
    case 'quote':
    case 'table':
    case 'code':
    case 'rule':
      return renderElement(withId ? block.element : withoutId(block.element), idPrefix);
    default: {
      const unhandled: never = block;
      throw new Error(`No renderer for block ${JSON.stringify(unhandled)}`);
    }
  }
}

/** A block's sanitised HTML tree as React elements, never as an HTML string; glossary marks become their links. */
function renderElement(element: Element, idPrefix: string) {
  return toJsxRuntime(element, {
    Fragment: JsxFragment,
    jsx,
    jsxs,
    components: componentsFor(idPrefix),
    passNode: true,
  });
}

function withoutId(element: Element): Element {
  return { ...element, properties: { ...element.properties, id: undefined } };
}
