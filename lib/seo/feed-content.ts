import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Block, Figure } from '@/lib/content/types';
import imageLoader from '@/lib/image-loader';
import { absoluteUrl } from '@/lib/seo/absolute-url';

/**
 * A page's body as a feed reader gets it (`content:encoded`): the same
 * sanitised blocks the page renders, with links and images made absolute,
 * since a feed reader shows them away from the site. Text blocks come from
 * the content pipeline already sanitised (lib/content/markdown.ts); a figure
 * is an image with its caption and credit, as on the page.
 */
export function renderFeedContent(blocks: readonly Block[], pageUrl: string): string {
  const root: Root = {
    type: 'root',
    children: blocks.map((block) =>
      block.kind === 'figure' ? figureElement(block.figure) : absolutise(block.element, pageUrl),
    ),
  };
  return toHtml(root);
}

/** A width the image build renders (next.config.js), wide enough for a feed reader's column on a sharp screen. */
const feedImageWidth = 1280;

function figureElement(figure: Figure): Element {
  const src = absoluteUrl(imageLoader({ src: figure.src, width: feedImageWidth }));
  return element('figure', {}, [
    element('img', { src, alt: figure.alt, width: figure.width, height: figure.height }, []),
    element('figcaption', {}, [{ type: 'text', value: [figure.caption, figure.credit].filter(Boolean).join(' ') }]),
  ]);
}

/** A copy of a block whose site links (`/en/labs`, `#p3`) are absolute; the block itself is the page's and stays as it is. */
function absolutise(node: Element, pageUrl: string): Element {
  const properties = { ...node.properties };
  delete properties.id;
  const href = properties.href;
  if (typeof href === 'string') {
    if (href.startsWith('/')) properties.href = absoluteUrl(href);
    else if (href.startsWith('#')) properties.href = `${pageUrl}${href}`;
  }
  return {
    ...node,
    properties,
    children: node.children.map((child): ElementContent =>
      child.type === 'element' ? absolutise(child, pageUrl) : child,
    ),
  };
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
