import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { reportError } from '@/lib/content/report';

/**
 * An image is only ever a figure: a paragraph of its own at the top level of
 * the body, with its file checked and resized and its caption and credit
 * shown. One inside a quote, a list, a table or a heading would be shown as
 * a bare `<img>` with its path as written (unresized, unchecked, or loaded
 * from another site), so it is reported. An image beside text in a top-level
 * paragraph is reported by the figure step of lib/content/markdown.ts.
 */
export function remarkImagesAsFigures() {
  return (tree: Root, file: VFile) => {
    for (const block of tree.children) {
      visit(block, (node, _index, parent) => {
        if (node.type !== 'image' && node.type !== 'imageReference') return;
        if (block.type === 'paragraph' && parent === block) return;
        reportError(
          file,
          'an image inside a quote, list, table, heading or link cannot be a figure: put it in a paragraph of its own at the top level, ![description](../images/name.jpg "caption")',
          node,
          'figure',
        );
      });
    }
  };
}
