// @vitest-environment node
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildFeed } from '@/lib/seo/feed';
import { frontPageSeo, sectionSeo } from './page-seo-fixture';

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });

function parse(xml: string) {
  return parser.parse(xml) as {
    rss: {
      '@_version': string;
      channel: {
        title: string;
        link: string;
        language: string;
        lastBuildDate: string;
        item: {
          title: string;
          link: string;
          description: string;
          pubDate: string;
          'dc:language': { '#text': string };
        }[];
      };
    };
  };
}

const labs = sectionSeo();
const untranslated = sectionSeo({
  locale: 'zh',
  url: 'https://example.org/zh/policy',
  title: '加快制定政策措施',
  description: '“五年行动计划”即将出炉。',
  modified: '2023-04-01T12:00:00+08:00',
});

describe('buildFeed', () => {
  const xml = buildFeed({
    front: frontPageSeo(),
    sections: [labs, untranslated],
    feedUrl: 'https://example.org/en/feed.xml',
  });
  const { rss } = parse(xml);

  it('is RSS 2.0 in the language of its front page', () => {
    expect(rss['@_version']).toBe('2.0');
    expect(rss.channel).toMatchObject({
      title: 'Science City In Depth',
      link: 'https://example.org/en',
      language: 'en',
    });
  });

  it('lists one item per section with title, link, summary, date and language', () => {
    expect(rss.channel.item).toHaveLength(2);
    expect(rss.channel.item[0]).toMatchObject({
      title: labs.title,
      link: 'https://example.org/en/labs',
      description: labs.description,
      pubDate: 'Wed, 08 Mar 2023 00:00:00 GMT',
      'dc:language': { '#text': 'en' },
    });
  });

  it('lists a section not yet translated in the language it exists in', () => {
    expect(rss.channel.item[1]).toMatchObject({
      link: 'https://example.org/zh/policy',
      'dc:language': { '#text': 'zh-Hans' },
    });
  });

  it('dates the channel by its latest change, not by the build, so rebuilding changes nothing', () => {
    expect(rss.channel.lastBuildDate).toBe('Sat, 01 Apr 2023 04:00:00 GMT');
    expect(
      buildFeed({ front: frontPageSeo(), sections: [labs, untranslated], feedUrl: 'https://example.org/en/feed.xml' }),
    ).toBe(xml);
  });

  it('keeps markup in titles as text', () => {
    const hostile = sectionSeo({ title: 'Labs </title> & <b>more</b>' });
    const item = parse(
      buildFeed({ front: frontPageSeo(), sections: [hostile], feedUrl: 'https://example.org/en/feed.xml' }),
    ).rss.channel.item[0];
    expect(item?.title).toBe('Labs </title> & <b>more</b>');
  });
});
