import { Readability } from '@mozilla/readability';
import { expect, test } from '@playwright/test';
import { toString } from 'hast-util-to-string';
import { JSDOM } from 'jsdom';
import { pairedLocale } from '@/lib/content/bilingual';
import type { Block } from '@/lib/content/types';
import { htmlLang, locales, type Locale } from '@/lib/i18n';
import { getSiteContent, getSitePages, type SitePage } from '@/lib/site-pages';

/*
 * A paragraph's text is the paragraph: what the content file says, with no
 * glossary note, English name or pinyin spliced in. Read three ways, as the
 * readers who only take the text read it: the DOM's textContent in Chromium
 * (with the script running and a note open), and Mozilla Readability (the
 * engine of Firefox's Reader View and read-later apps) over the HTML as
 * served. The expected text comes from the content loader (the Markdown
 * rendered to plain text), never from a copy.
 */

const sitePages = await getSitePages();
const content = await getSiteContent();

/** Every note text the glossary holds, in every language: none may appear inside a paragraph. */
const notes = content.glossary.flatMap((entry) => locales.map((locale) => entry.note[locale]));

/** A paragraph a page shows: where it is and the text its content file gives it. */
interface ExpectedParagraph {
  selector: string;
  text: string;
}

function blocksOf(locale: Locale, slug: string | null): Block[] {
  const page =
    slug === null
      ? content.frontPages[locale]
      : content.sections.find((entry) => entry.slug === slug)?.versions[locale];
  if (!page) throw new Error(`no ${locale} content for ${slug ?? 'the front page'}`);
  return page.blocks;
}

function paragraphsOf(locale: Locale, slug: string | null) {
  return blocksOf(locale, slug).flatMap((block) =>
    block.kind === 'paragraph' ? [{ id: block.id, text: toString(block.element) }] : [],
  );
}

/** The paragraphs of a page: by id on a single-language page, by pair and language in the side-by-side view. */
function expectedParagraphs(sitePage: SitePage): ExpectedParagraph[] {
  const bilingual = sitePage.kind === 'bilingual-front-page' || sitePage.kind === 'bilingual-section';
  if (!bilingual)
    return paragraphsOf(sitePage.locale, sitePage.slug).map(({ id, text }) => ({ selector: `#${id}`, text }));
  return [sitePage.locale, pairedLocale(sitePage.locale)].flatMap((locale) =>
    paragraphsOf(locale, sitePage.slug).map(({ id, text }) => ({
      selector: `#${id} > [lang="${htmlLang[locale]}"] > p`,
      text,
    })),
  );
}

test.describe('the text of every paragraph', () => {
  for (const sitePage of sitePages) {
    test(`on ${sitePage.path} is the content file's paragraph, with a glossary note open`, async ({ page }) => {
      const expected = expectedParagraphs(sitePage);
      expect(expected.length, 'the page has paragraphs').toBeGreaterThan(0);
      await page.goto(sitePage.path);
      const term = page.locator('[data-blocks] a.glossary-term').first();
      if ((await term.count()) > 0) {
        await term.click();
        await expect(page.locator('.glossary-popover:popover-open')).toBeVisible();
      }
      const seen = await page.evaluate(
        (selectors) => selectors.map((selector) => document.querySelector(selector)?.textContent ?? null),
        expected.map((paragraph) => paragraph.selector),
      );
      expect(seen).toEqual(expected.map((paragraph) => paragraph.text));
      // Each term is one link holding its words and nothing else.
      const termChildren = await page
        .locator('[data-blocks] a.glossary-term')
        .evaluateAll((links) => links.map((link) => [...link.childNodes].map((node) => node.nodeName)));
      for (const children of termChildren) expect(children).toEqual(['#text']);
    });
  }
});

test.describe('Mozilla Readability', () => {
  for (const sitePage of sitePages) {
    test(`extracts the paragraphs of ${sitePage.path} exactly, with no note inside them`, async ({
      request,
      baseURL,
    }) => {
      const response = await request.get(sitePage.path);
      expect(response.status()).toBe(200);
      const url = new URL(sitePage.path, baseURL).href;
      const article = new Readability(new JSDOM(await response.text(), { url }).window.document).parse();
      expect(article?.content, 'Readability finds the article').toBeTruthy();
      const extracted = [...new JSDOM(article?.content ?? '').window.document.querySelectorAll('p')].map(
        (paragraph) => paragraph.textContent ?? '',
      );
      for (const { text } of expectedParagraphs(sitePage)) expect(extracted, 'a paragraph as written').toContain(text);
      for (const paragraph of extracted) {
        const spliced = notes.find((note) => paragraph.includes(note));
        expect(spliced, `a note inside the paragraph "${paragraph.slice(0, 40)}…"`).toBeUndefined();
      }
    });
  }
});
