import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { htmlLang } from '@/lib/i18n';
import { loadWholePage, watchForProblems } from './page-problems';
import { reportsDir } from './reports-dir';
import { getSitePages, missingPages, pageFileName } from '@/lib/site-pages';

/*
 * Every page, in both languages, on a phone and on a desktop: it answers,
 * loads without a console error or a failed request, is photographed for
 * review in light and dark, and has no WCAG 2.0/2.1/2.2 A or AA violation
 * that axe can find, in either colour scheme.
 */

const widths = [375, 1280] as const;
const schemes = ['light', 'dark'] as const;
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const sitePages = await getSitePages();

/** Photographs the page and audits it with axe in each colour scheme; returns the violations found. */
async function photographAndAudit(page: Page, name: string, width: number): Promise<string[]> {
  const violations: string[] = [];
  for (const scheme of schemes) {
    await test.step(`photograph and audit in ${scheme}`, async () => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${reportsDir}/screenshots/${width}-${scheme}/${name}.png`, fullPage: true });
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      for (const violation of results.violations) {
        const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
        violations.push(`${scheme}: ${violation.id} (${violation.help}) at ${where}`);
      }
    });
  }
  return violations;
}

for (const width of widths) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: width < 768 ? 812 : 900 } });

    for (const sitePage of sitePages) {
      test(`${sitePage.path} loads cleanly, is photographed and has no accessibility violations`, async ({ page }) => {
        const problems = watchForProblems(page);
        const response = await page.goto(sitePage.path);
        expect(response?.status(), 'status').toBe(200);
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[sitePage.locale]);
        await loadWholePage(page);
        // Read before axe runs: axe's own probes (inline styles) are refused by the page's CSP, as they should be.
        const seen = problems();
        const violations = await photographAndAudit(page, pageFileName(sitePage.path), width);
        expect(seen, 'console errors (CSP violations included) and failed requests').toEqual([]);
        expect(violations, 'axe violations').toEqual([]);
      });
    }

    for (const missing of missingPages) {
      test(`${missing.path} shows the ${missing.locale} 404 page with status 404`, async ({ page }) => {
        const problems = watchForProblems(page, { expectedMissing: missing.path });
        const response = await page.goto(missing.path);
        expect(response?.status(), 'status').toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[missing.locale]);
        const dict = getDictionary(missing.locale);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(dict.notFoundTitle);
        await expect(page.getByRole('main').getByRole('link', { name: dict.backToFront })).toBeVisible();
        await loadWholePage(page);
        const seen = problems();
        const violations = await photographAndAudit(page, pageFileName(missing.path), width);
        expect(seen, 'console errors (CSP violations included) and failed requests').toEqual([]);
        expect(violations, 'axe violations').toEqual([]);
      });
    }
  });
}
