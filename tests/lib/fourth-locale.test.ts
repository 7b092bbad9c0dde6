// @vitest-environment node
import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getBilingualParams } from '@/lib/content/bilingual';
import { readContent } from '@/lib/content/load';
import { getSectionParams } from '@/lib/content/queries';
import type { Locale } from '@/lib/i18n';
import { negotiateLocale } from '@/lib/negotiate-locale';
import { buildFeed } from '@/lib/seo/feed';
import { buildMetadata } from '@/lib/seo/metadata';
import { getAllPageSeo, getFeedData, getPageSeo } from '@/lib/seo/page-seo';
import { buildSitemap } from '@/lib/seo/sitemap';
import { getSitePages } from '@/lib/site-pages';
import { materialiseFixture } from '@/scripts/lib/content-fixture';

/*
 * Adding a locale touches its profile and its dictionary only. Here the
 * profiles of lib/i18n.ts gain a French translation of the original
 * (tests/fixtures/locales/fourth/profile.ts), and a content folder gains its
 * files; nothing else changes. The content model is then built for it end to
 * end below Next: the loader and checks, routes, pages, the side-by-side
 * view, SEO, sitemap, feed and negotiation. (A full `next build` of a fixture
 * is tests/scripts/content-build.test.ts's job; it takes minutes here.)
 */
vi.mock('@/lib/i18n', async () => {
  const actual = await vi.importActual<typeof import('@/lib/i18n')>('@/lib/i18n');
  const { createLocaleModel } = await vi.importActual<typeof import('@/lib/locale-model')>('@/lib/locale-model');
  const { frProfile } = await import('@/tests/fixtures/locales/fourth/profile');
  const localeProfiles = { ...actual.localeProfiles, fr: frProfile };
  return { ...createLocaleModel(localeProfiles as typeof actual.localeProfiles, 'zh'), localeProfiles };
});

const fr = 'fr' as Locale;
let root: string;

beforeAll(() => {
  root = materialiseFixture('base');
  cpSync(path.join(process.cwd(), 'tests/fixtures/locales/fourth'), root, {
    recursive: true,
    filter: (source) => !source.endsWith('.ts'),
  });
  process.env.CONTENT_DIR = root;
});

afterAll(() => {
  delete process.env.CONTENT_DIR;
  rmSync(root, { recursive: true, force: true });
});

describe('a fourth locale, added by a profile and a dictionary', () => {
  it('is read from its own folder and checked as a translation of the original', async () => {
    const { files, content } = await readContent(root);
    expect(content?.frontPages[fr]?.title).toBe('La Cité des sciences : un dossier d’essai');
    expect(content?.sections[0]?.versions[fr]?.blocks.map((block) => block.id)).toEqual(['p1', 'h1', 'p2']);
    const messages = files.flatMap((file) => file.messages.map(String));
    expect(messages).toContainEqual(
      expect.stringMatching(/fr\/alpha\.md:1:1: this translation does not record which version/),
    );
  });

  it('gets its pages, its side-by-side views and its place in the list of pages', async () => {
    expect(await getSectionParams()).toContainEqual({ locale: fr, slug: 'alpha' });
    expect(await getBilingualParams()).toContainEqual({ locale: fr, slug: 'alpha' });
    const paths = (await getSitePages({ bilingualViews: true })).map((page) => page.path);
    expect(paths).toEqual(expect.arrayContaining(['/fr', '/fr/alpha', '/fr/bilingual', '/fr/bilingual/alpha']));
  });

  it('is in every page’s hreflang, the sitemap and its own feed, and reached by negotiation', async () => {
    const alpha = await getPageSeo('zh', 'alpha');
    if (!alpha) throw new Error('zh/alpha exists');
    expect(buildMetadata(alpha).alternates?.languages).toMatchObject({
      'zh-Hans': expect.stringMatching(/\/zh\/alpha$/),
      'zh-Hant': expect.stringMatching(/\/zh-hant\/alpha$/),
      en: expect.stringMatching(/\/en\/alpha$/),
      fr: expect.stringMatching(/\/fr\/alpha$/),
    });
    expect(alpha.translations).toEqual(expect.arrayContaining([expect.stringMatching(/\/fr\/alpha$/)]));
    const sitemap = buildSitemap(await getAllPageSeo()).map((entry) => entry.url);
    expect(sitemap).toEqual(
      expect.arrayContaining([expect.stringMatching(/\/fr$/), expect.stringMatching(/\/fr\/alpha$/)]),
    );
    const feed = buildFeed(await getFeedData(fr));
    expect(feed).toContain('<language>fr</language>');
    expect(feed).toContain('Le laboratoire Jinfeng : première partie');
    expect(negotiateLocale('fr-CA,en;q=0.5')).toBe(fr);
  });

  it('renders its front page and section in its own words, offering every other edition', async () => {
    const { default: FrontPage } = await import('@/app/[locale]/page');
    const { default: SectionPage } = await import('@/app/[locale]/[slug]/page');
    const front = renderToStaticMarkup(
      await FrontPage({ params: Promise.resolve({ locale: 'fr' }) } as PageProps<'/[locale]'>),
    );
    expect(front).toContain('La Cité des sciences : un dossier d’essai');
    expect(front).toContain('Dans ce dossier');
    for (const href of ['/zh', '/zh-hant', '/en']) expect(front).toContain(`href="${href}"`);
    const section = renderToStaticMarkup(
      await SectionPage({ params: Promise.resolve({ locale: 'fr', slug: 'alpha' }) } as PageProps<'/[locale]/[slug]'>),
    );
    expect(section).toContain('Partie 1 sur 1');
    expect(section).toContain('href="/fr"');
    expect(section).toContain('id="p2"');
  });
});
