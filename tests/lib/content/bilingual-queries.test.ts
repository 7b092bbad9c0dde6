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
  it('exist for each section written in both languages, led by either, and not for one in Chinese only', async () => {
    const params = await getBilingualParams();
    expect(params.map(({ locale, slug }) => `${locale}/${slug}`)).toEqual([
      'zh/labs',
      'en/labs',
      'zh/projects',
      'en/projects',
      'zh/reforms',
      'en/reforms',
    ]);
    expect(await getBilingualSection('policy')).toBeNull();
  });

  it('are offered by a page only when they exist', async () => {
    expect(await getBilingualAlternates('policy')).toBeNull();
    expect(await getBilingualAlternates('labs')).toEqual({ zh: '/zh/bilingual/labs', en: '/en/bilingual/labs' });
    expect(await getBilingualAlternates(null)).toEqual({ zh: '/zh/bilingual', en: '/en/bilingual' });
  });
});
