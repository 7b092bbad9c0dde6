import type { Block, Figure } from '@/lib/content/types';
import { getAlternates, getFrontPage, getSection, getSectionLinks, getSectionParams } from '@/lib/content/queries';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { locales, originalLocale, profileOf, type Locale } from '@/lib/i18n';
import { feedPath, frontPagePath, fullArticlePath, sectionPath } from '@/lib/routes';
import { renderFeedContent } from '@/lib/seo/feed-content';
import { absoluteUrl } from '@/lib/seo/absolute-url';
import { toHeadline } from '@/lib/seo/headline';
import { getLastModified, type PageSource } from '@/lib/seo/last-modified';
import { publisherLogo, socialCrops, socialImagePath, type SocialCropName } from '@/lib/seo/social-images';
import { siteConfig } from '@/lib/site';

/** The figure that stands for a page in previews, with the caption and credit its page shows. */
export interface SeoImage extends Pick<Figure, 'alt' | 'caption' | 'credit'> {
  /** Absolute URLs of the pre-built crops. */
  crops: Record<SocialCropName, string>;
}

/** A named link, for breadcrumbs and the feature a section belongs to. */
export interface SeoLink {
  name: string;
  url: string;
}

/**
 * Everything search engines and link previews are told about one page, as
 * plain data with absolute URLs: the builders in `lib/seo/` turn it into
 * metadata, JSON-LD and sitemap entries without reading anything else.
 */
export interface PageSeo {
  kind: 'front-page' | 'section' | 'full-article';
  locale: Locale;
  /** The canonical URL, absolute. */
  url: string;
  title: string;
  /** At most 110 characters: the front matter's `headline`, or the title cut at a word. */
  headline: string;
  description: string;
  siteName: string;
  /** `article:section` and `articleSection`. */
  section: string;
  author: string;
  /** ISO 8601 in Beijing time. */
  published: string;
  modified: string;
  /** Every language version that exists, this one included, by locale. */
  versions: Partial<Record<Locale, string>>;
  xDefault: string;
  /** The original when this page is its translation. */
  translationOf: string | null;
  /** The translations when this page is the original. */
  translations: string[];
  /** The page a generated edition (a conversion of script) is made from. */
  basedOn: string | null;
  image: SeoImage;
  /** Whether `image` is shown on this page (else it is the front page's hero). */
  imageOnPage: boolean;
  feed: SeoLink;
  publisher: SeoLink & { logo: { url: string; width: number; height: number } };
  /** Sections only: the whole feature, i.e. the front page in the same language. */
  partOf: (SeoLink & { headline: string }) | null;
  /** Front page → section; empty on the front page. */
  breadcrumbs: SeoLink[];
}

/**
 * The SEO facts of the front page (slug null) or of a section in one
 * language, or null when that page does not exist. Reads content through the
 * queries and git for dates; call it from `generateMetadata`, the page, the
 * sitemap and the feeds, so they all say the same thing.
 */
export async function getPageSeo(locale: Locale, slug: string | null): Promise<PageSeo | null> {
  const [front, alternates, links] = await Promise.all([
    getFrontPage(locale),
    getAlternates(slug),
    getSectionLinks(locale),
  ]);
  const section = slug === null ? null : await getSection(locale, slug);
  if (slug !== null && !section) return null;

  const dict = getDictionary(locale);
  const frontUrl = absoluteUrl(frontPagePath(locale));
  const versions = Object.fromEntries(
    locales.flatMap((other) => {
      const path = alternates[other];
      return path ? [[other, absoluteUrl(path)]] : [];
    }),
  ) as Partial<Record<Locale, string>>;
  const original = originalLocale;
  const { source } = profileOf(locale);
  const frontHeadline = toHeadline(locale, front.title, front.headline);
  const hero = firstFigure(front.blocks);
  const lead = section ? firstFigure(section.blocks) : hero;
  const image = lead ?? hero;
  if (!image) {
    throw new Error(
      `${front.sourcePath}: the front page needs a figure: its first figure is the preview image of every page that has none`,
    );
  }

  // The front page shows every section's title and summary, so it changes when they do.
  const sources: PageSource[] = section
    ? [section]
    : [
        front,
        ...(await Promise.all(links.map((link) => getSection(link.locale, link.slug)))).filter(
          (page): page is NonNullable<typeof page> => page !== null,
        ),
      ];

  const page = section ?? front;
  const url = absoluteUrl(section ? sectionPath(locale, section.slug) : frontPagePath(locale));
  return {
    kind: section ? 'section' : 'front-page',
    locale,
    url,
    title: page.title,
    headline: section ? toHeadline(locale, section.title, section.headline) : frontHeadline,
    description: page.summary,
    siteName: dict.siteName,
    section: section ? section.shortTitle : dict.frontPage,
    author: front.author,
    published: front.date,
    modified: await getLastModified(front.date, sources),
    versions,
    // The front page's x-default is the root, which sends each reader to
    // their language; a section has no such page, so it falls back to the
    // original. The root is written without its slash, as Next writes it in
    // the page's <link>, so the sitemap says exactly the same.
    xDefault: section ? (versions[original] ?? Object.values(versions)[0] ?? url) : siteConfig.url,
    translationOf: source.kind === 'translation' ? (versions[source.of] ?? null) : null,
    translations:
      locale === original
        ? locales.flatMap((other) =>
            profileOf(other).source.kind === 'translation' && versions[other] ? [versions[other]] : [],
          )
        : [],
    basedOn: source.kind === 'conversion' ? (versions[source.of] ?? null) : null,
    image: {
      alt: image.alt,
      caption: image.caption,
      credit: image.credit,
      crops: Object.fromEntries(
        (Object.keys(socialCrops) as SocialCropName[]).map((crop) => [
          crop,
          absoluteUrl(socialImagePath(image.src, crop)),
        ]),
      ) as Record<SocialCropName, string>,
    },
    imageOnPage: lead !== null,
    feed: { name: dict.siteName, url: absoluteUrl(feedPath(locale)) },
    publisher: {
      name: dict.siteName,
      url: frontUrl,
      logo: { url: absoluteUrl(publisherLogo.path), width: publisherLogo.width, height: publisherLogo.height },
    },
    partOf: section ? { name: front.title, url: frontUrl, headline: frontHeadline } : null,
    breadcrumbs: section
      ? [
          { name: dict.frontPage, url: frontUrl },
          { name: section.shortTitle, url },
        ]
      : [],
  };
}

