import { expect, test } from '@playwright/test';
import { getSitePages } from '@/lib/site-pages';

/*
 * Every page on the phone widths readers have: nothing scrolls sideways, the
 * masthead keeps to one line with the site's name whole, and the section
 * strip opens with the current section in view, all without JavaScript
 * (the pages must work without it, and none of this may depend on it).
 */

const phoneWidths = [320, 375, 414] as const;
const sitePages = await getSitePages();

test.use({ javaScriptEnabled: false });

for (const width of phoneWidths) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 812 } });

    test('no page scrolls sideways, and the masthead keeps to one line', async ({ page }) => {
      const problems: string[] = [];
      for (const { path } of sitePages) {
        await page.goto(path);
        const layout = await page.evaluate(() => {
          const name = document.querySelector('header a');
          if (!(name instanceof HTMLElement)) return null;
          const style = getComputedStyle(name);
          const lineHeight = parseFloat(style.lineHeight);
          const padding = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
          return {
            pageWidth: document.documentElement.scrollWidth,
            viewport: document.documentElement.clientWidth,
            nameLines: Math.round((name.getBoundingClientRect().height - padding) / lineHeight),
            nameCut: name.scrollWidth > name.clientWidth,
          };
        });
        if (!layout) {
          problems.push(`${path}: no masthead`);
          continue;
        }
        if (layout.pageWidth > layout.viewport) problems.push(`${path} is ${layout.pageWidth} px wide`);
        if (layout.nameLines !== 1) problems.push(`${path}: the site's name takes ${layout.nameLines} lines`);
        if (layout.nameCut) problems.push(`${path}: the site's name is cut short`);
      }
      expect(problems).toEqual([]);
    });

    test('the section strip opens with the current section in view', async ({ page }) => {
      const hidden: string[] = [];
      for (const { path, kind } of sitePages.filter(
        (sitePage) => sitePage.kind === 'section' || sitePage.kind === 'bilingual-section',
      )) {
        await page.goto(path);
        const inView = await page.evaluate(() => {
          const strip = document.querySelector('nav ol');
          const current = strip?.querySelector('[aria-current="page"]');
          if (!strip || !current) return false;
          const box = strip.getBoundingClientRect();
          const item = current.getBoundingClientRect();
          return item.left >= box.left - 0.5 && item.right <= box.right + 0.5;
        });
        if (!inView) hidden.push(`${path} (${kind})`);
      }
      expect(hidden).toEqual([]);
    });
  });
}
