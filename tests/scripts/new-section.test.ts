// @vitest-environment node
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContent } from '@/lib/content/load';
import { scaffoldSection } from '@/scripts/new-section';
import { materialiseFixture } from '@/scripts/lib/content-fixture';

let root: string;

beforeEach(() => {
  root = materialiseFixture('new-section');
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('npm run new-section', () => {
  it('writes both files and a placeholder image, placed after the last section, as a draft', async () => {
    const { order, image } = await scaffoldSection(root, 'science-parks');
    expect(order).toBe(3);
    expect(image).toMatch(/images\/science-parks\.jpg$/);
    const zh = readFileSync(path.join(root, 'zh/science-parks.md'), 'utf8');
    expect(zh).toMatch(/^order: 3$/m);
    expect(zh).toMatch(/^draft: true$/m);
    expect(zh).toContain('![TODO');
  });

  it('gives files the check accepts, reporting them as unfinished, and a draft shown in development only', async () => {
    await scaffoldSection(root, 'science-parks');
    const { files, content } = await readContent(root);
    const messages = files.flatMap((file) => file.messages);
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    expect(messages.filter((message) => message.ruleId === 'todo').map((message) => message.file)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/zh\/science-parks\.md$/),
        expect.stringMatching(/en\/science-parks\.md$/),
      ]),
    );
    const section = content?.sections.find((entry) => entry.slug === 'science-parks');
    expect(section?.versions.zh?.blocks.map((block) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'figure',
    ]);
    const published = await readContent(root, { drafts: false });
    expect(published.content?.sections.map((entry) => entry.slug)).toEqual(['alpha', 'beta']);
  });

  it('refuses a name the site uses, an unusable name and a section that exists, writing nothing', async () => {
    await expect(scaffoldSection(root, 'feed.xml')).rejects.toThrow(/lowercase letters, digits and hyphens/);
    await expect(scaffoldSection(root, 'bilingual')).rejects.toThrow(/the site uses for its own pages/);
    await expect(scaffoldSection(root, 'beta')).rejects.toThrow(/zh\/beta\.md already exists/);
  });
});