/**
 * The SEO facts of the whole article on one page: the front page's, at its
 * own address, with its own title and description, its versions being the
 * other editions' whole-article pages, and the front page as what it is part of.
 */
export async function getFullArticleSeo(locale: Locale): Promise<PageSeo> {
  const front = await getPageSeo(locale, null);
  if (!front) throw new Error(`no front page in ${locale}`);
  const dict = getDictionary(locale);
  const fullOf = new Map(locales.map((each) => [absoluteUrl(frontPagePath(each)), absoluteUrl(fullArticlePath(each))]));
  const toFull = (url: string) => fullOf.get(url) ?? url;
  const versions = Object.fromEntries(
    Object.entries(front.versions).map(([each, url]) => [each, toFull(url)]),
  ) as Partial<Record<Locale, string>>;
  const url = absoluteUrl(fullArticlePath(locale));
  return {
    ...front,
    kind: 'full-article',
    url,
    title: dict.fullArticleTitle(front.title),
    description: `${dict.fullArticle}${profileOf(locale).typography.colon}${front.description}`,
    section: dict.fullArticle,
    versions,
    // Like a section's: no page chooses the language for it, so it falls back to the original.
    xDefault: versions[originalLocale] ?? url,
    translationOf: front.translationOf && toFull(front.translationOf),
    translations: front.translations.map(toFull),
    basedOn: front.basedOn && toFull(front.basedOn),
    imageOnPage: true,
    partOf: { name: front.title, url: front.url, headline: front.headline },
    breadcrumbs: [
      { name: dict.frontPage, url: front.url },
      { name: dict.fullArticle, url },
    ],
  };
}

/** A section as its feed item tells it: the page's SEO facts and its body as HTML. */
export interface FeedSection extends PageSeo {
  /** The page's body as sanitised HTML with absolute links (lib/seo/feed-content.ts), for `content:encoded`. */
  contentHtml: string;
}

/** What a language's feed is made of: its front page and one page per section, in reading order. */
export interface FeedData {
  front: PageSeo;
  /** Every section, in the feed's language or, when not yet translated, in the language it exists in. */
  sections: FeedSection[];
  feedUrl: string;
}

/** Every page that exists, each language's front page before its sections: what the sitemap lists. */
export async function getAllPageSeo(): Promise<PageSeo[]> {
  const params = await getSectionParams();
  const pages = await Promise.all(
    locales.flatMap((locale) => [
      getPageSeo(locale, null),
      getFullArticleSeo(locale),
      ...params.filter((param) => param.locale === locale).map((param) => getPageSeo(locale, param.slug)),
    ]),
  );
  return pages.filter((page): page is PageSeo => page !== null);
}

/**
 * A language's feed: its front page and every section in reading order, a
 * section not yet translated in the language it exists in (as the front
 * page lists it).
 */
export async function getFeedData(locale: Locale): Promise<FeedData> {
  const links = await getSectionLinks(locale);
  const [front, sections] = await Promise.all([
    getPageSeo(locale, null),
    Promise.all(
      links.map(async (link): Promise<FeedSection | null> => {
        const [seo, section] = await Promise.all([
          getPageSeo(link.locale, link.slug),
          getSection(link.locale, link.slug),
        ]);
        // The body as the page shows it: the same sanitised blocks, so the feed says nothing the page does not.
        return seo && section ? { ...seo, contentHtml: renderFeedContent(section.blocks, seo.url) } : null;
      }),
    ),
  ]);
  if (!front) throw new Error(`no front page in ${locale}`);
  return {
    front,
    sections: sections.filter((page): page is FeedSection => page !== null),
    feedUrl: absoluteUrl(feedPath(locale)),
  };
}

function firstFigure(blocks: Block[]): Figure | null {
  for (const block of blocks) if (block.kind === 'figure') return block.figure;
  return null;
}
