import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import sharp from 'sharp';
import { structuredDataTestHtml } from 'structured-data-testing-tool';
import sdttPresets from 'structured-data-testing-tool/presets.js';
import { contentRoot, readContent } from '@/lib/content/load';
import { htmlLang, locales, type Locale } from '@/lib/i18n';
import { feedPath, frontPagePath, fullArticlePath, sectionPath } from '@/lib/routes';
import { openGraphLocale } from '@/lib/seo/metadata';
import { siteConfig } from '@/lib/site';

/*
 * Crawls the built site as a search engine would, without running any
 * JavaScript: every page is found through /sitemap.xml, and each page's head,
 * structured data and feed link are checked against the others. Run it against
 * a build made with the same SITE_URL (the absolute URLs are fixed at build
 * time); the test maps them back to the server it is given.
 */

const site = siteConfig.url;
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (name) => ['url', 'xhtml:link', 'item'].includes(name),
});

interface ImageLd {
  '@type': string;
  url: string;
  width: number;
  height: number;
  caption: string;
  creditText: string;
}

/** The parts of a NewsArticle node this test reads; the JSON is checked field by field. */
interface ArticleLd {
  '@context': string;
  '@type': string;
  url: string;
  mainEntityOfPage: string;
  inLanguage: string;
  headline: string;
  description: string;
  datePublished: string;
  dateModified: string;
  author: { '@type': string; name: string };
  publisher: { '@type': string; name: string; logo: { url: string } };
  isPartOf?: { url: string };
  image: ImageLd[];
}

interface Crawled {
  url: string;
  /** The language the page's URL names, and the `lang` its `<html>` says. */
  locale: Locale;
  lang: string;
  title: string;
  description: string;
  canonical: string[];
  /** hreflang → href, as the page's `<link rel="alternate">`s say. */
  hreflang: Record<string, string>;
  hreflangCount: number;
  feeds: string[];
  meta: Record<string, string[]>;
  jsonLdScripts: string[];
  /** Caption and credit of each figure, by image file stem. */
  figures: Map<string, { caption: string; credit: string }>;
  byline: string;
}

/** The local address of one of the site's absolute URLs. */
function local(url: string): string {
  if (url === site) return '/';
  expect(url.startsWith(`${site}/`), `${url} should start with SITE_URL (${site})`).toBe(true);
  return url.slice(site.length);
}

/** Reads a page as a crawler that runs no JavaScript sees it. */
async function crawl(page: Page, url: string): Promise<Crawled> {
  const response = await page.goto(local(url));
  expect(response?.status(), url).toBe(200);
  const found = await page.evaluate(() => {
    const attrs = (selector: string, name: string) =>
      [...document.querySelectorAll(selector)].map((element) => element.getAttribute(name) ?? '');
    const meta: Record<string, string[]> = {};
    for (const element of document.querySelectorAll('meta[property], meta[name]')) {
      const key = element.getAttribute('property') ?? element.getAttribute('name') ?? '';
      (meta[key] ??= []).push(element.getAttribute('content') ?? '');
    }
    const alternates = [...document.querySelectorAll('link[rel="alternate"][hreflang]')];
    const figures: [string, { caption: string; credit: string }][] = [];
    for (const figure of document.querySelectorAll('figure')) {
      const stem = /\/img\/(.+)-\d+\.webp/.exec(figure.querySelector('img')?.getAttribute('src') ?? '')?.[1];
      const spans = figure.querySelectorAll('figcaption > span');
      if (stem) figures.push([stem, { caption: spans[0]?.textContent ?? '', credit: spans[1]?.textContent ?? '' }]);
    }
    return {
      lang: document.documentElement.lang,
      title: document.title,
      description: meta.description?.[0] ?? '',
      canonical: attrs('link[rel="canonical"]', 'href'),
      hreflang: Object.fromEntries(
        alternates.map((link) => [link.getAttribute('hreflang') ?? '', link.getAttribute('href') ?? '']),
      ),
      hreflangCount: alternates.length,
      feeds: attrs('link[rel="alternate"][type="application/rss+xml"]', 'href'),
      meta,
      jsonLdScripts: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
        (script) => script.textContent ?? '',
      ),
      figures,
      byline: document.querySelector('main header')?.textContent ?? '',
    };
  });
  const locale = locales.find((each) => url === `${site}${frontPagePath(each)}` || url.startsWith(`${site}/${each}/`));
  if (!locale) throw new Error(`${url}: not under a language`);
  return { ...found, url, locale, figures: new Map(found.figures) };
}

