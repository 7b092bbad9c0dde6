import { describe, expect, it } from 'vitest';
import { buildFeed } from '@/lib/seo/feed';
import type { FeedSection, PageSeo } from '@/lib/seo/page-seo';
import { frontPageSeo, sectionSeo } from './page-seo-fixture';
import { parseStrictXml } from './strict-xml';

/** Parses a feed as a strict reader would: a feed it would refuse fails the test. */
function parse(xml: string) {
  return parseStrictXml(xml, { arrays: ['item'] }) as unknown as {
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
          guid: { '#text': string; '@_isPermaLink': string };
          description: string;
          'content:encoded': string;
          pubDate: string;
          'dc:creator': string;
          'dc:language': string;
        }[];
      };
    };
  };
}

/** A section as the feed gets it: its SEO facts and its body's HTML. */
function feedSection(overrides: Partial<PageSeo> = {}, contentHtml = '<p>A paragraph.</p>'): FeedSection {
  return { ...sectionSeo(overrides), contentHtml };
}

function feedOf(...sections: FeedSection[]) {
  return buildFeed({ front: frontPageSeo(), sections, feedUrl: 'https://example.org/en/feed.xml' });
}

const labs = feedSection();
const untranslated = feedSection({
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
      guid: { '#text': 'https://example.org/en/labs', '@_isPermaLink': 'true' },
      'dc:creator': labs.author,
      'dc:language': 'en',
    });
  });

  it('lists a section not yet translated in the language it exists in', () => {
    expect(rss.channel.item[1]).toMatchObject({
      link: 'https://example.org/zh/policy',
      'dc:language': 'zh-Hans',
    });
  });

  it('dates the channel by its latest change, not by the build, so rebuilding changes nothing', () => {
    expect(rss.channel.lastBuildDate).toBe('Sat, 01 Apr 2023 04:00:00 GMT');
    expect(
      buildFeed({ front: frontPageSeo(), sections: [labs, untranslated], feedUrl: 'https://example.org/en/feed.xml' }),
    ).toBe(xml);
  });

  it('carries each section’s body, the HTML its page shows', () => {
    expect(rss.channel.item[0]?.['content:encoded']).toBe('<p>A paragraph.</p>');
  });

  it('keeps markup in titles as text, and in summaries as escaped HTML so readers show it as written', () => {
    const item = parse(
      feedOf(feedSection({ title: 'Labs </title> & <b>more</b>', description: 'A <script>x</script> &amp;' })),
    ).rss.channel.item[0];
    expect(item?.title).toBe('Labs </title> & <b>more</b>');
    expect(item?.description).toBe('A &lt;script&gt;x&lt;/script&gt; &amp;amp;');
  });

  const forged = ']]></title><link>https://evil.example</link></item><item><title>forged';
  const hostile: Record<string, string> = {
    'CDATA terminators, more than one': `a ]]> b ${forged} ]]> c ]]>`,
    'markup and entities': '<item><title>x</title></item> &amp; &lt; &#x26; &nbsp; <![CDATA[ y ]]>',
    'a C0 control character': 'a\u0001b\u001fc',
    'lone surrogates': 'a\ud800b\udfffc',
    'non-characters': 'a\ufffeb\uffffc',
  };

  for (const [what, text] of Object.entries(hostile)) {
    it(`stays well-formed with exactly the site’s items whatever a title, summary or body holds: ${what}`, () => {
      const xml = feedOf(
        feedSection({ title: text, description: text, author: text }, `<p>${text}</p>`),
        feedSection({ url: 'https://example.org/en/policy' }),
      );
      const items = parse(xml).rss.channel.item;
      expect(items.map((item) => item.link)).toEqual(['https://example.org/en/labs', 'https://example.org/en/policy']);
      expect(xml).not.toContain('evil.example</link>');
      // What XML can carry arrives as written; what it cannot becomes U+FFFD rather than breaking the feed.
      const legal = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g, '\ufffd');
      expect(items[0]?.title).toBe(legal);
    });
  }
});
