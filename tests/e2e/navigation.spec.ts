import { expect, test, type Page } from '@playwright/test';
import { getDictionary } from '@/lib/dictionaries/get-dictionary';
import { defaultLocale, htmlLang, locales, type Locale } from '@/lib/i18n';
import { frontPagePath, fullArticlePath, sectionPath } from '@/lib/routes';
import { getSiteContent, getSitePages, missingPages } from '@/lib/site-pages';
import { serverNegotiates } from './servers';

/*
 * What a reader does to move around: the language switch, previous and next,
 * the section nav, the skip link and the keyboard. `/` choosing a language.
 */

const content = await getSiteContent();
const sitePages = await getSitePages();
const articlePages = sitePages.filter(
  (page) => page.kind === 'front-page' || page.kind === 'section' || page.kind === 'full-article',
);

/** Where a section is read from a page in `locale`: in that language, or in the one it is written in. */
function sectionHref(locale: Locale, slug: string): string {
  const entry = content.sections.find((section) => section.slug === slug);
  const shown = entry?.versions[locale] ? locale : (Object.values(entry?.versions ?? {})[0]?.locale ?? locale);
  return sectionPath(shown, slug);
}

/** The site header's link to another locale, found by its name in that locale. */
function languageSwitch(page: Page, target: Locale) {
  return page.getByRole('banner').getByRole('link', { name: getDictionary(target).languageName, exact: true });
}

function pathOf(page: Page): string {
  return new URL(page.url()).pathname;
}

test.describe('the front door', () => {
  const cases: [string | null, Locale][] = [
    ['en-US,en;q=0.9', 'en'],
    ['en-GB', 'en'],
    ['zh-CN,zh;q=0.9,en;q=0.8', 'zh'],
    ['zh-TW', 'zh-hant'],
    ['zh-HK,en;q=0.5', 'zh-hant'],
    ['zh-Hant', 'zh-hant'],
    ['zh-SG', 'zh'],
    ['zh', 'zh'],
    ['fr-FR,de;q=0.8', defaultLocale],
    [null, defaultLocale],
  ];
  for (const [acceptLanguage, locale] of cases) {
    test(`/ sends a reader asking for ${acceptLanguage ?? 'no language'} to /${locale}, varying by Accept-Language`, async ({
      request,
    }) => {
      test.skip(!serverNegotiates, 'a CDN serves / as the static page that chooses in the browser');
      const response = await request.get('/', {
        maxRedirects: 0,
        headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {},
      });
      expect(response.status()).toBe(307);
      expect(response.headers()['location']).toMatch(new RegExp(`^(https?://[^/]+)?${frontPagePath(locale)}$`));
      expect(response.headers()['vary']?.toLowerCase()).toContain('accept-language');
    });
  }

  for (const locale of locales) {
    test.describe(`in a browser set to ${htmlLang[locale]}`, () => {
      test.use({ locale: htmlLang[locale] });
      test(`/ opens the ${locale} front page`, async ({ page }) => {
        await page.goto('/');
        expect(pathOf(page)).toBe(frontPagePath(locale));
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[locale]);
      });
    });
  }
});

test.describe('the static front door, for hosts that cannot negotiate', () => {
  test('/index.html offers every edition as a plain link, for readers without JavaScript and for crawlers', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(serverNegotiates ? '/index' : '/');
    expect(response?.status()).toBe(200);
    for (const locale of locales) {
      const link = page.getByRole('link', { name: getDictionary(locale).siteName, exact: true });
      await expect(link).toHaveAttribute('href', frontPagePath(locale));
    }
    await context.close();
  });
});

test.describe('the language switch', () => {
  for (const sitePage of sitePages) {
    for (const [target, twin] of Object.entries(sitePage.twins) as [Locale, string][]) {
      test(`on ${sitePage.path} leads to ${twin}`, async ({ page }) => {
        await page.goto(sitePage.path);
        await languageSwitch(page, target).click();
        await expect(page).toHaveURL((url) => url.pathname === twin);
        await expect(page.locator('html')).toHaveAttribute('lang', htmlLang[target]);
      });
    }
  }

  for (const missing of missingPages) {
    for (const target of locales.filter((each) => each !== missing.locale)) {
      test(`on the 404 page of ${missing.path} leads to the ${target} front page`, async ({ page }) => {
        await page.goto(missing.path);
        await languageSwitch(page, target).click();
        await expect(page).toHaveURL((url) => url.pathname === frontPagePath(target));
      });
    }
  }
});

test.describe('previous and next', () => {
  for (const locale of locales) {
    test(`in ${locale}, Next walks through every section in order and Previous walks back to the front page`, async ({
      page,
    }) => {
      const expected = content.sections.map((entry) => sectionHref(locale, entry.slug));
      test.skip(expected.length === 0, 'there are no sections');
      const pager = () => page.getByRole('navigation', { name: getDictionary(locale).pagerLabel });

      await page.goto(expected[0] as string);
      const visited = [pathOf(page)];
      // Bounded, so a pager that loops fails instead of hanging.
      for (let step = 0; step < expected.length; step++) {
        const next = pager().locator('a[rel="next"]');
        if ((await next.count()) === 0) break;
        await next.click();
        await page.waitForURL((url) => url.pathname !== visited.at(-1));
        visited.push(pathOf(page));
      }
      expect(visited).toEqual(expected);

      const back = [pathOf(page)];
      for (let step = 0; step < expected.length; step++) {
        await pager().locator('a[rel="prev"]').click();
        await page.waitForURL((url) => url.pathname !== back.at(-1));
        back.push(pathOf(page));
      }
      expect(back).toEqual([...expected].reverse().concat(frontPagePath(locale)));
    });
  }
});

