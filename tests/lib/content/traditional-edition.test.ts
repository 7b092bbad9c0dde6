// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plainConverter } from '@/lib/content/convert';
import { readContent } from '@/lib/content/load';
import type { Block, SiteContent } from '@/lib/content/types';

/*
 * The traditional edition over the real content: made at build from the
 * simplified original, every text converted, the glossary's overrides used,
 * the blocks the same as the original's (so a reader's place is kept), and
 * never stale.
 */
let content: SiteContent;

beforeAll(async () => {
  const result = await readContent(path.join(process.cwd(), 'content'));
  if (!result.content) throw new Error(result.files.flatMap((file) => file.messages.map(String)).join('\n'));
  content = result.content;
});

const convert = plainConverter('opencc-cn-tw');
const textOf = (blocks: readonly Block[]) =>
  blocks.map((block) => (block.kind === 'figure' ? `${block.figure.alt} ${block.figure.caption}` : toString(block.element))).join('\n');

/** Every override glossary.yaml writes, read from the file itself so a new one cannot be left out. */
const overrides = (parse(readFileSync(path.join(process.cwd(), 'content/glossary.yaml'), 'utf8')) as Record<string, string>[])
  .filter((entry) => entry['zh-hant'])
  .map((entry) => ({ zh: entry.zh as string, zhHant: entry['zh-hant'] as string }));

describe('the traditional edition', () => {
  it('has every page the original has, with the same blocks under the same ids', () => {
    const zh = content.frontPages.zh;
    const hant = content.frontPages['zh-hant'];
    expect(hant.blocks.map((block) => block.id)).toEqual(zh.blocks.map((block) => block.id));
    for (const entry of content.sections) {
      const [original, edition] = [entry.versions.zh, entry.versions['zh-hant']];
      expect(Boolean(edition), entry.slug).toBe(Boolean(original));
      if (original && edition) {
        expect(edition.blocks.map((block) => [block.id, block.kind])).toEqual(original.blocks.map((block) => [block.id, block.kind]));
      }
    }
  });

  it('writes titles, summaries, the lead, captions, alt text, credits and key figures in traditional characters', () => {
    const hant = content.frontPages['zh-hant'];
    const zh = content.frontPages.zh;
    expect(hant.title).toBe(convert(zh.title));
    expect(hant.title).toContain('書寫');
    expect(hant.lead).toBe(convert(zh.lead));
    expect(hant.photoCredit).toBe(convert(zh.photoCredit));
    expect(hant.keyFigures.map((figure) => figure.label)).toEqual(zh.keyFigures.map((figure) => convert(figure.label)));
    const labs = content.sections.find((entry) => entry.slug === 'labs')?.versions['zh-hant'];
    expect(labs?.summary).toMatch(/實驗室/);
    const figure = hant.blocks.find((block) => block.kind === 'figure');
    const original = zh.blocks.find((block) => block.kind === 'figure');
    if (figure?.kind !== 'figure' || original?.kind !== 'figure') throw new Error('the front page has a figure');
    expect(figure.figure.caption).toBe(convert(original.figure.caption));
    expect(figure.figure.alt).toBe(convert(original.figure.alt));
    expect(figure.figure.credit).toBe(convert(original.figure.credit));
  });

  it('links within itself where the original links to its own pages', () => {
    const links = content.sections
      .flatMap((entry) => entry.versions['zh-hant']?.blocks ?? [])
      .flatMap((block) => (block.kind === 'figure' ? [] : JSON.stringify(block.element).match(/"href":"\/[^"]*"/g) ?? []));
    expect(links.every((link) => !link.includes('"/zh/'))).toBe(true);
  });

  it('is never stale: it follows the original and records no version of it', () => {
    for (const entry of content.sections) expect(entry.versions['zh-hant']?.translationIsStale ?? false).toBe(false);
    expect(content.frontPages['zh-hant'].originalVersion).toBeUndefined();
    expect(content.frontPages['zh-hant'].sourcePath).toBe(content.frontPages.zh.sourcePath);
  });

  it('fills in the glossary’s traditional side, notes included', () => {
    const science = content.glossary.find((entry) => entry.zh === '西部（重庆）科学城');
    expect(science?.['zh-hant']).toBe('西部（重慶）科學城');
    expect(science?.note['zh-hant']).toBe(convert(science?.note.zh ?? ''));
  });
});

describe('the glossary’s conversion overrides', () => {
  it('are listed here, every one of them', () => {
    expect(overrides).toEqual([{ zh: '对标对表', zhHant: '對標對表' }]);
  });

  for (const { zh, zhHant } of overrides) {
    it(`write ${zhHant} where the converter alone writes ${convert(zh)}, and the edition uses it`, () => {
      expect(convert(zh)).not.toBe(zhHant);
      const originals = [content.frontPages.zh, ...content.sections.flatMap((entry) => entry.versions.zh ?? [])];
      const editions = [content.frontPages['zh-hant'], ...content.sections.flatMap((entry) => entry.versions['zh-hant'] ?? [])];
      expect(originals.some((page) => textOf(page.blocks).includes(zh))).toBe(true);
      const edition = editions.map((page) => textOf(page.blocks)).join('\n');
      expect(edition).toContain(zhHant);
      expect(edition).not.toContain(convert(zh));
    });
  }
});
