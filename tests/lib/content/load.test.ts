// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError, readContent } from '@/lib/content/load';

/*
 * The loader over a copy of the real content, edited per test: the
 * messages must name the file, the line and the field, as an editor needs.
 */
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'content-'));
  cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

function edit(relative: string, change: (text: string) => string) {
  const file = path.join(root, relative);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

async function errors() {
  const { files, content } = await readContent(root);
  const messages = files.flatMap((file) => file.messages.filter((message) => message.fatal).map(String));
  return { content, messages };
}

describe('readContent', () => {
  it('reads the article: both front pages and the four sections in the article’s order', async () => {
    const { content, messages } = await errors();
    expect(messages).toEqual([]);
    expect(content?.sections.map((section) => section.slug)).toEqual(['labs', 'projects', 'policy', 'reforms']);
    expect(content?.frontPages.zh.author).toBe('王倩');
  });

  it('gives every Chinese file and its English twin the same number and kinds of blocks', async () => {
    const { content } = await errors();
    const pairs = [
      [content?.frontPages.zh, content?.frontPages.en],
      ...(content?.sections.map((entry) => [entry.versions.zh, entry.versions.en]) ?? []),
    ];
    for (const [zh, en] of pairs) {
      expect(en?.blocks.map((block) => block.kind)).toEqual(zh?.blocks.map((block) => block.kind));
      expect(en?.blocks.map((block) => block.id)).toEqual(zh?.blocks.map((block) => block.id));
    }
  });

  it('stops on a front-matter field of the wrong type, naming the file, the line and the field', async () => {
    edit('en/projects.md', (text) => text.replace(/^order: 2$/m, 'order: second'));
    const { content, messages } = await errors();
    expect(content).toBeNull();
    const line = readFileSync(path.join(root, 'en/projects.md'), 'utf8').split('\n').indexOf('order: second') + 1;
    expect(messages).toEqual([expect.stringMatching(new RegExp(`en/projects\\.md:${line}:\\d+: field "order": `))]);
  });

  it('stops on a missing field and on an unknown one, naming each', async () => {
    edit('zh/labs.md', (text) => text.replace(/^summary: .*\n/m, '').replace(/^order: 1$/m, 'order: 1\nauthr: "王倩"'));
    const { messages } = await errors();
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/zh\/labs\.md:\d+:\d+: missing field "summary"/),
        expect.stringMatching(/zh\/labs\.md:\d+:\d+: unknown field "authr"/),
      ]),
    );
  });

  it('stops when the English file loses a block, with one message at the original that names its place in the English', async () => {
    edit('en/labs.md', (text) => text.replace(/\n\n[^\n]+\n$/, '\n'));
    const { messages } = await errors();
    expect(messages).toEqual([expect.stringMatching(/zh\/labs\.md:\d+:\d+: .*has no counterpart in the English: translate it into .*en\/labs\.md after .*en\/labs\.md:\d+/)]);
  });

  it('stops on a figure whose image is missing, at the figure’s line', async () => {
    rmSync(path.join(root, 'images/jinfeng-software-park.jpg'));
    const { messages } = await errors();
    expect(messages).toHaveLength(2);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/en\/policy\.md:\d+:1: image not found/),
        expect.stringMatching(/zh\/policy\.md:\d+:1: image not found/),
      ]),
    );
  });

  it('refuses two sections with the same order', async () => {
    edit('zh/projects.md', (text) => text.replace(/^order: 2$/m, 'order: 1'));
    edit('en/projects.md', (text) => text.replace(/^order: 2$/m, 'order: 1'));
    const { messages } = await errors();
    expect(messages.some((message) => /order 1 is also used by/.test(message))).toBe(true);
  });

  it('credits a figure that names no photographer to the article’s default credit', async () => {
    const { content } = await errors();
    const figures = content?.sections
      .find((entry) => entry.slug === 'projects')
      ?.versions.zh?.blocks.flatMap((block) => (block.kind === 'figure' ? [block.figure] : []));
    expect(figures?.[0]).toMatchObject({
      caption: '市四院科学城院区效果图',
      originalCredit: '西部（重庆）科学城管委会供图',
      creditIsDefault: true,
    });
  });

  it('says of a drawn stand-in, in its credit and its alt text, that it is an illustration and whose photo it stands for', async () => {
    const { content } = await errors();
    const figure = (locale: 'zh' | 'en') =>
      content?.sections
        .find((entry) => entry.slug === 'labs')
        ?.versions[locale]?.blocks.flatMap((block) => (block.kind === 'figure' ? [block.figure] : []))[0];
    expect(figure('zh')).toMatchObject({
      isPlaceholder: true,
      credit: '示意图（原图：雷键摄，未收录）',
      originalCredit: '摄/雷键',
      alt: '示意图：金凤实验室的科研人员在实验台前操作仪器、开展实验',
    });
    expect(figure('en')).toMatchObject({
      credit: 'Illustration (original photo: Lei Jian, not included)',
      originalCredit: 'Photo: Lei Jian',
      alt: 'Illustration: Researchers at Jinfeng Laboratory operating instruments at a lab bench during an experiment',
    });
    const rendering = content?.sections
      .find((entry) => entry.slug === 'projects')
      ?.versions.en?.blocks.flatMap((block) => (block.kind === 'figure' ? [block.figure] : []))[0];
    expect(rendering?.credit).toBe(
      'Illustration (original: Western (Chongqing) Science City Administrative Committee, not included)',
    );
  });

  it('credits a real photo to its photographer, and only then keeps the footer’s note on photos', async () => {
    let { content } = await errors();
    expect(content?.frontPages.zh.showsPhotos).toBe(false);
    // A photo saved under an illustration's name replaces it: no placeholder mark in the file.
    const photo = await sharp({ create: { width: 1600, height: 1067, channels: 3, background: '#557755' } })
      .jpeg()
      .toBuffer();
    writeFileSync(path.join(root, 'images/jinfeng-laboratory-researchers.jpg'), photo);
    ({ content } = await errors());
    const figure = content?.sections
      .find((entry) => entry.slug === 'labs')
      ?.versions.zh?.blocks.flatMap((block) => (block.kind === 'figure' ? [block.figure] : []))[0];
    expect(figure).toMatchObject({
      isPlaceholder: false,
      credit: '摄/雷键',
      alt: '金凤实验室的科研人员在实验台前操作仪器、开展实验',
    });
    expect(content?.frontPages.zh.showsPhotos).toBe(true);
    expect(content?.frontPages.en.showsPhotos).toBe(true);
  });

  it('refuses a figure credit that gives both a photographer and a credit line, naming the field', async () => {
    edit('zh/labs.md', (text) => text.replace('    photographer: "雷键"', '    photographer: "雷键"\n    credit: "摄/雷键"'));
    const { messages } = await errors();
    expect(messages).toEqual([
      expect.stringMatching(
        /zh\/labs\.md:\d+:\d+: field "figures\.jinfeng-laboratory-researchers\.jpg": give a figure either photographer .* or credit/,
      ),
    ]);
  });
});

describe('ContentError', () => {
  it('carries the editor’s messages and what to do, and neither the files’ text nor a stack of our code', async () => {
    edit('zh/labs.md', (text) => text.replace('order: 1', 'order: one'));
    const { files } = await readContent(root);
    const error = new ContentError(files);
    expect(error.messages).toEqual([expect.stringMatching(/zh\/labs\.md:\d+:\d+: error: field "order": .*\(front-matter\)$/)]);
    expect(error.message.split('\n')).toEqual([
      'The content has 1 error: fix it and save; the page shows again by itself (docs/editing.md explains each message).',
      ...error.messages,
    ]);
    expect(error.stack).not.toMatch(/\n\s+at /);
    const logged = JSON.stringify(error) + Object.keys(error).join(' ');
    expect(logged).not.toContain('金凤实验室');
  });
});
