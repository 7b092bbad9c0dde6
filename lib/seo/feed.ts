import { htmlLang } from '@/lib/i18n';
import { latestOf } from '@/lib/seo/dates';
import type { FeedData } from '@/lib/seo/page-seo';
import { serializeXml, xmlElement } from '@/lib/seo/xml';

const namespaces = {
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
} as const;

/** An element holding only text. */
const text = (name: string, value: string, attributes: Record<string, string> = {}) =>
  xmlElement(name, attributes, [value]);

/**
 * A language's RSS 2.0 feed: one item per section with its title, link,
 * summary, full text, dates, author and language. The channel says the
 * feed's language; each item says its own too (`dc:language`), because a
 * section not yet translated is listed in the language it exists in rather
 * than left out. Nothing depends on the build time, so the file is the same
 * on every build of the same content.
 *
 * Every value is escaped text (lib/seo/xml.ts), so no title, summary or body
 * can end an element early and add one. The HTML of `description` and
 * `content:encoded` is escaped too, which feed readers decode to the markup.
 */
export function buildFeed({ front, sections, feedUrl }: FeedData): string {
  const channel = xmlElement('channel', {}, [
    text('title', front.siteName),
    text('link', front.url),
    text('description', front.description),
    text('lastBuildDate', utc(latestOf(front.modified, ...sections.map((section) => section.modified)))),
    text('docs', 'https://validator.w3.org/feed/docs/rss2.html'),
    text('language', htmlLang[front.locale]),
    xmlElement('image', {}, [
      text('title', front.siteName),
      text('url', front.publisher.logo.url),
      text('link', front.url),
    ]),
    xmlElement('atom:link', { href: feedUrl, rel: 'self', type: 'application/rss+xml' }),
    ...sections.map((section) =>
      xmlElement('item', {}, [
        text('title', section.title),
        text('link', section.url),
        text('guid', section.url, { isPermaLink: 'true' }),
        text('pubDate', utc(section.published)),
        // The summary is plain text on the page; as HTML it is escaped, so markup an editor wrote shows as written.
        text('description', escapeHtml(section.description)),
        text('content:encoded', section.contentHtml),
        // Dublin Core rather than RSS's own `author`, which must be an email address.
        text('dc:creator', section.author),
        text('dc:language', htmlLang[section.locale]),
      ]),
    ),
  ]);
  return serializeXml(xmlElement('rss', { version: '2.0', ...namespaces }, [channel]));
}

function utc(date: string): string {
  return new Date(date).toUTCString();
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
