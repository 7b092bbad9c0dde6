// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { createElement } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { renderToStaticMarkup } from 'react-dom/server';
import { VFile } from 'vfile';
import { expectedOutput } from '@/tests/expected-file';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, type MarkdownBlock } from '@/lib/content/markdown';

/*
 * Fixture folders: each tests/fixtures/markdown/<case>/input.md is parsed as a
 * Chinese file and compared with expected.json beside it (the blocks as HTML
 * or figure fields, and the messages). UPDATE_FIXTURES=1 rewrites the
 * expected files (never under CI, where a missing one fails); read the diff
 * before committing it.
 */
const fixtures = path.join(process.cwd(), 'tests/fixtures/markdown');

function describeBlock(block: MarkdownBlock) {
  if (block.kind === 'figure') {
    const { kind, id, src, alt, caption } = block;
    return { kind, id, src, alt, caption };
  }
  const element = toJsxRuntime(block.element, { Fragment, jsx, jsxs });
  return { kind: block.kind, id: block.id, html: renderToStaticMarkup(createElement(Fragment, null, element)) };
}

function run(input: string) {
  const file = new VFile({ path: 'content/zh/input.md', value: input });
  const { blocks } = parseMarkdown(file, 'zh');
  return {
    blocks: blocks.map(describeBlock),
    messages: file.messages.map((message) => `${String(message)} [${message.fatal ? 'error' : 'warning'}]`),
  };
}

describe('the Markdown pipeline', () => {
  for (const name of readdirSync(fixtures).sort()) {
    it(`turns ${name}/input.md into the expected blocks and messages`, () => {
      const folder = path.join(fixtures, name);
      const actual = run(readFileSync(path.join(folder, 'input.md'), 'utf8'));
      const expectedPath = path.join(folder, 'expected.json');
      expect(actual).toEqual(JSON.parse(expectedOutput(expectedPath, `${JSON.stringify(actual, null, 2)}\n`)));
    });
  }

  it('makes a standalone image with a title a figure with its caption', () => {
    const { blocks } = run('![湖畔的实验楼](../images/jinfeng-laboratory.jpg "金凤实验室")\n');
    expect(blocks).toEqual([
      { kind: 'figure', id: 'fig1', src: '../images/jinfeng-laboratory.jpg', alt: '湖畔的实验楼', caption: '金凤实验室' },
    ]);
  });

  it('never lets raw HTML or a javascript: link through, and says so', () => {
    const { blocks, messages } = run('<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1))\n');
    const html = JSON.stringify(blocks);
    expect(html).not.toMatch(/onerror|javascript:|<img/);
    expect(messages.some((message) => message.includes('raw HTML'))).toBe(true);
    expect(messages.some((message) => message.includes('unsafe link'))).toBe(true);
  });

  it('gives every block an id its twin in the other language shares: kind and position', () => {
    const zh = new VFile({ value: '甲。\n\n## 小标题\n\n乙。\n' });
    const en = new VFile({ value: 'One.\n\n## Subheading\n\nTwo.\n' });
    const ids = (file: VFile, locale: 'zh' | 'en') => parseMarkdown(file, locale).blocks.map((block) => block.id);
    expect(ids(zh, 'zh')).toEqual(['p1', 'h1', 'p2']);
    expect(ids(en, 'en')).toEqual(ids(zh, 'zh'));
  });
});