interface SitemapEntry {
  loc: string;
  lastmod: string;
  'xhtml:link'?: { rel: string; hreflang: string; href: string }[];
}

async function readSitemap(request: APIRequestContext): Promise<SitemapEntry[]> {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(XMLValidator.validate(body), 'the sitemap is well-formed XML').toBe(true);
  return (xml.parse(body) as { urlset: { url: SitemapEntry[] } }).urlset.url;
}

function sitemapAlternates(entry: SitemapEntry): Record<string, string> {
  return Object.fromEntries((entry['xhtml:link'] ?? []).map((link) => [link.hreflang, link.href]));
}

/** What the content says the site has: every front page and every section version, and each language's feed items. */
async function expectedSite() {
  const { content, files } = await readContent(contentRoot());
  if (!content) throw new Error(files.flatMap((file) => file.messages.map(String)).join('\n'));
  const pages = locales.flatMap((locale) => [
    `${site}${frontPagePath(locale)}`,
    `${site}${fullArticlePath(locale)}`,
    ...content.sections
      .filter((entry) => entry.versions[locale])
      .map((entry) => `${site}${sectionPath(locale, entry.slug)}`),
  ]);
  const feedItems = (locale: Locale) =>
    content.sections.map((entry) => {
      const shown = entry.versions[locale] ? locale : (Object.values(entry.versions)[0]?.locale ?? locale);
      return `${site}${sectionPath(shown, entry.slug)}`;
    });
  return { pages, feedItems };
}

let sitemap: SitemapEntry[];
let pages: Map<string, Crawled>;

test.beforeAll(async ({ browser, request }, testInfo) => {
  sitemap = await readSitemap(request);
  // As a crawler that reads HTML only: no page script runs.
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: testInfo.project.use.baseURL });
  const page = await context.newPage();
  pages = new Map();
  for (const entry of sitemap) pages.set(entry.loc, await crawl(page, entry.loc));
  await context.close();
});

test('robots.txt allows crawling and names the sitemap by its absolute URL', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).not.toMatch(/^Disallow: \/\S/m);
  expect(text).toContain(`Sitemap: ${site}/sitemap.xml`);
});

test('the sitemap lists every page once, with its alternates and last change', async () => {
  const { pages: expected } = await expectedSite();
  const listed = sitemap.map((entry) => entry.loc);
  expect(new Set(listed).size, 'no page twice').toBe(listed.length);
  expect([...listed].sort()).toEqual([...expected].sort());
  expect(
    listed.filter((url) => url.includes('/bilingual')),
    'no bilingual views (they are noindex)',
  ).toEqual([]);
  for (const entry of sitemap) {
    const alternates = sitemapAlternates(entry);
    expect(Object.values(alternates), `${entry.loc} lists itself`).toContain(entry.loc);
    expect(alternates['x-default'], `${entry.loc} has x-default`).toBeTruthy();
    expect(entry.lastmod).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
  }
});

test('every page has a unique title and description, a canonical to itself and the same hreflang as the sitemap', async () => {
  const titles = new Set<string>();
  const descriptions = new Set<string>();
  for (const entry of sitemap) {
    const page = pages.get(entry.loc);
    if (!page) throw new Error(`not crawled: ${entry.loc}`);
    expect(page.canonical, entry.loc).toEqual([entry.loc]);
    expect(page.hreflang, entry.loc).toEqual(sitemapAlternates(entry));
    expect(page.hreflangCount, `${entry.loc}: one link per language`).toBe(Object.keys(page.hreflang).length);
    expect(page.hreflang[page.lang], `${entry.loc} lists itself under its own lang`).toBe(entry.loc);
    expect(page.title).toMatch(/ \| \S/);
    expect(page.description.length).toBeGreaterThan(0);
    titles.add(page.title);
    descriptions.add(page.description);
  }
  expect(titles.size, 'titles are unique').toBe(sitemap.length);
  expect(descriptions.size, 'descriptions are unique').toBe(sitemap.length);
});

