import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseHtml, parseFragment } from 'parse5';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '@/components/article-body';
import { ArticleMeta } from '@/components/article-meta';
import { Headline } from '@/components/headline';
import { createPhraser } from '@/lib/typesetting/phraser';
import { JsonLd } from '@/components/json-ld';
import { enhanceBlocks } from '@/lib/content/enhance';
import { parseFrontMatter } from '@/lib/content/front-matter';
import type { GlossaryEntry } from '@/lib/content/glossary';
import type { Block } from '@/lib/content/types';
import { parseMarkdown } from '@/lib/content/markdown';
import { isWithinMarkdownLimits } from '@/lib/content/markdown-limits';
import { frontPageFrontMatterSchema, sectionFrontMatterSchema } from '@/lib/content/schema';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { buildFeed } from '@/lib/seo/feed';
import { renderFeedContent } from '@/lib/seo/feed-content';
import { buildJsonLd } from '@/lib/seo/json-ld';
import { buildMetadata } from '@/lib/seo/metadata';
import { frontPageSeo, sectionSeo } from '@/tests/lib/seo/page-seo-fixture';

/*
 * Property-based fuzzing of the content path, from a Markdown file as an
 * editor (or an attacker) writes it to what a reader's browser and feed
 * reader get: a section's front matter and body and the front page's text
 * fields (kicker, lead, author, credits, source) through the Markdown
 * pipeline and the schemas, the page's HTML (as the page components render
 * them), its metadata and JSON-LD, and the feed. Every document must
 * either come out safe, with the text an editor wrote, or be refused with
 * messages at path:line:column; nothing may throw.
 *
 * The runs are split over test files (content-fuzz-*.test.ts), which Vitest
 * runs in parallel. Each prints its seed; FUZZ_SEED=<seed> repeats a run,
 * FUZZ_RUNS sets how many documents in all (10,000 by default).
 */
const baseSeed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const totalRuns = Number(process.env.FUZZ_RUNS ?? 10_000);
const path = 'content/zh/fuzz.md';
const frontPath = 'content/zh/index.md';

/** Written as attackers write them, in every form Markdown has for a link, an image or markup. */
const attacks = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object>',
  '<embed src="x.swf">',
  '<form action="https://evil.example"><input></form>',
  '<style>body{display:none}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<a href="javascript:alert(1)">x</a>',
  '<!-- a comment -->',
  '[link](javascript:alert(1))',
  '[link](JaVaScRiPt:alert(1))',
  '[link](java\tscript:alert(1))',
  '[link](java&#x09;script:alert(1))',
  '[link](&#106;avascript:alert(1))',
  '[link](%6Aavascript:alert(1))',
  '[link]( javascript:alert(1))',
  '[link](<javascript:alert(1)>)',
  '[link](vbscript:msgbox(1))',
  '[link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[link](//evil.example/x)',
  '[link](/\\evil.example/x)',
  '[link](HTTPS://example.org/)',
  '[link](https://example.org/ "t\\" onmouseover=\\"alert(1)")',
  '[ref][bad]\n\n[bad]: javascript:alert(1)',
  '[ref][Bad]\n\n[bad]: DATA:text/html,x',
  '<javascript:alert(1)>',
  '<https://example.org/a>',
  'www.example.org/a',
  '![alt](javascript:alert(1) "caption")',
  '![alt](data:image/svg+xml,<svg onload=alert(1)> "caption")',
  '![alt](../images/corner.png "caption")',
  '![alt](../images/corner%zz.png "caption")',
  '![alt][img]\n\n[img]: vbscript:x',
  '[x]: javascript:alert(1)',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;',
  '&nbsp; &amp; &#0; &#x110000; &#xD800;',
  ']]> ]]> <![CDATA[ x ]]>',
  '\u0001 \u001f \u007f \u202e \u2066 \u200b \ufeff \ufffe',
  '\ud800 \udfff',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '# Level one',
  '[^1]\n\n[^1]: a note',
  '| a | b |\n| - | - |\n| <b>c</b> | [d](javascript:x) |',
  '- [ ] task <b>x</b>',
  '> quote [x](javascript:1)',
  '*a_**b~~c',
  '\\<script>',
];

