import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { profileOf, writtenLocales, writtenSourceOf, type Locale } from '@/lib/i18n';
import { frontPagePath } from '@/lib/routes';
import { reportError } from '@/lib/content/report';

export interface ContentLinksOptions {
  /** The locale of the page being made: `labs.md` points at the same locale. */
  locale: Locale;
}

/** A link from one page of the site to another, kept for the link check. */
export interface InternalLink {
  /**
   * The site path it was rewritten to, such as `/en/labs#p3`; a link within
   * the page (`#p3`) or a relative link that is not a content file (`labs`,
   * `../images/a.jpg`) as written, for the check to report.
   */
  href: string;
  line: number;
  column: number;
}

declare module 'vfile' {
  interface DataMap {
    internalLinks: InternalLink[];
  }
}

const safeSchemes = new Set(['http:', 'https:', 'mailto:']);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `labs.md`, `./labs.md`, `../en/labs.md#p3`: a link to a content file of a written locale. */
const markdownLink = new RegExp(
  `^(?:\\./)?(?:\\.\\./(${writtenLocales.map((locale) => escape(profileOf(locale).segment)).join('|')})/)?([a-z0-9][a-z0-9-]*)\\.md(#[\\w-]+)?$`,
);

/**
 * Lets editors link sections the way their editor previews them (`labs.md`,
 * `../en/labs.md#p3`) and rewrites those links to site paths. Links with any
 * scheme but http, https or mailto are reported: the sanitiser would remove
 * them, and the reader would be left with dead text. Reference-style links
 * get the same treatment through their definitions (`[labs]: labs.md`),
 * which is where their address is written.
 */
export function remarkContentLinks(options: ContentLinksOptions) {
  return (tree: Root, file: VFile) => {
    const internalLinks: InternalLink[] = [];
    visit(tree, ['link', 'definition'], (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const url = node.url.trim();
      const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1];
      if (scheme) {
        if (!safeSchemes.has(scheme.toLowerCase())) {
          reportError(file, `unsafe link "${url}": only http, https and mailto links are allowed`, node, 'unsafe-link');
        } else {
          // The sanitiser compares schemes as written: `HTTPS:` would be dropped and the link left dead.
          node.url = `${scheme.toLowerCase()}${url.slice(scheme.length)}`;
        }
        return;
      }
      // Browsers read `//host`, and `/\host` or `\\host` likewise, as another site in the page's own scheme.
      if (/^[/\\]{2}/.test(url)) {
        reportError(
          file,
          `link "${url}" leaves out its scheme, so it means another site over whatever the page was loaded with: write it in full, such as "https:${url.replace(/^[/\\]{2}/, '//')}"`,
          node,
          'protocol-relative-link',
        );
        return;
      }
      const match = markdownLink.exec(url);
      if (match) {
        const [, segment, slug = '', fragment = ''] = match;
        const named = writtenLocales.find((locale) => profileOf(locale).segment === segment);
        // A generated edition links within itself where its source links to its own files.
        const locale = named && named !== writtenSourceOf(options.locale) ? named : options.locale;
        node.url = `${frontPagePath(locale)}${slug === 'index' ? '' : `/${slug}`}${fragment}`;
      }
      // Everything left without a scheme stays on this site, so the check must see it.
      internalLinks.push({
        href: node.url,
        line: node.position?.start.line ?? 1,
        column: node.position?.start.column ?? 1,
      });
    });
    file.data.internalLinks = internalLinks;
  };
}