test('hreflang is reciprocal across the whole site and never names a page that does not exist', async ({ request }) => {
  const errors: string[] = [];
  for (const page of pages.values()) {
    for (const [lang, href] of Object.entries(page.hreflang)) {
      if (lang === 'x-default') continue;
      const target = pages.get(href);
      if (!target) {
        errors.push(`${page.url} names ${href} (${lang}), which is not in the sitemap`);
        continue;
      }
      if (target.lang !== lang) errors.push(`${page.url} calls ${href} "${lang}", but it says lang="${target.lang}"`);
      if (target.hreflang[page.lang] !== page.url) {
        errors.push(`${href} does not link back to ${page.url} as ${page.lang}`);
      }
      if (target.hreflang['x-default'] !== page.hreflang['x-default']) {
        errors.push(`${page.url} and ${href} disagree on x-default`);
      }
    }
    const fallback = page.hreflang['x-default'];
    if (!fallback) errors.push(`${page.url} has no x-default`);
    // The front page's x-default is the root, which redirects each reader to their language.
    else if (!pages.has(fallback)) {
      const response = await request.get(local(fallback), { maxRedirects: 0 });
      if (![200, 307, 308].includes(response.status()))
        errors.push(`${page.url}: x-default ${fallback} answers ${response.status()}`);
    }
  }
  expect(errors).toEqual([]);
});

test('every page describes itself to link previews and allows large image previews', async () => {
  for (const page of pages.values()) {
    const one = (key: string) => {
      expect(page.meta[key], `${page.url}: ${key}`).toHaveLength(1);
      return page.meta[key]?.[0] ?? '';
    };
    expect(one('og:type')).toBe('article');
    expect(one('og:url')).toBe(page.url);
    expect(one('og:title').length).toBeGreaterThan(0);
    expect(one('og:description')).toBe(page.description);
    expect(page.lang).toBe(htmlLang[page.locale]);
    expect(one('og:locale')).toBe(openGraphLocale[page.locale]);
    expect(page.meta['og:locale:alternate']?.length ?? 0).toBe(Object.keys(page.hreflang).length - 2);
    expect(one('og:image')).toMatch(new RegExp(`^${site}/img/social/.+-1200x630\\.jpg$`));
    expect(one('og:image:width')).toBe('1200');
    expect(one('og:image:height')).toBe('630');
    expect(one('og:image:alt').length).toBeGreaterThan(0);
    expect(one('article:published_time')).toMatch(/\+08:00$/);
    expect(one('article:section').length).toBeGreaterThan(0);
    expect(one('twitter:card')).toBe('summary_large_image');
    expect(one('robots')).toContain('max-image-preview:large');
    expect(one('robots')).not.toContain('noindex');
    expect(page.feeds, `${page.url} links its language's feed`).toEqual([`${site}${feedPath(page.locale)}`]);
  }
});

