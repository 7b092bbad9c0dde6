// @vitest-environment node
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { pairBlocks } from '@/lib/content/bilingual';
import type { Block } from '@/lib/content/types';
import { parseMarkdown } from '@/lib/content/markdown';
import type { Locale } from '@/lib/i18n';

function blocksOf(markdown: string, locale: Locale): Block[] {
  return parseMarkdown(new VFile({ path: `${locale}.md`, value: markdown }), locale).blocks as Block[];
}

describe('pairBlocks', () => {
  it('pairs block n with block n, headings with headings, under the id they share', () => {
    const zh = blocksOf('## 小标题\n\n第一段。\n\n- 一\n- 二', 'zh');
    const en = blocksOf('## Subheading\n\nFirst paragraph.\n\n- one\n- two', 'en');
    const pairs = pairBlocks(zh, en);
    expect(pairs.map((pair) => [pair.id, pair.lead.kind, pair.twin.kind])).toEqual([
      ['h1', 'heading', 'heading'],
      ['p1', 'paragraph', 'paragraph'],
      ['l1', 'list', 'list'],
    ]);
  });

  it('refuses to pair pages of different lengths or kinds rather than show a paragraph beside the wrong one', () => {
    const zh = blocksOf('第一段。\n\n第二段。', 'zh');
    expect(() => pairBlocks(zh, blocksOf('First paragraph.', 'en'))).toThrow(/2 blocks with 1/);
    expect(() => pairBlocks(zh, blocksOf('## Heading\n\nFirst.', 'en'))).toThrow(/p1 on one side but h1 on the other/);
  });
});
