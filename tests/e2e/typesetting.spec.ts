import { expect, test, type Page } from '@playwright/test';
import { getSiteContent, getSitePages } from '@/lib/site-pages';
import { locales, profileOf, type Locale } from '@/lib/i18n';
import { defaultWholeUpTo } from '@/lib/typesetting/phrases';

/*
 * Chinese typesetting as a reader sees it, in Chromium, on every page with
 * Chinese text: a quotation mark is as wide as a character; a headline,
 * kicker, section title, pager title or key-figure label or note breaks only
 * between phrases (never inside a glossary name, a number with its measure
 * word or a word), never leaves one or two characters on its last line and
 * never starts a line with closing punctuation; the side-by-side view puts
 * its column labels over the columns and its header in line with them.
 * Line breaks are read from where each character is drawn (a Range per
 * character), so what is tested is the layout, not the markup.
 */

const sitePages = await getSitePages();
const { glossary } = await getSiteContent();
const chinese = (locale: Locale) => profileOf(locale).typography.family === 'cjk';
const chinesePages = sitePages.filter((page) => chinese(page.locale) || page.kind.startsWith('bilingual'));

/** Each Chinese edition's lang, its word segmenter and the glossary's names in it. */
const editions = locales.filter(chinese).map((locale) => ({
  lang: profileOf(locale).lang,
  words: new Intl.Segmenter(profileOf(locale).lang, { granularity: 'word' }),
  names: glossary.map((entry) => entry[locale]).filter((name) => [...name].length > 0),
}));

/** The display text that is phrased at build: headline parts, kicker lines, section and pager titles, key-figure labels and notes. */
const displayText = [
  'h1 span.block',
  '.kicker > span',
  '#sections-heading ~ ol h3 span.block',
  'a[rel=prev] span.block',
  'a[rel=next] span.block',
  '#key-figures li p > a',
  // A key figure's note, after its number and label (计划总投资351.5亿元).
  '#key-figures li > p + p + p',
].join(', ');

interface LaidOut {
  path: string;
  lang: string;
  text: string;
  /** Offsets in `text` where a line starts, after the first. */
  breaks: number[];
}

/** Every piece of Chinese display text on the page, with where its lines break. */
async function layOut(page: Page, path: string): Promise<LaidOut[]> {
  const pieces = await page.evaluate((selector) => {
    const found: { lang: string; text: string; breaks: number[] }[] = [];
    for (const element of document.querySelectorAll(selector)) {
      const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
      // A bilingual headline's language span holds its parts: the parts are measured.
      if (!lang.startsWith('zh') || element.querySelector('span.block')) continue;
      let text = '';
      let lastTop: number | null = null;
      const breaks: number[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const value = node.textContent ?? '';
        for (let index = 0; index < value.length; index += 1) {
          const char = value.charAt(index);
          if (/\s/u.test(char)) {
            text += char;
            continue;
          }
          const range = document.createRange();
          range.setStart(node, index);
          range.setEnd(node, index + 1);
          const rect = range.getClientRects()[0];
          if (rect) {
            // A new line: this character is drawn below the previous one by more than half its height.
            if (lastTop !== null && rect.top > lastTop + rect.height / 2) breaks.push(text.length);
            lastTop = rect.top;
          }
          text += char;
        }
      }
      found.push({ lang, text, breaks });
    }
    return found;
  }, displayText);
  return pieces.map((piece) => ({ ...piece, path }));
}

const closing = /^[”’）》」』〉】，。、；：？！…·]/u;
const opening = /[“‘（《「『〈【]$/u;
const numberWithMeasure = /\d+(?:\.\d+)?[万亿萬億]?[余餘]?[个個项項元人件家]/gu;
const letters = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length;