/** Words an editor wrote around an attack: they must reach the reader, or the file be refused. */
const marker = fc.integer({ min: 0, max: 9_999 }).map((n) => `KEEP${n}X`);

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...attacks) },
  { weight: 3, arbitrary: marker },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.constantFrom('\n\n', '\n', ' ', '\n> ', '\n- ', '\n1. ', '**', '_', '`', '[', ']', '(', ')', '\n## ') },
);

const body = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(' '));

/** A front-matter text field: markers and attacks, quoted as YAML or written bare. */
const field = fc
  .tuple(fc.array(fc.oneof(marker, fc.constantFrom(...attacks), fc.string({ maxLength: 8 })), { minLength: 1, maxLength: 3 }), fc.boolean())
  .map(([parts, quoted]) => {
    const text = parts.join(' ');
    return { text, yaml: quoted ? JSON.stringify(text) : text.replace(/\n/g, ' ') };
  });

const documents = fc.record({
  title: field,
  shortTitle: field,
  summary: field,
  headline: fc.option(field),
  body,
  // The front page's own text fields, which its page, the JSON-LD and the feed show beside the section.
  front: fc.record({ kicker: fc.array(field, { maxLength: 2 }), lead: field, author: field, photoCredit: field, defaultCredit: field, source: field }),
});
type Document = typeof documents extends fc.Arbitrary<infer T> ? T : never;

const glossary: GlossaryEntry[] = [
  { zh: 'KEEP1X', 'zh-hant': 'KEEP1X', en: 'KEEP1X', note: { zh: '<b>注</b>', 'zh-hant': '<b>註</b>', en: '<b>note</b>' } },
];
const dict = getDictionary('zh');
const xml = new XMLParser({ processEntities: false, parseTagValue: false, trimValues: false, isArray: (name) => name === 'item' });

/**
 * Registers part `part` (from 0) of `parts` of the fuzz run as a test: its
 * share of the documents, from its own seed (the base seed plus the part).
 */
export function describeContentFuzz(part: number, parts: number, file: string): void {
  const seed = baseSeed + part;
  const numRuns = Math.ceil(totalRuns / parts);
  describe('the content path, fuzzed', () => {
    it(`turns ${numRuns} generated documents into safe pages and feeds, or into path:line:column messages`, () => {
      console.log(
        `content fuzz: seed ${seed}, ${numRuns} documents (FUZZ_SEED=${baseSeed} FUZZ_RUNS=${numRuns * parts} npx vitest run ${file} repeats it)`,
      );
      fc.assert(fc.property(documents, checkDocument), { seed, numRuns });
    }, 600_000);
  });
}

/** One generated document through the whole path: what must hold of every output. */
function checkDocument(doc: Document): void {
  const headline = doc.headline ? `headline: ${doc.headline.yaml}\n` : '';
  const source = `---\ntitle: ${doc.title.yaml}\nshortTitle: ${doc.shortTitle.yaml}\nsummary: ${doc.summary.yaml}\n${headline}order: 1\n---\n\n${doc.body}\n`;
  const { kicker, ...fields } = doc.front;
  const frontSource = [
    '---',
    'kicker:',
    ...kicker.map((line) => `  - ${line.yaml}`),
    ...Object.entries(fields).map(([name, value]) => `${name}: ${value.yaml}`),
    'title: "首页"',
    'shortTitle: "首页"',
    'summary: "摘要"',
    'date: "2023-03-08T08:00:00+08:00"',
    '---',
    '',
  ].join('\n');
  const result = runPipeline(source, frontSource);
  const unplaced = result.messages.find((message) => !/^content\/zh\/(fuzz|index)\.md:\d+:\d+: /.test(message));
  if (unplaced !== undefined) throw new Error(`a message without path:line:column: ${unplaced}`);
  if (!result.outputs) {
    expect(result.fatal).toBe(true);
    return;
  }
  for (const [where, html] of Object.entries(result.outputs.html)) expectSafeHtml(html, where);
  const published = Object.values(result.outputs.text).join('\n');
  // What the editor wrote reaches the reader, or a message points at its line.
  const written = [
    { file: path, text: source, words: `${doc.body} ${doc.title.text} ${doc.summary.text}` },
    // A default credit shows only under a figure that names none, so it need not appear.
    { file: frontPath, text: frontSource, words: [...kicker, ...Object.values({ ...fields, defaultCredit: { text: '' } })].map((value) => value.text).join(' ') },
  ];
  for (const { file, text, words } of written) {
    const lines = text.split('\n');
    for (const word of words.match(/KEEP\d+X/g) ?? []) {
      if (published.includes(word)) continue;
      const line = lines.findIndex((candidate) => candidate.includes(word)) + 1;
      if (!result.messages.some((message) => message.startsWith(`${file}:${line}:`))) {
        throw new Error(`${word} (${file}:${line}) was dropped without a message`);
      }
    }
  }
}

