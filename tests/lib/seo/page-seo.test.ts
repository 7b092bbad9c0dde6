// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSitemap } from 'next/dist/build/webpack/loaders/metadata/resolve-route-data';
import { buildFeed } from '@/lib/seo/feed';
import { getAllPageSeo, getFullArticleSeo, getFeedData, getPageSeo } from '@/lib/seo/page-seo';
import { buildSitemap } from '@/lib/seo/sitemap';
import { siteConfig } from '@/lib/site';
import { parseStrictXml } from './strict-xml';

const site = siteConfig.url;
/** A title an attacker would write: CDATA terminators, closing tags, an undeclared entity. */
const hostileTitle = 'Labs ]]></title><link>https://evil.example</link></item><item><title>forged ]]> &nbsp; <b>x</b>';
let root: string;
const previous = process.env.CONTENT_DIR;

/** Front matter from text fields, plus raw YAML for the rest (order, figures). */
function frontMatter(fields: Record<string, string>, yaml = ''): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n${yaml}---\n\n`;
}

function frontPage(language: 'zh' | 'en'): string {
  const en = language === 'en';
  return (
    frontMatter({
      title: en ? 'The Science City' : '科学城',
      shortTitle: en ? 'Home' : '首页',
      summary: en ? 'What the Science City does.' : '科学城在做什么。',
      lead: en ? 'A lead.' : '导语。',
      author: en ? 'Wang Qian' : '王倩',
      date: '2023-03-08T08:00:00+08:00',
      photoCredit: en ? 'Photos by the committee' : '图片由管委会提供',
      defaultCredit: en ? 'Courtesy of the committee' : '管委会供图',
      source: en ? 'Translated.' : '原文。',
    }) +
    `![${en ? 'A lake' : '湖'}](../images/hero.jpg "${en ? 'The lake' : '湖景'}")\n\n${en ? 'A paragraph.' : '一段。'}\n`
  );
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'page-seo-'));
  for (const dir of ['zh', 'en', 'images']) await mkdir(path.join(root, dir));
  for (const name of ['hero.jpg', 'lab.jpg']) {
    await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#6a8' } })
      .jpeg()
      .toFile(path.join(root, 'images', name));
  }
  await writeFile(path.join(root, 'zh', 'index.md'), frontPage('zh'));
  await writeFile(path.join(root, 'en', 'index.md'), frontPage('en'));
  // In both languages, no figure: its previews use the front page's.
  await writeFile(
    path.join(root, 'zh', 'labs.md'),
    frontMatter(
      { title: '实验室', shortTitle: '实验室', summary: '实验室共享资源。', updated: '2023-04-01T10:00:00+08:00' },
      'order: 1\n',
    ) + '一段。\n',
  );
  await writeFile(
    path.join(root, 'en', 'labs.md'),
    frontMatter({ title: hostileTitle, shortTitle: 'Labs', summary: `The labs ${hostileTitle}` }, 'order: 1\n') +
      'A paragraph with [a link](index.md#p1) & **markup**.\n',
  );
  // Chinese only, with a figure of its own.
  await writeFile(
    path.join(root, 'zh', 'policy.md'),
    frontMatter(
      { title: '政策', shortTitle: '政策', summary: '五年行动计划。' },
      'order: 2\nfigures:\n  lab.jpg:\n    credit: "摄/曾诚"\n',
    ) + '![实验楼](../images/lab.jpg "实验楼外景")\n\n一段。\n',
  );
  process.env.CONTENT_DIR = root;
});

afterAll(async () => {
  if (previous === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previous;
  await rm(root, { recursive: true, force: true });
});

describe('getPageSeo', () => {
  it('lists only the languages a section exists in, with the original as x-default', async () => {
    const policy = await getPageSeo('zh', 'policy');
    expect(policy?.versions).toEqual({ zh: `${site}/zh/policy`, 'zh-hant': `${site}/zh-hant/policy` });
    expect(policy?.xDefault).toBe(`${site}/zh/policy`);
    expect(policy?.translations).toEqual([]);
    expect(await getPageSeo('en', 'policy')).toBeNull();
  });

  it('points the front page x-default at the root, which picks the reader’s language', async () => {
    expect((await getPageSeo('en', null))?.xDefault).toBe(site);
  });

  it('uses a section’s first figure, with the caption and credit shown under it', async () => {
    const policy = await getPageSeo('zh', 'policy');
    expect(policy?.image).toMatchObject({ caption: '实验楼外景', credit: '摄/曾诚', alt: '实验楼' });
    expect(policy?.image.crops.openGraph).toBe(`${site}/img/social/lab-1200x630.jpg`);
    expect(policy?.imageOnPage).toBe(true);
  });

  it('falls back to the front page’s hero for a section without a figure', async () => {
    const labs = await getPageSeo('en', 'labs');
    expect(labs?.image).toMatchObject({ caption: 'The lake', credit: 'Courtesy of the committee' });
    expect(labs?.imageOnPage).toBe(false);
  });

  it('links a translation to its original and places a section in the feature', async () => {
    const labs = await getPageSeo('en', 'labs');
    expect(labs?.translationOf).toBe(`${site}/zh/labs`);
    expect(labs?.partOf).toMatchObject({ url: `${site}/en`, headline: 'The Science City' });
    expect(labs?.breadcrumbs.map((crumb) => crumb.url)).toEqual([`${site}/en`, `${site}/en/labs`]);
  });

  it('dates a change by the editor’s updated field, and the front page by its latest section', async () => {
    expect((await getPageSeo('zh', 'labs'))?.modified).toBe('2023-04-01T10:00:00+08:00');
    expect((await getPageSeo('zh', null))?.modified).toBe('2023-04-01T10:00:00+08:00');
    expect((await getPageSeo('en', 'labs'))?.published).toBe('2023-03-08T08:00:00+08:00');
  });
});

describe('getAllPageSeo', () => {
  it('lists every page that exists, front pages and the whole article first in each language', async () => {
    expect((await getAllPageSeo()).map((page) => page.url)).toEqual([
      `${site}/zh`,
      `${site}/zh/full`,
      `${site}/zh/labs`,
      `${site}/zh/policy`,
      `${site}/zh-hant`,
      `${site}/zh-hant/full`,
      `${site}/zh-hant/labs`,
      `${site}/zh-hant/policy`,
      `${site}/en`,
      `${site}/en/full`,
      `${site}/en/labs`,
    ]);
  });

  it('gives the whole article its own address, title and description, its versions the other editions’ whole articles', async () => {
    const full = await getFullArticleSeo('en');
    const front = await getPageSeo('en', null);
    expect(full.url).toBe(`${site}/en/full`);
    expect(full.title).not.toBe(front?.title);
    expect(full.description).not.toBe(front?.description);
    expect(full.versions).toEqual({ zh: `${site}/zh/full`, 'zh-hant': `${site}/zh-hant/full`, en: `${site}/en/full` });
    expect(full.xDefault).toBe(`${site}/zh/full`);
    expect(full.translationOf).toBe(`${site}/zh/full`);
    expect(full.partOf?.url).toBe(`${site}/en`);
  });

  it('says the traditional edition is based on the original, not a translation of it', async () => {
    const labs = await getPageSeo('zh-hant', 'labs');
    expect(labs?.basedOn).toBe(`${site}/zh/labs`);
    expect(labs?.translationOf).toBeNull();
    expect((await getPageSeo('zh', 'labs'))?.translations).toEqual([`${site}/en/labs`]);
  });
});

describe('getFeedData', () => {
  it('lists every section, an untranslated one in the language it exists in', async () => {
    const { sections, feedUrl } = await getFeedData('en');
    expect(sections.map((page) => page.url)).toEqual([`${site}/en/labs`, `${site}/zh/policy`]);
    expect(feedUrl).toBe(`${site}/en/feed.xml`);
  });

  it('makes each language’s feed XML a strict parser reads, one item per section', async () => {
    for (const [locale, links] of [
      ['zh', [`${site}/zh/labs`, `${site}/zh/policy`]],
      ['en', [`${site}/en/labs`, `${site}/zh/policy`]],
    ] as const) {
      const { rss } = parseStrictXml(buildFeed(await getFeedData(locale)), { arrays: ['item'] }) as {
        rss: { channel: { item: { link: string }[] } };
      };
      expect(rss.channel.item.map((item) => item.link)).toEqual(links);
    }
  });

  it('makes a feed a strict parser reads with exactly the site’s items, the hostile title as written', async () => {
    const xml = buildFeed(await getFeedData('en'));
    const { rss } = parseStrictXml(xml, { arrays: ['item'] }) as {
      rss: { channel: { item: { title: string; link: string; description: string; 'content:encoded': string }[] } };
    };
    expect(rss.channel.item.map((item) => item.link)).toEqual([`${site}/en/labs`, `${site}/zh/policy`]);
    expect(rss.channel.item[0]?.title).toBe(hostileTitle);
    expect(xml).not.toContain('<link>https://evil.example');
  });

  it('gives each item the body its page shows, with the site’s links made absolute', async () => {
    const { sections } = await getFeedData('en');
    expect(sections[0]?.contentHtml).toBe(
      `<p>A paragraph with <a href="${site}/en#p1">a link</a> &#x26; <strong>markup</strong>.</p>`,
    );
    expect(sections[1]?.contentHtml).toMatch(
      new RegExp(
        `^<figure><img src="${site}/img/lab-\\d+\\.webp" alt="实验楼" width="1600" height="1000"><figcaption>实验楼外景 摄/曾诚</figcaption></figure><p>一段。</p>$`,
      ),
    );
  });
});

describe('the sitemap', () => {
  it('is XML a strict parser reads, one <url> per page', async () => {
    const xml = resolveSitemap(buildSitemap(await getAllPageSeo()));
    const { urlset } = parseStrictXml(xml, { arrays: ['url'] }) as { urlset: { url: { loc: string }[] } };
    expect(urlset.url.map((entry) => entry.loc)).toEqual((await getAllPageSeo()).map((page) => page.url));
  });
});
