// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materialiseFixture } from '@/scripts/lib/content-fixture';
import { keepTsconfig } from '@/tests/lib/keep-tsconfig';

/*
 * A real `npm run build` of the one-language fixture: a section in Chinese
 * only, one in English only, a draft in both languages and one that is a
 * draft in Chinese only. It proves, on the files the build writes, that the
 * site builds, that no link leads to a page that was not built, that
 * hreflang lists only real translations and that drafts are nowhere.
 *
 * It costs a production build (one to several minutes), so it runs only when
 * asked: `npm run test:content-build`. It publishes to its own link
 * (`.out-content-build`), so the site's own `out/` is left alone.
 */
const enabled = Boolean(process.env.CONTENT_BUILD_TEST);
const site = 'https://fixture.example';
const publishLink = '.out-content-build';
const appDir = path.join(process.cwd(), publishLink);

let root = '';
let build: { status: number | null; output: string } = { status: null, output: '' };

/** The built pages and routes, by path: `/zh/alpha` → its HTML (routes such as feeds give their body). */
function builtPages(): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (/\.(html|xml)$/.test(entry.name) && !entry.name.startsWith('_')) {
        const route = `/${path.relative(appDir, file).replace(/\.html$/, '')}`;
        pages.set(route, readFileSync(file, 'utf8'));
      }
    }
  };
  walk(appDir);
  return pages;
}

/** Links and hreflang targets on the site: paths with their fragment. */
function siteLinks(html: string): string[] {
  const hrefs = [...html.matchAll(/\shref="([^"]+)"/g), ...html.matchAll(/<(?:loc|link|guid[^>]*)>([^<]+)</g)].map(
    (match) => (match[1] ?? '').replaceAll('&amp;', '&'),
  );
  return hrefs
    .map((href) => (href.startsWith(site) ? href.slice(site.length) || '/' : href))
    .filter((href) => href.startsWith('/') && !/^\/(_next|img)\//.test(href) && !href.startsWith('/icon.svg'));
}

describe.runIf(enabled)('a production build of content with one-language sections and drafts', () => {
  let restoreTsconfig: () => void = () => {};

  beforeAll(() => {
    restoreTsconfig = keepTsconfig();
    root = materialiseFixture('one-language');
    const result = spawnSync('npm', ['run', 'build'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        CONTENT_DIR: root,
        PUBLISH_LINK: publishLink,
        SITE_URL: site,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    });
    build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }, 900_000);

  afterAll(() => {
    restoreTsconfig();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  it('builds each section in the languages it is published in, and no draft', () => {
    const pages = [...builtPages().keys()];
    expect(pages).toEqual(expect.arrayContaining(['/zh/alpha', '/en/alpha', '/zh/zh-only', '/en/en-only']));
    expect(pages).toContain('/en/zh-draft-en-published');
    for (const missing of [
      '/en/zh-only',
      '/zh/en-only',
      '/zh/draft-both',
      '/en/draft-both',
      '/zh/zh-draft-en-published',
    ]) {
      expect(pages).not.toContain(missing);
    }
  });

  it('leads every link, hreflang, sitemap and feed entry to a page that was built', () => {
    const pages = builtPages();
    const broken: string[] = [];
    for (const [from, html] of pages) {
      for (const link of siteLinks(html)) {
        const [target = '', fragment] = link.split('#');
        const page = pages.get(target === '/' ? '/index' : target.replace(/\/$/, ''));
        if (page === undefined) broken.push(`${from} → ${link}`);
        else if (fragment && !page.includes(`id="${fragment}"`)) broken.push(`${from} → ${link} (no such block)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists only real translations in hreflang', () => {
    const pages = builtPages();
    const hreflangs = (route: string) =>
      [...(pages.get(route) ?? '').matchAll(/<link rel="alternate" hreflang="([^"]+)"/gi)].map((match) => match[1]);
    expect(hreflangs('/zh/zh-only')).not.toContain('en');
    expect(hreflangs('/en/en-only')).not.toContain('zh-Hans');
    expect(hreflangs('/en/zh-draft-en-published')).not.toContain('zh-Hans');
    expect(hreflangs('/en/alpha')).toEqual(expect.arrayContaining(['zh-Hans', 'en']));
  });

  it('leaves no trace of a draft in anything it wrote', () => {
    for (const [route, body] of builtPages()) {
      for (const text of ['draft-both', '草稿 第四节', 'Draft: part four', '中文是草稿']) {
        expect(body.includes(text), `${route} mentions ${text}`).toBe(false);
      }
    }
    expect(existsSync(path.join(appDir, 'zh/draft-both.html'))).toBe(false);
  });
});