interface PipelineResult {
  messages: string[];
  fatal: boolean;
  /** Null when the file has an error: the build stops and publishes nothing. */
  outputs: { html: Record<string, string>; text: Record<string, string> } | null;
}

/** The content path for one file, as the loader, the page, the metadata, the JSON-LD and the feed take it. */
function runPipeline(source: string, frontSource: string): PipelineResult {
  const file = new VFile({ path, value: source });
  const frontFile = new VFile({ path: frontPath, value: frontSource });
  const done = (outputs: PipelineResult['outputs']): PipelineResult => {
    const messages = [...file.messages, ...frontFile.messages];
    const fatal = messages.some((message) => message.fatal === true);
    return { messages: messages.map(String), fatal, outputs: fatal ? null : outputs };
  };
  // The front page's front matter only: its body is the section's concern here.
  const front = parseFrontMatter(frontFile, { yaml: frontSource.split('\n').slice(1, -2).join('\n'), firstLine: 2 }, frontPageFrontMatterSchema);
  if (!isWithinMarkdownLimits(file)) return done(null);
  const parsed = parseMarkdown(file, 'zh');
  const data = parseFrontMatter(file, parsed.frontMatter, sectionFrontMatterSchema);
  if (!data || !front) return done(null);

  // Figures as the loader resolves them: only the one image this site has exists.
  const blocks: Block[] = [];
  for (const block of parsed.blocks) {
    if (block.kind !== 'figure') {
      blocks.push(block);
      continue;
    }
    if (block.src !== '../images/corner.png') {
      file.message('image not found', { place: { line: block.line, column: 1 } }).fatal = true;
      continue;
    }
    blocks.push({
      kind: 'figure',
      id: block.id,
      line: block.line,
      figure: { src: '/img/corner.png', alt: block.alt, caption: block.caption, credit: front.defaultCredit, originalCredit: front.defaultCredit, creditIsDefault: true, width: 1600, height: 1000, isPlaceholder: false },
    });
  }
  if (file.messages.some((message) => message.fatal === true)) return done(null);

  const shown = enhanceBlocks(blocks, { language: 'zh', glossary });
  const seo = sectionSeo({
    locale: 'zh',
    title: data.title,
    headline: data.headline ?? data.title,
    description: data.summary,
    section: data.shortTitle,
    author: front.author,
    image: { ...sectionSeo().image, ...firstFigure(blocks) },
  });
  const page = renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      createElement(JsonLd, { nodes: buildJsonLd(seo) }),
      ...front.kicker.map((line, index) => createElement('p', { key: `k${index}` }, line)),
      createElement(Headline, { locale: 'zh', text: data.title, phrase: createPhraser([]) }),
      createElement('p', null, front.lead),
      createElement(ArticleMeta, { locale: 'zh', author: front.author, date: front.date }),
      createElement('p', null, data.summary),
      createElement(ArticleBody, { blocks: shown, dict }),
      createElement('footer', null, createElement('p', null, front.photoCredit), createElement('p', null, front.source)),
    ),
  );
  const metadata = buildMetadata(seo);
  // The head as Next writes it from the metadata: React elements, escaped like the page.
  const head = renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      createElement('title', null, String(metadata.title)),
      createElement('meta', { name: 'description', content: metadata.description ?? '' }),
      createElement('meta', { property: 'og:title', content: String(metadata.openGraph?.title ?? '') }),
      createElement('meta', { property: 'og:image:alt', content: seo.image.alt }),
    ),
  );
  const feedXml = buildFeed({
    front: frontPageSeo({ locale: 'zh', author: front.author }),
    sections: [{ ...seo, contentHtml: renderFeedContent(blocks, seo.url) }],
    feedUrl: 'https://example.org/zh/feed.xml',
  });
  const feed = readFeed(feedXml);
  const jsonLd = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '';
  expect(JSON.parse(jsonLd)).toEqual(JSON.parse(JSON.stringify(buildJsonLd(seo))));

  return done({
    html: { page: page.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ''), head, feedDescription: feed.description, feedContent: feed.content },
    text: { page: decode(page), head: decode(head), feed: `${feed.title} ${feed.description} ${feed.content}`, jsonLd },
  });
}

