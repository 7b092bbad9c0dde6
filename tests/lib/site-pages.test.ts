// @vitest-environment node
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getSitePages, hasBilingualViews, missingPages } from '@/lib/site-pages';

/*
 * The page list every quality gate walks, over a copy of the real content:
 * a section an editor adds must be tested without anyone touching a list.
 */
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'site-pages-'));
  cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
  process.env.CONTENT_DIR = root;
});

afterEach(() => {
  delete process.env.CONTENT_DIR;
  rmSync(root, { recursive: true, force: true });
});

describe('getSitePages', () => {
  it('lists every front page and every section in every locale, each with its twins', async () => {
    const pages = await getSitePages({ bilingualViews: false });
    expect(pages.map((page) => page.path)).toEqual(
      expect.arrayContaining(['/zh', '/zh-hant', '/en', '/zh/labs', '/zh-hant/labs', '/en/labs', '/en/reforms']),
    );
    expect(pages.find((page) => page.path === '/en/labs')).toMatchObject({
      kind: 'section',
      twins: { zh: '/zh/labs', 'zh-hant': '/zh-hant/labs' },
    });
    expect(pages.every((page) => page.indexable)).toBe(true);
  });

  it('lists the whole article on one page in every locale, each with the others as twins', async () => {
    const pages = await getSitePages({ bilingualViews: false });
    expect(pages.filter((page) => page.kind === 'full-article').map((page) => page.path)).toEqual([
      '/zh/full',
      '/zh-hant/full',
      '/en/full',
    ]);
    expect(pages.find((page) => page.path === '/en/full')?.twins).toEqual({
      zh: '/zh/full',
      'zh-hant': '/zh-hant/full',
    });
  });

  it('picks up a section an editor adds, in the languages it is written in only', async () => {
    const labs = readFileSync(path.join(root, 'zh', 'labs.md'), 'utf8');
    writeFileSync(path.join(root, 'zh', 'new-projects.md'), labs.replace(/^order: 1$/m, 'order: 99'));
    const pages = await getSitePages({ bilingualViews: false });
    expect(pages.find((page) => page.path === '/zh/new-projects')?.twins).toEqual({
      'zh-hant': '/zh-hant/new-projects',
    });
    expect(pages.some((page) => page.path === '/en/new-projects')).toBe(false);
  });

  it('adds the side-by-side views, not indexable, for sections written in every language', async () => {
    const labs = readFileSync(path.join(root, 'zh', 'labs.md'), 'utf8');
    writeFileSync(path.join(root, 'zh', 'new-projects.md'), labs.replace(/^order: 1$/m, 'order: 99'));
    const bilingual = (await getSitePages({ bilingualViews: true })).filter((page) => !page.indexable);
    expect(bilingual.map((page) => page.path)).toEqual(
      expect.arrayContaining([
        '/zh/bilingual',
        '/zh-hant/bilingual',
        '/en/bilingual',
        '/zh/bilingual/labs',
        '/zh-hant/bilingual/labs',
        '/en/bilingual/labs',
      ]),
    );
    expect(bilingual.some((page) => page.path.endsWith('/new-projects'))).toBe(false);
  });

  it('refuses to list pages from broken content, quoting the loader’s message', async () => {
    const file = path.join(root, 'en', 'labs.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^order: 1$/m, 'order: first'));
    await expect(getSitePages()).rejects.toThrow(/en\/labs\.md:\d+:\d+: field "order"/);
  });
});

describe('hasBilingualViews', () => {
  it('is true once app/[locale]/bilingual exists', () => {
    expect(hasBilingualViews(root)).toBe(false);
    mkdirSync(path.join(root, 'app', '[locale]', 'bilingual'), { recursive: true });
    expect(hasBilingualViews(root)).toBe(true);
  });
});

describe('missingPages', () => {
  it('has a missing address in every locale and one with a language the site does not have', () => {
    expect(missingPages.map((page) => page.path.split('/')[1])).toEqual(['zh', 'zh-hant', 'en', 'xx']);
  });
});