/** What is wrong with where a piece of display text breaks, in words, or nothing. */
function breakProblems({ path, lang, text, breaks }: LaidOut): string[] {
  const edition = editions.find((candidate) => lang.startsWith(candidate.lang)) ?? editions[0];
  if (!edition) return [];
  const problems: string[] = [];
  const shown = (offset: number) => `${path}: “${text.slice(0, offset)}|${text.slice(offset)}”`;
  const inside = (start: number, length: number, offset: number) => offset > start && offset < start + length;
  for (const offset of breaks) {
    for (const name of edition.names) {
      if (letters(name) > defaultWholeUpTo) continue;
      for (let start = text.indexOf(name); start !== -1; start = text.indexOf(name, start + 1)) {
        if (inside(start, name.length, offset)) problems.push(`${shown(offset)} breaks inside the name ${name}`);
      }
    }
    for (const match of text.matchAll(numberWithMeasure)) {
      if (inside(match.index, match[0].length, offset)) problems.push(`${shown(offset)} breaks inside ${match[0]}`);
    }
    for (const { segment, index } of edition.words.segment(text)) {
      if (inside(index, segment.length, offset)) problems.push(`${shown(offset)} breaks inside the word ${segment}`);
    }
    if (closing.test(text.slice(offset))) problems.push(`${shown(offset)} starts a line with closing punctuation`);
    if (opening.test(text.slice(0, offset).trimEnd()))
      problems.push(`${shown(offset)} ends a line with opening punctuation`);
  }
  const lastLine = text.slice(breaks.at(-1) ?? 0);
  if (breaks.length > 0 && letters(lastLine) <= 2) problems.push(`${path}: “${text}” ends with the line “${lastLine}”`);
  return problems;
}

for (const width of [320, 375, 1280]) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('headlines, kickers, titles, labels and notes break only between phrases, and never end on one or two characters', async ({
      page,
    }) => {
      const problems: string[] = [];
      let measured = 0;
      let broken = 0;
      for (const { path } of chinesePages) {
        await page.goto(path);
        for (const piece of await layOut(page, path)) {
          measured += 1;
          if (piece.breaks.length > 0) broken += 1;
          problems.push(...breakProblems(piece));
        }
      }
      expect(problems).toEqual([]);
      // The test saw text, and some of it on more than one line (or it proves nothing about breaks).
      expect(measured).toBeGreaterThan(chinesePages.length * 2);
      expect(broken).toBeGreaterThan(10);
    });
  });
}

