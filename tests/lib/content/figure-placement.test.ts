// @vitest-environment node
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/load';
import type { Block } from '@/lib/content/types';
import { locales } from '@/lib/i18n';

/*
 * Where the article's figures stand (docs/editorial-notes.md): each beside
 * the paragraph that tells its story, in both languages alike, so no section
 * opens with a stack of images or ends with a pile of them.
 */
async function pages() {
  const { content } = await readContent(path.join(process.cwd(), 'content'));
  if (!content) throw new Error('the content has errors: run npm run content:check');
  return locales.flatMap((locale) =>
    content.sections.flatMap((entry) => {
      const section = entry.versions[locale];
      return section ? [{ name: `${locale}/${entry.slug}`, slug: entry.slug, blocks: section.blocks }] : [];
    }),
  );
}

const isFigure = (block: Block | undefined) => block?.kind === 'figure';

describe('the figures of the sections', () => {
  it('stand among the paragraphs: none opens or ends a section, and no two stand together', async () => {
    const misplaced = (await pages()).flatMap(({ name, blocks }) => [
      ...(isFigure(blocks[0]) ? [`${name} opens with a figure`] : []),
      ...(isFigure(blocks.at(-1)) ? [`${name} ends with a figure`] : []),
      ...blocks.flatMap((block, i) =>
        isFigure(block) && isFigure(blocks[i + 1]) ? [`${name}: ${block.id} and the next figure stand together`] : [],
      ),
    ]);
    expect(misplaced).toEqual([]);
  });

  it('give the labs and the projects a picture each', async () => {
    const withFigures = (await pages()).filter(({ blocks }) => blocks.some(isFigure)).map(({ name }) => name);
    expect(withFigures).toEqual(expect.arrayContaining(['zh/labs', 'en/labs', 'zh/projects', 'en/projects']));
  });
});
