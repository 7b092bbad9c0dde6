import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { reportError } from '@/lib/content/report';

/**
 * Reports raw HTML in a content file. The HTML itself never reaches the page
 * (remark-rehype drops it and the sanitiser would strip it anyway); without
 * this report the words in it would vanish without a word to the editor.
 */
export function remarkNoRawHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      reportError(
        file,
        `raw HTML is not allowed in content (${JSON.stringify(node.value.slice(0, 40))}): write it in Markdown instead`,
        node,
        'no-raw-html',
      );
    });
  };
}
