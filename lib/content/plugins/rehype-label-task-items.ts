import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { profileOf, type Locale } from '@/lib/i18n';

export interface LabelTaskItemsOptions {
  locale: Locale;
}

/**
 * GFM task lists render bare checkboxes, which screen readers announce with
 * no name (an axe violation). Name each one after its list item's text.
 */
export function rehypeLabelTaskItems(options: LabelTaskItemsOptions) {
  const done = profileOf(options.locale).dictionary.taskDone;
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'li') return;
      const box = node.children.find(
        (child) => child.type === 'element' && child.tagName === 'input' && child.properties.type === 'checkbox',
      );
      if (box?.type !== 'element') return;
      box.properties.ariaLabel = `${toString(node).trim()}${box.properties.checked ? ` (${done})` : ''}`;
    });
  };
}