function firstFigure(blocks: readonly Block[]) {
  for (const block of blocks) {
    if (block.kind === 'figure') return { alt: block.figure.alt, caption: block.figure.caption, credit: block.figure.credit };
  }
  return {};
}

/** The feed must be well-formed XML with exactly one item, the section's. */
function readFeed(feedXml: string): { title: string; description: string; content: string } {
  expect(XMLValidator.validate(feedXml)).toBe(true);
  const items = (xml.parse(feedXml) as { rss: { channel: { item: Record<string, string>[] } } }).rss.channel.item;
  expect(items).toHaveLength(1);
  const item = items[0] ?? {};
  expect(item.link).toBe('https://example.org/en/labs');
  return { title: decode(item.title ?? ''), description: decode(item.description ?? ''), content: decode(item['content:encoded'] ?? '') };
}

/** Decodes the five escapes our XML writer and React use, once. */
function decode(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|#x27|#39|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", '#x27': "'", '#39': "'", amp: '&' })[name] ?? '');
}

const forbiddenElements = new Set(['script', 'iframe', 'object', 'embed', 'form', 'style', 'frame', 'frameset', 'base']);
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'background', 'cite']);

interface HtmlNode {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: HtmlNode[];
  content?: HtmlNode;
}

/** No executable script, event handler, dangerous URL or forbidden element, as a browser would parse the HTML. */
function expectSafeHtml(html: string, where: string): void {
  const root = (where === 'head' ? parseHtml(`<!doctype html><head>${html}</head>`) : parseFragment(html)) as unknown as HtmlNode;
  const fail = (what: string) => {
    throw new Error(`${what} in the ${where}: ${html}`);
  };
  const walk = (node: HtmlNode) => {
    const name = node.nodeName.toLowerCase();
    if (forbiddenElements.has(name)) fail(`<${name}>`);
    for (const { name: attribute, value } of node.attrs ?? []) {
      const lowered = attribute.toLowerCase();
      if (lowered.startsWith('on')) fail(`an event handler, ${attribute}=`);
      if (name === 'meta' && lowered === 'http-equiv' && value.trim().toLowerCase() === 'refresh') fail('a meta refresh');
      if (urlAttributes.has(lowered)) {
        // As a browser reads a URL: leading controls and spaces dropped, tabs and line breaks removed.
        const url = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '').toLowerCase();
        if (/^(javascript|vbscript|data):/.test(url)) fail(`a dangerous URL, ${attribute}="${value}"`);
        if (/^[/\\]{2}/.test(url)) fail(`a protocol-relative URL, ${attribute}="${value}"`);
      }
    }
    for (const child of node.childNodes ?? []) walk(child);
    if (node.content) walk(node.content);
  };
  walk(root);
}
