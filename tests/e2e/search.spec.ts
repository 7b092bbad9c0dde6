import { expect, test, type Page } from '@playwright/test';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { htmlLang, type Locale } from '@/lib/i18n';
import { frontPagePath, sectionPath } from '@/lib/routes';
import { watchForProblems } from './page-problems';

/*
 * Search, as a reader uses it: the header's button opens a dialog, typing
 * finds the article's terms in every edition from the built index
 * (Pagefind, out/pagefind/), results in the page's own edition first, each
 * linking to the paragraph that holds the match.
 */

function searchButton(page: Page, locale: Locale) {
  return page.getByRole('banner').getByRole('button', { name: getDictionary(locale).search, exact: true });
}

async function search(page: Page, locale: Locale, query: string) {
  const dialog = page.getByRole('dialog', { name: getDictionary(locale).searchTitle });
  if (!(await dialog.isVisible())) await searchButton(page, locale).click();
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('searchbox', { name: getDictionary(locale).searchLabel });
  await input.fill(query);
  // Done when the status says how many results there are, or that there are none.
  const none = getDictionary(locale).searchNone.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  await expect(dialog.getByRole('status')).toHaveText(new RegExp(`\\d|${none}`), { timeout: 15_000 });
  return dialog;
}

/** The first result of the reader's own edition and of the others: where it links, and its highlighted words. */
async function firstResults(page: Page, locale: Locale, query: string) {
  const dialog = await search(page, locale, query);
  const lists = dialog.locator('[data-search-results] > ol');
  const ownHeading = dialog.locator('.search-results-heading');
  const describe = async (index: number) => {
    const link = lists.nth(index).getByRole('link').first();
    return {
      href: (await link.getAttribute('href')) ?? '',
      lang: await link.getAttribute('lang'),
      marks: await link.locator('mark').allTextContents(),
      text: (await link.textContent()) ?? '',
    };
  };
  const count = await lists.count();
  const hasOthers = (await ownHeading.count()) > 0;
  const own = count > (hasOthers ? 1 : 0) ? await describe(0) : null;
  const others = hasOthers ? await describe(count - 1) : null;
  return { dialog, own, others };
}

/** `page: null`: the term is on every page of the edition, so any of them may rank first. */
const cases: { locale: Locale; query: string; page: string | null }[] = [
  { locale: 'zh', query: '科学城', page: null },
  { locale: 'zh', query: '金凤', page: sectionPath('zh', 'labs') },
  { locale: 'zh', query: '一业一证', page: sectionPath('zh', 'reforms') },
  { locale: 'zh', query: '川渝通办', page: sectionPath('zh', 'reforms') },
  { locale: 'zh-hant', query: '科學城', page: null },
  { locale: 'zh-hant', query: '金鳳', page: sectionPath('zh-hant', 'labs') },
  { locale: 'zh-hant', query: '一業一證', page: sectionPath('zh-hant', 'reforms') },
  { locale: 'zh-hant', query: '川渝通辦', page: sectionPath('zh-hant', 'reforms') },
  { locale: 'en', query: 'Jinfeng', page: sectionPath('en', 'labs') },
  { locale: 'en', query: 'hospital', page: sectionPath('en', 'projects') },
  { locale: 'en', query: 'licence', page: sectionPath('en', 'reforms') },
  // The article says "licence" (British); the American spelling finds it too (lib/client/search-query.ts).
  { locale: 'en', query: 'license', page: sectionPath('en', 'reforms') },
];