test.describe('Chinese punctuation', () => {
  test.use({ viewport: { width: 375, height: 900 } });

  test('a quotation mark in a paragraph is as wide as a character, in both scripts', async ({ page }) => {
    const problems: string[] = [];
    let measured = 0;
    for (const { path } of sitePages.filter((sitePage) => chinese(sitePage.locale))) {
      await page.goto(path);
      const marks = await page.evaluate(() => {
        const found: { mark: string; width: number; character: number; context: string }[] = [];
        for (const paragraph of document.querySelectorAll('main p')) {
          if (!paragraph.closest('[lang]')?.getAttribute('lang')?.startsWith('zh')) continue;
          const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const value = node.textContent ?? '';
            for (let index = 0; index < value.length; index += 1) {
              const mark = value.charAt(index);
              if (mark !== '“' && mark !== '”') continue;
              const range = document.createRange();
              range.setStart(node, index);
              range.setEnd(node, index + 1);
              const rect = range.getClientRects()[0];
              // Text not drawn (a closed note) has no width to measure.
              if (!rect || rect.width === 0 || !node.parentElement) continue;
              // Display text (a key-figure label) closes up adjacent marks by design, as headlines do.
              if (node.parentElement.closest('.phrased')) continue;
              /*
               * A character's width is its em plus the letter spacing: what
               * every ideograph advances before justification stretches a
               * line (which widens ideographs, not marks). Half-width marks,
               * as the Latin fonts or a trim draw them, measure half of it.
               */
              const style = getComputedStyle(node.parentElement);
              const character = parseFloat(style.fontSize) + (parseFloat(style.letterSpacing) || 0);
              found.push({
                mark,
                width: rect.width,
                character,
                context: value.slice(Math.max(0, index - 3), index + 4),
              });
            }
          }
        }
        return found;
      });
      for (const { mark, width, character, context } of marks) {
        measured += 1;
        if (Math.abs(width - character) > 0.5) {
          problems.push(
            `${path}: ${mark} in “${context}” is ${width.toFixed(1)} px wide, a character ${character.toFixed(1)} px`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
    expect(measured).toBeGreaterThan(50);
  });
});

test.describe('the side-by-side view', () => {
  const bilingualPages = sitePages.filter((sitePage) => sitePage.kind.startsWith('bilingual'));

  test.describe('on a wide screen', () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test('the column labels head their columns, above the lead and the first pair, in line with the header', async ({
      page,
    }) => {
      for (const { path } of bilingualPages) {
        await page.goto(path);
        const layout = await page.evaluate(() => {
          const box = (element: Element | null | undefined) => element?.getBoundingClientRect() ?? null;
          const labels = document.querySelector('main article > div[aria-hidden="true"].bilingual-text');
          const firstPair = document.querySelector('.bilingual-pair.bilingual-text');
          return {
            header: box(document.querySelector('main article > header')),
            lead: box(document.querySelector('section[aria-labelledby="lead-label"]')),
            labels: [...(labels?.children ?? [])].map((label) => box(label)),
            columns: [...(firstPair?.children ?? [])].map((cell) => box(cell)),
          };
        });
        const [first, second] = layout.columns;
        const [label1, label2] = layout.labels;
        expect(layout.header && first && second && label1 && label2, path).toBeTruthy();
        if (!layout.header || !first || !second || !label1 || !label2) continue;
        expect(Math.abs(layout.header.left - first.left), `${path}: header and first column`).toBeLessThan(1);
        expect(Math.abs(label1.left - first.left), `${path}: first label over its column`).toBeLessThan(1);
        expect(Math.abs(label2.left - second.left), `${path}: second label over its column`).toBeLessThan(1);
        expect(label1.bottom, `${path}: labels above the first pair`).toBeLessThanOrEqual(first.top);
        if (layout.lead) expect(label1.bottom, `${path}: labels above the lead`).toBeLessThanOrEqual(layout.lead.top);
      }
    });

    test('in each pair of paragraphs, neither column is mostly gap', async ({ page }) => {
      const gappy: string[] = [];
      for (const { path } of bilingualPages) {
        await page.goto(path);
        const pairs = await page.evaluate(() =>
          [...document.querySelectorAll('.bilingual-pair.bilingual-text:not(.bilingual-heading)')].map((pair) => ({
            id: pair.id,
            heights: [...pair.children].map((cell) => cell.getBoundingClientRect().height),
          })),
        );
        for (const { id, heights } of pairs) {
          const [a = 0, b = 0] = heights;
          if (Math.min(a, b) < Math.max(a, b) / 2)
            gappy.push(`${path}#${id}: columns ${a.toFixed(0)} and ${b.toFixed(0)} px`);
        }
      }
      expect(gappy).toEqual([]);
    });
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 375, height: 900 } });

    test('the Chinese is set no smaller than the English beside it', async ({ page }) => {
      for (const { path } of bilingualPages) {
        await page.goto(path);
        const sizes = await page.evaluate(() =>
          [...document.querySelectorAll('.bilingual-text > .article-text')].map((cell) => ({
            lang: cell.getAttribute('lang') ?? '',
            size: parseFloat(getComputedStyle(cell).fontSize),
          })),
        );
        const largest = (zh: boolean) =>
          Math.max(...sizes.filter((cell) => cell.lang.startsWith('zh') === zh).map((cell) => cell.size));
        const smallest = (zh: boolean) =>
          Math.min(...sizes.filter((cell) => cell.lang.startsWith('zh') === zh).map((cell) => cell.size));
        expect(smallest(true), `${path}: Chinese against English`).toBeGreaterThan(largest(false));
      }
    });
  });
});
