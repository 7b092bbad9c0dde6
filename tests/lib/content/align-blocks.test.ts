// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { alignBlocks, type AlignUnit } from '@/lib/content/align-blocks';
import { parseMarkdown, type MarkdownBlock } from '@/lib/content/markdown';

/*
 * The aligner on the article itself: every section and the front page, with
 * one English block removed, one added and one paragraph split, at several
 * positions. It must name the block concerned, or, where it cannot decide,
 * list it among at most three.
 */
const content = path.join(process.cwd(), 'content');
const slugs = readdirSync(path.join(content, 'zh'))
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -3));

function unitsOf(locale: 'zh' | 'en', text: string): { units: AlignUnit[]; blocks: MarkdownBlock[] } {
  const { blocks } = parseMarkdown(new VFile({ path: `${locale}.md`, value: text }), locale);
  return {
    blocks,
    units: blocks.map((block) =>
      block.kind === 'figure'
        ? { kind: 'figure', text: `${block.alt}\n${block.caption}`, image: path.basename(block.src) }
        : { kind: block.kind, text: toString(block.element), image: null },
    ),
  };
}

const read = (locale: string, slug: string) => readFileSync(path.join(content, locale, `${slug}.md`), 'utf8');
/** Positions to try in a list of n blocks: the first, the last, and a few between. */
const positions = (n: number) => [...new Set([0, 1, Math.floor(n / 3), Math.floor(n / 2), Math.floor((2 * n) / 3), n - 2, n - 1])].filter((k) => k >= 0 && k < n);

describe('alignBlocks on the article', () => {
  const tally = { exact: 0, listed: 0, cases: 0 };

  for (const slug of slugs) {
    const zh = unitsOf('zh', read('zh', slug)).units;
    const en = unitsOf('en', read('en', slug)).units;

    it(`pairs ${slug} block for block as it is`, () => {
      const { steps, unmatched } = alignBlocks(zh, en);
      expect(unmatched).toEqual([]);
      expect(steps.every((step) => step.kind === '1-1')).toBe(true);
    });

    it(`finds the block removed from, added to or split in the English of ${slug}`, () => {
      for (const k of positions(en.length)) {
        // Removed: the Chinese block k is the one without a twin.
        const removed = alignBlocks(zh, en.filter((_, i) => i !== k));
        const lone = removed.unmatched.find((entry) => entry.side === 'original');
        expect(lone, `${slug}: English block ${k + 1} removed`).toBeDefined();
        expect(lone?.candidates.length).toBeLessThanOrEqual(3);
        expect(lone?.candidates, `${slug}: English block ${k + 1} removed`).toContain(k);
        tally.cases++;
        if (lone?.index === k && lone.candidates.length === 1) tally.exact++;
        else tally.listed++;

        // Added: a paragraph of the translator's own before block k.
        const extra: AlignUnit = { kind: 'paragraph', text: 'The reporter also visited the site in 2019 and spoke to the staff there about their plans.', image: null };
        const added = alignBlocks(zh, [...en.slice(0, k), extra, ...en.slice(k)]);
        const stray = added.unmatched.find((entry) => entry.side === 'translation');
        expect(stray?.candidates, `${slug}: block added before English block ${k + 1}`).toContain(k);

        // Split: a paragraph of several sentences becomes two.
        const target = en[k];
        const sentences = target?.kind === 'paragraph' ? (target.text.match(/[\s\S]*?[.!?…][”’"]?(?:\s+|$)/g) ?? []) : [];
        if (!target || sentences.length < 2) continue;
        const half = Math.ceil(sentences.length / 2);
        const parts = [sentences.slice(0, half).join(''), sentences.slice(half).join('')].map((text) => ({ ...target, text }));
        const split = alignBlocks(zh, [...en.slice(0, k), ...parts, ...en.slice(k + 1)]);
        expect(split.steps, `${slug}: English block ${k + 1} split`).toContainEqual({ kind: '1-2', original: k, translation: k });
      }
    });
  }

  it('names the exact block in most cases, without doubt', () => {
    expect(tally.cases).toBeGreaterThan(20);
    expect(tally.exact / tally.cases).toBeGreaterThan(0.75);
  });
});
