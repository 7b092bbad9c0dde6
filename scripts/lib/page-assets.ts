import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';

/** An `<img>` as served: its declared size and every URL a browser may fetch for it. */
export interface PageImage {
  /** The tag as written (shortened), to name it in a message. */
  tag: string;
  width: string | null;
  height: string | null;
  urls: string[];
}

/** What a page makes a modern browser download before it can run: the files its HTML asks for. */
export interface PageAssets {
  /** Scripts a module-capable browser loads on first visit, absolute; `nomodule` polyfills are left out. */
  scripts: string[];
  stylesheets: string[];
  images: PageImage[];
}

// Next (with Turbopack) names a page's chunks in <script src>, in <link rel="preload"> and inside its
// inline bootstrap scripts (`otherChunks`, the RSC payload); all of them load on first visit.
const CHUNK = /(?:\/_next\/)?static\/chunks\/[\w.~-]+\.js/g;

/**
 * Lists the scripts, stylesheets and images a page's HTML makes a browser
 * fetch, read from the served HTML rather than from build internals, so the
 * figures match what a reader downloads.
 */
export function collectPageAssets(html: string, pageUrl: string): PageAssets {
  const { document } = new JSDOM(html).window;
  const absolute = (url: string) => new URL(url, pageUrl).href;
  const chunkUrl = (found: string) => absolute(found.startsWith('/_next/') ? found : `/_next/${found}`);

  const noModule = new Set(
    [...document.querySelectorAll('script[nomodule][src]')].map((script) => absolute(script.getAttribute('src') ?? '')),
  );
  const scripts = new Set<string>();
  for (const script of document.querySelectorAll('script[src]:not([nomodule])')) {
    scripts.add(absolute(script.getAttribute('src') ?? ''));
  }
  for (const link of document.querySelectorAll('link[rel="preload"][as="script"], link[rel="modulepreload"]')) {
    scripts.add(absolute(link.getAttribute('href') ?? ''));
  }
  for (const script of document.querySelectorAll('script:not([src])')) {
    for (const found of script.textContent?.match(CHUNK) ?? []) scripts.add(chunkUrl(found));
  }
  for (const url of noModule) scripts.delete(url);

  const stylesheets = [...document.querySelectorAll('link[rel="stylesheet"][href]')].map((link) =>
    absolute(link.getAttribute('href') ?? ''),
  );

  const images = [...document.querySelectorAll('img')].map((image): PageImage => {
    const urls = new Set<string>();
    const src = image.getAttribute('src');
    if (src) urls.add(absolute(src));
    for (const candidate of (image.getAttribute('srcset') ?? '').split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) urls.add(absolute(url));
    }
    return {
      tag: image.outerHTML.slice(0, 120),
      width: image.getAttribute('width'),
      height: image.getAttribute('height'),
      urls: [...urls],
    };
  });

  return { scripts: [...scripts].sort(), stylesheets, images };
}

/**
 * The size of a file sent with gzip at the default level (6), as `next start`
 * and most servers and CDNs send it. Deterministic, so budgets do not flake.
 */
export function gzipSize(body: Uint8Array | string): number {
  return gzipSync(body).byteLength;
}

/** Whether an image response is in a modern format (WebP or AVIF). */
export function isModernImageType(contentType: string | null): boolean {
  return /^image\/(webp|avif)\b/i.test(contentType ?? '');
}

/** True when an `<img>` declares both width and height as whole numbers, so the browser reserves its space. */
export function hasIntrinsicSize(image: Pick<PageImage, 'width' | 'height'>): boolean {
  return /^\d+$/.test(image.width ?? '') && /^\d+$/.test(image.height ?? '');
}
