// @vitest-environment node
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getBilingualAlternates, getBilingualParams, getBilingualSection } from '@/lib/content/bilingual';

/*
 * The side-by-side views over a copy of the content in which one section is
 * not yet translated: it must have no bilingual view, and offer none.
 */
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'bilingual-'));
  cpSync(path.join(process.cwd(), 'content'), root, { recursive: true });
  rmSync(path.join(root, 'en', 'policy.md'));
  process.env.CONTENT_DIR = root;
});

afterEach(() => {
  delete process.env.CONTENT_DIR;
  rmSync(root, { recursive: true, force: true });
});

describe('the bilingual views', () => {
  it('exist for each section written in a locale and its pair, led by each, and not for one in Chinese only', async () => {
    const params = await getBilingualParams();
    expect(params.map(({ locale, slug }) => `${locale}/${slug}`)).toEqual([
      'zh/labs',
      'zh-hant/labs',
      'en/labs',
      'zh/projects',
      'zh-hant/projects',
      'en/projects',
      'zh/reforms',
      'zh-hant/reforms',
      'en/reforms',
    ]);
    expect(await getBilingualSection('zh', 'policy')).toBeNull();
    expect(await getBilingualSection('zh-hant', 'policy')).toBeNull();
  });

  it('pair the traditional edition with the English, block for block', async () => {
    const page = await getBilingualSection('zh-hant', 'labs');
    expect(page?.lead.locale).toBe('zh-hant');
    expect(page?.twin.locale).toBe('en');
    expect(page?.lead.title).toContain('實驗室');
    expect(page?.pairs.length).toBe(page?.twin.blocks.length);
  });

  it('are offered by a page only when they exist', async () => {
    expect(await getBilingualAlternates('policy')).toBeNull();
    expect(await getBilingualAlternates('labs')).toEqual({
      zh: '/zh/bilingual/labs',
      'zh-hant': '/zh-hant/bilingual/labs',
      en: '/en/bilingual/labs',
    });
    expect(await getBilingualAlternates(null)).toEqual({
      zh: '/zh/bilingual',
      'zh-hant': '/zh-hant/bilingual',
      en: '/en/bilingual',
    });
  });
});
