import type { Element, Nodes, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { remove } from 'unist-util-remove';
import type { VFile } from 'vfile';

/**
 * What one HTML file keeps after the framework's runtime is taken out: the
 * inline scripts that stay (their hashes go into the Content-Security-Policy).
 */
export interface StrippedPage {
  inlineScripts: string[];
}

export interface StripRuntimeOptions {
  /** Our own module script, as pages reference it, and the fingerprinted address it is published at. */
  clientScript: { path: string; publishedPath: string };
  /** Ids of inline scripts of our own that a page may keep (e.g. the language chooser of `/`). */
  inlineScriptIds: readonly string[];
}

/** Next's inline scripts: the RSC payload pushes and the Turbopack bootstrap. */
const frameworkInlineScript =
  /^\s*(?:\(self\.__next_f\s*=\s*self\.__next_f\s*\|\|\s*\[\]\)\.push|self\.__next_f\.push|\(globalThis\["TURBOPACK"\])/;

/**
 * A rehype plugin that takes Next.js's client runtime out of an exported page:
 * its chunk scripts and their preloads, the RSC payload (`self.__next_f`), the
 * Turbopack bootstrap, React's hidden Suspense placeholder and its comment
 * markers. What the reader needs stays: the HTML, the stylesheet, JSON-LD and
 * our own module script, which is pointed at its fingerprinted address.
 *
 * Any other script is an error, not a guess: a Next.js upgrade that changes
 * what it emits then stops the build instead of shipping a runtime or a
 * broken page (docs/decisions/0005-static-publication.md says what to do).
 * So is an inline style, which the page's Content-Security-Policy would refuse.
 */
export function rehypeStripRuntime(options: StripRuntimeOptions) {
  return (tree: Root, file: VFile) => {
    const inlineScripts: string[] = [];
    remove(tree, (unistNode) => {
      const node = unistNode as Nodes;
      if (node.type === 'comment') return true;
      if (node.type !== 'element') return false;
      if (node.tagName === 'style' || node.properties.style !== undefined) {
        file.fail(
          `an inline style (${node.tagName === 'style' ? '<style>' : `<${node.tagName} style="…">`}), which the ` +
            "Content-Security-Policy's style-src 'self' refuses: move it to app/globals.css.",
          node,
          'publication:inline-style',
        );
      }
      if (node.tagName === 'link') return isScriptPreload(node);
      if (node.tagName === 'div' && isEmptyHiddenPlaceholder(node)) return true;
      if (node.tagName !== 'script') return false;
      const verdict = judgeScript(node, options);
      if (verdict === 'unknown') {
        file.fail(
          `a script the publication step does not know: ${describe(node)}. ` +
            'If a Next.js upgrade changed what it emits, teach lib/publication/strip-runtime.ts about it ' +
            '(see docs/decisions/0005-static-publication.md); never ship it unexamined.',
          node,
          'publication:unknown-script',
        );
      }
      if (verdict === 'inline') inlineScripts.push(toString(node));
      return verdict === 'framework';
    });
    const stripped: StrippedPage = { inlineScripts };
    file.data.stripped = stripped;
  };
}

type Verdict = 'framework' | 'data' | 'ours' | 'inline' | 'unknown';

function judgeScript(node: Element, { clientScript, inlineScriptIds }: StripRuntimeOptions): Verdict {
  const { src, type, id } = node.properties;
  if (type === 'application/ld+json') return 'data';
  if (typeof src === 'string') {
    if (src.startsWith('/_next/static/')) return 'framework';
    if (src === clientScript.path && type === 'module') {
      node.properties.src = clientScript.publishedPath;
      return 'ours';
    }
    return 'unknown';
  }
  const code = toString(node);
  if (frameworkInlineScript.test(code)) return 'framework';
  if (typeof id === 'string' && inlineScriptIds.includes(id)) return 'inline';
  return 'unknown';
}

/** `<link rel="preload" as="script">` and `modulepreload`: the runtime's chunks, fetched early. */
function isScriptPreload(node: Element): boolean {
  const rel = relList(node);
  return rel.includes('modulepreload') || (rel.includes('preload') && node.properties.as === 'script');
}

function relList(node: Element): string[] {
  const rel = node.properties.rel;
  return Array.isArray(rel) ? rel.map(String) : String(rel ?? '').split(/\s+/);
}

/** React's `<div hidden><!--$--><!--/$--></div>`, a streaming placeholder with nothing in it. */
function isEmptyHiddenPlaceholder(node: Element): boolean {
  return (
    node.properties.hidden !== undefined &&
    node.properties.hidden !== false &&
    node.children.every((child) => child.type === 'comment' || (child.type === 'text' && !child.value.trim()))
  );
}

function describe(node: Element): string {
  const { src, id, type } = node.properties;
  if (typeof src === 'string') return `<script src="${src}">`;
  const attributes = [id ? ` id="${id}"` : '', type ? ` type="${type}"` : ''].join('');
  return `<script${attributes}> beginning ${JSON.stringify(toString(node).slice(0, 60))}`;
}

declare module 'vfile' {
  interface DataMap {
    stripped: StrippedPage;
  }
}
