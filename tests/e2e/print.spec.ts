import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { locales } from '@/lib/i18n';
import { fullArticlePath, sectionPath } from '@/lib/routes';
import { getSiteContent } from '@/lib/site-pages';
import { siteConfig } from '@/lib/site';
import { reportsDir } from './reports-dir';

/*
 * Printing, as a reader does it: the whole article printed to PDF in
 * Chromium, then read back as text with poppler's pdftotext (Debian's
 * poppler-utils), so the test sees what is on paper: no header or nav, each
 * link's whole address after it, the page's address and date at the end.
 * The PDFs are kept in reports/print/ to look at.
 */

const content = await getSiteContent();
const outDir = path.join(reportsDir, 'print');

async function printed(page: import('@playwright/test').Page, address: string): Promise<string> {
  await page.goto(address);
  await page.emulateMedia({ media: 'print' });
  // Lazy images load before printing, as a browser's print does.
  await page.evaluate(() => {
    for (const image of document.querySelectorAll('img')) image.loading = 'eager';
  });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${address.replace(/^\//, '').replace(/\//g, '-')}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

/** Text as pdftotext gives it, without the spaces and line breaks layout puts in. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

for (const locale of locales) {
  test(`${fullArticlePath(locale)} prints the whole article without the page's controls, with addresses and date`, async ({
    page,
  }) => {
    const dict = getDictionary(locale);
    const text = squeeze(await printed(page, fullArticlePath(locale)));
    const front = content.frontPages[locale];

    // The article is there, every section in order.
    expect(text).toContain(squeeze(front.lead).slice(0, 40));
    let at = -1;
    for (const entry of content.sections) {
      const section = entry.versions[locale];
      if (!section) continue;
      const found = text.indexOf(squeeze(section.title), at + 1);
      expect(found, `${section.title} is printed after the section before it`).toBeGreaterThan(at);
      at = found;
    }
    // No header, nav or controls.
    expect(text).not.toContain(squeeze(dict.skipToContent));
    expect(text).not.toContain(squeeze(dict.search));
    expect(text).not.toContain(squeeze(dict.fullArticleContents));
    for (const other of locales.filter((each) => each !== locale)) {
      expect(text, 'no language switch').not.toContain(squeeze(getDictionary(other).languageName));
    }
    // Links print their whole address: a key figure's link to the paragraph that gives it.
    expect(text).toMatch(new RegExp(`\\(${squeeze(siteConfig.url).replace(/[.:/]/g, '\\$&')}/[^)]*#p\\d+\\)`));
    // The page's own address and the date, at the end.
    expect(text).toContain(squeeze(`${siteConfig.url}${fullArticlePath(locale)}`));
    expect(text).toContain(squeeze(dict.printAddress));
  });
}

test('a section prints its figures whole, each with its caption and credit on the same page', async ({ page }) => {
  const slug = content.sections[0]?.slug ?? '';
  await page.goto(sectionPath('en', slug));
  await page.emulateMedia({ media: 'print' });
  const figures = page.locator('main figure');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    expect(await figure.evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
  }
  const text = squeeze(await printed(page, sectionPath('en', slug)));
  for (const caption of await page.locator('main figcaption').allTextContents()) {
    expect(text).toContain(squeeze(caption));
  }
});
