// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collectPageAssets, gzipSize, hasIntrinsicSize, isModernImageType } from '@/scripts/lib/page-assets';

const page = 'http://127.0.0.1:3998/en/labs';

// The shape of a page as Next 16 with Turbopack serves it, cut down.
const html = `<!DOCTYPE html><html lang="en"><head>
<link rel="stylesheet" href="/_next/static/chunks/site.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/runtime.js"/>
<script src="/_next/static/chunks/main.js" async=""></script>
<script src="/_next/static/chunks/polyfills.js" noModule=""></script>
<link rel="icon" href="/icon.svg"/>
</head><body>
<img alt="A lab" width="1920" height="1280" src="/img/lab-1920.webp" srcSet="/img/lab-480.webp 480w, /img/lab-1920.webp 1920w"/>
<img alt="No size" src="/img/other.jpg"/>
<script id="_R_">(globalThis["TURBOPACK"] || []).push({"otherChunks":["static/chunks/runtime.js","static/chunks/other.js"]});</script>
<script>self.__next_f.push([1,"I[1,[\\"/_next/static/chunks/island.js\\"],\\"Toggle\\"]"])</script>
</body></html>`;

describe('collectPageAssets', () => {
  const assets = collectPageAssets(html, page);

  it('lists every script a modern browser loads first, however the page names it, and leaves out nomodule polyfills', () => {
    expect(assets.scripts).toEqual(
      ['island.js', 'main.js', 'other.js', 'runtime.js'].map(
        (name) => `http://127.0.0.1:3998/_next/static/chunks/${name}`,
      ),
    );
  });

  it('lists stylesheets but not other links such as the icon', () => {
    expect(assets.stylesheets).toEqual(['http://127.0.0.1:3998/_next/static/chunks/site.css']);
  });

  it('lists each image with its declared size and every URL of its src and srcset, once', () => {
    expect(assets.images).toHaveLength(2);
    expect(assets.images[0]).toMatchObject({
      width: '1920',
      height: '1280',
      urls: ['http://127.0.0.1:3998/img/lab-1920.webp', 'http://127.0.0.1:3998/img/lab-480.webp'],
    });
    expect(assets.images[1]).toMatchObject({ width: null, height: null });
  });
});

describe('hasIntrinsicSize', () => {
  it('accepts whole-number width and height and refuses a missing or non-numeric one', () => {
    expect(hasIntrinsicSize({ width: '1920', height: '1280' })).toBe(true);
    expect(hasIntrinsicSize({ width: '1920', height: null })).toBe(false);
    expect(hasIntrinsicSize({ width: '100%', height: '50' })).toBe(false);
  });
});

describe('isModernImageType', () => {
  it('accepts WebP and AVIF and refuses JPEG, PNG and a missing type', () => {
    expect(isModernImageType('image/webp')).toBe(true);
    expect(isModernImageType('image/avif; charset=binary')).toBe(true);
    expect(isModernImageType('image/jpeg')).toBe(false);
    expect(isModernImageType('image/png')).toBe(false);
    expect(isModernImageType(null)).toBe(false);
  });
});

describe('gzipSize', () => {
  it('measures compressed bytes, so repetitive HTML weighs far less than its length', () => {
    const repetitive = '<p>科学城</p>'.repeat(1000);
    expect(gzipSize(repetitive)).toBeLessThan(Buffer.byteLength(repetitive) / 20);
    expect(gzipSize(repetitive)).toBe(gzipSize(repetitive));
  });
});
