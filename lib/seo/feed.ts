import { Feed } from 'feed';
import { htmlLang } from '@/lib/i18n';
import { latestOf } from '@/lib/seo/dates';
import type { FeedData } from '@/lib/seo/page-seo';

const DUBLIN_CORE = 'http://purl.org/dc/elements/1.1/';

/**
 * A language's RSS 2.0 feed: one item per section with its title, link,
 * summary, dates, author and language. The channel says the feed's language;
 * each item says its own too (`dc:language`), because a section not yet
 * translated is listed in the language it exists in rather than left out.
 * Nothing depends on the build time, so the file is the same on every build
 * of the same content.
 */
export function buildFeed({ front, sections, feedUrl }: FeedData): string {
  const feed = new Feed({
    id: front.url,
    title: front.siteName,
    description: front.description,
    link: front.url,
    language: htmlLang[front.locale],
    updated: new Date(latestOf(front.modified, ...sections.map((section) => section.modified))),
    feedLinks: { rss: feedUrl },
    image: front.publisher.logo.url,
    generator: false,
  });
  for (const section of sections) {
    feed.addItem({
      title: section.title,
      link: section.url,
      description: section.description,
      date: new Date(section.modified),
      published: new Date(section.published),
      // Dublin Core rather than RSS's own `author`, which must be an email
      // address. The namespace is declared on each element because the library
      // declares it on the root only for full-content items, which ours are not.
      extensions: [
        { name: 'dc:creator', objects: { _attributes: { 'xmlns:dc': DUBLIN_CORE }, _text: section.author } },
        { name: 'dc:language', objects: { _attributes: { 'xmlns:dc': DUBLIN_CORE }, _text: htmlLang[section.locale] } },
      ],
    });
  }
  return feed.rss2();
}
