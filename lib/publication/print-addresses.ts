import type { Element, Root, RootContent } from 'hast';

export interface PrintAddressesOptions {
  /** The site's origin, `https://example.org`, from SITE_URL (lib/site.ts). */
  origin: string;
}

/**
 * A rehype plugin that writes, on each link in a page's `<main>` to another
 * page of the site, the whole address a printout should show after it
 * (`data-print-href="https://example.org/en/labs#p5"`): the print stylesheet
 * in app/globals.css prints it, as CSS cannot make a relative address
 * absolute. Links within the page (`#p5`) and to other sites (whose `href` is
 * already whole) are left alone, as are the header's, which print hides.
 */
export function rehypePrintAddresses({ origin }: PrintAddressesOptions) {
  return (tree: Root) => {
    const visit = (nodes: RootContent[], inMain: boolean) => {
      for (const node of nodes) {
        if (node.type !== 'element') continue;
        const inside = inMain || node.tagName === 'main';
        if (inside && node.tagName === 'a') mark(node, origin);
        visit(node.children, inside);
      }
    };
    visit(tree.children, false);
  };
}

function mark(link: Element, origin: string) {
  const href = link.properties.href;
  if (typeof href !== 'string' || !href.startsWith('/') || href.startsWith('//')) return;
  link.properties.dataPrintHref = `${origin}${href}`;
}
