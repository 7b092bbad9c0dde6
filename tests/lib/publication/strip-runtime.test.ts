// @vitest-environment node
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { rehypeStripRuntime } from '@/lib/publication/strip-runtime';

/** A page as Next 16 exports it: its runtime, its payload, and what a reader needs. */
const exported = `<!DOCTYPE html><html lang="en"><head>
<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>
<script src="/_next/static/chunks/c.js" async=""></script>
<script src="/_next/static/chunks/polyfill.js" noModule=""></script>
<title>Labs</title></head><body><div hidden=""><!--$--><!--/$--></div>
<script type="application/ld+json">{"@type":"NewsArticle"}</script>
<main><p>Text<!-- --> stays.</p></main>
<script type="module" src="/js/site.js"></script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]});</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script>
<script>self.__next_f.push([1,"payload"])</script>
</body></html>`;

async function strip(html: string, inlineScriptIds: string[] = []) {
  const file = await unified()
    .use(rehypeParse)
    .use(rehypeStripRuntime, {
      clientScript: { path: '/js/site.js', publishedPath: '/js/site.0123456789.js' },
      inlineScriptIds,
    })
    .use(rehypeStringify)
    .process(new VFile({ path: 'out/en/labs.html', value: html }));
  return { html: String(file), kept: file.data.stripped?.inlineScripts ?? [] };
}

describe('rehypeStripRuntime', () => {
  it('takes out the runtime, its preloads, its payload and React’s markers, and keeps what a reader needs', async () => {
    const { html } = await strip(exported);
    expect(html).not.toMatch(/_next\/static\/chunks\/[^"]+\.js|__next_f|TURBOPACK|<!--|hidden/);
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
    expect(html).toContain('<p>Text stays.</p>');
  });

  it('points our module script at its fingerprinted address', async () => {
    const { html } = await strip(exported);
    expect(html).toContain('<script type="module" src="/js/site.0123456789.js"></script>');
  });

  it('stops the build at a script it does not know, naming it and where it is', async () => {
    const error = await strip('<html><body><script src="https://cdn.example/x.js"></script></body></html>').catch(
      (caught: unknown) => caught as VFileMessage,
    );
    expect(error).toBeInstanceOf(VFileMessage);
    expect(error).toMatchObject({ file: 'out/en/labs.html', line: 1, column: 13 });
    expect(String(error)).toContain(
      'a script the publication step does not know: <script src="https://cdn.example/x.js">',
    );
    await expect(strip('<html><body><script>alert(1)</script></body></html>')).rejects.toThrow(/does not know/);
  });

  it('keeps an inline script of our own, by id, and reports it for the CSP', async () => {
    const { html, kept } = await strip('<html><body><script id="choose-language">go()</script></body></html>', [
      'choose-language',
    ]);
    expect(html).toContain('<script id="choose-language">go()</script>');
    expect(kept).toEqual(['go()']);
  });

  it('refuses an inline style, which the CSP would block in the reader’s browser', async () => {
    await expect(
      strip('<html><body><img src="/a.webp" alt="" style="color:transparent"></body></html>'),
    ).rejects.toThrow(/inline style/);
  });
});