test.describe('the section nav', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  for (const sitePage of articlePages) {
    test(`on ${sitePage.path} lists every section, marks the page being read, and its links work on a phone`, async ({
      page,
    }) => {
      const dict = getDictionary(sitePage.locale);
      await page.goto(sitePage.path);
      const nav = page.getByRole('navigation', { name: dict.sectionsNav });
      const links = nav.getByRole('link');
      const expected = [
        frontPagePath(sitePage.locale),
        ...content.sections.map((entry) => sectionHref(sitePage.locale, entry.slug)),
        fullArticlePath(sitePage.locale),
      ];
      expect(await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')))).toEqual(expected);

      const current = nav.locator('[aria-current="page"]');
      await expect(current).toHaveCount(1);
      await expect(current).toHaveAttribute('href', sitePage.path);

      // The last link is the one most likely to be scrolled out of a phone's view.
      const target = sitePage.path === expected.at(-1) ? expected[0] : expected.at(-1);
      await nav.locator(`a[href="${target}"]`).click();
      await expect(page).toHaveURL((url) => url.pathname === target);
    });
  }
});

test.describe('the keyboard', () => {
  // On a phone, where the nav scrolls sideways and a focused link is most easily out of view.
  test.use({ viewport: { width: 375, height: 812 } });

  for (const sitePage of sitePages) {
    test(`on ${sitePage.path}, Tab starts at the skip link and every stop shows a focus ring on screen`, async ({
      page,
    }) => {
      await page.goto(sitePage.path);
      const skip = page.getByRole('link', { name: getDictionary(sitePage.locale).skipToContent });
      const focusable = await page
        .locator('a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')
        .evaluateAll((elements) => elements.filter((element) => element.checkVisibility()).length);

      let reached = 0;
      // Tab until focus leaves the page or comes round again, within a bound for pages that trap focus.
      for (let stop = 0; stop < focusable + 5; stop++) {
        await page.keyboard.press('Tab');
        if (stop === 0) await expect(skip, 'the first Tab stop is the skip link').toBeFocused();
        const fresh = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body || element.dataset.tabStopSeen) return false;
          element.dataset.tabStopSeen = 'yes';
          return true;
        });
        if (!fresh) break;
        reached++;
        await expectVisibleFocus(page);
      }
      expect(reached, 'every visible link and control is a Tab stop').toBe(focusable);

      // The skip link moves focus past the header, so the next Tab lands in the content.
      await skip.focus();
      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
      await expect(page.locator('main')).toBeFocused();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.querySelector('main')?.contains(document.activeElement))).toBe(true);
    });
  }
});

/** What the reader can see of the focused element; see {@link expectVisibleFocus}. */
function focusState(page: Page) {
  return page.evaluate(() => {
    const focused = document.activeElement as HTMLElement | null;
    if (!focused) return null;
    const labels = 'labels' in focused ? [...((focused as HTMLButtonElement).labels ?? [])] : [];
    const shown = [focused, ...labels].find((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 1 && box.height > 1;
    });
    const name = `<${focused.tagName.toLowerCase()}> ${(focused.textContent || focused.getAttribute('aria-label') || focused.id).trim().slice(0, 40)}`;
    if (!shown) return { name, visible: false, ring: false };
    // Sample the centre and the corners of each line box: some point must be in view and show the element itself.
    const visible = [...shown.getClientRects()].some((box) =>
      [
        [box.left + box.width / 2, box.top + box.height / 2],
        [box.left + 2, box.top + 2],
        [box.right - 2, box.top + 2],
        [box.left + 2, box.bottom - 2],
        [box.right - 2, box.bottom - 2],
      ].some(([x = -1, y = -1]) => {
        if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
        const top = document.elementFromPoint(x, y);
        return top !== null && (shown.contains(top) || top.contains(shown));
      }),
    );
    const style = getComputedStyle(shown);
    return {
      name,
      visible,
      ring:
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
        (style.boxShadow !== 'none' && style.boxShadow !== ''),
    };
  });
}

/**
 * The focused element is in view, not entirely hidden by anything (WCAG
 * 2.2's Focus Not Obscured), and drawn with an outline or ring a reader can
 * see. A visually hidden control (such as a glossary term's button) shows
 * focus on its label instead, so its labels count. Polled briefly, as a note
 * the previous stop opened may take a moment to close.
 */
async function expectVisibleFocus(page: Page): Promise<void> {
  let state = await focusState(page);
  expect(state, 'something has focus').not.toBeNull();
  if (!state?.visible) {
    await expect
      .poll(async () => (state = await focusState(page))?.visible, {
        message: `${state?.name} is in view and not hidden when focused`,
        timeout: 2_000,
      })
      .toBe(true);
  }
  expect(state?.ring, `${state?.name} shows a focus ring`).toBe(true);
}