test('every page has one JSON-LD script with a NewsArticle Google can use', async ({ request }) => {
  const checkedImages = new Set<string>();
  for (const page of pages.values()) {
    expect(page.jsonLdScripts, page.url).toHaveLength(1);
    const text = page.jsonLdScripts[0] ?? '';
    expect(text, 'no raw < in the script').not.toContain('<');
    const nodes = JSON.parse(text) as Record<string, unknown>[];
    const article = nodes.find((node) => node['@type'] === 'NewsArticle') as ArticleLd | undefined;
    if (!article) throw new Error(`${page.url}: no NewsArticle`);
    expect(article['@context']).toBe('https://schema.org');
    expect(article.url).toBe(page.url);
    expect(article.mainEntityOfPage).toBe(page.url);
    expect(article.inLanguage).toBe(page.lang);
    expect(typeof article.headline).toBe('string');
    expect(article.headline.length).toBeLessThanOrEqual(110);
    expect(article.description).toBe(page.description);
    expect(article.datePublished).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(article.dateModified).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$/);
    expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.datePublished));
    expect(article.author['@type']).toBe('Person');
    expect(page.byline).toContain(article.author.name);
    expect(article.publisher).toMatchObject({ '@type': 'Organization', name: expect.any(String) });
    expect(article.publisher.logo.url).toMatch(new RegExp(`^${site}/`));

    const front = `${site}${frontPagePath(page.locale)}`;
    if (page.url !== front) {
      expect(article.isPartOf?.url).toBe(front);
      const crumbs = nodes.find((node) => node['@type'] === 'BreadcrumbList') as { itemListElement: unknown[] };
      expect(crumbs?.itemListElement).toEqual([
        expect.objectContaining({ position: 1, item: front }),
        expect.objectContaining({ position: 2, item: page.url }),
      ]);
    } else {
      expect(article.isPartOf).toBeUndefined();
    }

    // The caption and credit are those the reader sees: under the figure on
    // this page, or, for a section without one, under the front page's hero.
    const images = article.image;
    expect(images.map((image) => image.width / image.height)).toEqual([16 / 9, 4 / 3, 1]);
    const stem = /\/img\/social\/(.+)-\d+x\d+\.jpg$/.exec(images[0]?.url ?? '')?.[1] ?? '';
    const shownOn = page.figures.get(stem) ?? pages.get(front)?.figures.get(stem);
    expect(shownOn, `${page.url}: the image is shown with a caption`).toBeTruthy();
    for (const image of images) {
      expect(image).toMatchObject({ '@type': 'ImageObject', caption: shownOn?.caption, creditText: shownOn?.credit });
      expect(image.width).toBeGreaterThanOrEqual(1200);
      if (checkedImages.has(image.url)) continue;
      checkedImages.add(image.url);
      const response = await request.get(local(image.url));
      expect(response.status(), image.url).toBe(200);
      const size = await sharp(await response.body()).metadata();
      expect([size.width, size.height], image.url).toEqual([image.width, image.height]);
    }
  }
});

test('every page passes structured-data-testing-tool’s Google rules for NewsArticle', async ({ request }) => {
  for (const url of pages.keys()) {
    const html = await (await request.get(local(url))).text();
    // The tool rejects when a test fails, with the results on the error.
    const results = await structuredDataTestHtml(html, {
      presets: [sdttPresets.Google],
      schemas: ['NewsArticle'],
    }).catch(
      (error: { res?: Awaited<ReturnType<typeof structuredDataTestHtml>>; message: string }) =>
        error.res ?? { passed: [], warnings: [], failed: [{ test: error.message }] },
    );
    const failed = results.failed.map((result) => `${result.test}: ${result.error?.message ?? 'failed'}`);
    expect(failed, url).toEqual([]);
    expect(results.passed.length, url).toBeGreaterThan(10);
  }
});

for (const locale of locales) {
  test(`the ${locale} feed parses and lists every section`, async ({ request }) => {
    const { feedItems } = await expectedSite();
    const response = await request.get(feedPath(locale));
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/rss+xml');
    const body = await response.text();
    expect(XMLValidator.validate(body), 'the feed is well-formed XML').toBe(true);
    const { rss } = xml.parse(body) as {
      rss: {
        version: string;
        channel: {
          language: string;
          item: {
            title: string;
            link: string;
            description: string;
            pubDate: string;
            'content:encoded': string;
            'dc:language': string;
          }[];
        };
      };
    };
    expect(rss.version).toBe('2.0');
    expect(rss.channel.language).toBe(htmlLang[locale]);
    expect(rss.channel.item.map((item) => item.link)).toEqual(feedItems(locale));
    for (const item of rss.channel.item) {
      const page = pages.get(item.link);
      expect(item.title.length).toBeGreaterThan(0);
      expect(item.description).toBe(page?.description);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
      expect(item['dc:language']).toBe(page?.lang);
      expect(item['content:encoded'].length, `${item.link} carries its body`).toBeGreaterThan(0);
    }
  });
}
