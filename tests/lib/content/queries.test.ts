// @vitest-environment node
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { materialiseFixture } from '@/scripts/lib/content-fixture';

/*
 * What pages, the nav, the sitemap and the feeds ask for, over content
 * fixtures: adding files is all a new section takes, a section in one
 * language is still reachable from the other, and drafts are in development
 * only. The loader caches in production, so each test loads it afresh.
 */
let root: string | null = null;

// Each test imports the loader and its pipeline afresh; the first import is cold.
vi.setConfig({ testTimeout: 30_000 });

async function queriesOver(fixture: string, mode: 'development' | 'production') {
  root = materialiseFixture(fixture);
  vi.stubEnv('CONTENT_DIR', root);
  vi.stubEnv('NODE_ENV', mode);
  vi.resetModules();
  return import('@/lib/content/queries');
}

afterEach(() => {
  vi.unstubAllEnvs();
  if (root) rmSync(root, { recursive: true, force: true });
  root = null;
});

describe('a section added as two Markdown files', () => {
  it('gets its pages, its place in the nav by order and the previous/next links', async () => {
    const { getSectionLinks, getSection, getSectionParams, getNeighbours } = await queriesOver('new-section', 'production');
    expect((await getSectionLinks('zh')).map(({ slug, href }) => [slug, href])).toEqual([
      ['alpha', '/zh/alpha'],
      ['beta', '/zh/beta'],
    ]);
    expect((await getSection('en', 'beta'))?.title).toBe('Major projects: part two');
    expect(await getSectionParams()).toEqual(
      expect.arrayContaining([
        { locale: 'zh', slug: 'beta' },
        { locale: 'en', slug: 'beta' },
      ]),
    );
    expect((await getNeighbours('en', 'alpha')).next).toMatchObject({ slug: 'beta', href: '/en/beta', locale: 'en' });
  });
});

describe('a section in one language', () => {
  it('is listed in the other language, linking to the page that exists, in its language', async () => {
    const { getSectionLinks } = await queriesOver('one-language', 'production');
    const en = await getSectionLinks('en');
    expect(en.find((link) => link.slug === 'zh-only')).toMatchObject({ href: '/zh/zh-only', locale: 'zh' });
    const zh = await getSectionLinks('zh');
    expect(zh.find((link) => link.slug === 'en-only')).toMatchObject({ href: '/en/en-only', locale: 'en' });
  });

  it('has a page in its language only, and alternates that list only real translations', async () => {
    const { getSection, getSectionParams, getAlternates } = await queriesOver('one-language', 'production');
    expect(await getSection('en', 'zh-only')).toBeNull();
    const params = await getSectionParams();
    expect(params).toContainEqual({ locale: 'zh', slug: 'zh-only' });
    expect(params).not.toContainEqual({ locale: 'en', slug: 'zh-only' });
    // The traditional edition is made from every Chinese file, so it has every Chinese section.
    expect(await getAlternates('zh-only')).toEqual({ zh: '/zh/zh-only', 'zh-hant': '/zh-hant/zh-only' });
    expect(await getAlternates('alpha')).toEqual({ zh: '/zh/alpha', 'zh-hant': '/zh-hant/alpha', en: '/en/alpha' });
  });
});

describe('a draft', () => {
  it('is left out of the production build: no page, no nav entry, no alternate', async () => {
    const { getSectionLinks, getSectionParams, getSection, getAlternates } = await queriesOver(
      'one-language',
      'production',
    );
    for (const locale of ['zh', 'en'] as const) {
      expect((await getSectionLinks(locale)).map((link) => link.slug)).not.toContain('draft-both');
      expect(await getSection(locale, 'draft-both')).toBeNull();
    }
    expect((await getSectionParams()).map((param) => param.slug)).not.toContain('draft-both');
    expect(await getAlternates('draft-both')).toEqual({});
  });

  it('in one language leaves the other published as a one-language section', async () => {
    const { getSectionLinks, getAlternates } = await queriesOver('one-language', 'production');
    expect((await getSectionLinks('zh')).find((link) => link.slug === 'zh-draft-en-published')).toMatchObject({
      href: '/en/zh-draft-en-published',
      locale: 'en',
    });
    expect(await getAlternates('zh-draft-en-published')).toEqual({ en: '/en/zh-draft-en-published' });
  });

  it('shows in development, marked as a draft', async () => {
    const { getSectionLinks, getSection } = await queriesOver('one-language', 'development');
    expect((await getSectionLinks('zh')).map((link) => link.slug)).toContain('draft-both');
    expect(await getSection('zh', 'draft-both')).toMatchObject({ draft: true });
    expect(await getSection('zh', 'alpha')).toMatchObject({ draft: false });
  });
});
