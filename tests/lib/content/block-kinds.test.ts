// @vitest-environment node
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/content/markdown';

function blocksOf(markdown: string) {
  const file = new VFile({ path: 'content/zh/test.md', value: markdown });
  return { blocks: parseMarkdown(file, 'zh').blocks, messages: file.messages.map(String) };
}

describe('the block kinds', () => {
  it('are decided on the Markdown, each kind with what is particular to it', () => {
    const { blocks, messages } = blocksOf(
      [
        '### 小标题',
        '1. 一\n2. 二',
        '- 甲',
        '```ts\nconst a = 1;\n```',
        '> 引文',
        '---',
        '| a |\n| - |\n| 1 |',
        '![图](../images/a.jpg "说明")',
      ].join('\n\n'),
    );
    expect(messages).toEqual([]);
    expect(
      blocks.map((block) => {
        switch (block.kind) {
          case 'heading':
            return [block.id, block.kind, block.level];
          case 'list':
            return [block.id, block.kind, block.ordered];
          case 'code':
            return [block.id, block.kind, block.language];
          case 'figure':
            return [block.id, block.kind, block.src, block.caption];
          default:
            return [block.id, block.kind];
        }
      }),
    ).toEqual([
      ['h1', 'heading', 3],
      ['l1', 'list', true],
      ['l2', 'list', false],
      ['c1', 'code', 'ts'],
      ['q1', 'quote'],
      ['r1', 'rule'],
      ['t1', 'table'],
      ['fig1', 'figure', '../images/a.jpg', '说明'],
    ]);
  });

  it('take a paragraph holding one image as a figure, whatever the sanitiser would make of its HTML', () => {
    const { blocks } = blocksOf('![图](javascript:alert(1) "说明")');
    expect(blocks[0]).toMatchObject({ kind: 'figure', src: 'javascript:alert(1)', caption: '说明' });
  });

  it('report what cannot be a block at its line, and leave it out', () => {
    const { blocks, messages } = blocksOf('第一段。\n\n# 大标题\n\n文[^1]\n\n[^1]: 注');
    expect(blocks.map((block) => block.id)).toEqual(['p1', 'p2']);
    expect(messages).toEqual([
      expect.stringMatching(/^content\/zh\/test\.md:3:1: a heading of level 1/),
      expect.stringMatching(/^content\/zh\/test\.md:7:1: footnotes are not supported/),
    ]);
  });
});
