import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { htmlLang, locales } from '@/lib/i18n';
import { urlPathOf } from '@/lib/publication/manifest';
import { searchBundlePath, searchIndexLanguage } from '@/lib/publication/search-index-names';

/*
 * The site's search index, made by Pagefind (its extended build, which
 * segments Chinese) from the published pages, one index per `<html lang>`:
 * zh-hans, zh-hant and en. Only what a page marks `data-pagefind-body` is
 * indexed (the article on the front page and on each section page), less
 * what it marks `data-pagefind-ignore` (glossary notes, photo credits, meta
 * lines, the pager). The whole-article page and the side-by-side views are
 * not marked: every paragraph is found once, on its own page.
 */

/**
 * Files Pagefind writes that the site does not use: its ready-made interfaces,
 * which inject styles our CSP refuses (the site has its own dialog), its
 * highlighting script, and its web worker (the client runs it on the page).
 */
const unusedFiles = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$|^pagefind-(?:highlight|worker)\.js$/;

/**
 * Indexes the published pages (`htmlFiles`, relative to `siteDir`) into
 * `siteDir/pagefind/`, each page under the address it is served at. Throws
 * when Pagefind reports an error or when an edition ends up with no index
 * (its pages lost their `data-pagefind-body`), naming what is wrong.
 */
export async function buildSearchIndex(siteDir: string, htmlFiles: readonly string[]): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
  try {
    let pages = 0;
    for (const file of htmlFiles) {
      const content = await readFile(path.join(siteDir, file), 'utf8');
      if (!content.includes('data-pagefind-body')) continue;
      const added = await index.addHTMLFile({ url: urlPathOf(file), content });
      if (added.errors.length > 0) throw new Error(`search index: out/${file}: ${added.errors.join('; ')}`);
      pages += 1;
    }
    const outputPath = path.join(siteDir, searchBundlePath);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);

    const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const missing = locales.filter((locale) => !entry.languages[searchIndexLanguage(htmlLang[locale])]);
    if (missing.length > 0) {
      throw new Error(
        `search index: no pages of ${missing.join(', ')} were indexed: their article must carry data-pagefind-body`,
      );
    }
    await Promise.all(
      (await readdir(outputPath))
        .filter((name) => unusedFiles.test(name))
        .map((name) => rm(path.join(outputPath, name))),
    );
    return { pages };
  } finally {
    await pagefind.close();
  }
}