test.describe('search', () => {
  for (const { locale, query, page: expected } of cases) {
    test(`on ${frontPagePath(locale)}, “${query}” finds ${expected ?? 'a page'} first, linking to a paragraph that says it`, async ({
      page,
    }) => {
      const problems = watchForProblems(page);
      await page.goto(frontPagePath(locale));
      const { own } = await firstResults(page, locale, query);
      expect(own, 'a result in the page’s own edition').not.toBeNull();
      const url = new URL(own?.href ?? '', 'http://localhost');
      if (expected) expect(url.pathname).toBe(expected);
      else expect(url.pathname.startsWith(frontPagePath(locale)), 'a page of the reader’s edition').toBe(true);
      expect(url.hash, 'links to a block').toMatch(/^#(?:p|h|l|q|fig)\d+$/);
      expect(own?.marks.join('').length, 'the match is highlighted').toBeGreaterThan(0);

      await page.getByRole('dialog').getByRole('link').first().click();
      await expect(page).toHaveURL(new RegExp(`${url.pathname}${url.hash}$`));
      const block = page.locator(url.hash);
      await expect(block).toBeInViewport();
      const words = query === 'license' ? 'licence' : query;
      await expect(block).toContainText(new RegExp(words, 'i'));
      expect(problems()).toEqual([]);
    });
  }

  test('results in the other editions follow, marked with their language', async ({ page }) => {
    await page.goto(frontPagePath('zh'));
    const fromChinese = await firstResults(page, 'zh', 'hospital');
    expect(fromChinese.own).toBeNull();
    expect(fromChinese.others?.href).toMatch(new RegExp(`^${sectionPath('en', 'projects')}#`));
    expect(fromChinese.others?.lang).toBe(htmlLang.en);
    expect(fromChinese.others?.text).toContain(getDictionary('en').languageName);
    await expect(
      fromChinese.dialog.getByRole('heading', { name: getDictionary('zh').searchOtherEditions }),
    ).toBeVisible();

    await page.goto(frontPagePath('en'));
    const fromEnglish = await firstResults(page, 'en', '金凤');
    expect(fromEnglish.others?.href).toMatch(new RegExp(`^${sectionPath('zh', 'labs')}#`));
    expect(fromEnglish.others?.text).toContain(getDictionary('zh').languageName);
  });

  test('only the article is searched: not the glossary notes, the key figures, the pager or the page’s frame', async ({
    page,
  }) => {
    await page.goto(frontPagePath('en'));
    // Words found only in a glossary note (its pinyin), the key figures' heading, the pager and the skip link.
    // One word each: Pagefind drops a word of a longer query that the index lacks and searches the rest.
    for (const query of ['Kexuecheng', 'glance', 'Previous', 'Skip']) {
      const dialog = await search(page, 'en', query);
      await expect(dialog.getByRole('status'), query).toHaveText(getDictionary('en').searchNone);
    }
  });

  test('opens from the keyboard, takes focus, closes with Escape and gives focus back', async ({ page }) => {
    await page.goto(sectionPath('en', 'labs'));
    const button = searchButton(page, 'en');
    await button.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: getDictionary('en').searchTitle });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    await page.keyboard.type('Jinfeng');
    await expect(dialog.getByRole('link').first()).toBeVisible({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('a page that is never searched loads none of it', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(sectionPath('zh', 'labs'));
    await page.waitForLoadState('networkidle');
    await expect(searchButton(page, 'zh')).toBeVisible();
    expect(loaded.filter((path) => path.startsWith('/pagefind/') || /\/js\/search-/.test(path))).toEqual([]);

    await searchButton(page, 'zh').click();
    await page.getByRole('dialog').getByRole('searchbox').fill('金凤');
    await expect(page.getByRole('dialog').getByRole('link').first()).toBeVisible({ timeout: 15_000 });
    expect(loaded.some((path) => /\/js\/search-/.test(path))).toBe(true);
    expect(loaded.some((path) => path === '/pagefind/pagefind.js')).toBe(true);
  });

  test('without JavaScript there is no search control', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(frontPagePath('zh'));
    await expect(page.getByRole('button', { name: getDictionary('zh').search, exact: true })).toHaveCount(0);
    await context.close();
  });

  test('the index is served with its own types and caching, never re-compressed', async ({ request }) => {
    const entry = (await (await request.get('/pagefind/pagefind-entry.json')).json()) as {
      languages: Record<string, { hash: string }>;
    };
    expect(Object.keys(entry.languages).sort()).toEqual(
      Object.values(htmlLang)
        .map((lang) => lang.toLowerCase())
        .sort(),
    );
    for (const { hash } of Object.values(entry.languages)) {
      const response = await request.get(`/pagefind/pagefind.${hash}.pf_meta`, {
        headers: { 'accept-encoding': 'gzip, br' },
      });
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/octet-stream');
      expect(response.headers()['content-encoding']).toBeUndefined();
      expect(response.headers()['cache-control']).toContain('immutable');
    }
    const script = await request.get('/pagefind/pagefind.js');
    expect(script.headers()['content-type']).toMatch(/javascript/);
  });
});
