// jsdom is installed (Vitest's DOM) without @types/jsdom; this declares only the
// constructor and window that scripts/lib/page-assets.ts uses to parse served HTML.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: Window & typeof globalThis;
  }
}
